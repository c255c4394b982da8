/**
 * Tables that lost their columns: run into prose, OCR'd one cell per line, code runs before titles, contents lists, lists of titles.
 */
import { type LaidLine } from '../layout/layout-lines';
import { sectionKind } from '../layout/section-kinds';
import { codeToken, gradeToken } from './labels';
import { checkTitle, displayTitle, endsLikeTitle, jobNounWord } from './title-words';
import { type ClassAnchor, usable, capitalizedWords } from './anchor';
import { expandSeriesTitle } from './series-titles';
import { gradeInParens, titleFromCandidate, splitRangeAndRates, trailingGrade } from './title-candidates';

/** "2105 Computer Operator (R 10.5) 2106 Computer Operations Assistant (R 9.0)": a plan list run into prose. */
export const INLINE_PLAN = /(?:^|\s)(\d{3,6}[A-Z]?)\s+([A-Z][\w/&,.'-]*(?:\s+(?:[A-Z/&][\w/&,.'-]*|of|and|for|&|to|in|-)){0,8}?)\s*\(\s*(?:R|Range|Pay\s+Ra\w{1,3}|Grade|Pay\s+Grade|Salary\s+Range|PR|G)?\.?\s*([A-Z]?\d{1,2}(?:[.\s]\d)?)\s*\)/g;

export function inlinePlanAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length > 20000) continue;
    for (const m of l.folded.matchAll(INLINE_PLAN)) {
      const title = titleFromCandidate(m[2]);
      // The grade's closing parenthesis shows the entry is whole, even on a line a text's cut ends.
      if (title && checkTitle(title).ok) out.push({ line: l.index, title: displayTitle(title), code: m[1], grade: m[3].replace(/\s+/, '.'), evidence: 'table-row', row: true, whole: true });
    }
  }
  return out.length >= 3 ? out : [];
}

/**
 * One entry of a list of series: a combined series title ("Civil Engineer I, II, III") or titles joined by commas
 * ("Assistant Planner, Associate Planner, Senior Planner"), each part clearly a title.
 */
export function listedTitles(line: string): { title: string; series?: { title: string; level: number } }[] | undefined {
  const series = expandSeriesTitle(line);
  if (series && checkTitle(series.base).strong) return series.levels.map((n, i) => ({ title: `${series.base} ${n}`, series: { title: displayTitle(series.base), level: i + 1 } }));
  const parts = line.split(/,(?:\s?(?:and|or)\s)?|\s(?:and|or|&)\s(?=[A-Z])/).map((p) => p.trim());
  if (parts.length < 2 || parts.length > 8 || !parts.every((p) => /^[A-Z]/.test(p) && checkTitle(p).strong && titleFromCandidate(p) === p)) return undefined;
  return parts.map((title) => ({ title }));
}

/** A run of four or more lines that are each a job title (department names may sit between): a list of classes. */
/** "FINANCE", "PUBLIC WORKS": a group's name heading part of a list of titles; the list goes on under it. */
export const groupName = (l: LaidLine) => l.kind === 'heading' && l.folded.length <= 40 && !/\d/.test(l.folded) && sectionKind(l.folded) === 'other' && !checkTitle(l.folded).strong;

const GRADE_AFTER_COMMA = /,\s*([A-Z]{1,3}-\d{1,3}[A-Z]?)(?:\s*\([^()]{1,30}\))?$/;
const headsGradedRow = (lines: LaidLine[], at: number) => {
  const next = lines.slice(at + 1, at + 6).find((x) => x.kind !== 'blank');
  return !!next && GRADE_AFTER_COMMA.test(next.folded);
};

const OTHER_OPENINGS = /\b(?:(?:positions?|jobs?|openings?|roles?)\s+(?:below|listed below)\s+(?:are|is)\s+also\s+open|other\s+(?:current\s+)?(?:openings|vacancies|open\s+positions)|similar\s+jobs|related\s+(?:jobs|openings|postings)|you\s+may\s+also\s+(?:like|be\s+interested))\b/i;

/** The short lines listed after a sentence naming other openings: titles of other postings. */
export function otherOpeningLines(lines: LaidLine[]): Set<number> {
  const out = new Set<number>();
  let elsewhere = false;
  for (const l of lines) {
    if (l.kind === 'blank' || l.kind === 'furniture') continue;
    // Only a header of its own ("Similar jobs") or a sentence leading into the list with a colon; a heading ends it.
    const header = l.folded.length <= 60 && /^\W*(?:similar|related|other|more)\s+(?:current\s+)?(?:jobs|openings|vacancies|open\s+positions|postings)\b/i.test(l.folded.trim());
    if (header || (OTHER_OPENINGS.test(l.folded) && /:\s*$/.test(l.folded))) elsewhere = true;
    else if (elsewhere && l.folded.length <= 60 && l.kind !== 'heading') out.add(l.index);
    else elsewhere = false;
  }
  return out;
}

/** Capitalized words only: "Director of Nurses (Exempt)" is a title, its plural after "of". */
const PLURAL_GROUP = /^(?:[A-Z][\w-]*\s){0,3}([A-Z][a-z]+[^s\W]s)\s\((?:[Nn]on-?\s?)?(?:[Ee]xempt|[Cc]lassified|[Uu]nclassified|[Rr]epresented|[Nn]on-?[Rr]epresented)\)$/;

