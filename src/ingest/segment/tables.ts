/**
 * Tables of classes with their columns: rows with cells, header rows in words, cells stacked one per line, a title column under header cells.
 */
import { type LaidLine } from '../layout/layout-lines';
import { codeToken, gradeToken } from './labels';
import { checkTitle, displayTitle } from './title-words';
import { type ClassAnchor, usable, capitalizedWords } from './anchor';
import { titleFromCandidate, titleWithParens } from './title-candidates';
import { expandSeriesTitle } from './series-titles';

/** Column roles of a table header row ("Class Code | Class Title | Pay Grade"). */
export function headerColumns(cells: string[]): { title: number; code: number; grade: number } | undefined {
  const find = (p: RegExp) => cells.findIndex((c) => p.test(c));
  const title = find(/^(?:class(?:ification)?|job|position)?\s*(?:title|name|classification)$|^class$/i);
  // "Schem Code | Class Code | Class": the class code column wins over other codes.
  const classCode = find(/^(?:class|job|classification)\s*(?:code|no\.?|number|#)$/i);
  const code = classCode >= 0 ? classCode : find(/code|number|no\.?$|#|^class\s*(?:no|#)/i);
  const grade = find(/grade|range|band|level|salary|pay/i);
  if (title < 0 || (code < 0 && grade < 0) || title === code) return undefined;
  return { title, code, grade };
}

export interface Row {
  line: number;
  cells: string[];
  heading?: boolean;
  /** The line of each cell, when cells stand on lines of their own. */
  cellLines?: number[];
}

export const GRADE_CELL = /^(?:(?:pay\s+|salary\s+)?(?:grade|range|band)\s*)?(?:[A-Z]{0,3}-?\d{1,3}(?:\.\d)?[A-Z]?(?:\s*-\s*\d{1,3})?|UC|NE|EX)$/i;
/** "4120", "AB123", and dotted codes of a numbered plan ("1.107", "07.500": three digits after the dot, so never a grade "10.5"). */
export const CODE_CELL = /^(?:[A-Z]{0,3}\d{3,6}[A-Z]{0,2}|\d{1,3}\.\d{3})$/;

/** The width most rows have (when two or more share it). */
export function commonWidth(rows: Row[]): number | undefined {
  const widths = new Map<number, number>();
  for (const r of rows) widths.set(r.cells.length, (widths.get(r.cells.length) ?? 0) + 1);
  const [width, count] = [...widths].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  return count >= 2 ? width : undefined;
}

/**
 * Rows of a table whose cells were stacked one per line between "|" lines (a flattened web table). A row on the
 * line a text's cut ends (`cut`) may be incomplete and is left out.
 */
export function stackedRows(lines: LaidLine[], cut = -1): Row[] {
  const pipeOnly = (l: LaidLine) => /^\|[\s|]*$/.test(l.clean);
  if (lines.filter(pipeOnly).length < 8) return [];
  let rows: Row[] = [];
  let cells: { text: string; line: number }[] = [];
  let lastWasPipe = false;
  const flush = () => {
    if (cells.length) rows.push({ line: cells[0].line, cells: cells.map((c) => c.text), cellLines: cells.map((c) => c.line) });
    cells = [];
  };
  for (const l of lines) {
    if (l.kind === 'blank') continue;
    if (pipeOnly(l)) {
      if (lastWasPipe || /\|\s*\|/.test(l.clean)) flush();
      lastWasPipe = true;
      continue;
    }
    lastWasPipe = false;
    const text = l.folded.replace(/\s*\|\s*$/, '').trim();
    if (text) cells.push({ text, line: l.index });
    if (/\|\s*$/.test(l.clean)) lastWasPipe = true;
  }
  flush();
  // Without empty cells between rows, a row starts at each code cell.
  if (rows.length <= 2) {
    const all = rows.flatMap((r) => r.cells.map((c, i) => ({ c, line: r.cellLines![i] })));
    const out: Row[] = [];
    for (const { c, line } of all) {
      if (CODE_CELL.test(c) || !out.length) out.push({ line, cells: [c], cellLines: [line] });
      else {
        out[out.length - 1].cells.push(c);
        out[out.length - 1].cellLines!.push(line);
      }
    }
    rows = out;
  }
  // The text after the table runs into its last row ("Promotional Line:", a narrative), and a header row runs into
  // the first data row when no empty cells part them: rows are as wide as most, the surplus of a header row is
  // its own row.
  const common = commonWidth(rows);
  rows = rows.flatMap((r, i) => {
    const next = rows[i + 1];
    const width = common ?? next?.cells.length;
    if (!width || r.cells.length <= width) return [r];
    const take = (from: number, to: number) => ({ line: r.cellLines![from], cells: r.cells.slice(from, to), cellLines: r.cellLines!.slice(from, to) });
    if (next && next.cells.length === width && r.cells.length - width >= 2) return [take(0, r.cells.length - width), take(r.cells.length - width, r.cells.length)];
    return common ? [take(0, width)] : [r];
  });
  return rows.filter((r) => !r.cellLines?.includes(cut));
}

/**
 * A row a conversion broke across two lines ("1.165 | Officer |" then "XII | 1M |"): shorter than the row above,
 * and the next line holds only the missing cells (no title among them), so the two are one row.
 */
export function joinBrokenRows(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const width = out.length ? out[out.length - 1].cells.length : 0;
    const next = rows[i + 1];
    if (next && r.cells.length >= 2 && r.cells.length < width && next.cells.length === width - r.cells.length && !next.cells.some((c) => checkTitle(c).ok && !GRADE_CELL.test(c.trim()) && !/^[IVX]+$/.test(c.trim()))) {
      out.push({ line: r.line, cells: [...r.cells, ...next.cells] });
      i++;
    } else out.push(r);
  }
  return out;
}

/** "AA", "BB": a schedule's grades named by doubled letters. */
const LETTER_GRADE = /^([A-Z])\1$/;

/**
 * "senior IT asset management specialist": a statute's table may write its titles in lower case. A cell is such a
 * title when, capitalized, it is clearly one (never a sentence: at most eight words, no full stop).
 */
function lowerCaseTitle(cell: string): boolean {
  const c = cell.replace(/\s+/g, ' ').trim();
  if (!/^[a-z]/.test(c) || c.split(' ').length > 8 || /[.;:]/.test(c)) return false;
  return checkTitle(c.replace(/\b(?!(?:of|and|the|for|in|on|to|at|by|or)\b)[a-z]/g, (x) => x.toUpperCase())).strong;
}

function parallelTracks(cells: string[], titleAt: number): { title: string; code: string }[] | undefined {
  let k = 0;
  while (titleAt + k < cells.length && checkTitle(cells[titleAt + k]).strong && !CODE_CELL.test(cells[titleAt + k].trim())) k++;
  if (k < 2 || k > 4) return undefined;
  const codes = cells.slice(titleAt + k, titleAt + 2 * k);
  if (codes.length < k || !codes.every((c) => CODE_CELL.test(c.trim()))) return undefined;
  return cells.slice(titleAt, titleAt + k).map((t, i) => ({ title: displayTitle(titleFromCandidate(t.trim()) ?? t.trim()), code: codeToken(codes[i]) ?? codes[i].trim() }));
}

export function rowAnchors(input: Row[]): ClassAnchor[] {
  const rows = joinBrokenRows(input);
  const out: ClassAnchor[] = [];
  let columns: { title: number; code: number; grade: number } | undefined;
  for (const r of rows) {
    if (r.cells.length < 2 || r.cells.length > 8) {
      if (r.heading) columns = undefined;
      continue;
    }
    const header = headerColumns(r.cells);
    if (header) {
      columns = header;
      continue;
    }
    let title: string | undefined;
    let code: string | undefined;
    let grade: string | undefined;
    if (columns) {
      title = titleFromCandidate(r.cells[columns.title] ?? '');
      code = columns.code >= 0 ? codeToken(r.cells[columns.code] ?? '') : undefined;
      grade = columns.grade >= 0 ? gradeToken(r.cells[columns.grade] ?? '') : undefined;
      if (!code && !grade) {
        const g = r.cells.find((c, i) => i !== columns!.title && GRADE_CELL.test(c.trim()));
        grade = g ? gradeToken(g) : undefined;
      }
    } else {
      // Without a header: a code or grade cell and a clearly titled cell, nothing else that reads as prose.
      if (r.cells.some((c) => c.length > 90)) continue;
      const codeAt = r.cells.findIndex((c) => CODE_CELL.test(c.trim()));
      const titleAt = r.cells.findIndex((c, i) => i !== codeAt && (checkTitle(c).strong || lowerCaseTitle(c)) && !GRADE_CELL.test(c.trim()));
      if (titleAt < 0) continue;
      // A cell of doubled letters is the grade only where no other cell is one ("II" may be a schedule's numeral).
      const gradeCell = (p: RegExp) => r.cells.findIndex((c, i) => i !== codeAt && i !== titleAt && p.test(c.trim()));
      const numbered = gradeCell(GRADE_CELL);
      const gradeAt = numbered >= 0 ? numbered : gradeCell(LETTER_GRADE);
      if (codeAt < 0 && gradeAt < 0) continue;
      // Two tracks side by side ("Manager 3 | Specialist 3 | 9323 | 9723"): titles in adjacent cells, then their codes
      // in the same order.
      const tracks = parallelTracks(r.cells, titleAt);
      if (tracks) {
        tracks.forEach((t) => out.push({ line: r.line, ...t, evidence: 'table-row', row: true, headed: false }));
        continue;
      }
      const titleCell = r.cells[titleAt].trim();
      title = /^[a-z]/.test(titleCell) ? titleCell : titleFromCandidate(titleCell);
      code = codeAt >= 0 ? codeToken(r.cells[codeAt]) : undefined;
      grade = gradeAt < 0 ? undefined : numbered >= 0 ? gradeToken(r.cells[gradeAt]) : r.cells[gradeAt].trim();
    }
    if (title && (code || grade)) out.push({ line: r.line, title: displayTitle(title), code, grade, evidence: 'table-row', row: true, headed: !!columns });
  }
  // One row alone is a label row of a specification, not a table of classes; under a header naming its columns
  // ("Class Code | Class Title | Pay Grade") it is the specification's own class, and the text below is its body.
  if (out.length === 1 && out[0].headed && checkTitle(out[0].title).strong) return [{ ...out[0], row: false, headed: undefined }];
  return out.length >= 2 ? out.map((a) => ({ ...a, headed: undefined })) : [];
}

/** A table flattened to one cell per line without separators: a code line, then its title on the next line. */
export function codeLineThenTitle(lines: LaidLine[]): ClassAnchor[] {
  const used = lines.filter(usable);
  const out: ClassAnchor[] = [];
  // Under a "Pay Grade" header cell, a grade cell follows the title within the row ("AFSCME" then "28.A1907", a
  // grade with its plan's suffix).
  const graded = used.some((l) => /^(?:pay\s+|salary\s+)?grade$/i.test(l.folded.trim()));
  used.forEach((l, i) => {
    const next = used[i + 1];
    if (!next || !CODE_CELL.test(l.folded.trim()) || !/\d{3,}/.test(l.folded)) return;
    const title = titleFromCandidate(next.folded.replace(/^[\d\s]+(?=[A-Za-z])/, ''));
    if (!title || !checkTitle(title).ok || next.folded.length > 60) return;
    let grade: string | undefined;
    for (const cell of graded ? used.slice(i + 2, i + 5) : []) {
      const v = cell.folded.trim();
      if (CODE_CELL.test(v)) break;
      if (/^\d{1,3}(?:\.[A-Z]\d{3,5})?$/.test(v)) {
        grade = v;
        break;
      }
    }
    out.push({ line: next.index, title: displayTitle(title), code: l.folded.trim(), grade, evidence: 'table-row', row: true });
  });
  return out.length >= 3 ? out : [];
}

export type ColumnRole = 'title' | 'code' | 'grade' | 'other';
export const columnRole = (cell: string): ColumnRole =>
  /\btitle\b/i.test(cell) ? 'title' : /\b(?:grade|range|band)\b/i.test(cell) ? 'grade' : /\b(?:code|number|no\.?)$|\bcode\b/i.test(cell) ? 'code' : 'other';
export const HEADER_CELL = /\b(?:code|title|grade|range|band|hours|salary|number|classification|pay|step|rate|union|status)\b/i;

/**
 * A table stacked one cell per line under its header cells, also one per line ("Job Code" / "Job Title" /
 * "Hours Per Week" / "Pay Grade", then "110" / "Office Assistant I" / "40" / "16"): each row is as many lines as
 * the header has cells (a header printed twice counts once, a caption before it not at all), its title where the header names the title, the
 * other cells short values with digits. Lines between rows (a group's name) are passed over.
 */
export function stackedHeaderRows(lines: LaidLine[]): ClassAnchor[] {
  const used = lines.filter(usable);
  const isHeader = (l: LaidLine) => l.folded.length <= 50 && !/\d/.test(l.folded) && !checkTitle(l.folded).strong && HEADER_CELL.test(l.folded);
  for (let i = 0; i < used.length; i++) {
    let j = i;
    while (j < used.length && isHeader(used[j])) j++;
    if (j - i < 3) {
      i = j;
      continue;
    }
    // A header printed twice (or after a caption) starts at the first cell that repeats, and ends before its repeat.
    const run = used.slice(i, j).map((l) => l.folded.trim());
    const first = run.findIndex((cell, n) => run.indexOf(cell, n + 1) > n);
    const header = first >= 0 ? run.slice(first, run.indexOf(run[first], first + 1)) : run;
    const roles = header.map(columnRole);
    const k = roles.length;
    const [t, c, g] = (['title', 'code', 'grade'] as const).map((r) => roles.indexOf(r));
    if (t < 0 || (c < 0 && g < 0)) return [];
    const out: ClassAnchor[] = [];
    for (let r = j; r + k <= used.length; ) {
      const cells = used.slice(r, r + k).map((l) => l.folded.trim());
      const title = titleFromCandidate(cells[t]);
      if (title && cells.every((cell, n) => n === t || (cell.length <= 12 && /\d/.test(cell)))) {
        out.push({ line: used[r + t].index, title: displayTitle(title), code: c >= 0 ? codeToken(cells[c]) : undefined, grade: g >= 0 ? gradeToken(cells[g]) : undefined, evidence: 'table-row', row: true });
        r += k;
      } else r++;
    }
    return out.length >= 2 ? out : [];
  }
  return [];
}

export function tableAnchors(lines: LaidLine[], cut: number): ClassAnchor[] {
  const stacked = rowAnchors(stackedRows(lines, cut));
  if (stacked.length) return stacked;
  const underHeader = stackedHeaderRows(lines);
  if (underHeader.length) return underHeader;
  const pairs = codeLineThenTitle(lines);
  if (pairs.length) return pairs;
  // A row that closes with its cell separator ("... | director of minority affairs |") is whole even where a text's cut ends.
  return rowAnchors(lines.filter((l) => l.kind !== 'blank').map((l) => ({ line: l.index, cells: l.cells.length >= 2 ? l.cells : [l.folded], heading: l.kind === 'heading' }))).map((a) =>
    /\|\s*$/.test(lines[a.line].raw) ? { ...a, whole: true } : a,
  );
}

/** Column names a table's header row may hold, as words on one line ("RANGE NUMBER CLASSIFICATION TITLE JOB CLASS"). */
export const HEADER_WORDS: [column: 'title' | 'code' | 'grade', pattern: RegExp][] = [
  ['title', /\b(?:classification|class|job|position)\s+title\b|\bclassification(?:\s+name)?\b|\btitle\b|\bjob\s+class(?:ification)?\b(?!\s+(?:code|number|no\b|#))/i],
  ['grade', /\b(?:(?:salary|pay)\s+)?(?:range|grade)(?:\s+(?:number|no\.?))?(?:\s*\/\s*(?:schedule|step|level))?\b/i],
  ['code', /\b(?:job|class)\s+(?:class|code|number|no\.?)\b|\bcode\b/i],
];

/**
 * The columns of a header row written as words only, in order; undefined when the line holds anything else. A
 * reader may name more columns it knows (`extra`: a date, an FLSA status); then a full stop inside a word
 * ("Eff.Date") is allowed too.
 */
export function wordHeader<C extends string = never>(folded: string, extra: [column: C | 'title' | 'code' | 'grade', pattern: RegExp][] = []): (C | 'title' | 'code' | 'grade')[] | undefined {
  if (folded.length > 70 || (extra.length ? /[:;,|]|\.(?!\w)/ : /[.:;,|]/).test(folded)) return undefined;
  // Header cells run together by the extraction ("Job ClassClass Code") part where a small letter meets a capital.
  let rest = folded.replace(/([a-z])(?=[A-Z])/g, '$1 ');
  const found: { column: C | 'title' | 'code' | 'grade'; at: number }[] = [];
  for (const [column, pattern] of [...HEADER_WORDS, ...extra]) {
    const m = pattern.exec(rest);
    if (!m) continue;
    found.push({ column, at: m.index });
    rest = `${rest.slice(0, m.index)}${' '.repeat(m[0].length)}${rest.slice(m.index + m[0].length)}`;
  }
  if (rest.trim() || !found.some((f) => f.column === 'title') || found.length < 2) return undefined;
  return found.sort((a, b) => a.at - b.at).map((f) => f.column);
}

export const LEAD_TOKEN = /^([A-Z]{0,3}\d{1,4}(?:\.\d)?[A-Z]?) (\S.*)$/;
export const VALUE_TOKEN = /^[A-Z]{0,4}\/?\d{1,10}(?:\.\d)?[A-Z]?$/;

/** "Chief Finance Officer 2000" -> ["Chief Finance Officer", "2000"]; a line that is only a value gives ["", value]. */
export function splitTrailing(text: string): [string, string] | undefined {
  const cut = text.lastIndexOf(' ');
  const last = text.slice(cut + 1);
  return VALUE_TOKEN.test(last) ? [cut < 0 ? '' : text.slice(0, cut).trim(), last] : undefined;
}

/** A grade with letters glued to the end of a title, or a pay schedule's name ("AccountantGE-20", "IIISchedule C"). */
const GLUED_GRADE = /^(.*?(?:[a-z)]|\bI{1,3}|\bIV|\bVI{0,3}))\s?((?:[A-Z]{1,3}-\d{1,2}|Schedule [A-Z]))$/;

export const GLUED_CODES = /^(.*?)(\d{3,8})((?:,\s?\d{3,8})*)$/;

/**
 * The width of a code column whose codes are glued to the end of the titles ("Records Clerk04411"): the one
 * length of the digit runs that follow a letter directly or come after a comma, when at least three agree.
 */
export function gluedCodeWidth(texts: string[]): number | undefined {
  const widths: number[] = [];
  for (const text of texts) {
    const m = GLUED_CODES.exec(text);
    if (!m) continue;
    if (/[A-Za-z)]$/.test(m[1])) widths.push(m[2].length);
    for (const more of m[3].split(',').slice(1)) widths.push(more.trim().length);
  }
  return widths.length >= 3 && widths.every((w) => w === widths[0]) ? widths[0] : undefined;
}

/**
 * A row whose code is glued to its title, split at the column's code width: "Records Clerk04411" gives the code
 * 04411; "Records Clerk 204412, 94412" gives the title "Records Clerk 2" (its level's digits come first) and the
 * first code 04412.
 */
export function splitGluedCode(text: string, width: number): [string, string] | undefined {
  const m = GLUED_CODES.exec(text);
  if (!m) return undefined;
  const [, head, digits] = m;
  if (digits.length === width && /[A-Za-z)]\s?$/.test(head)) return [head.trim(), digits];
  const level = digits.length - width;
  if (level >= 1 && level <= 2 && /[A-Za-z)] $/.test(head)) return [`${head}${digits.slice(0, level)}`, digits.slice(level)];
  return undefined;
}

/**
 * A table whose header row names its columns in words and whose rows are flattened to single spaces:
 * "46 Community Services Director 1015". The first column's value may stand only on the first row of a group
 * (a grade shared by the titles below it), so it carries down; a row without a title only moves that value.
 */
export function wordHeaderRows(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (let i = 0; i < lines.length; i++) {
    const columns = usable(lines[i]) && lines[i].cells.length === 1 ? wordHeader(lines[i].folded) : undefined;
    if (!columns || columns.length > 3) continue;
    const titleAt = columns.indexOf('title');
    const lead = titleAt === 1 ? columns[0] : undefined;
    // Every column after the title is a value at the row's end ("Accountant I 32000215 NC13": code, then grade).
    const trails = titleAt >= 0 ? columns.slice(titleAt + 1) : [];
    const trail = trails.length === 1 ? trails[0] : undefined;
    const stacked = stackedUnderWordHeader(lines, i, columns);
    if (stacked) {
      out.push(...stacked.rows);
      i = stacked.end;
      continue;
    }
    if (titleAt > 1 || (titleAt === 0 && !trails.length)) continue;
    const rows: ClassAnchor[] = [];
    let carried: string | undefined;
    const glued = trail === 'code' ? gluedCodeWidth(lines.slice(i + 1, i + 400).filter(usable).map((l) => l.folded.trim())) : undefined;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j];
      if (l.kind === 'blank') continue;
      // A row may be long: a combined title of several assignments ("Coordinator of A, B, C ... 4").
      if (!usable(l) || l.folded.length > 200) break;
      let text = l.folded.trim();
      const gluedSplit = glued ? splitGluedCode(text, glued) : undefined;
      if (gluedSplit) {
        const title = titleFromCandidate(gluedSplit[0]);
        if (!title) break;
        rows.push({ line: l.index, title: displayTitle(title), code: codeToken(gluedSplit[1]), evidence: 'table-row', row: true });
        continue;
      }
      let leadValue: string | undefined;
      if (lead) {
        const m = LEAD_TOKEN.exec(text);
        if (m) [, leadValue, text] = m;
        else if (/^[A-Z]{0,3}\d{1,4}(?:\.\d)?$/.test(text)) [leadValue, text] = [text, ''];
      }
      const values: Record<string, string | undefined> = {};
      // The values from the row's end back, one per column after the title.
      for (const column of [...trails].reverse()) {
        // A grade glued to its title by the extraction ("Library Clerk1" under "Position TitleGrade", "Town
        // AccountantGE-20", "Activity InstructorSchedule C"); letters glued to a level numeral are the grade's.
        const glued = column === 'grade' && trails.length === 1 ? /^(.*[A-Za-z)])(\d{1,2})$/.exec(text) ?? GLUED_GRADE.exec(text) : null;
        const split = splitTrailing(text) ?? (glued ? ([glued[1].trim(), glued[2]] as [string, string]) : undefined);
        // A code has three characters or more ("Exhibit 2" is not a title with its code).
        if (!split || (column === 'code' && !/^\D{0,4}\d{3}/.test(split[1]))) break;
        [text, values[column]] = split;
      }
      const trailValue = trails.length ? values[trails[trails.length - 1]] : undefined;
      if (leadValue) carried = leadValue;
      if (!text) continue;
      // Under the header a row with its value need only read as a name ("Coordinator of A, B, C" is a row too).
      const title = titleFromCandidate(text) ?? (trailValue && text.length <= 160 && capitalizedWords(text) ? text : undefined);
      // A row must show its own last value unless its group's first value carries down to it.
      if (!title || (!trailValue && !(lead && carried))) break;
      if (lead) values[lead] = leadValue ?? carried;
      const row: ClassAnchor = { line: l.index, title: displayTitle(title), code: values.code && codeToken(values.code), grade: values.grade && gradeToken(values.grade), evidence: 'table-row', row: true };
      // "Office Support Specialist I, II, III" on one row: a class per level, the row's values shared.
      const series = expandSeriesTitle(title);
      if (series && checkTitle(series.base).strong) series.levels.forEach((n, k) => rows.push({ ...row, title: displayTitle(`${series.base} ${n}`), series: { title: displayTitle(series.base), level: k + 1 } }));
      else rows.push(row);
    }
    if (rows.length >= 2) out.push(...rows);
  }
  return out;
}

