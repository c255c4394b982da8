/**
 * Tables of classes whose rows are a title and short value cells flattened to single spaces: the values before the
 * title in rows run into one line ("1551 4 Billing Clerk I 1553 7 Billing Clerk II"), or after it on rows of their
 * own ("Account Clerk I 1141 10 G 3"). Which value is the code and which the grade is read from the values' shapes
 * under a header that names the columns, because such headers are often broken over lines or name columns we do
 * not keep (a schedule, an overtime code).
 */
import { type LaidLine } from '../layout/layout-lines';
import { checkTitle, displayTitle } from './title-words';
import { type ClassAnchor, usable } from './anchor';
import { titleFromCandidate } from './title-candidates';
import { wordHeader } from './tables';

/** A header naming a code, a grade and a title column in that order ("Class Code Class Grade Class Title"). */
const CODE_GRADE_TITLE_HEADER = /\bcode\s+(?:class\s+|pay\s+)?(?:grade|range)\s+(?:class\s+|job\s+)?title\b/i;
/** A row's start in the run: a code of three to six digits, then a grade of one or two (the grade may be missing on a group's heading). */
const ROW_START = /(?:^|\s)(\d{3,6})\s+(?:(\d{1,2}[A-Z]?)\s+)?(?=[A-Z])/g;

/**
 * A code / grade / title table read across its columns into one line: each row starts at a code and its grade,
 * the title runs to the next code. A code without a grade heads a group ("1100 Cash Handling Series") and is no
 * class; the last entry of a text cut mid-row is not taken. Five rows or more make the table.
 */
export function codeGradeTitleRun(lines: LaidLine[], cut: number): ClassAnchor[] {
  for (const l of lines) {
    if (!usable(l) || l.folded.length > 50000) continue;
    const header = CODE_GRADE_TITLE_HEADER.exec(l.folded);
    if (!header) continue;
    const text = l.folded.slice(header.index + header[0].length);
    const starts = [...text.matchAll(ROW_START)];
    const rows: ClassAnchor[] = [];
    starts.forEach((m, k) => {
      const last = k === starts.length - 1;
      if (!m[2] || (last && l.index === cut)) return;
      const body = text.slice(m.index + m[0].length, last ? undefined : starts[k + 1].index).trim();
      const title = titleFromCandidate(body);
      if (title && title === body && checkTitle(title).ok) rows.push({ line: l.index, title: displayTitle(title), code: m[1], grade: m[2], evidence: 'table-row', row: true, whole: true });
    });
    if (rows.length >= 5) return rows;
  }
  return [];
}

/** A short value cell: a number, a code with letters, or one letter (a schedule, an FLSA mark). */
const VALUE = /^(?:[A-Z]{0,3}\d{1,6}[A-Z]?|[A-Z])$/;
/** A header line naming a title column and a code or grade column, in whatever words and with other columns beside. */
const TITLE_WORD = /\b(?:title|class(?:ification)?|position)\b/i;
const VALUE_WORD = /\b(?:code|grade|range|number|no\.?)\b|^\S*\/$/i;

/** A code of two or three letters and digits, four characters or more ("PCA1", "AB123"). */
const LETTERED_CODE = /^[A-Z]{2,3}\d{1,5}[A-Z]?$/;
/** The shape of a value, to tell a column of codes from one of grades: digits counted, letters as letters. */
const shape = (v: string) => (/^\d+$/.test(v) ? (v.length >= 3 ? 'code' : 'number') : /^[A-Z]$/.test(v) ? 'letter' : 'mixed');

/**
 * Rows of their own, each a title then the same number of value cells (two or more) of the same shapes, under a
 * header within three lines above that names a title column and a code or grade column. The column of numbers
 * with three digits or more is the code, the first column of shorter numbers or lettered grades the grade.
 */