export function titleListAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  let run: (ClassAnchor & { ownGrade?: boolean })[] = [];
  const close = () => {
    if (run.length >= 4) out.push(...run.map(({ ownGrade: _, ...a }) => a));
    run = [];
  };
  let grade: string | undefined;
  let contents = false;
  const elsewhere = otherOpeningLines(lines);
  for (const l of lines) {
    // Page furniture (a running header, a table of contents' entries) does not break a list, nor join it.
    if (l.kind === 'blank' || l.kind === 'furniture') continue;
    // A table of contents lists the parts of a document, not classes it specifies.
    if (/^(?:table of )?contents:?$|^index:?$/i.test(l.folded.trim())) {
      close();
      contents = true;
      continue;
    }
    if (contents) {
      if (l.kind === 'heading' || l.folded.length > 60) contents = /:$/.test(l.folded);
      if (contents) continue;
    }
    // "The positions below are also open ...", "Similar jobs": other postings, named and not specified here.
    if (elsewhere.has(l.index)) {
      close();
      continue;
    }
    // "PAY GRADE II -- ASSOCIATE DEANS": the grade of the titles listed under it.
    // "Range 1, Step 1 (7.33)": the range of the titles under it (a step within it is not a grade of its own).
    const gradeHead = /^(?:pay\s+|salary\s+)?(?:grade|range)\s+([A-Za-z0-9]{1,5})(?=$|[\s,:;(-])/i.exec(l.folded);
    if (gradeHead && /^(?:\d{1,3}[A-Z]?|[A-Z]{1,3}\d{0,3})$/.test(gradeHead[1]) && (/^\W*(?:pay\s+|salary\s+)?grade/i.test(l.folded) || l.folded.length <= 60)) {
      grade = gradeHead[1];
      continue;
    }
    // "PS -1", "PS -5 10.21 10.72 11.26": a grade's code alone on its line (its hourly steps may follow).
    const gradeCode = /^([A-Z]{1,3} ?- ?\d{1,3})(?:\s+\$?\d{1,3}\.\d{2})*$/.exec(l.folded.trim());
    if (gradeCode) {
      grade = gradeCode[1];
      continue;
    }
    // A grade's hourly steps on lines of their own ("8.82 9.26") go on under it.
    if (grade && /^(?:\$?\d{1,3}\.\d{2}\s*)+$/.test(l.folded.trim())) continue;
    // "Executive Officers (Exempt)", "Academic Administrators (Exempt)": a group of the titles under it, named in
    // the plural with the status they share; it neither joins the list nor ends it.
    if (PLURAL_GROUP.test(l.folded.trim()) && jobNounWord(PLURAL_GROUP.exec(l.folded.trim())![1])) continue;
    // Markers before a title (bullets, "**" for unclassified, daggers for footnotes) are not part of it.
    // Under a grade, the first step's rate may follow a title on its line ("Cashier 8.40").
    const stepped = grade ? l.folded.replace(/(?:\s\$?\d{1,3}\.\d{2})+$/, '') : l.folded;
    // "Painter, SG-12", "General Mechanic, SG-12 (Cores)": a title with its grade code after a comma (a note on
    // the position may follow in parentheses).
    const own = GRADE_AFTER_COMMA.exec(stepped);
    const text = own ? stepped.slice(0, own.index) : stepped;
    const t = text.length <= 80 ? titleFromCandidate(text.replace(/^[\s*†‡•·▪◦-]{0,12}/, '').replace(/^\(?\d{1,3}[.)]\s+/, '')) : undefined;
    const listed = l.kind !== 'label' && l.folded.length <= 160 ? listedTitles(l.folded.replace(/^[\s*†‡•·▪◦-]{0,12}/, '').replace(/^\(?\d{1,3}[.)]\s+/, '')) : undefined;
    if (listed) for (const x of listed) run.push({ line: l.index, title: displayTitle(x.title), grade, series: x.series, evidence: 'table-row', row: true });
    // Under a grade's heading, after a title that clearly is one, a title need not end in a job noun ("Dockhand");
    // the first under the heading must, and a group's name in capitals ("FACULTY") is none.
    // So may a title in a run of titles each with its own grade ("Cleaner" after "Janitor, SG-07"), unless a
    // graded title follows it: then it names the next group ("Heating Plant").
    else if (t && (checkTitle(t).strong || (run.length && !groupName(l) && checkTitle(t).ok && (grade || own || (run[run.length - 1].ownGrade && !headsGradedRow(lines, l.index))))) && l.kind !== 'label')
      run.push({ line: l.index, title: displayTitle(t), grade: own?.[1] ?? trailingGrade(text) ?? grade, evidence: 'table-row', row: true, ownGrade: !!own });
    // A group's name over graded titles ("Power House" over "Boiler Operator 2, TG-14") does not end the list.
    else if (!(l.folded.length <= 40 && checkTitle(l.folded).ok === false && /^[A-Z][A-Za-z &]+$/.test(l.folded) && run.length) && !groupName(l) && !(run.length && t && headsGradedRow(lines, l.index))) close();
  }
  close();
  return out;
}

/** A run of three or more codes (OCR may garble a digit: "0t25", "01~1") standing before titles in capitals. */
export const CODE_RUN = /(?:^|\s)((?:\d[\dA-Za-z~]{2,5}\s+){2,60}\d[\dA-Za-z~]{2,5})\s+(?=[A-Z]{2})/;

/**
 * A table scanned or copied column by column into one line: the code column's values, then the titles, each
 * followed by its dot leader ("0101 0110 0120 CLERK I ...... CLERK II ...... CLERK III ......"). Codes pair
 * with titles in order; a title without its leader (cut off at the end) is not taken.
 */
export function codeRunThenTitles(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length > 20000) continue;
    const m = CODE_RUN.exec(l.folded);
    if (!m) continue;
    const codes = m[1].split(/\s+/).filter((c) => (c.match(/\d/g) ?? []).length >= 2);
    const pieces = l.folded.slice(m.index + m[0].length).split('.');
    const titles: string[] = [];
    // Every piece but the last was followed by a dot; empty pieces are the leader's other dots.
    for (const piece of pieces.slice(0, -1)) {
      const t = piece.trim();
      if (!t) continue;
      if (t !== t.toUpperCase() || !checkTitle(t).ok) break;
      titles.push(t);
    }
    if (titles.length < 3 || codes.length < titles.length) continue;
    titles.forEach((t, i) => out.push({ line: l.index, title: displayTitle(t), code: codes[i], evidence: 'table-row', row: true, whole: true }));
  }
  return out;
}

export const STEP_LETTERS = /^(?:(?:[A-J]|step\s*\d{1,2})\s){2,11}(?:[A-J]|step\s*\d{1,2})$/i;
export const AMOUNTS = /^(?:\$?\d{1,3}(?:,?\d{3})*\.\d{2}\s){2,11}\$?\d{1,3}(?:,?\d{3})*\.\d{1,2}$/;

/**
 * A salary schedule: each class's title on its own line, then its steps' letters ("A B C D E") and amounts
 * ("1364.48 1432.69 ..."), or the amounts alone. Two classes or more make a schedule.
 */
export function stepScheduleRows(lines: LaidLine[]): ClassAnchor[] {
  const used = lines.filter(usable);
  const out: ClassAnchor[] = [];
  used.forEach((l, i) => {
    const steps = used[i + 1] && STEP_LETTERS.test(used[i + 1].folded.trim()) ? used[i + 2] : used[i + 1];
    if (!steps || !AMOUNTS.test(steps.folded.trim()) || l.folded.length > 80) return;
    const title = titleFromCandidate(l.folded);
    if (title && checkTitle(title).strong) out.push({ line: l.index, title: displayTitle(title), evidence: 'table-row', row: true });
  });
  return out.length >= 2 ? out : [];
}

/** "JL35 4179 Accountant Trainee": a table row of codes then a title, flattened to single spaces. */
export const CODES_THEN_TITLE = /^((?:[A-Z]{0,4}\d{2,6}[A-Z]?\s+){1,2})([A-Z][A-Za-z].{2,80})$/;

export function codeRowAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.cells.length > 1) continue;
    const m = CODES_THEN_TITLE.exec(l.folded);
    if (!m) continue;
    const rated = splitRangeAndRates(m[2]);
    const text = rated ? rated.title : m[2];
    const title = titleFromCandidate(text);
    if (!title || !checkTitle(text.replace(/\s*\([^()]*\)\s*$/, '')).ok) continue;
    const codes = m[1].trim().split(/\s+/);
    const grade = rated?.grade ?? gradeInParens(text);
    out.push({ line: l.index, title: displayTitle(grade && !rated ? title : text.trim()), code: codes.find((c) => /^\d+$/.test(c)) ?? codes[0], grade, evidence: 'table-row', row: true });
  }
  return out.length >= 2 ? out : [];
}

