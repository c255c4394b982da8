/**
 * Label/value pairs of a line, wherever they stand: a label cell ("Class Code:" then "1234" in the next cell), a
 * run of labels on one line ("Class Code: 1234  Pay Grade: 22  FLSA: Exempt"), a label without a colon in a
 * two-cell row ("Class No.<tab>2214"). Values end where the next known label begins.
 */
import { BLANKS, trimSets } from '../text-trim';
import { sectionKind } from '../layout/section-kinds';
import { checkTitle, jobNounWord } from './title-words';

export type LabelName = 'title' | 'code' | 'grade' | 'band' | 'unit' | 'flsa' | 'established' | 'effective' | 'series' | 'family';

const LABELS: [LabelName, string][] = [
  ['title', String.raw`(?:class(?:ification)?|job|position|official|job class)?\s*(?:class\s+)?title`],
  // "Classification #: 1002" names a code, not a title.
  // A New York civil service "Jurisdictional Class: Competitive" and a heading's "FEATURES OF THE CLASS:" name no title.
  ['title', String.raw`(?<!\bjurisdictional\s|\bof\s+the\s)(?:classification(?:\s+name)?|job classification|class name|job name|position name|job class|(?:class|job)\s+specification|class|position)(?!\s*#)`],
  // "Role: Personal Care Assistant": a posting's word for its title.
  ['title', String.raw`(?:job\s+)?role`],
  // A job or position number is a posting's or a position's, not the class's: only codes count for those. "OCCU"
  // abbreviates an occupational code. A military occupation's code (a posting's "MOS Code: 001165" for veterans), an
  // occupational classification's, a zip or area code, a dress or penal code are not the class's.
  ['code', String.raw`(?:class(?:ification)?|title|occupational|occ\.)\s*(?:code|number|no\.?|#|id)|(?:job|job\s+class)\s*code|class\s*&\s*code|(?<!\b(?:MOS|SOC|EEO|ZIP|Zip|Postal|Area|Dress|Penal|Vehicle|Labor)\s)code\s*(?:no\.?|number|#)?|occu\.?(?:\s*code)?|item\s+(?:number|no\.?)`],
  // "TASK LEVEL T22": a South African municipality's job evaluation grade.
  ['grade', String.raw`task\s+(?:level|grade)|(?:pay\s+)?grid|(?:contract\s*\/\s*)?(?:pay|salary|wage|job)?\s*grade(?:\s*(?:level|no\.?|\/\s*(?:range|level)))?|(?:pay|salary)\s+scale|(?:pay|salary|compensation|wage)\s*(?:range|level|group|plan\s*/\s*grade|schedule\s*/\s*range)|range|pay plan\/grade|salary\s*\(s\)|salaries`],
  ['band', String.raw`(?:pay|salary|broad)\s*band|band`],
  ['unit', String.raw`bargaining\s*unit|union|representation\s*unit|b\.\s?u\.|employee\s*group|unit`],
  ['flsa', String.raw`flsa(?:\s*(?:status|designation|code|exemption|category))?|overtime\s*status|exemption\s*status|exempt\s*status`],
  ['established', String.raw`(?:date\s+)?(?:established|adopted|created)(?:\s+date|\s+on)?`],
  ['effective', String.raw`(?:effective|revised|last\s+revised|revision|date\s+revised|last\s+updated)(?:\s+date)?`],
  ['series', String.raw`(?:class\s+)?series(?:\s+(?:title|name))?|occupational\s+series`],
  ['family', String.raw`(?:job|occupational|career)\s+(?:family|group|area)|occupational\s+group`],
];

/** "Occ. Code 4003200", "Class Code 27960": a code label and its code alone on a line, without a colon. */
const BARE_CODE_LABEL = new RegExp(String.raw`^(${LABELS.find(([n]) => n === 'code')![1]}) ([A-Z]{0,4}-?\d[\dA-Z-]{1,9})$`, 'i');

