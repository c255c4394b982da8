/**
 * A pay table of classes: the title column's header ("CLASS TITLE", alone on its row or with its pay columns
 * "Entrance | Step 2 | ... | Step 6"), then rows of a title and amounts of pay only ("Fire Lieutenant | 9731.89").
 * There is no code or grade: the header is the evidence that each title is a class. A group's name over its rows
 * ("(A) FIRE") and separator lines are passed over; a sentence (a footnote) ends the table.
 */
import type { LaidLine } from '../layout/layout-lines';
import { capitalizedWords, type ClassAnchor } from './anchor';
import { titleFromCandidate } from './title-candidates';
import { checkTitle, displayTitle, jobNounWord } from './title-words';

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
    if (title) out.push({ line: l.index, title: displayTitle(title), evidence: 'table-row', row: true, whole: true });
    else if (cells.length > 1 || cells[0].split(/\s+/).length > 5) inTable = false;
  }
  // Three rows make the table: a single title with its pay is one class's salary line.
  return out.length >= 3 ? out : [];
}

/** A pay range's header ("Bi-Weekly Pay Range", "Min/Max"), beside or below the title column's ("Classification"). */
const RANGE_HEADER = /\bpay\s+range\b|\bmin\s*\/\s*max\b/i;
const TITLE_COLUMN_HEADER = /^(?:classification|class(?:ification)?\s+title|job\s+title|position\s+title|title)\b/i;
const AMOUNT = String.raw`\d{1,4}(?:,\d{3})*\.\d{2,4}|\d{4,7}`;
/** "1505.91 /2119.64 Exempt", "31.5000 40 hrs/week": an amount or a range of two, then a short remark (overtime status). */
const RANGE_VALUE = new RegExp(String.raw`^(?:\$\s?)?(?:${AMOUNT})(?:\s?[/-]\s?(?:\$\s?)?(?:${AMOUNT}))?(?:\s+(\S.{0,24}))?$`);
/** A row: the title, then its range ("Building Inspector 1318.18/1854.63"); one amount at least with its decimals. */
const RANGE_ROW = new RegExp(String.raw`^(\S.{2,110}?) ((?:\$\s?)?\d{1,4}(?:,\d{3})*\.\d{2,4}(?:\s?[/-]\s?(?:\$\s?)?(?:${AMOUNT}))?)(?:\s+(\S.{0,24}))?$`);

/** Under the header a row's title need only read as a name: capitalized words, no sentence. */
function rangeTitle(text: string): string | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!/^[A-Z]/.test(t) || /[.;:]$|\.\s/.test(t) || t.length > 110 || !capitalizedWords(t.replace(/\s-\s?|-\s/g, ' '))) return undefined;
  // The unit after a dash is the row's own ("Administrative Assistant -Fire, Public Works, Utilities").
  const head = t.split(/\s-\s?|\s?-\s/)[0];
  return titleFromCandidate(t) || (head !== t && titleFromCandidate(head) === head) ? t : undefined;
}

/**
 * A salary ordinance's table: "Classification" and "Bi-Weekly Pay Range Min/Max" as its header, then each class's
 * title with its range of pay in amounts ("Building Inspector 1318.18/1854.63", an overtime status after it). A
 * title wrapped onto a second line joins it. Where a page put the title column first and the ranges below it
 * ("Accountant" / "Attorney" / ..., then the header, then "1505.91/2119.64 Exempt" / ...), the titles pair with as
 * many ranges in order. The header is the evidence; there are no codes or grades.
 */
export function payRangeAnchors(lines: LaidLine[]): ClassAnchor[] {
  const used = lines.filter((l) => l.kind !== 'blank' && l.folded.trim().length > 0);
  const out: ClassAnchor[] = [];
  const isHeader = (i: number) => RANGE_HEADER.test(used[i].folded) && used[i].folded.length <= 60 && !/\d{3}/.test(used[i].folded);
  for (let i = 0; i < used.length; i++) {
    if (!isHeader(i)) continue;
    // The title column's header on the range header's line or the line before or after it.
    const near = [used[i - 1], used[i], used[i + 1]].filter(Boolean).some((l) => TITLE_COLUMN_HEADER.test(l.folded.trim()) || /\bclassification\b/i.test(l.folded));
    let j = i + 1;
    while (j < used.length && used[j].folded.length <= 60 && (RANGE_HEADER.test(used[j].folded) || /^(?:eligibility|overtime|eli\s?\w*)\b/i.test(used[j].folded.trim().split(' ').pop() ?? '')) && !RANGE_ROW.test(used[j].folded.trim())) j++;
    const rows: ClassAnchor[] = [];
    let pending: { line: number; text: string } | undefined;
    for (; j < used.length; j++) {
      const text = used[j].folded.trim();
      const m = RANGE_ROW.exec(text);
      const title = m ? rangeTitle(pending ? `${pending.text} ${m[1]}` : m[1]) : undefined;
      if (m && title) {
        // The range after the title shows the title whole, even on the line where a text's cut ends.
        rows.push({ line: pending?.line ?? used[j].index, title: displayTitle(title), evidence: 'table-row', row: true, whole: true });
        pending = undefined;
        continue;
      }
      // A title wrapped before its range: kept for the next line, once.
      if (!m && !pending && rangeTitle(text) && text.length <= 80) {
        pending = { line: used[j].index, text };
        continue;
      }
      break;
    }
    if (near && rows.length >= 3) out.push(...rows);
    // The column of titles above the header, paired with the ranges below it.
    // (There the title column's header may stand among the titles, "Classification" after the first.)
    const headedAbove = near || used.slice(Math.max(0, i - 20), i).some((l) => /^classification$/i.test(l.folded.trim()));
    if (headedAbove && !rows.length) out.push(...titlesAboveRanges(used, i, j));
    i = Math.max(i, j - 1);
  }
  return out.length >= 3 ? out : [];
}