/**
 * Rows stacked one cell per line under a header row written as words on one line ("Class Number Class Title
 * Grade", then "1204" / "Records Clerk" / "508"): each row is as many lines as the header names columns, its
 * title where the header names the title, the other cells short values with digits. Up to six lines between rows (a
 * letter of the alphabet, a link back to the top, the header again) are passed over; more end the table.
 */
export function stackedUnderWordHeader(lines: LaidLine[], at: number, columns: ('title' | 'code' | 'grade')[]): { rows: ClassAnchor[]; end: number } | undefined {
  const k = columns.length;
  const t = columns.indexOf('title');
  const used = lines.slice(at + 1).filter((l) => l.kind !== 'blank');
  const rowAt = (r: number): ClassAnchor | undefined => {
    const cells = used.slice(r, r + k);
    // A value cell before a repeated link line may be taken for a page number; in a row it is the row's value.
    if (cells.length < k || !usable(cells[t])) return undefined;
    const texts = cells.map((l) => l.folded.trim());
    if (!texts.every((cell, n) => n === t || (cell.length <= 12 && /\d/.test(cell) && !/\s/.test(cell)))) return undefined;
    // The column says the cell is a title, so a part after a dash is the title's own ("Driver - Harbor
    // Transit"), not an employer as in a posting's heading; a remark in parentheses is dropped.
    const whole = texts[t].replace(/\s+/g, ' ').replace(/\s*\([^()]*\)$/, '').trim();
    const title = checkTitle(whole).ok && /^[A-Z]/.test(whole) ? whole : titleFromCandidate(texts[t]);
    if (!title) return undefined;
    const value = (column: 'code' | 'grade') => (columns.includes(column) ? texts[columns.indexOf(column)] : undefined);
    const code = value('code');
    const grade = value('grade');
    return { line: cells[t].index, title: displayTitle(title), code: code && codeToken(code), grade: grade && gradeToken(grade), evidence: 'table-row', row: true };
  };
  if (!rowAt(0)) return undefined;
  const rows: ClassAnchor[] = [];
  let end = at;
  for (let r = 0, skipped = 0; r < used.length && skipped <= 6; ) {
    const row = rowAt(r);
    if (row) {
      rows.push(row);
      end = used[r + k - 1].index;
      r += k;
      skipped = 0;
    } else {
      r++;
      skipped++;
    }
  }
  return rows.length >= 2 ? { rows, end } : undefined;
}

