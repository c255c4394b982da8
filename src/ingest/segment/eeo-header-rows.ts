/**
 * A class specification headed by a row of columns TITLE, GRADE, EEO-4 (the federal EEO-4 job category, a letter)
 * and CODE, one row per level of the series ("ACCOUNTANT II 43 B 7.100"), the way a state personnel office prints
 * every specification of its plan. The rows may run onto one line, or a PDF may stack the titles on one line and
 * each level's grade, category and code on lines of their own under the column names.
 */
import { type LaidLine } from '../layout/layout-lines';
import { type ClassAnchor, usable } from './anchor';
import { checkTitle, displayTitle } from './title-words';

const HEADER = /\bGRADE\s+EEO-?4\s+CODE\b/i;
/** Grade (an asterisk marks a special pay note), EEO-4 category letter, code ("43 B 7.100", "35* D 13.312"). */
const VALUES = /(?:^|\s)(\d{1,2})\*?\s+([A-H])\s+(\d{1,2}\.\d{3})(?=\s|$)/g;
const LEVEL_ONLY = /^(I{1,3}|IV|VI{0,3})((?:\s+\([^()]{1,30}\))?)$/;

/** The grade and code of each row under such a header, in order, with the title written on the row if any. */
function rowsUnder(lines: LaidLine[], at: number): { title?: string; grade: string; code: string }[] {
  const header = HEADER.exec(lines[at].folded)!;
  const after = lines[at].folded.slice(header.index + header[0].length);
  const rows: { title?: string; grade: string; code: string }[] = [];
  // Rows on the header's own line or the next, titles written before each group of values.
  const sameLine = after.trim() ? after : '';
  const text = sameLine || lines.slice(at + 1).find(usable)?.folded || '';
  let last = 0;
  for (const m of text.matchAll(VALUES)) {
    const title = text.slice(last, m.index).trim();
    rows.push({ title: title || undefined, grade: m[1], code: m[3] });
    last = (m.index ?? 0) + m[0].length;
  }
  if (rows.length && rows.some((r) => r.title)) return rows;
  // Values stacked a cell per line under the column names ("35*", "D 13.312"), titles elsewhere.
  const stacked: string[] = [];
  // A grade alone on its line ("35*") may have been taken for a page number: every line counts here.
  for (const l of lines.slice(at + 1)) {
    if (l.kind === 'blank') continue;
    if (!/^(?:\d{1,2}\*?|[A-H]\s+\d{1,2}\.\d{3}|\d{1,2}\*?\s+[A-H]\s+\d{1,2}\.\d{3})$/.test(l.folded.trim())) break;
    stacked.push(l.folded.trim());
  }
  return [...stacked.join(' ').matchAll(VALUES)].map((m) => ({ grade: m[1], code: m[3] }));
}

/**
 * Classes of such a header: the rows' own titles (a level alone, "I (CAFR)", takes the series' words from the row
 * above), or, when the titles stand apart, the classes already found on the title line between "TITLE" and the
 * column names, in order, as many as rows.
 */
export function eeoHeaderRows(lines: LaidLine[], anchors: ClassAnchor[]): ClassAnchor[] | undefined {
  const at = lines.findIndex((l) => usable(l) && HEADER.test(l.folded));
  if (at < 0) return undefined;
  const rows = rowsUnder(lines, at);
  if (!rows.length) return undefined;
  if (rows.every((r) => r.title)) {
    const out: ClassAnchor[] = [];
    for (const r of rows) {
      const level = LEVEL_ONLY.exec(r.title!);
      const previous = out[out.length - 1]?.title.replace(/\s+(?:I{1,3}|IV|VI{0,3})(?=\s*(?:\([^()]*\))?$)/, '').replace(/\s*\([^()]*\)$/, '');
      const title = level && previous ? `${previous} ${level[1]}${level[2]}` : r.title!;
      if (!checkTitle(title.replace(/\s*\([^()]*\)$/, '')).ok) return undefined;
      // "ACCOUNTANT II (CAFR)": the remark in parentheses keeps its capitals.
      const [, words, remark = ''] = /^(.*?)(\s*\([^()]*\))?$/.exec(title)!;
      out.push({ line: lines[at].index, title: displayTitle(words) + remark, grade: r.grade, code: r.code, evidence: 'table-row', headed: true });
    }
    return out;
  }
  const titled = anchors.filter((a) => a.line < lines[at].index && lines[at].index - a.line <= 4);
  if (titled.length !== rows.length) return undefined;
  return anchors.map((a) => {
    const k = titled.indexOf(a);
    return k < 0 ? a : { ...a, grade: rows[k].grade, code: rows[k].code };
  });
}
