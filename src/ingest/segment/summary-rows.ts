/**
 * A job board's list of positions flattened to single spaces: a header in words whose last column is free text
 * ("Title Union Grade Summary"), then one row per line, "Case Manager Local12 26 Under the direction of ...".
 */
import { type LaidLine } from '../layout/layout-lines';
import { type ClassAnchor, usable } from './anchor';
import { GRADE_CELL, CODE_CELL, wordHeader } from './tables';
import { checkTitle, displayTitle } from './title-words';
import { titleFromCandidate } from './title-candidates';
import { codeToken, gradeToken } from './labels';

/** Columns of one word each (a union's code, an FLSA status) and the closing free-text column. */
const SUMMARY_COLUMNS: [column: 'summary' | 'word', pattern: RegExp][] = [
  ['summary', /\b(?:(?:job|position)\s+)?(?:summary|description)\b/i],
  ['word', /\b(?:union|bargaining\s+unit|flsa(?:\s+status)?|exempt(?:\s+status)?)\b/i],
];

type Column = 'title' | 'code' | 'grade' | 'summary' | 'word';

/** The header's columns between the title (first) and the summary (last), when it names a grade or a code. */
function summaryHeader(folded: string): Column[] | undefined {
  const columns = wordHeader<'summary' | 'word'>(folded, SUMMARY_COLUMNS);
  if (!columns || columns[0] !== 'title' || columns[columns.length - 1] !== 'summary') return undefined;
  const middle = columns.slice(1, -1);
  return middle.some((c) => c === 'grade' || c === 'code') ? middle : undefined;
}

const CELL: Record<Exclude<Column, 'title' | 'summary'>, (token: string) => boolean> = {
  grade: (t) => GRADE_CELL.test(t),
  code: (t) => CODE_CELL.test(t),
  // A union's or a status's one word is never a small word of the title ("of", "and").
  word: (t) => /^[A-Z0-9]/.test(t),
};

/**
 * One row: the shortest run of words that is a title, then one word per middle column, each of its column's
 * shape, then the summary (a capital opens it) or the row's end.
 */
function readRow(text: string, middle: Column[]): ClassAnchor | undefined {
  const words = text.split(/\s+/);
  for (let k = 1; k <= Math.min(10, words.length - middle.length); k++) {
    const cells = words.slice(k, k + middle.length);
    const rest = words[k + middle.length];
    if (!cells.every((c, i) => CELL[middle[i] as keyof typeof CELL](c)) || (rest !== undefined && !/^[A-Z"“]/.test(rest))) continue;
    const candidate = words.slice(0, k).join(' ');
    const title = titleFromCandidate(candidate);
    if (title !== candidate || !checkTitle(title).ok) continue;
    const value = (c: Column) => (middle.includes(c) ? cells[middle.indexOf(c)] : undefined);
    const [grade, code] = [value('grade'), value('code')];
    // Once the summary has begun the row's title and values are whole, even on the line a text's cut ends.
    return { line: -1, title: displayTitle(title), grade: grade && gradeToken(grade), code: code && codeToken(code), evidence: 'table-row', row: true, whole: rest !== undefined };
  }
  return undefined;
}

/** The rows under each such header, until a line that is not one; two rows or more make the table. */
export function summaryRows(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (let i = 0; i < lines.length; i++) {
    const middle = usable(lines[i]) && lines[i].cells.length === 1 ? summaryHeader(lines[i].folded) : undefined;
    if (!middle) continue;
    const rows: ClassAnchor[] = [];
    for (i++; i < lines.length; i++) {
      const l = lines[i];
      if (l.kind === 'blank') continue;
      const row = usable(l) && l.folded.length <= 2000 ? readRow(l.folded.trim(), middle) : undefined;
      if (!row) break;
      rows.push({ ...row, line: l.index });
    }
    if (rows.length >= 2) out.push(...rows);
    i--;
  }
  return out;
}