/** The value columns of a header line ("From Grade To Grade", "Job Code Pay Grade"): grade and code words only. */
export function valueHeader(folded: string): ('code' | 'grade')[] | undefined {
  if (folded.length > 60) return undefined;
  const out: ('code' | 'grade')[] = [];
  for (const word of folded.trim().split(' ')) {
    if (/^(?:grades?|ranges?|bands?)$/i.test(word)) out.push('grade');
    else if (/^(?:codes?|number|no\.?|#)$/i.test(word)) out.push('code');
    else if (!/^(?:from|to|new|current|old|proposed|present|salary|pay|job|class|classification|-|\/)$/i.test(word)) return undefined;
  }
  return out.length ? out : undefined;
}

/**
 * A table flattened column by column: a title column's header ("Classification") and its titles one per line,
 * then the next column's header ("From Grade To Grade") and as many value lines, paired with the titles in order.
 * Of a from/to pair the last value is the class's grade now.
 */
export function columnBlockRows(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  const used = lines.filter(usable);
  for (let i = 0; i < used.length; i++) {
    if (!/^(?:classification|class(?:ification)?\s+title|job\s+title|position\s+title|title|class)$/i.test(used[i].folded.trim())) continue;
    const titles: { line: number; title: string }[] = [];
    let j = i + 1;
    for (; j < used.length; j++) {
      const t = used[j].folded.length <= 80 ? titleFromCandidate(used[j].folded) : undefined;
      if (!t || !checkTitle(t).strong) break;
      titles.push({ line: used[j].index, title: t });
    }
    const columns = titles.length >= 2 && used[j] ? valueHeader(used[j].folded) : undefined;
    if (!columns) continue;
    const values = used.slice(j + 1, j + 1 + titles.length).map((l) => l.folded.trim().split(' '));
    if (values.length < titles.length || !values.every((v) => v.length === columns.length && v.every((x) => VALUE_TOKEN.test(x)))) continue;
    titles.forEach((t, k) => {
      const gradeAt = columns.lastIndexOf('grade');
      const codeAt = columns.indexOf('code');
      out.push({ line: t.line, title: displayTitle(t.title), grade: gradeAt >= 0 ? values[k][gradeAt] : undefined, code: codeAt >= 0 ? codeToken(values[k][codeAt]) : undefined, evidence: 'table-row', row: true });
    });
    i = j + titles.length;
  }
  return out;
}

/**
 * A list of classes under header cells on lines of their own ("Classification Number" / "Classification Title"):
 * each line after is a row, its title with the code before it when it has one ("2113 Agriculture Environment
 * Inspector", "Air Quality Engineer"). The header is the evidence, so a row needs only to read as a title; four
 * rows or more make the list. A row on the line a text's cut ends may be incomplete and is left out.
 */
export function headedTitleColumn(lines: LaidLine[], text: string): ClassAnchor[] {
  const used = lines.filter(usable);
  const cell = (l: LaidLine | undefined, p: RegExp) => !!l && l.folded.trim().length <= 40 && !/\d/.test(l.folded) && p.test(l.folded.trim());
  const CODE_HEAD = /^(?:classification|class|job|position)\s+(?:number|no\.?|code|#)$/i;
  const TITLE_HEAD = /^(?:classification|class|job|position)\s+title$/i;
  const cut = text && !text.endsWith('\n') ? lines[lines.length - 1]?.index : undefined;
  for (let i = 0; i + 1 < used.length; i++) {
    const pair = [used[i], used[i + 1]];
    if (!(cell(pair[0], CODE_HEAD) && cell(pair[1], TITLE_HEAD)) && !(cell(pair[0], TITLE_HEAD) && cell(pair[1], CODE_HEAD))) continue;
    // Exactly two header cells: a third ("Scheduled Hours Per Week", "Pay Grade") makes another kind of table.
    if (cell(used[i - 1], HEADER_CELL) || cell(used[i + 2], HEADER_CELL)) continue;
    const out: ClassAnchor[] = [];
    for (const l of used.slice(i + 2)) {
      const row = l.folded.trim();
      if (row.length > 90 || /[.;:]$/.test(row) || l.index === cut) break;
      const coded = /^([A-Z]{0,3}\d{3,6}[A-Z]{0,3})\s+(\S.*)$/.exec(row);
      const words = (coded ? coded[2] : row).trim();
      // Under the header a row need only read as a name: capitalized, no sentence ("Academy Training").
      const title = titleFromCandidate(words) ?? (/^[A-Z][\w'&/(),. -]{2,89}$/.test(words) && capitalizedWords(words) ? words : undefined);
      if (!title) break;
      out.push({ line: l.index, title: displayTitle(coded ? coded[2].trim() : row), code: coded?.[1], evidence: 'table-row', row: true });
    }
    if (out.length >= 4) return out;
  }
  return [];
}

/**
 * A two-column table copied one cell per line: each row's first cell closed by its bar ("Senior Officer |"), its
 * second cell (what the rank requires, its pay) on the next line. Four rows or more, half of them clearly titles,
 * make a table of classes. A remark after the title ("... with less than 18 months of ...") is the row's, and a
 * step in parentheses ("Master Officer (+3 Years)") is part of the row's title.
 */
export function closedCellRows(lines: LaidLine[]): ClassAnchor[] {
  // The next line of any kind: a requirement repeated down the table ("Requires Promotional Process") reads as furniture.
  const filled = lines.filter((l) => l.kind !== 'blank');
  const rows: ClassAnchor[] = [];
  let strong = 0;
  filled.forEach((l, i) => {
    if (!usable(l)) return;
    const next = filled[i + 1];
    if (l.raw.length > 160 || !/^[^|]{3,150}\s\|\s*$/.test(l.raw) || !next || /\|\s*$/.test(next.raw)) return;
    const cell = l.cells[0].replace(/\s+with\s+(?:less|more|at least|fewer)\b.*$/i, '').trim();
    const title = titleFromCandidate(cell);
    const check = title && titleWithParens(cell, title) ? checkTitle(title) : undefined;
    if (!check?.ok) return;
    if (check.strong) strong++;
    rows.push({ line: l.index, title: displayTitle(cell), evidence: 'table-row', row: true });
  });
  return rows.length >= 4 && strong * 2 >= rows.length ? rows : [];
}
