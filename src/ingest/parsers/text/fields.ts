/** Small field readers shared by the formats: dates, FLSA status, "Label: value" cells, ticked checkboxes. */
import type { FlsaStatus } from '../../../model/specification';
import { squash, type Line } from './lines';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "03/08/2009", "3-8-09", "March 8, 2009", "2009-03-08" as an ISO date; US month-first order for slashes. */
export function toIsoDate(raw: string): string | undefined {
  const s = raw.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})\b/.exec(s))) {
    [m, d, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (y < 100) y += y < 50 ? 2000 : 1900;
  } else if ((match = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(s))) {
    m = MONTHS.findIndex((name) => name.startsWith(match![1].toLowerCase().slice(0, 3))) + 1;
    [d, y] = [Number(match[2]), Number(match[3])];
  } else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

export function flsaFrom(raw: string): FlsaStatus | undefined {
  if (/non[-\s\u2010-\u2015\u2212]?exempt|not\s+exempt/i.test(raw)) return 'NON_EXEMPT';
  if (/exempt/i.test(raw)) return 'EXEMPT';
  return undefined;
}

/** A glyph or letter in front of an option that says it is ticked ("X", "XX", "☒", "■", "✔"). */
export const TICKED = /^(?:X{1,2}|☒|■|✔|✓|\[x\])\s+/i;
export const UNTICKED = /^(?:☐|□|\[ \])\s*/;

export interface Cell {
  label: string;
  value: string;
  line: Line;
}

/** "Label: value" cells of a line, tab-separated cells read one by one. */
export function labelledCells(line: Line): Cell[] {
  return line.clean
    .split('\t')
    .map((cell) => /^([A-Za-z][A-Za-z/ .#()'’-]{1,60}?)\s*:\s*(.*)$/.exec(cell.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ label: squash(m[1]).toLowerCase(), value: squash(m[2]), line }));
}

/** Words run together by a PDF conversion ("ManagementTechnician") split at the case change. */
export function repairJoinedWords(s: string): { text: string; repaired: boolean } {
  const text = s.replace(/\b([A-Z][a-z]{3,})([A-Z][a-z]{3,})\b/g, '$1 $2');
  return { text, repaired: text !== s };
}