/**
 * The titles above a range header, paired with the ranges below it. A line ending in a comma continues on the next
 * ("Accounting Technician - Solid Waste, Streets," then "WWTP"); the column's header ("Classification") or a stray
 * numeral among them is passed over.
 */
function titlesAboveRanges(used: LaidLine[], header: number, firstValue: number): ClassAnchor[] {
  const values: string[] = [];
  for (let j = firstValue; j < used.length && RANGE_VALUE.test(used[j].folded.trim()); j++) values.push(used[j].folded.trim());
  if (values.length < 3) return [];
  const piece = (text: string) => !!rangeTitle(text) || /,$/.test(text) || /^[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2}$/.test(text);
  let from = header;
  while (from > 0 && header - from < values.length * 2 + 3 && piece(used[from - 1].folded.trim())) from--;
  const titles: { line: number; text: string }[] = [];
  for (const l of used.slice(from, header)) {
    const text = l.folded.trim();
    if (/^(?:classification|title|I{1,3}|IV)$/i.test(text)) continue;
    const last = titles[titles.length - 1];
    if (last && /,$/.test(last.text)) last.text = `${last.text} ${text}`;
    else titles.push({ line: l.index, text });
  }
  const named = titles.map((t) => ({ line: t.line, title: rangeTitle(t.text) }));
  if (named.length !== values.length || !named.every((t) => t.title)) return [];
  return named.map((t) => ({ line: t.line, title: displayTitle(t.title!), evidence: 'table-row' as const, row: true }));
}

/** "Senior Telecommunicators ($45,228.00) are those with ...": a level's paragraph opening with its title and pay. */
const TITLE_PAY_OPENING = /^([A-Z][\w'-]*(?:\s(?:[A-Z][\w'-]*|of|and)){0,5})\s\(\$\s?\d{1,3}(?:,\d{3})*(?:\.\d{2})?\)\s+(is|are)\s/;

/**
 * A posting that hires at several levels, one paragraph each opening with the level's title and its pay in
 * parentheses ("Telecommunicator ($43,075.00) is an entry level ...", "Master Telecommunicators ($47,490.00) are
 * those with ..."): each is a class, named in the singular. Two such paragraphs or more.
 */
export function titlePayParagraphs(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (l.kind === 'blank' || l.kind === 'furniture' || l.folded.length > 3000) continue;
    const m = TITLE_PAY_OPENING.exec(l.folded.trim());
    if (!m) continue;
    const title = m[2] === 'are' ? m[1].replace(/([^s])s$/, '$1') : m[1];
    // The sections after the last level's paragraph (duties, requirements) are every level's.
    if (titleFromCandidate(title) === title) out.push({ line: l.index, title: displayTitle(title), evidence: 'heading', sharedTail: true });
  }
  return out.length >= 2 ? out : [];
}

/** "School administrator level 1: scale 4 | Job description | Person specification |": a title, its pay scale, links. */
const TITLE_SCALE_ROW = /^([A-Z][^:|]{2,80}?):\s*(?:pay\s+)?(?:scale|grade|band)\s+(\d{1,2}[A-Z]?)\s*(?:\||$)/i;

/**
 * A page listing job descriptions each with its pay scale ("Data officer (primary): scale 6 |" and the links to the
 * description): three such rows or more. The title may be in sentence case ("Senior school business manager"); a
 * remark in parentheses is the title's own. Its last word names a job, or it ends with a level.
 */
export function titleScaleRows(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (l.kind === 'blank' || l.folded.length > 200) continue;
    const m = TITLE_SCALE_ROW.exec(l.folded.trim());
    if (!m) continue;
    const title = m[1].trim();
    const words = title.replace(/\s*\([^()]*\)$/, '').split(/\s+/);
    const last = words[words.length - 1];
    if (!(jobNounWord(last) || (/^(?:level|grade)$/i.test(words[words.length - 2] ?? '') && /^\d{1,2}$|^[IVX]{1,4}$/.test(last)))) continue;
    out.push({ line: l.index, title, grade: m[2], evidence: 'table-row', row: true });
  }
  return out.length >= 3 ? out : [];
}

/** "NHS AfC: Band 3", "Grade 7", "Scale 4": a line that is only the post's grade. */
const GRADE_LINE = /^(?:NHS\s+AfC:\s*)?(?:pay\s+)?(?:band|grade|scale)\s+(\d{1,2}[A-Za-z]?|[IVX]{1,4})$/i;

/**
 * A job board's page whose title stands alone over its grade ("Healthcare Assistant/Trainee" then "NHS AfC: Band
 * 3"), below the board's summary of labels and values: the class with its grade. One such title only.
 */
export function titleOverGradeLine(lines: LaidLine[]): ClassAnchor | undefined {
  const used = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture');
  const found = used.flatMap((l, i) => {
    const next = used[i + 1];
    const g = next ? GRADE_LINE.exec(next.folded.trim()) : null;
    const text = l.folded.trim();
    return g && text.length <= 80 && !/:/.test(text) && titleFromCandidate(text) === text && checkTitle(text).strong ? [{ line: l.index, title: text, grade: g[1] }] : [];
  });
  const titles = new Set(found.map((f) => f.title.toLowerCase()));
  return titles.size === 1 ? { ...found[0], title: displayTitle(found[0].title), evidence: 'heading' } : undefined;
}