/** "07.500 ACCOUNTANT - SENIOR This is the senior level ...": a code and a title in capitals run into prose. */
// "S122 ACCOUNT CLERK KIND OF WORK: This is ...": the heading in capitals may close with its colon.
export const CODE_CAPS_TITLE = /(?:^|\s)([A-Z]{1,3}\d{3}|[A-Z]{0,3}\d[\d.]{2,8}\d)\s+([A-Z][A-Z&/,' -]{3,70}[A-Z])(?=\s+[A-Z][a-z]|:\s+[A-Z][a-z])/g;

const MONTH_BEFORE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d{1,2})?,?\s*$/i;

export function codeCapsAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length > 20000) continue;
    for (const m of l.folded.matchAll(CODE_CAPS_TITLE)) {
      // The first section's heading in capitals closes the title ("LINEMAN APPRENTICE DEFINITION Under ...").
      const headed = m[2].replace(/\s+[A-Z]$/, '').trim();
      const title = headed.replace(/\s+(?:DEFINITION|DESCRIPTION|SUMMARY|PURPOSE|GENERAL STATEMENT|(?:KIND|NATURE) OF WORK)$/, '');
      if (l.folded[m.index + m[0].length] === ':' && title === headed) continue;
      if (!checkTitle(title).strong) continue;
      // "July, 2009 LINEMAN APPRENTICE DEFINITION": a page header's date, its year no code; the title stands
      // on the section heading after it.
      if (/^(?:19|20)\d\d$/.test(m[1]) && MONTH_BEFORE.test(l.folded.slice(Math.max(0, m.index - 20), m.index + 1))) {
        if (title !== headed) out.push({ line: l.index, title: displayTitle(title), evidence: 'heading' });
        continue;
      }
      out.push({ line: l.index, title: displayTitle(title), code: m[1], evidence: 'title-with-code' });
    }
  }
  return out;
}

/** "... compliance. Water Treatment Operator I - 30000146 Distinguishing Characteristics The ...": in run-together prose. */
export const INLINE_TITLE_CODE = /(?:^|\s)((?:[A-Z][\w'&/-]*\s){1,7}?(?:I{1,3}|IV|VI{0,3}|\d))\s+[-–]\s+([A-Z]{0,3}\d{4,10})\s+([A-Z][a-z]+(?:\s+(?:[A-Z][a-z]*|of|and|&|\/)){0,3})/g;

/**
 * A level's title with its code after a dash, then a section heading, in text flattened into one paragraph: the
 * title is the longest run of the capitalized words before the dash that is clearly a title.
 */
export function inlineTitleCodeAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length > 20000) continue;
    for (const m of l.folded.matchAll(INLINE_TITLE_CODE)) {
      const after = m[3].split(/\s+/);
      if (![1, 2, 3].some((n) => after.length >= n && sectionKind(after.slice(0, n).join(' ')) !== 'other')) continue;
      const words = m[1].trim().split(/\s+/);
      const title = words.map((_, i) => words.slice(i).join(' ')).find((t) => t.split(' ').length >= 2 && sectionKind(t) === 'other' && checkTitle(t).strong && titleFromCandidate(t) === t);
      if (title) out.push({ line: l.index, title: displayTitle(title), code: m[2], evidence: 'title-with-code' });
    }
  }
  return out;
}

/**
 * "Facilities Director ....…… 5": a contents entry, a title up to eight words (a level number may end it), its dot
 * leader, its page reference ("5", "12-13", a lettered part's "C3-C4"). A class code may stand before the title
 * ("0412 Clerk 2 ....... B1-B2"); it is taken only with a letter or three digits or more, never a lone page number.
 * The last entry of a text cut inside its dot leader has no page; the leader shows its title whole.
 */
export const CONTENTS_ENTRY = /(?:^|\s)(?:(\d{3,6}[A-Z]?|\d{2}[A-Z])\s+)?((?:[A-Z][\w&'/-]*\.?|of|and|for|&)(?:\s+(?:[A-Z][\w&'/-]*\.?|of|and|for|&)){0,7}?(?:\s+\d{1,2})?)\s*(?:[.…·]\s?){3,}\s*(?:([A-Z]?\d{1,3}(?:\s?[-–]\s?[A-Z]?\d{1,3})?)(?=\s|$)|$)/g;

/**
 * The contents of a booklet of job descriptions ("Facilities Area Supervisor ......... 2 Facilities Director ......
 * 5"): three or more entries, each clearly a job title with its dot leader and page number, are the classes the
 * booklet specifies (a contents list of sections, "Definition ..... 2", has no job titles).
 */
export function contentsAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  // Entries one per line ("CARPENTER I ........ 3"), consecutive: a job noun may be missing from a few
  // ("CABINETMAKER ..... 2") among three or more that clearly are titles.
  let run: { line: number; title: string; code?: string; strong: boolean }[] = [];
  const close = () => {
    if (run.filter((e) => e.strong).length >= 3) for (const e of run) out.push({ line: e.line, title: displayTitle(e.title), code: e.code, evidence: 'table-row', row: true, whole: true });
    run = [];
  };
  const last = lines.filter(usable).pop();
  for (const l of lines) {
    if (l.kind === 'blank' || l.kind === 'furniture') continue;
    if (l.folded.length > 20000) {
      close();
      continue;
    }
    const matched = [...l.folded.matchAll(CONTENTS_ENTRY)]
      // After a dash the words are a variant's suffix ("Clerk 2 - Local 7 ...."), not a title of their own.
      .filter((m) => !/[-–—]\s*$/.test(l.folded.slice(0, m.index)))
      // Without a page only where the text is cut: dot leaders with nothing after them elsewhere are a form's
      // blanks ("Department Director ..........", a line to sign on).
      .filter((m) => m[3] !== undefined || l === last);
    const entries = matched
      .map((m) => ({ title: titleFromCandidate(m[2]), code: m[1] ? codeToken(m[1]) : undefined }))
      .filter((e): e is { title: string; code: string | undefined } => !!e.title && checkTitle(e.title).strong);
    if (entries.length >= 3) for (const e of entries) out.push({ line: l.index, title: displayTitle(e.title), code: e.code, evidence: 'table-row', row: true, whole: true });
    const one = matched.length === 1 && matched[0][0].trim() === l.folded.trim() ? titleFromCandidate(matched[0][2].replace(/\.$/, '')) : undefined;
    const check = one ? checkTitle(one) : undefined;
    if (one && check?.ok) run.push({ line: l.index, title: one, code: matched[0][1] ? codeToken(matched[0][1]) : undefined, strong: check.strong });
    else close();
  }
  close();
  return out;
}

/** A cell of a table stacked one per line that is a value, not a title: short, no word of three small letters. */
export const valueCell = (l: LaidLine) => l.folded.trim().length <= 12 && !/[a-z]{3}/.test(l.folded);

/**
 * A table printed one cell per line without separators (an OCR'd or copied pay schedule): a title line, then the
 * same number of short value lines, again and again ("Account Clerk" "4" "12.9959" "40" "F" "NE" "53"). Three or
 * more clearly titled rows of one width make the table; a row of that width whose title is not clearly one (an
 * abbreviation, "Revenue Tech.") belongs to it too. Under a "Grade" header cell the last value is the grade.
 */