/** "Class Code 3310B OCONEE COUNTY, GEORGIA CLASSIFICATION SPECIFICATION": the code, then a letterhead in capitals. */
const CODE_THEN_MORE = new RegExp(String.raw`^(${LABELS.find(([n]) => n === 'code')![1]}) ([A-Z]{0,4}-?\d[\dA-Z-]{1,9}) (.{4,120})$`, 'i');
const CODE_BEFORE_CAPITALS = new RegExp(String.raw`^(${LABELS.find(([n]) => n === 'code')![1]}) ([A-Z]{0,4}-?\d[\dA-Z-]{1,9}) (.*)$`, 'i');
function codeBeforeLetterhead(line: string): RegExpExecArray | null {
  const m = CODE_THEN_MORE.exec(line);
  return m && /^[A-Z]{2,}(?:[\s,]+[A-Z]{2,}){1,}[\s,]*$/.test(m[3]) ? m : null;
}

const ANY_LABEL = new RegExp(String.raw`(?:^|(?<=\s|\t|\|))(${LABELS.map(([, p]) => `(?:${p})`).join('|')})\s*(?::|#|-\s)`, 'gi');

export interface LabelValue {
  name: LabelName;
  label: string;
  value: string;
  /** Offset of the value within the folded line. */
  at: number;
}