export function trailingValueRows(lines: LaidLine[]): ClassAnchor[] {
  const used = lines.filter(usable);
  for (let i = 0; i < used.length; i++) {
    const head = used.slice(Math.max(0, i - 3), i).map((l) => l.folded).join(' ');
    if (!TITLE_WORD.test(head) || !head.split(/\s+/).some((w) => VALUE_WORD.test(w))) continue;
    const rows: { line: number; title: string; values: string[] }[] = [];
    for (let j = i; j < used.length; j++) {
      const tokens = used[j].folded.trim().split(/\s+/);
      let k = tokens.length;
      while (k > 0 && VALUE.test(tokens[k - 1])) k--;
      // A lone letter first is the title's level ("Account Clerk I 1141 10 G 3"); a letter column follows numbers.
      while (k < tokens.length && /^[A-Z]$/.test(tokens[k])) k++;
      const values = tokens.slice(k);
      const body = tokens.slice(0, k).join(' ');
      const title = titleFromCandidate(body);
      const same = !rows.length || (values.length === rows[0].values.length && values.every((v, n) => shape(v) === shape(rows[0].values[n])));
      if (values.length < 2 || !title || title !== body || !checkTitle(title).ok || !same) break;
      rows.push({ line: used[j].index, title, values });
    }
    if (rows.length < 3) continue;
    const shapes = rows[0].values.map(shape);
    // Without a column of long numbers, a column of letters and digits ("PCA1", "PIN1") is the code when a column of
    // grades ("3A") stands beside it.
    const lettered = shapes.findIndex((_, n) => rows.every((r) => LETTERED_CODE.test(r.values[n])));
    const letteredCode = !shapes.includes('code') && lettered >= 0 && shapes.some((s, n) => n !== lettered && (s === 'number' || s === 'mixed'));
    const codeAt = letteredCode ? lettered : shapes.indexOf('code');
    const gradeAt = shapes.findIndex((s, n) => n !== codeAt && (s === 'number' || s === 'mixed'));
    if (codeAt < 0 && gradeAt < 0) continue;
    return rows.map((r) => ({
      line: r.line,
      title: displayTitle(r.title),
      code: codeAt >= 0 ? r.values[codeAt] : undefined,
      grade: gradeAt >= 0 ? r.values[gradeAt] : undefined,
      evidence: 'table-row',
      row: true,
    }));
  }
  return [];
}

/** Columns a spec sheet's one-row table names beside title, code and grade ("Class Code Pay Plan Class Title Eff.Date"). */
const ONE_ROW_COLUMNS: [column: 'grade' | 'date' | 'other', pattern: RegExp][] = [
  ['grade', /\bpay\s+plan\b/i],
  ['date', /\beff(?:ective)?\.?\s?date\b|\bdate(?:\s+(?:established|revised))?\b/i],
  ['other', /\b(?:bargaining\s+unit|flsa|status)\b/i],
];

/** The columns a header line names, in order, when it names a title and a code or grade column. */
function oneRowHeader(folded: string): ('title' | 'code' | 'grade' | 'date' | 'other')[] | undefined {
  const columns = wordHeader(folded, ONE_ROW_COLUMNS);
  return columns && (columns.includes('code') || columns.includes('grade')) ? columns : undefined;
}

const LEAD_CODE = /^([A-Z]{0,2}\d{3,6}[A-Z]?)\s+/;
const LEAD_PLAN_GRADE = /^([A-Z]{1,3}\s?-\s?\d{1,3}[A-Z]?|[A-Z]{0,2}\d{1,3}[A-Z]?)\s+/;
const TRAILING_DATE = /\s+(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})$/;

/**
 * A spec sheet's one-row table: a header line naming its columns ("Class Code Pay Plan Class Title Eff.Date"),
 * then the row flattened to single spaces ("6976 CL - 14 SECRETARY 1 May 26, 2009"). The code and grade come off
 * the row's start and the date off its end in the header's order; what is left is the title.
 */