export function cycleRows(lines: LaidLine[]): ClassAnchor[] {
  const used = lines.filter(usable);
  const rows: { at: number; title: string; values: string[]; strong: boolean }[] = [];
  for (let i = 0; i < used.length; i++) {
    if (used[i].folded.length > 60 || valueCell(used[i])) continue;
    const title = titleFromCandidate(used[i].folded);
    if (!title) continue;
    let j = i + 1;
    while (j < used.length && valueCell(used[j])) j++;
    if (j - i - 1 >= 2 && (j === used.length || titleFromCandidate(used[j].folded) || j === used.length - 1)) rows.push({ at: i, title, values: used.slice(i + 1, j).map((l) => l.folded.trim()), strong: checkTitle(title).strong });
  }
  const widths = new Map<number, number>();
  for (const r of rows) if (r.strong) widths.set(r.values.length, (widths.get(r.values.length) ?? 0) + 1);
  const [width, count] = [...widths].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (count < 3) return [];
  const table = rows.filter((r) => r.values.length === width);
  const header = used.slice(Math.max(0, table[0].at - 30), table[0].at).map((l) => l.folded.trim());
  const graded = header.some((h) => /^(?:pay\s+|salary\s+)?grade$/i.test(h));
  return table.map((r) => ({ line: used[r.at].index, title: displayTitle(r.title), grade: graded ? gradeToken(r.values[width - 1]) : undefined, evidence: 'table-row' as const, row: true }));
}

/**
 * Numbered entries of a table printed one cell per line ("1." / "GROUP INSURANCE SPECIALIST" / "211" / "213" /
 * "2." / "WORKERS COMPENSATION" / "SPECIALIST" / ...): each number opens a row, its title on one or two lines, then
 * its values. Two or more clearly titled rows of one width make the table; under a "Grade" header the first value
 * is the grade (the present one, before any proposed), under a "Code" header the code.
 */
export function numberedStackedRows(lines: LaidLine[]): ClassAnchor[] {
  // A value here has a digit or is a short code ("NE"); "SPECIALIST" on a line of its own is the title's second line.
  const numberCell = (l: LaidLine) => /^(?:[A-Z]{0,3}-?\d[\d.,-]*[A-Z]?|[A-Z]{1,2})$/.test(l.folded.trim());
  const used = lines.filter(usable);
  const rows: { at: number; title: string; values: string[] }[] = [];
  for (let i = 0; i < used.length; i++) {
    if (!/^\d{1,3}\.$/.test(used[i].folded.trim())) continue;
    const parts: string[] = [];
    let j = i + 1;
    while (j < used.length && parts.length < 2 && !numberCell(used[j]) && used[j].folded.length <= 60 && !/^\d{1,3}\.$/.test(used[j].folded.trim())) parts.push(used[j++].folded.trim());
    const values: string[] = [];
    while (j < used.length && numberCell(used[j]) && !/^\d{1,3}\.$/.test(used[j].folded.trim())) values.push(used[j++].folded.trim());
    const title = parts.length ? titleFromCandidate(parts.join(' ')) : undefined;
    if (title && values.length && checkTitle(title).strong) rows.push({ at: i + 1, title, values });
  }
  if (rows.length < 2 || new Set(rows.map((r) => r.values.length)).size > 1) return [];
  const header = used.slice(Math.max(0, rows[0].at - 8), rows[0].at).map((l) => l.folded).join(' ');
  const graded = /\bgrade|\brange\b/i.test(header);
  const coded = /\bcode\b/i.test(header);
  return rows.map((r) => ({
    line: used[r.at].index,
    title: displayTitle(r.title),
    grade: graded ? gradeToken(r.values[coded ? 1 : 0] ?? '') : undefined,
    code: coded ? codeToken(r.values[0]) : undefined,
    evidence: 'table-row' as const,
    row: true,
  }));
}

/**
 * "Classification Title Pay Grade", "Position Job Grade Salary Range" inside run-on text (an ordinance's or a
 * by-law's tables flattened into its prose).
 */
export const INLINE_HEADER = /\b(?:(?:Classification|Class|Job|Position)\s+Title|Position)\s+(?:[A-Z]\s+)?(?:Pay\s+|Salary\s+|Job\s+)?(?:Grade|Range)(?:\s+Salary\s+Range)?\b/g;
export const TITLE_WORD_RUN = String.raw`(?:[A-Z][\w.'&/-]*|\/[A-Z][\w.'&-]*|\([A-Z][^()]{0,30}\)|of|and|&|for|\/)`;
/** A salary range after a row's grade, as an OCR may read it ("47~843 - 65~208", "28,658 - 38 ~ 211"). */
const AMOUNT = String.raw`\$?\d{1,3}(?:\s?[,~]\s?\d{3})+(?:\.\d\d)?|\$?\d{4,6}(?:\.\d\d)?`;
/** One row after such a header: a title, then its grade ("Plans Examination Manager 3.3", "Fire Chief D6-4 37~028 - 49~371"). */
export const INLINE_ROW = new RegExp(String.raw`\s*(${TITLE_WORD_RUN}(?:\s+${TITLE_WORD_RUN}){0,7}?)\s+([A-Z]{0,2}\d{1,3}(?:\.\d|-\d{1,2}(?=\s+\$?\d))?)(\s+(?:${AMOUNT})\s*-\s*(?:${AMOUNT}))?(?=\s|$)`, 'y');
/** "Profile Title AfC banding Page": a contents page of job profiles with each one's band and page, flattened. */
const CONTENTS_HEADER = /\b(?:Profile|Job|Role|Post)\s+Title\s+(?:AfC\s+)?(?:Band(?:ing)?|Grade)\s+Page\b/gi;
/** One entry after it: a title (a remark in parentheses may be lower case, a note's stars may follow), its band, its page. */
const CONTENTS_ROW = new RegExp(String.raw`\s*((?:${TITLE_WORD_RUN}|\([a-z][^()]{0,30}\))(?:\s+(?:${TITLE_WORD_RUN}|\([a-z][^()]{0,30}\))){0,7}?)\*{0,2}\s+(\d{1,2}[a-d]?)(?:\s+\d{1,3}){0,2}(?=\s|$)`, 'y');

/**
 * Rows after "Classification Title Pay Grade" headers in run-on text: title and grade pairs until something else
 * (the next group's name, the next header) comes. Three rows or more in all make the table.
 */
export function inlineHeaderRows(lines: LaidLine[]): ClassAnchor[] {
  // A salary range after the grade closes the row: it is whole even on the line a text's cut ends. A contents
  // entry is whole with its page.
  const inline = headedRows(lines, INLINE_HEADER, INLINE_ROW, (m) => !!m[3]);
  const out = inline.length ? inline : headedRows(lines, CONTENTS_HEADER, CONTENTS_ROW, () => true);
  return out.length >= 3 ? out : [];
}

