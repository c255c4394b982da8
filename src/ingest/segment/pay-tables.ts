/**
 * A pay table of classes: the title column's header ("CLASS TITLE", alone on its row or with its pay columns
 * "Entrance | Step 2 | ... | Step 6"), then rows of a title and amounts of pay only ("Fire Lieutenant | 9731.89").
 * There is no code or grade: the header is the evidence that each title is a class. A group's name over its rows
 * ("(A) FIRE") and separator lines are passed over; a sentence (a footnote) ends the table.
 */
import type { LaidLine } from '../layout/layout-lines';
import type { ClassAnchor } from './anchor';
import { titleFromCandidate } from './title-candidates';
import { displayTitle } from './title-words';

/** An amount of pay ("9731.89", "$5,985.17", a typed third decimal "10542.883"): never a grade or a code. */
const MONEY_CELL = /^\$?\s?\d{1,3}(?:,?\d{3})*\.\d{2,3}$/;
const TITLE_HEADER_CELL = /^(?:class(?:ification)?|job|position)\s+title$/i;
const PAY_HEADER_CELL = /^(?:entrance|entry|step\s*[A-Z0-9]{1,2}|min(?:imum)?|max(?:imum)?|mid(?:point)?|(?:base\s+)?(?:monthly|annual|hourly|bi-?weekly)(?:\s+(?:rate|salary|pay))?|rate|salary|base\s+pay)$/i;
/** A footnote's marker after a title ("Fire Captain *1"). */
const FOOTNOTE_MARK = /\s*\*+\d?$/;

const cellsOf = (l: LaidLine) => (l.cells.length ? l.cells : [l.folded]).map((c) => c.replace(/^\|\s*|\s*\|$/g, '').trim());

function isHeader(cells: string[]): boolean {
  return TITLE_HEADER_CELL.test(cells[0]) && cells.slice(1).every((c) => PAY_HEADER_CELL.test(c));
}

function paidTitle(cells: string[]): string | undefined {
  if (cells.length < 2 || cells.length > 12 || !cells.slice(1).every((c) => MONEY_CELL.test(c))) return undefined;
  const title = cells[0].replace(FOOTNOTE_MARK, '').trim();
  return title.length <= 80 ? titleFromCandidate(title) : undefined;
}

export function payTableAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  let inTable = false;
  for (const l of lines) {
    if (l.kind === 'blank' || l.kind === 'furniture') continue;
    const cells = cellsOf(l);
    if (isHeader(cells)) {
      inTable = true;
      continue;
    }
    const title = inTable ? paidTitle(cells) : undefined;
    if (title) out.push({ line: l.index, title: displayTitle(title), evidence: 'table-row', row: true });
    else if (cells.length > 1 || cells[0].split(/\s+/).length > 5) inTable = false;
  }
  // Three rows make the table: a single title with its pay is one class's salary line.
  return out.length >= 3 ? out : [];
}