/** The label a whole line names ("Official Title", "Job Code:"), when the line is nothing but a label. */
export function labelOnly(line: string): LabelName | undefined {
  const l = line.trim().replace(/\s*[:#]\s*$/, '');
  return l.length <= 40 ? nameOf(l) : undefined;
}

const WHOLE: [LabelName, RegExp][] = LABELS.map(([name, p]) => [name, new RegExp(`^(?:${p})$`, 'i')]);

function nameOf(label: string): LabelName | undefined {
  const l = label.trim();
  if (l.length > 60) return undefined;
  return WHOLE.find(([, p]) => p.test(l))?.[0];
}

/**
 * The labels of a laid-out line: its own, or, in a field list whose values were pushed onto the next line, the label
 * that closes the line before with this line's opening words as its value (at the same offset).
 */
export function lineLabels(l: { folded: string; cells: string[]; shifted?: { label: string; value: string } }): LabelValue[] {
  if (!l.shifted) return readLabels(l.folded, l.cells);
  const field = `${l.shifted.label}: ${l.shifted.value}`;
  const lead = l.shifted.label.length + 2;
  return readLabels(field, [field]).map((x) => ({ ...x, at: Math.max(0, x.at - lead) }));
}

/** Every known label of a folded line with its value. */
export function readLabels(line: string, cells: string[]): LabelValue[] {
  const out: LabelValue[] = [];
  // Labels glued to the value before them by a conversion: "Equipment OperatorCode: 507".
  // So is a code label's value, with no colon, on a line of their own: "Job Code500068".
  // So is a label in capitals to a date before it: "11/14/2024POSITION: Custodian I, III, IV".
  const folded = line.replace(/([a-z])((?:Class |Job |Pay |Salary )?(?:Code|Grade|Range|Title|FLSA|Band)\s*:)/g, '$1 $2').replace(/^(\d{1,2}\/\d{1,2}\/\d{2,4})(?=[A-Z]{3,}(?: [A-Z]{2,}){0,2}:)/, '$1 ')
    // So is a field list's title or grade copied without its cells' breaks: "Job TitleLibrary Assistant II",
    // "Salary Grade15".
    .replace(/^((?:Job|Class|Classification) Code(?=[A-Z]{0,3}\d{3,8}$)|(?:Job|Position|Class|Classification) Title(?=[A-Z][a-z])|(?:Salary|Pay) Grade(?=[A-Z]{0,2}\d{1,3}[A-Z]?$))/, '$1: ');
  // Two-cell rows without a colon: "Class Code<tab>1234".
  if (cells.length >= 2) {
    for (let i = 0; i + 1 < cells.length; i++) {
      const name = nameOf(cells[i].replace(/[:#]\s*$/, ''));
      if (name && !/:/.test(cells[i + 1].slice(0, 30)) && !nameOf(cells[i + 1].replace(/[:#]\s*$/, ''))) {
        out.push({ name, label: cells[i], value: cells[i + 1].trim(), at: folded.indexOf(cells[i + 1]) });
        i++;
      }
    }
  }
  // Cells that are a label and its value without a colon: "Range 12 | SOC 43-4031 | Class Code C0113", "Salary Group A17".
  if (cells.length >= 2) {
    for (const cell of cells) {
      const code = BARE_CODE_LABEL.exec(cell.trim());
      if (code && !out.some((o) => o.name === 'code')) out.push({ name: 'code', label: code[1], value: code[2], at: folded.indexOf(code[2]) });
      const grade = /^((?:pay\s+|salary\s+)?(?:range|grade)|(?:pay|salary)\s+group)\s+([A-Z]{0,2}\d{1,3}[A-Z]?)$/i.exec(cell.trim());
      if (grade && !out.some((o) => o.name === 'grade')) out.push({ name: 'grade', label: grade[1], value: grade[2], at: folded.indexOf(grade[2]) });
    }
  }
  // "Job Posting: Laborer – Road Department": a posting's headline as a label, when its value is a title (it is
  // as often a posting's number or date, "Job Posting: COP-00012-25").
  const posting = /^(job\s+posting)\s*:\s*([A-Z][^\d]{2,80})$/i.exec(folded.trim());
  if (posting && checkTitle(posting[2]).strong) out.push({ name: 'title', label: posting[1], value: posting[2].trim(), at: folded.indexOf(posting[2]) });
  // "Salary: A27": a salary label whose whole value is a grade's code, not dollars.
  const salaryGrade = /^((?:salary|pay))\s*:\s*([A-Z]{1,3}-?\d{1,3}[A-Z]?)\s*$/i.exec(folded.trim());
  if (salaryGrade) out.push({ name: 'grade', label: salaryGrade[1], value: salaryGrade[2], at: folded.lastIndexOf(salaryGrade[2]) });
  // "Union/Salary Plan/Grade: SEIU 888/N-23": labels joined by slashes, their values likewise; the last value is the grade's.
  const joined = /^((?:[A-Za-z][A-Za-z ]{1,20}\/){1,3}(?:pay\s+|salary\s+)?grade)\s*:\s*(\S.{0,40}\/\s*([A-Z]{0,3}-?\d{1,3}[A-Z]?))\s*$/i.exec(folded.trim());
  if (joined) out.push({ name: 'grade', label: joined[1], value: joined[3], at: folded.lastIndexOf(joined[3]) });
  // "2025 Salary Grid 8: $57.36-68.28": the grade named inside the label, its dollars the value.
  const gradeInLabel = /(?:^|\s)((?:salary|pay|wage)\s+(?:grid|grade|range|band|level))\s+([A-Z]{0,2}\d{1,3}[A-Z]?)\s*:\s*\$/i.exec(folded.slice(0, 400));
  if (gradeInLabel && !out.some((o) => o.name === 'grade')) out.push({ name: 'grade', label: gradeInLabel[1], value: gradeInLabel[2], at: folded.indexOf(gradeInLabel[2], gradeInLabel.index) });
  // "$4357.26/month - Salary GR.B20": the grade word abbreviated, its value glued to the full stop; "PG 15/Full-time":
  // the pay grade's initials (in capitals, without a full stop: "pg. 15" is a page).
  const abbreviated = /(?:^|\s)((?:[Ss]alary|SALARY|[Pp]ay|PAY)\s+(?:GR|[Gg]r)\.?|PG)\s*([A-Z]{0,2}\d{1,3}[A-Z]?)(?![\w-])/.exec(folded.slice(0, 400));
  if (abbreviated && !out.some((o) => o.name === 'grade')) out.push({ name: 'grade', label: abbreviated[1], value: abbreviated[2], at: folded.indexOf(abbreviated[2], abbreviated.index) });
  // A long run (a page flattened into one line) is read for labels in its opening only: the regexes stay cheap,
  // and labels come first on such pages ("Class Title: X Department: Y FLSA Status: ... This classification ...").
  if (folded.length > 400) return out.length ? out : readLabels(folded.slice(0, 400).replace(/\s\S*$/, ''), [folded.slice(0, 400)]).filter((x) => x.at + x.value.length < 380);
  const marks: { name: LabelName; label: string; start: number; valueAt: number }[] = [];
  ANY_LABEL.lastIndex = 0;
  for (let m = ANY_LABEL.exec(folded); m; m = ANY_LABEL.exec(folded)) {
    const name = nameOf(m[1]);
    if (name) marks.push({ name, label: m[1], start: m.index, valueAt: m.index + m[0].length });
  }
  ANY_LABEL.lastIndex = 0;
  const squashed = marks.length ? '' : folded.replace(/\s+/g, ' ').trim();
  const bare = marks.length ? null : BARE_CODE_LABEL.exec(squashed) ?? codeBeforeLetterhead(squashed);
  if (bare) out.push({ name: 'code', label: bare[1], value: bare[2], at: folded.indexOf(bare[2]) });
  else if (!marks.length && !out.length) {
    const caps = capitalsLabel(folded.replace(/\s+/g, ' ').trim());
    // "Position Title Groundskeeper": a posting's field list without colons, the value a title in title case.
    const titled = caps ? null : /^((?:Position|Job|Class|Classification|Working) Title) ([A-Z][\w'&/,() -]{2,70})$/.exec(folded.trim());
    if (caps) out.push({ ...caps, at: folded.indexOf(caps.value) });
    else if (titled && checkTitle(titled[2]).strong) out.push({ name: 'title', label: titled[1], value: titled[2], at: folded.indexOf(titled[2]) });
  }
  marks.forEach((mark, i) => {
    const end = i + 1 < marks.length ? marks[i + 1].start : folded.length;
    // A label we do not know ends the value too: "Deputy Clerk – Magistrate Court Supervisor: Judge ...", "...
    // Supervisor DEPARTMENT: ..." (one capitalized word or a run of capitals, never a level numeral).
    // "JOB TITLE: / Principal Committee Manager / SECTION:": a converted table's slashes between cells are no part of the value.
    const value = trimSets(withoutRunOnLabel(folded.slice(mark.valueAt, end)), BLANKS, `|,;${BLANKS}`).replace(/^\/\s+/, '').replace(/\s+\/$/, '');
    // "Title: Rank/Level/Band:": a label followed by another label only (their values on the lines below) has no value.
    if (!value || /^[\w/ ]{2,40}:$/.test(value)) return;
    if (out.some((o) => o.name === mark.name && o.value === value)) return;
    out.push({ name: mark.name, label: mark.label, value, at: mark.valueAt });
  });
  // "Position Title: Rank/Level/Band: Customer Service Officer Level 2": two labels, then their two values in order.
  const title = out.find((o) => o.name === 'title');
  const stacked = title ? /^((?:[A-Z][a-z]+\/){1,3}[A-Z][a-z]+):\s+(.{3,80}?)\s+(?:Level|Band|Grade)\s+([A-Z]?\d{1,2}[A-Z]?)$/.exec(title.value) : null;
  if (title && stacked && /level|band|grade/i.test(stacked[1])) {
    const gradeAt = title.at + stacked.index + stacked[0].lastIndexOf(stacked[3]);
    title.value = stacked[2];
    if (!out.some((o) => o.name === 'grade')) out.push({ name: 'grade', label: stacked[1], value: stacked[3], at: gradeAt });
  }
  // A run-together page opening "Class Code 5090 BANKS COUNTY, ... CLASSIFICATION TITLE: CREW WORKER ...": the code
  // label before the letterhead holds the class's code though labels with colons follow.
  const lead = marks.length && !out.some((o) => o.name === 'code') ? CODE_BEFORE_CAPITALS.exec(folded.slice(0, marks[0].start).replace(/\s+/g, ' ').trim()) : null;
  if (lead && /^[A-Z]{2,}[\s,]+[A-Z]{2,}/.test(lead[3])) out.unshift({ name: 'code', label: lead[1], value: lead[2], at: folded.indexOf(lead[2]) });
  return out;
}

// A posting's field of a few words closed by a word naming what it holds ("Hours Per Week:", "Previous Rev. Date:").
const RUN_ON_LABEL = /(\S)\s+(?!(?:I{1,3}|IV|VI{0,3})\s)(?:(?:[A-Z][a-z]+\.?\s){1,2}(?:Week|Date|Type|Number|Status|Schedule|Hours)|[A-Z][a-z]+|[A-Z]{2,}(?:\s[A-Z]{2,}){0,2}):\s.*$/;

/**
 * "DEPUTY DIRECTOR: WATER LICENSING", "HEAD OF SECTION: ENGINEERING SUPPORT": a post's title in capitals before the
 * unit it heads, not a title followed by a field's label. What stands before the colon is a title ending in a job
 * noun (not a label's name), and what follows is neither a section ("POLICE SERGEANT: DEFINITION") nor a label.
 */
export function titleOverUnit(value: string): boolean {
  const m = /^([A-Z][A-Z'&/ -]{2,60}?):\s+([A-Z][A-Z'&/,() -]{2,80})$/.exec(value.trim());
  if (!m) return false;
  const last = m[1].trim().split(/\s+/).pop()!;
  // (The unit's first word tells a section: "WATER LICENSING" is a unit, "DEFINITION" or "DUTIES" a heading.)
  const first = m[2].split(/\s+/)[0];
  // "ACCOUNT CLERK SUPERVISOR: OFFICE MANAGER": a posting's supervisor field after the title, not a unit.
  return jobNounWord(last) && !/^SUPERVISORS?$/.test(last) && !nameOf(m[1]) && checkTitle(m[1]).strong && sectionKind(first) === 'other' && !nameOf(first);
}

/**
 * The value without the next label run on after it. Of the capital words that could open that label, the first
 * that leaves a clear title before a known section's name: "TRANSPORTATION MANAGER BASIC FUNCTION: ..." keeps
 * "MANAGER"; otherwise all of them go ("... Supervisor DEPARTMENT: ...").
 */
export function withoutRunOnLabel(value: string): string {
  const m = RUN_ON_LABEL.exec(value);
  if (!m) return value;
  if (titleOverUnit(value)) return value;
  const labelAt = m.index + m[1].length;
  const words = value.slice(labelAt, value.indexOf(':', labelAt)).trim().split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const label = words.slice(k).join(' ');
    const title = `${value.slice(0, labelAt)} ${words.slice(0, k).join(' ')}`;
    if ((sectionKind(label) !== 'other' || nameOf(label)) && checkTitle(title.trim()).strong && !checkTitle(value.slice(0, labelAt).trim()).strong) return title;
  }
  return value.slice(0, labelAt);
}

/**
 * "TITLE Custodian I", "GRADE 21", "CLASSIFICATION NUMBER 8020": a label in capitals without a colon, then its
 * value, which has small letters or digits (so a heading in capitals is not read as a label and its value).
 */
function capitalsLabel(line: string): { name: LabelName; label: string; value: string } | undefined {
  if (line.length > 80) return undefined;
  const words = line.split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const label = words.slice(0, n).join(' ');
    if (!/^[A-Z][A-Z.&]*(?: [A-Z][A-Z.&]*)*$/.test(label)) continue;
    const name = nameOf(label);
    const value = words.slice(n).join(' ');
    // "POSITION DETAILS Position Description Number: Generic 31": a heading in capitals before a label of its own, no label's value.
    // "POSITION STATUS : Contracted": a longer label in capitals with its colon after a space, not "POSITION" and its value.
    if (name && /[a-z\d]/.test(value) && !/^[A-Z]{2,}\s.*\b[A-Z][a-z]+:\s/.test(value) && !/^[A-Z]{2,}(?:\s[A-Z]{2,}){0,2}\s?:/.test(value)) return { name, label, value };
  }
  return undefined;
}

/** A class code: letters and digits with at least one digit, or all caps letters of 2-8 ("62721S", "PA-220", "0011"). */
export function codeToken(value: string): string | undefined {
  const m = /^[#:\s]*([A-Z]{0,4}[- ]?\d[\dA-Z.-]{0,9}|[A-Z]{2,5}\d{0,4})(?=$|[\s,;)(|])/i.exec(value.trim());
  if (!m) return undefined;
  const code = m[1].replace(/[.-]$/, '');
  if (/^\d{1,2}$/.test(code)) return undefined;
  if (/^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/.test(code)) return undefined;
  return code;
}

/** A grade, range or band identifier, not a dollar figure: "24", "R45", "SR-22", "A12", "10 ($52,000 - ...)". */
export function gradeToken(value: string): string | undefined {
  // "SCALE 6": the scale's word before its number, as "Grade 6" is.
  const v = value.trim().replace(/^(?:(?:pay|salary)\s+)?(?:grade|range|band|level|scale)\s*:?\s*/i, '').replace(/^(?:no\.?|number|#)\s*/i, '');
  // Dollars, and rand ("R333 753.93 – R368 649.85"): pay, not a grade.
  if (/^\$/.test(v) || /^EEO\b/i.test(v) || /^R\s?(?:\d{1,3}(?:[\s,]\d{3})+(?:\.\d{2})?|\d+\.\d{2})(?:\s|$)/.test(v)) return undefined;
  // "B/C/D": the grades a posting's class may be paid at, letters only, kept as written.
  const letters = /^([A-Z](?:\/[A-Z]){1,4})$/.exec(v);
  if (letters) return letters[1];
  // "AC/03": a schedule's letters and the grade, one identifier.
  const scheduled = /^([A-Z]{1,3}\/\d{1,3})(?=$|\s)/.exec(v);
  if (scheduled) return scheduled[1];
  // "Standard 44", "Schedule A 12": a word naming the schedule before the grade itself;
  // "Auxiliary grade 6": the schedule's name, then the grade's word.
  const named = /^[A-Z][a-z]{2,12}\s+(?:(?:[Gg]rade|[Rr]ange|[Ll]evel)\s+)?(\d{1,3}[A-Z]?)$/.exec(v);
  if (named) return named[1];
  // "Schedule C": a class paid on a schedule of its own, the schedule's letter its grade.
  const schedule = /^schedule\s+([A-Z])$/i.exec(v);
  if (schedule) return schedule[1].toUpperCase();
  // "II: $19.616 - $31.876 per hour": a grade's name closed by a colon before its dollars.
  // "23-H": a grade and its schedule's letter. "B120 - B121", "NC01-NC03", "CL 23/1 - CL 25/25": a range of lettered
  // grades (and steps), kept whole.
  const m = /^(\d{1,3}\s*-\s*\d{1,3}(?![\d,.])|[A-Z]{1,4}\s?\d{1,3}(?:\/\d{1,2})?\s*[-–]\s*(?:[A-Z]{1,4}\s?)?\d{1,3}(?:\/\d{1,2})?(?!\d|[.,]\d)|\d{1,3}-[A-Z]{1,2}(?=\s*\(|$)|[A-Z]{0,4}[- ]?\d{1,3}[A-Z]?|[A-Z]{1,3}|\d{1,3}[A-Z]{1,2})(?=$|[\s,;()|/]|\s*-\s*\$|:\s*\$)/i.exec(v);
  if (!m) return undefined;
  if (/^(?:N\/?A|TBD|none|see|per|the|and|of)$/i.test(m[1])) return undefined;
  if (/^[A-Z]{1,3}$/i.test(m[1]) && !/^[A-Z]{1,2}$/.test(m[1])) return undefined;
  return m[1].replace(/\s+/g, '');
}