/** The rows `row` reads after each `header` of a long line, up to the next header: a title, then its grade. */
function headedRows(lines: LaidLine[], header: RegExp, row: RegExp, whole: (m: RegExpExecArray) => boolean): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length < 120 || l.folded.length > 20000) continue;
    const headers = [...l.folded.matchAll(header)];
    headers.forEach((h, k) => {
      const end = headers[k + 1]?.index ?? l.folded.length;
      row.lastIndex = h.index + h[0].length;
      for (let m = row.exec(l.folded); m && m.index + m[0].length <= end; m = row.exec(l.folded)) {
        const words = m[1].trim();
        // "Nurse Advanced (schools)": the job's words before a remark make it a title.
        const bare = words.replace(/\s*\([^()]*\)/g, '');
        if (!(checkTitle(bare).ok || (capitalizedWords(bare) && endsLikeTitle(bare)))) break;
        out.push({ line: l.index, title: displayTitle(words), grade: m[2], evidence: 'table-row', row: true, whole: whole(m) });
      }
    });
  }
  return out;
}

/** A cell of a column of values run into prose: a number, a dollar figure. */
export const VALUE_WORD = /^(?:\d{1,3}(?:\.\d)?|\$[\d.,]+(?:-[\d.,]+)?(?:\/\w+)?)$/;
/** A level numeral as written or as an OCR garbles it ("I1" for II). */
export const LEVEL_TOKEN = /^(?:I{1,3}|IV|VI{0,3}|I1|Il|1I)$/;

/** The cost of reading words as one title of a run: 0 when it ends like a title, more when not; Infinity when it cannot be one. */
export function runTitleCost(words: string[]): number {
  const first = words[0];
  const last = words[words.length - 1];
  if (words.length > 7 || !/^[A-Z]/.test(first) || LEVEL_TOKEN.test(first) || /^(?:of|and|&)$/i.test(last) || /[/&]$/.test(last)) return Infinity;
  if (!checkTitle(words.join(' ').replace(/\b(?:I1|Il|1I)$/, 'II')).ok) return Infinity;
  // "Director of Finance", "Asst. Town Manager for Economic Development": the job noun heads the phrase that follows it.
  const of = words.findIndex((w) => /^(?:of|for)$/.test(w));
  // "Fire Chief", "Battalion Chief": after other words a chief is the job itself.
  const chief = words.length > 1 && /^chief$/i.test(last);
  const ends = jobNounWord(last.split('/').pop()!) || chief || (LEVEL_TOKEN.test(last) && words.length > 1) || (of > 0 && of < words.length - 1 && jobNounWord(words[of - 1]));
  // A word that usually leads a title ("Executive Secretary", "Chief Engineer") rarely stands alone or ends one;
  // a title is more than an abbreviation and a level ("Asst. I").
  const LEADING = /^(?:executive|chief|deputy|lead|head|principal|senior|general|master|asst\.|sr\.)$/i;
  const modifier = (words.length === 1 && LEADING.test(first)) || (words.length > 1 && LEADING.test(last) && !chief);
  // Nor does one sit inside a title after its other words ("Director of Recreation Deputy Town"): a title starts there.
  const inside = words.some((w, k) => k > 0 && k < words.length - 1 && LEADING.test(w) && !LEADING.test(words[k - 1]));
  const abbreviated = words.every((w) => /\.$/.test(w) || LEVEL_TOKEN.test(w));
  // An abbreviated word that is not a job noun's ("Maint.") rarely ends a title; words without any job noun
  // ("Accounting Office") are less of a title than words with one inside ("General Manager/District Engr").
  const noun = words.some((w) => w.split('/').some((part) => jobNounWord(part)));
  return (ends ? 0 : /\.$/.test(last) ? 1.5 : 1) + (!ends && !noun ? 0.5 : 0) + (words.length === 1 && !ends ? 1 : 0) + (modifier ? 1.5 : 0) + (inside ? 1 : 0) + (abbreviated ? 1 : 0);
}

/**
 * A run of capitalized words split into `n` titles: fewest that do not end like one, a tie to the later split. A
 * few words at either end (`slack`: the prose after a column, a group's name before it) may be left out, each at a
 * small cost. Undefined when the best split still reads poorly.
 */
function splitTitleRun(run: string[], n: number, slack: { start: number; end: number; group?: boolean }): string[] | undefined {
  const best: number[][] = Array.from({ length: run.length + 1 }, () => Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: run.length + 1 }, () => Array<number>(n + 1).fill(-1));
  // Under a group column the run opens with the group's name, at least a word of it.
  for (let s = slack.group ? 1 : 0; s <= Math.min(slack.start, run.length); s++) best[s][0] = s * 0.1;
  for (let e = 1; e <= run.length; e++) {
    for (let k = 1; k <= n; k++) {
      for (let s = Math.max(0, e - 7); s < e; s++) {
        if (best[s][k - 1] === Infinity) continue;
        const cost = best[s][k - 1] + runTitleCost(run.slice(s, e));
        if (cost <= best[e][k]) [best[e][k], from[e][k]] = [cost, s];
      }
    }
  }
  let stop = -1;
  for (let e = run.length; e >= Math.max(1, run.length - slack.end); e--) if (best[e][n] < Infinity && (stop < 0 || best[e][n] + (run.length - e) * 0.1 < best[stop][n] + (run.length - stop) * 0.1)) stop = e;
  if (stop < 0 || best[stop][n] > n / 4) return undefined;
  const titles: string[] = [];
  for (let e = stop, k = n; k > 0; k--) {
    const s = from[e][k];
    titles.unshift(run.slice(s, e).join(' '));
    e = s;
  }
  return titles;
}

/**
 * A column of values and a column of titles scanned into one paragraph ("... 57 53 51 ... 19 $4.50-6.00/hour
 * General Manager Superintendent Administrative Manager ... Office Aide/Intern A new employee shall ..."): as
 * many titles as values (a phrase repeated in the value column, "Board Approved", is one cell each time), the
 * titles run together and split where each ends like a title; values pair with titles in order, numbers as grades.
 */