export function oneRowTables(lines: LaidLine[]): ClassAnchor[] {
  const used = lines.filter(usable);
  const out: ClassAnchor[] = [];
  used.forEach((l, i) => {
    const columns = oneRowHeader(l.folded);
    const row = used[i + 1];
    if (!columns || !row) return;
    let text = row.folded.trim();
    const values: Record<string, string> = {};
    const t = columns.indexOf('title');
    for (const column of columns.slice(0, t)) {
      const m = (column === 'code' ? LEAD_CODE : column === 'grade' ? LEAD_PLAN_GRADE : undefined)?.exec(text);
      if (!m) return;
      values[column] = m[1].replace(/\s+/g, ' ');
      text = text.slice(m[0].length);
    }
    for (const column of columns.slice(t + 1).reverse()) {
      if (column !== 'date') return;
      const m = TRAILING_DATE.exec(text);
      if (!m) return;
      text = text.slice(0, m.index);
    }
    const title = titleFromCandidate(text);
    if (title && checkTitle(title).strong) out.push({ line: row.index, title: displayTitle(text.trim()), code: values.code, grade: values.grade, evidence: 'title-with-code' });
  });
  return out;
}

/** A two-column header of titles and their overtime status ("Job Classification FLSA Status"). */
const TITLE_FLSA_HEADER = /\b(?:(?:job\s+)?classification|(?:class|job|position)\s+title|title)\s+flsa(?:\s+status)?\s+/gi;
const FLSA_CELL = /\s(Exempt|Non-?exempt)(?=\s|$)/gi;

/**
 * A table of titles and their FLSA status read into one line ("Job Classification FLSA Status Housing Services
 * Counselor Exempt Financial Analyst Exempt Office Assistant Non-exempt ..."): each status closes a title. The
 * table ends at the first piece that is no title; a line may hold several such tables (classes added, deleted).
 */
export function titleStatusRuns(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length > 50000) continue;
    for (const header of l.folded.matchAll(TITLE_FLSA_HEADER)) {
      const text = l.folded.slice(header.index + header[0].length);
      let from = 0;
      const rows: ClassAnchor[] = [];
      for (const cell of text.matchAll(FLSA_CELL)) {
        const piece = text.slice(from, cell.index).trim();
        from = cell.index + cell[0].length;
        const title = titleFromCandidate(piece);
        if (!title || title !== piece || !checkTitle(title).ok) break;
        rows.push({ line: l.index, title: displayTitle(title), evidence: 'table-row', row: true, whole: true });
      }
      if (rows.length >= 3) out.push(...rows);
    }
  }
  return out;
}

const PAY_PERIOD = /^(?:hourly|daily|weekly|bi-?weekly|semi-?monthly|monthly|annual(?:ly)?|yearly|minimum|maximum|mid-?point|entry(?:\s+rate)?|rate|step\b.*|range\b.*)$/i;
/** A rate in a pay schedule's step column, as printed or as OCR mangles it ("473.00", "1,386.50", "539°00", "386,00"). */
const STEP_RATE = /^\$?\d{1,3}(?:,\d{3})*[.,°]\d{2}$|^\$?\d[\d~]{2,5}[.,°]\d{2}$/;

/**
 * A pay schedule's rows, each a title and then its step rates ("Operator No. 3 473.00 494.00 516.00 539.00"),
 * three rates or more on the row; rows of titles whose rates a scan moved to lines of their own are not read.
 * Four rows or more make the schedule.
 */
export function stepRateRows(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length > 160) continue;
    const tokens = l.folded.trim().split(/\s+/);
    let k = tokens.length;
    while (k > 0 && STEP_RATE.test(tokens[k - 1])) k--;
    if (tokens.length - k < 3 || !k) continue;
    const body = tokens.slice(0, k).join(' ');
    const title = titleFromCandidate(body);
    // A class's own pay table ("Hourly 21.50 22.58 ...", "Entry Rate ...") names periods and steps, not classes.
    if (title && title === body && checkTitle(title).strong && /^[A-Z]/.test(title) && !PAY_PERIOD.test(title)) out.push({ line: l.index, title: displayTitle(title), evidence: 'table-row', row: true, whole: true });
  }
  return out.length >= 4 ? out : [];
}