export function valueRunThenTitles(lines: LaidLine[]): ClassAnchor[] {
  for (const l of lines) {
    if (!usable(l) || l.folded.length < 200 || l.folded.length > 20000) continue;
    const words = l.folded.split(' ');
    for (let i = 0; i < words.length; i++) {
      if (!VALUE_WORD.test(words[i]) || !/^\d/.test(words[i])) continue;
      let j = i;
      while (j < words.length && VALUE_WORD.test(words[j])) j++;
      const values: (string | undefined)[] = words.slice(i, j).map((w) => (/^\d/.test(w) ? w : undefined));
      if (values.filter(Boolean).length < 5) {
        i = j;
        continue;
      }
      // A phrase repeated just before the numbers ("Board Approved Board Approved") is a cell per repeat.
      let count = 0;
      for (let p = 1; p <= 3; p++) {
        const phrase = words.slice(i - p, i).join(' ');
        if (!/^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/.test(phrase)) continue;
        let r = 1;
        while (i - (r + 1) * p >= 0 && words.slice(i - (r + 1) * p, i - r * p).join(' ') === phrase) r++;
        if (r >= 2 && r > count) count = r;
      }
      const cells = [...Array<undefined>(count).fill(undefined), ...values];
      // The titles: the capitalized words after the values, up to the prose that follows them.
      let end = j;
      while (end < words.length && (/^[A-Z(]/.test(words[end]) || /^(?:of|and|&)$/.test(words[end]))) end++;
      const run = words.slice(j, end);
      const n = cells.length;
      if (run.length < n) break;
      const titles = splitTitleRun(run, n, { start: 0, end: 3 });
      if (!titles) break;
      return titles.map((t, k) => ({ line: l.index, title: displayTitle(t), grade: cells[k], evidence: 'table-row' as const, row: true, whole: true }));
    }
  }
  return [];
}

/** The capitalized words after a header run into prose (the titles), then the values that follow them. */
function runThenValues(words: string[], value: RegExp): { run: string[]; values: string[] } {
  let i = 0;
  while (i < words.length && (/^[A-Z(]/.test(words[i]) || /^(?:of|and|for|&)$/.test(words[i]))) i++;
  let j = i;
  while (j < words.length && value.test(words[j])) j++;
  return { run: words.slice(0, i), values: words.slice(i, j) };
}

/**
 * The mirror of the above under a header run into prose ("... pay grades: Occupational Groups Position Pay Grade
 * Executive-Managerial Director of Finance Chief of Police ... Airport Director 16 14 15 ... 13"): the titles first,
 * then as many values; the name of a group (a column the header names before the titles) opens the run. Each header's
 * table is read on its own.
 */
export function titlesThenValueRun(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length < 200 || l.folded.length > 20000) continue;
    for (const header of l.folded.matchAll(INLINE_HEADER)) {
      const { run, values } = runThenValues(l.folded.slice(header.index + header[0].length).trim().split(' '), /^\d{1,3}$/);
      const n = values.length;
      // Each title is seven words at most, and the group's name three.
      if (n < 5 || run.length < n || run.length > n * 7 + 3) continue;
      const group = /\b(?:groups?|departments?|divisions?|categor(?:y|ies)|famil(?:y|ies))\s*$/i.test(l.folded.slice(0, header.index));
      const titles = splitTitleRun(run, n, { start: 3, end: 0, group });
      if (titles) out.push(...titles.map((t, k) => ({ line: l.index, title: displayTitle(t), grade: values[k], evidence: 'table-row' as const, row: true, whole: true })));
    }
  }
  return out;
}

/** "Classification Title Class Codes Date Established Date Revised": a series table's header run into prose. */
const TITLE_CODE_HEADER = /\b(?:Classification|Class|Job|Position)\s+Titles?\s+(?:Class|Job)\s+Codes?((?:\s+(?:Date\s+(?:Established|Revised)|Effective\s+Date|Pay\s+Grade|Grade|Range|FLSA))*)\s+(?=[A-Z])/g;

/**
 * A series table's titles, then their codes, run into prose under its header ("Classification Title Class Codes
 * Date Established Date Revised Electrician Lead Electrician Supervising Electrician 6533 6532 6534 1931 12-19-58
 * ..."): the titles split into as many as read well, two or more, each taking the code in its place (the numbers
 * after them are the next column's).
 */
export function titlesThenCodeRun(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length < 100 || l.folded.length > 20000) continue;
    for (const header of l.folded.matchAll(TITLE_CODE_HEADER)) {
      const { run, values } = runThenValues(l.folded.slice(header.index + header[0].length, header.index + header[0].length + 600).split(' '), /^[A-Z]{0,2}\d{3,6}$/);
      for (let n = Math.min(values.length, 12); n >= 2; n--) {
        if (run.length < n || run.length > n * 7) continue;
        const titles = splitTitleRun(run, n, { start: 0, end: 0 });
        if (!titles) continue;
        out.push(...titles.map((t, k) => ({ line: l.index, title: displayTitle(t), code: values[k], evidence: 'table-row' as const, row: true, whole: true })));
        break;
      }
    }
  }
  return out;
}

/** A word of a title in a run-on row: a capitalized word, a joining word, a level numeral, a remark in parentheses. */
const RUN_TITLE_WORD = /^(?:[A-Z][a-z][\w'’.&/-]*,?|[A-Z][a-z]?\.,?|of|and|the|for|to|in|&|\/|-|(?:I{1,3}|IV|VI{0,3}),?|\([^()]{1,30}\),?)$/;
/** An acronym right after a comma belongs to an inverted title ("Analyst I, GIS", "Architect, IT Security"). */
const ACRONYM = /^[A-Z]{2,6},?$/;
const STARTS_TITLE = /^[A-Z][a-z]/;
/** A level or grade code closing a row, glued to the column before it ("ACCOUNTINGP2", "RECREATIONOT6"). */
const CLOSING_GRADE = /^(\d?)([A-Z&,'-]*?)([A-Z]{0,2}\d{1,2})$/;

/**
 * A table whose rows a PDF's text layer ran together on one line, each row a title in mixed case followed by
 * its other columns in capitals, numbers and codes ("Accountant II ACCOUNTING 4FINANCE & ACCOUNTINGP2 Analyst I,
 * Benefits BENEFITS 4HUMAN RESOURCESP1 ..."): the rows part where a capitalized word follows the capitals. Each row
 * ends with its level or grade (the header names one), the column before may be glued to it; five rows in a row
 * or more make the table.
 */
export function runOnRows(lines: LaidLine[]): ClassAnchor[] {
  for (const l of lines) {
    if (!usable(l) || l.folded.length < 300 || l.folded.length > 50000) continue;
    const tokens = l.folded.split(/\s+/).filter(Boolean);
    const rows: { title: string; tail: string[]; at: number }[] = [];
    for (let i = 0; i < tokens.length; ) {
      if (!STARTS_TITLE.test(tokens[i]) || tokens[i] === tokens[i].toUpperCase()) {
        i++;
        continue;
      }
      const at = i;
      const words: string[] = [];
      while (i < tokens.length && (RUN_TITLE_WORD.test(tokens[i]) || (ACRONYM.test(tokens[i]) && /,$/.test(words[words.length - 1] ?? '')))) words.push(tokens[i++]);
      // A capitalized word no title holds ("Note:"): the row breaks here.
      if (!words.length) i++;
      const tail: string[] = [];
      while (i < tokens.length && !STARTS_TITLE.test(tokens[i])) tail.push(tokens[i++]);
      rows.push({ title: words.join(' ').replace(/,$/, ''), tail, at });
    }
    // The capital words standing alone in the rows' columns, to tell where a glued grade begins ("ACCOUNTING" + "P2").
    const vocabulary = new Set(rows.flatMap((r) => r.tail.map((t) => t.replace(/^\d/, '').replace(/,$/, ''))).filter((t) => /^[A-Z]{3,}$/.test(t)));
    // A column word only ever glued shows as the part two rows' glued endings share ("OPERATIONSM1", "OPERATIONSSV5").
    const glued = [...new Set(rows.map((r) => CLOSING_GRADE.exec(r.tail[r.tail.length - 1] ?? '')).filter((m) => m?.[2]).map((m) => m![2] + m![3].replace(/\d+$/, '')))].sort();
    for (let k = 1; k < glued.length; k++) {
      let n = 0;
      while (n < glued[k - 1].length && glued[k - 1][n] === glued[k][n]) n++;
      if (n >= 4) vocabulary.add(glued[k].slice(0, n));
    }
    const closing = (tail: string[]): string | undefined => {
      const last = tail[tail.length - 1] ?? '';
      const m = CLOSING_GRADE.exec(last);
      if (!m || tail.some((t) => /[a-z]/.test(t))) return undefined;
      if (!m[2] && !m[1]) return m[3];
      // Glued: the longest column word the table shows standing alone decides; else a grade is one letter.
      const letters = `${m[2]}${m[3].replace(/\d+$/, '')}`;
      const digits = /\d+$/.exec(m[3])![0];
      for (const k of [1, 2]) if (letters.length > k && vocabulary.has(letters.slice(0, -k))) return `${letters.slice(-k)}${digits}`;
      return `${letters.slice(-1)}${digits}`;
    };
    // The longest run of rows that each close with a grade, and the token its first row starts at.
    let run: ClassAnchor[] = [];
    let best: ClassAnchor[] = [];
    let runAt = 0;
    let bestAt = 0;
    for (const r of rows) {
      const grade = r.tail.length ? closing(r.tail) : undefined;
      if (grade && r.title && checkTitle(r.title).ok) {
        if (!run.length) runAt = r.at;
        run.push({ line: l.index, title: displayTitle(r.title), grade, evidence: 'table-row', row: true, whole: true });
        continue;
      }
      if (run.length > best.length) [best, bestAt] = [run, runAt];
      run = [];
    }
    if (run.length > best.length) [best, bestAt] = [run, runAt];
    if (best.length < 5) continue;
    // The header before the first row names a title column and a level or grade column.
    const header = tokens.slice(Math.max(0, bestAt - 20), bestAt).join(' ');
    if (/title|classification|position/i.test(header) && /level|grade|range|band/i.test(header)) return best;
  }
  return [];
}

/** "CODE DESCRIPTION AREA", "Job Code Job Title Department": a code listing's header row run into its rows. */
const CODE_LISTING_HEADER = /\b(?:CODE|(?:Job |Class )?Code)\s+(?:DESCRIPTION|TITLE|(?:Job |Class )?(?:Title|Description))\s+(AREA|DEPARTMENT|DIVISION|LOCATION|Area|Department|Division|Location)(?=\s*\d)/;
/** A change note after a row's title ("Associate Graphic Designer – Changed 10/16/15", "– New January 2016"). */
const CHANGE_NOTE = /\s+[–—-]\s+(?:Changed|New|Revised|Added|Updated|Retitled)\b.*$/;

/**
 * A code listing flattened onto one line ("CODE DESCRIPTION AREA 7100 Staff Attorney Communications 7102 Public
 * Information Officer Communications ..."): each row is a code, a title, then the area column. The area is the
 * words a row ends with that its neighbour ends with too (an area holds many rows in a row); a row whose area is
 * its own is still read when the title then ends like one. Five rows or more make the listing.
 */
export function codeListingRows(lines: LaidLine[]): ClassAnchor[] {
  for (const l of lines) {
    if (!usable(l) || l.folded.length < 120 || l.folded.length > 20000) continue;
    const header = CODE_LISTING_HEADER.exec(l.folded);
    if (!header) continue;
    const body = l.folded.slice(header.index + header[0].length);
    // A year after a month ("– New January 2016") is a change note's date, not the next row's code.
    // The last row may carry the page's number after its area ("... Program Assistant Food Services 1").
    const codes = [...body.matchAll(/(?:^|\s)(\d{3,6})\s+(?=[A-Z])/g)].filter((m) => !MONTH_BEFORE.test(body.slice(Math.max(0, m.index - 20), m.index + 1)));
    const rows = codes.map((m, i, all) => {
      const end = all[i + 1]?.index ?? body.length;
      const words = body.slice(m.index + m[0].length, end).trim().split(/\s+/);
      return { code: m[1], words: i === all.length - 1 && /^\d{1,3}$/.test(words[words.length - 1]) ? words.slice(0, -1) : words };
    });
    const suffix = (a: string[], b: string[]) => {
      let n = 0;
      while (n < 3 && n < a.length - 1 && n < b.length - 1 && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
      return n;
    };
    const out: ClassAnchor[] = [];
    for (const [i, row] of rows.entries()) {
      const words = row.words;
      // Neighbours share the area and may share the title's last words too ("Lead Grounds Custodian Facilities",
      // "Grounds Custodian Facilities"): of the words shared, the area is the most that leave a title ending like one.
      const shared = Math.max(i > 0 ? suffix(words, rows[i - 1].words) : 0, i + 1 < rows.length ? suffix(words, rows[i + 1].words) : 0);
      const cost = (n: number) => runTitleCost(words.slice(0, words.length - n).join(' ').replace(CHANGE_NOTE, '').split(' '));
      // An area of one row ("8000 Staff Attorney Legal"): its last word or two, when what is left ends like a title.
      const cuts = shared ? Array.from({ length: shared }, (_, k) => shared - k) : [1, 2].filter((n) => n < words.length && cost(n) === 0);
      const cut = cuts.reduce((best, n) => (cost(n) < cost(best) ? n : best), cuts[0] ?? 0);
      const title = words.slice(0, words.length - cut).join(' ').replace(CHANGE_NOTE, '');
      if (!cut || !title || !checkTitle(title).ok || titleFromCandidate(title) !== title) break;
      out.push({ line: l.index, title: displayTitle(title), code: row.code, evidence: 'table-row', row: true });
    }
    if (out.length >= 5) return out;
  }
  return [];
}

/** A cell of a row's key: a code, a number, a short group mark ("1A", "100", "00", "11-1011"). */
const KEY_CELL = /^(?=[\w-]*\d)[A-Z\d][\w-]{0,9}$/;
/** An FLSA status cell after a row's title ("Ex", "Non-Exempt", "NE"). */
const STATUS_CELL = /^(?:Ex|Exempt|Non|Non-?Ex|Non-?Exempt|NE|E|N|NX|X)$/;
/** The shape of a key cell: letters and digits as classes, digits counted ("1A" "9A", "100" "999"). */
const cellShape = (t: string) => t.replace(/[A-Z]+/g, 'A').replace(/[a-z]+/g, 'a').replace(/\d/g, '9');

/**
 * A spreadsheet's rows run together on one line, each opening with the same shape of key cells before its title
 * ("Category Name ... 1A 100 00 President Ex 1001 100000 ... 1A 101 00 Chancellor Ex 1003 ..."): the key shape
 * that most often stands before a capitalized word parts the rows (the longest such shape that parts as many);
 * the key cell whose values differ row to row is the code. A row's title is its run of title words, less an FLSA
 * status after it; a last row cut short of the columns every other row has is left out. Five rows or more, after
 * a header that names a title column, make the table.
 */
export function keyedRows(lines: LaidLine[]): ClassAnchor[] {
  for (const l of lines) {
    if (!usable(l) || l.folded.length < 200 || l.folded.length > 50000) continue;
    const tokens = l.folded.split(/\s+/).filter(Boolean);
    const counts = new Map<string, number[]>();
    for (let i = 0; i < tokens.length - 1; i++) {
      if (!STARTS_TITLE.test(tokens[i + 1]) || tokens[i + 1] === tokens[i + 1].toUpperCase()) continue;
      for (let k = 1; k <= 3 && i - k + 1 >= 0 && KEY_CELL.test(tokens[i - k + 1]); k++) {
        const shape = tokens.slice(i - k + 1, i + 1).map(cellShape).join(' ');
        let at = counts.get(shape);
        if (!at) counts.set(shape, (at = []));
        at.push(i - k + 1);
      }
    }
    const most = Math.max(0, ...[...counts.values()].map((v) => v.length));
    if (most < 5) continue;
    const [shape, starts] = [...counts.entries()].filter(([, v]) => v.length === most).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length)[0];
    const width = shape.split(' ').length;
    const header = tokens.slice(Math.max(0, starts[0] - 30), starts[0]).join(' ');
    if (!/\b(?:title|name|classification|position|job)\b/i.test(header)) continue;
    // The code column: the key cell whose values are most often different.
    const column = Array.from({ length: width }, (_, c) => new Set(starts.map((s) => tokens[s + c])).size).reduce((best, n, c, all) => (n > all[best] ? c : best), 0);
    const rows = starts.map((s, r) => {
      const cells = tokens.slice(s + width, starts[r + 1] ?? tokens.length);
      const words: string[] = [];
      while (words.length < cells.length && (RUN_TITLE_WORD.test(cells[words.length]) || (ACRONYM.test(cells[words.length]) && /,$/.test(words[words.length - 1] ?? '')))) words.push(cells[words.length]);
      const tail = cells.length - words.length;
      if (words.length > 1 && STATUS_CELL.test(words[words.length - 1])) words.pop();
      return { code: tokens[s + column], title: words.join(' ').replace(/,$/, ''), tail };
    });
    if (rows.length > 1 && !rows[rows.length - 1].tail && rows.slice(0, -1).every((r) => r.tail)) rows.pop();
    const out: ClassAnchor[] = [];
    for (const r of rows) {
      if (!r.title || !checkTitle(r.title).ok || titleFromCandidate(r.title) !== r.title) break;
      // A row with cells after its title is whole, though the text's cut comes after it.
      out.push({ line: l.index, title: displayTitle(r.title), code: codeToken(r.code) ?? r.code, evidence: 'table-row', row: true, whole: r.tail > 0 });
    }
    if (out.length >= 5 && new Set(out.map((a) => a.code)).size === out.length) return out;
  }
  return [];
}

/** Job nouns that also open compound titles ("Crew Leader", "Lead Worker"): never where a row's title ends. */
const COMPOUND_NOUN = /^(?:crew|lead|head|hand|chief|master|mate|deputy|executive|principal|member|trainee)$/i;
/**
 * A group's name or a header word in capitals between rows ("CLERICAL/FINANCE", "GROUNDS MAINTENANCE", "FIRE"):
 * six letters or more, joined with "/", "&" or ",", or a word of four or five with a vowel among its first two
 * letters; other short words in capitals are the title's acronyms ("HVAC Technician", "SCADA Technician", "GIS
 * Technician") unless another word in capitals stands before them.
 */
const GROUP_WORD = /^(?:[A-Z]{6,}|[A-Z]?[AEIOU][A-Z]{2,3}|[A-Z][A-Z.-]*[/&,][A-Z/&,.-]*)$/;
const CAPITALS = /^[A-Z][A-Z.-]{1,}$/;
/** Whether `words[i]` closes a group's name: a group word, or the second of two words in capitals (no level numeral). */
const closesGroup = (words: string[], i: number) => !LEVEL_TOKEN.test(words[i]) && (GROUP_WORD.test(words[i]) || (i >= 1 && CAPITALS.test(words[i]) && CAPITALS.test(words[i - 1])));

/**
 * A two-column table of titles and grades run into one line by a document-sharing site ("CLERICAL/FINANCE PAY
 * PAY LABOR, TRADES & TRANSPORTATION GRADE GRADE Account Clerk I 12 CAD Technician 23 Account Clerk II 14 ...
 * GROUNDS MAINTENANCE Receptionist 7 Arborist 16 ..."): each row is a title and its grade, the columns' rows
 * alternating, groups' names in capitals between them. The words between two grades, after the last group's name,
 * are a title when they clearly read as one. Eight such rows, most of what the line holds, make the table.
 */
export function titleGradePairRows(lines: LaidLine[]): ClassAnchor[] {
  for (const l of lines) {
    if (!usable(l) || l.folded.length < 200 || l.folded.length > 20000) continue;
    const rows: { anchor: ClassAnchor; strong: boolean }[] = [];
    const row = (title: string, grade: string | undefined, strong: boolean) => rows.push({ anchor: { line: l.index, title: displayTitle(title), grade, evidence: 'table-row', row: true, whole: true }, strong });
    let chunks = 0;
    let words: string[] = [];
    const tokens = l.folded.split(' ');
    tokens.forEach((w, t) => {
      // "Account Clerk 1 12": a level numeral just before the grade is the title's.
      if (!/^\d{1,2}$/.test(w) || /^\d{1,2}$/.test(tokens[t + 1] ?? '')) {
        words.push(w);
        return;
      }
      let from = words.length;
      while (from > 0 && !closesGroup(words, from - 1)) from--;
      const own = words.slice(from);
      words = [];
      if (!own.length) return;
      chunks++;
      if (own.length > 9) return;
      // "Library Page (hired after 1/28/13)": a remark in parentheses is the row's own, read past for the check.
      const bare = own.join(' ').replace(/\s*\([^()]{1,40}\)$/, '').split(' ');
      if (runTitleCost(bare) === Infinity) return;
      // "Lead Laborer Library Clerk I 12": a row with no grade before this one; its title ends in a job noun.
      const k = bare.findIndex((x, i) => i >= 1 && i <= bare.length - 3 && jobNounWord(x) && !COMPOUND_NOUN.test(x) && [bare.slice(0, i + 1), bare.slice(i + 1)].every((part) => runTitleCost(part) === 0 && checkTitle(part.join(' ')).strong));
      if (k > 0 && bare.length === own.length) {
        row(bare.slice(0, k + 1).join(' '), undefined, true);
        row(bare.slice(k + 1).join(' '), w, true);
      } else row(own.join(' '), w, checkTitle(bare.join(' ')).strong);
    });
    // Among rows that clearly are titles, a few need not end in a job noun ("Material Expeditor").
    const strong = rows.filter((r) => r.strong).length;
    if (strong >= 8 && rows.length >= chunks * 0.6 && strong >= rows.length * 0.75) return rows.map((r) => r.anchor);
  }
  return [];
}
