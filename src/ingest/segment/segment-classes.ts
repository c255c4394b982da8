/**
 * Class segmentation: where each class a document specifies begins, on evidence only. Evidence is a title label
 * ("Class Title: X"), a title with its code ("X (1234)", "1234 - X"), a title next to a code label, a combined
 * series title ("X I, II, III") or a row of a table of classes. A heading-like line just above the first known
 * section ("Definition", "Examples of Duties") counts only when it looks like a job title. Nothing else, never a
 * first line or a running header, becomes a title: a document without evidence is refused with what was seen.
 */
import { BLANKS, trimSets } from '../text-trim';
import { BULLET } from '../parsers/text/lines';
import { SECTION_NOUN_FIRST, type LaidLine } from '../layout/layout-lines';
import { sectionKind } from '../layout/section-kinds';
import { codeToken, gradeToken, labelOnly, readLabels, type LabelValue } from './labels';
import { checkTitle, displayTitle, endsLikeTitle, endsWithJobNoun, isNotTitle, jobNounWord, ROMAN } from './title-words';
import { normalizeTitle } from '../../model/keys';

export type Evidence = 'title-label' | 'title-with-code' | 'code-label' | 'series-title' | 'table-row' | 'heading' | 'posting' | 'ladder';

export interface ClassAnchor {
  /** Index of the line the class begins on (its body runs to the next anchor with a body). */
  line: number;
  title: string;
  code?: string;
  grade?: string;
  /** For the levels of a combined series title. */
  series?: { title: string; level: number };
  evidence: Evidence;
  /** A row of a table of classes: it has no body of its own. */
  row?: boolean;
  /** The next class of a career ladder written with arrows. */
  next?: string;
  /** The level a band or series table gives the class. */
  level?: number;
  /** Known to be whole even on a line a text's cut ends (a title closed by its dot leader). */
  whole?: boolean;
  /** A table row read under a header row that names its columns. */
  headed?: boolean;
}

export interface Segmentation {
  anchors: ClassAnchor[];
  /** Why no class was found: the headings and labels seen and what was missing. */
  reason?: string;
}

const CODE_IN_PARENS = /^(.{3,80}?)\s*[([]\s*(?:(?:class|job|position)?\s*(?:code|no\.?|number|#)?\s*[:#]?\s*)([A-Z]{0,4}-?\d[\dA-Z-]{1,9}|[A-Z]{2,6}\d{0,4})\s*[)\]]\s*$/i;
const LEVEL_WITH_GRADE = /^([A-Z][A-Za-z'&/ -]{2,60}?\s(?:I{1,3}|IV|VI{0,3}|\d))\s*\(\s*((?:pay\s+|salary\s+)?(?:grade|range|band)\s*[:#]?\s*[A-Z]{0,2}-?\d{1,3}(?:\.\d)?[A-Z]?)\s*\)\s*(?::|$)/i;
/** "Deputy Clerk Grade 10 MC/1": a title, its grade, and perhaps a code after it, in one label's value. */
const GRADE_IN_VALUE = /^(.{3,80}?)\s+(?:pay\s+|salary\s+)?grade\s*:?\s*([A-Z]{0,2}-?\d{1,3}[A-Z]?)(?:\s+([A-Z]{1,4}[/-]?\d{1,6}|\d{3,6}))?$/i;
/** A department or duty named after a title's dash. */
// Two departments joined ("Parks & Recreation"), or a department's own word; one word alone ("Water",
// "Bilingual") may be a variant class of its own, so it stays.
const ASSIGNMENT = /^\S+(?:\s+\S+)*\s+(?:&|and)\s+\S+|^(?:\S+\s+)+(?:department|division|office|services|operations)$/i;
/** "Harbor Pilot (Class Code 4521, Grade 17)": a labelled code and grade together in the title's parentheses. */
const PARENS_CODE_GRADE = /^(.{3,80}?)\s*\(\s*(?:class|job|position)?\s*(?:code|no\.?|number|#)\s*[:#]?\s*([A-Z]{0,4}-?\d[\dA-Z-]{1,9})\s*[,;]\s*((?:pay\s+|salary\s+)?(?:grade|range|band)\s*[:#]?\s*[A-Z]{0,3}-?\d{1,3}[A-Z]?)\s*\)\s*$/i;
const CODE_THEN_TITLE = /^((?:[A-Z]{1,3}\d{2,6}|\d{3,6})(?:[A-Z]{1,2}(?=[\s:|-]))?)\s*(?:[-:|]\s*|\s+|(?=[A-Z][a-z]))([A-Za-z].{2,80})$/;
/** "Class Code 27960: Engineering Technician": a code with its label, then the title. */
const LABELLED_CODE_THEN_TITLE = /^(?:class|job|occ\.|occupational|position) ?(?:code|no\.?|number|#) ?:? ?([A-Z]{0,3}\d{2,6}[A-Z]{0,2}) ?[:|-] ?([A-Z].{2,80})$/i;
const TITLE_THEN_CODE = /^([A-Za-z].{2,80}?)\s+(?:-|\||:)\s*(?:(?:class|job)\s*(?:code|no\.?|#)?\s*[:#]?\s*)?([A-Z]{0,3}\d{3,6}[A-Z]{0,2})$/;
/** "Traffic Counter Class Code 705": the code's own label parts the title from its code, evidence enough of a title. */
const TITLE_CLASS_CODE = /^([A-Z][A-Za-z'&/ -]{2,80}?)\s+(?:[Cc]lass|[Jj]ob|CLASS|JOB)\s+(?:[Cc]ode|CODE|[Nn]o\.?|NO\.?|[Nn]umber|NUMBER|#)(?:\s*[:#])?\s*([A-Z]{0,3}\d{3,6}[A-Z]{0,2})$/;

/** Job boards open with "What are the responsibilities and job description for the X position at Y?". */
const POSTING = /\b(?:job description|responsibilities)\s+for\s+(?:the|a|an)\s+(.{3,90}?)\s+(?:position|job|role)\b/i;
/** A recruitment's opening sentence: "... is seeking qualified candidates for the X I/II (Flex) position for ...". */
const RECRUITING = /\b(?:candidates|applicants|applications|individuals|persons?|recruiting|recruitment|hiring)\s+for\s+(?:the|an?|our|its)\s+(?:(?:[Ff]ull|[Pp]art|FULL|PART)[- ][Tt]ime,?\s+|[Aa]t[- ][Ww]ill,?\s+|(?:[Uu]n)?[Cc]lassified,?\s+|[Tt]emporary,?\s+|[Pp]ermanent,?\s+|[Rr]egular,?\s+)*([A-Z][^.;:]{2,90}?)\s+(?:position|positions|classification|vacanc(?:y|ies))\b/;
/** Several titles with their codes on one line of a flattened page: "HOUSING SPECIALIST I (#GE1 ) $33.21 ...". */
const CAPS_TITLE_CODE = /(?:^|\s|(?<=[a-z]))((?:[A-Z][A-Z'&/.-]+|I{1,3}|IV|V)(?:\s+(?:[A-Z][A-Z'&/.-]+|I{1,3}|IV|VI{0,3}|OF|AND|&)){0,7})\s*\(\s*#?\s*([A-Z]{0,4}-?\d[\dA-Z-]{0,9})\s*\)/g;
/** An all-capitals title line ending in its code: "GENERAL LABOR I D8D1XX", "ACCOUNTANT II 1234". */
const CAPS_TITLE_THEN_CODE = /^([A-Z][A-Z'&/ -]{2,70}?(?:\s+(?:I{1,3}|IV|V|VI{0,3}|\d))?)\s+([A-Z]{0,3}\d[\dA-Z]{2,8}|[A-Z]\d[A-Z\d]{2,6})$/;
/** A label whose value is on the next line: "Class Specifications for the Class:", "Job Title:". */
const TITLE_LABEL_ALONE = /(?:\bfor the class|\b(?:class(?:ification)?|job|position)\s+title|^title|^classification|^class)\s*:\s*$/i;
/**
 * A label a conversion glued to the end of the text before it ("EmployeePosition Title:", "12/19/2025Job Title:"):
 * the label, else the line itself.
 */
const GLUED_LABEL = /(?:[a-z\d)]|\b(?:I{1,3}|IV|VI{0,3}))([A-Z][a-z][A-Za-z /#&.-]{0,29}:)\s*$/;
const ownLabel = (folded: string) => GLUED_LABEL.exec(folded)?.[1] ?? folded;
/** A value with the next label glued to its end ("Court Operations SpecialistJob Description:") loses the label. */
const withoutGluedLabel = (folded: string) => folded.replace(GLUED_LABEL, (whole, label: string) => whole.slice(0, whole.length - label.length - (whole.length - whole.trimEnd().length)));

/** A career ladder written with arrows: "Electrician 1 (C20) → Electrician 2 (C21)". */
const ARROW = /\s*(?:→|->|=>|»|⇒|-->)\s*/;
const LADDER_STEP = /^(.{3,80}?)(?:\s*\(([^()]{1,12})\))?\s*$/;

/** "City Manager (Pay Code 960)", "Buyer (Range 16.5)": a grade in a title's parentheses. */
const GRADE_IN_PARENS = /\(\s*(?:pay\s+code|pay\s+grade|salary\s+grade|grade|pay\s+range|salary\s+range|range|band|r)\s*[:#]?\s*([A-Z]{0,2}-?\d{1,3}(?:[.\s]\d)?[A-Z]?)\s*\)\s*$/i;
const gradeInParens = (text: string) => GRADE_IN_PARENS.exec(text)?.[1].replace(/\s+/, '.');

const levelOf = (numeral: string) => ROMAN[numeral.toUpperCase()] ?? Number(numeral);
const usable = (l: LaidLine) => l.kind !== 'blank' && l.kind !== 'furniture';

const TAIL_NUMERAL = /^(?:I{1,3}|IV|VI?|[1-9])$/;
const TAIL_SEPARATOR = /^(?:,|\/|-|&|and|or|through|thru|to)$/i;
const TAIL_WORD = /^(?:trainee|entry|apprentice|intern)$/i;

/**
 * The levels a combined series title names, read from its end: "Planner I, II, III", "Court Clerk I-II-III",
 * "Technician I/II", "Aide 1 - 3" (a range), "Specialist Trainee/I/II" (a level word first), "Technician Level
 * I/II" (each level keeps the word "Level"), and titles joined whole ("Account Clerk I/ Account Clerk II").
 */
export function expandSeriesTitle(line: string): { base: string; levels: string[] } | undefined {
  // "Maintenance Worker (I/II)": the levels in parentheses read as a plain tail.
  const text = line.replace(/\s+/g, ' ').trim().replace(/:$/, '').replace(/\s*\(((?:I{1,3}|IV|VI?|\d)(?:\s*[/,&-]\s*(?:I{1,3}|IV|VI?|\d))+)\)$/, ' $1');
  const joined = joinedTitles(text);
  if (joined) return joined;
  // Separators spaced out so the tail reads as tokens; a hyphen only before a numeral (not "Clerk-Typist").
  const tokens = text.replace(/ ?([,/&]) ?/g, ' $1 ').replace(/ ?- ?(?=(?:I{1,3}|IV|VI?|\d)\b)/g, ' - ').trim().split(' ');
  let at = tokens.length;
  const items: string[] = [];
  const separators: string[] = [];
  let levelWord = false;
  while (at > 0) {
    const t = tokens[at - 1];
    if (TAIL_NUMERAL.test(t)) items.unshift(t);
    else if (TAIL_SEPARATOR.test(t) && items.length) separators.unshift(t.toLowerCase());
    else if (/^levels?$/i.test(t) && items.length) levelWord = true;
    else break;
    at--;
  }
  // A level word before the numerals: "Trainee/I/II".
  let first: string | undefined;
  if (at > 1 && items.length && TAIL_WORD.test(tokens[at - 1]) && TAIL_SEPARATOR.test(tokens[at]) && !levelWord) {
    first = tokens[at - 1];
    at--;
  }
  while (at < tokens.length && TAIL_SEPARATOR.test(tokens[at])) at++;
  if (items.length + (first ? 1 : 0) < 2 || !separators.length) return undefined;
  const base = tokens.slice(0, at).filter((t) => !/^levels?$/i.test(t)).join(' ').replace(/[,:-]\s*$/, '').trim();
  // "LIBRARIAN I LIBRARIAN II/III" is two titles run together (see repeatedCoreTitles), not one series' base.
  if (!checkTitle(base).ok || /\s(?:I{1,3}|IV|VI?)\s/.test(` ${base} `.slice(0, -1))) return undefined;
  const roman = items.every((n) => /^[IVX]+$/.test(n));
  if (!roman && !items.every((n) => /^\d$/.test(n))) return undefined;
  const values = items.map(levelOf);
  const range = items.length === 2 && separators.some((s) => /^(?:-|through|thru|to)$/.test(s)) && values[1] > values[0] + 1;
  const ranks = range ? Array.from({ length: values[1] - values[0] + 1 }, (_, i) => values[0] + i) : values;
  if (ranks.some((r, i) => i > 0 && r <= ranks[i - 1]) || ranks[ranks.length - 1] > 10) return undefined;
  const numerals = ranks.map((r) => (roman ? Object.keys(ROMAN).find((k) => ROMAN[k] === r)! : String(r)));
  const levels = numerals.map((n) => (levelWord ? `Level ${n}` : n));
  return { base, levels: first ? [first, ...levels] : levels };
}

/**
 * "Payroll Clerk Trainee or Payroll Clerk I/II": the titles a recruitment is open to, each clearly a title (a
 * combined series title expands later); otherwise the one title.
 */
function alternativeTitles(title: string): string[] {
  const repeated = repeatedCoreTitles(title);
  if (repeated) return repeated;
  const parts = title.replace(/\s+/g, ' ').split(' or ').map((p) => p.trim());
  if (parts.length >= 2 && parts.length <= 4) return parts.every((p) => /^[A-Z]/.test(p) && checkTitle(p).strong) ? parts : [title];
  // "Assistant Surveyor/Associate Surveyor": two levels of one job (the same last word), each two words or more,
  // joined by a slash; a dual title of one position ("Records Aide/Front Desk Clerk") stays one, and one
  // series' levels with numerals ("Clerk I/Clerk II") expand as a series instead.
  const slashed = title.split(/\s?\/\s?/).map((p) => p.trim());
  const lastWord = (p: string) => p.split(' ').pop()!.toLowerCase();
  if (slashed.length === 2 && !expandSeriesTitle(title) && lastWord(slashed[0]) === lastWord(slashed[1]) && slashed.every((p) => /^[A-Z]/.test(p) && p.split(' ').length >= 2 && checkTitle(p).strong && !/^(?:I{1,3}|IV|VI?|\d)\b/.test(p))) return slashed;
  return [title];
}

/** A level numeral, a combined tail ("II/III") or a level word: what stays with the title before it. */
const AFTER_CORE = /^(?:I{1,3}|IV|VI{0,3}|\d{1,2}|(?:I{1,3}|IV|VI?)(?:\/(?:I{1,3}|IV|VI?))+|trainee|apprentice|intern)$/i;

/**
 * Titles of one series run together on one line, a table's header flattened ("SENIOR CORRECTIONAL OFFICER
 * CORRECTIONAL OFFICER CORRECTIONAL OFFICER TRAINEE", "LIBRARIAN I LIBRARIAN II/III"): a run of words ending in a
 * job noun recurs, and each recurrence is one title, with the numerals and level words after it and the other
 * words before it. Undefined unless every part reads as a title.
 */
export function repeatedCoreTitles(title: string): string[] | undefined {
  const words = title.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length < 3 || words.length > 24) return undefined;
  for (let len = Math.min(4, Math.floor(words.length / 2)); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      if (!jobNounWord(words[i + len - 1])) continue;
      const key = words.slice(i, i + len).join(' ').toLowerCase();
      const at: number[] = [];
      for (let j = 0; j + len <= words.length; ) {
        if (words.slice(j, j + len).join(' ').toLowerCase() === key) {
          at.push(j);
          j += len;
        } else j++;
      }
      if (at.length < 2) continue;
      const parts = at.map((a) => words.slice(a, a + len));
      parts[0].unshift(...words.slice(0, at[0]));
      at.forEach((a, k) => {
        const between = words.slice(a + len, k + 1 < at.length ? at[k + 1] : words.length);
        if (k + 1 === at.length) return void parts[k].push(...between);
        let n = 0;
        while (n < between.length && AFTER_CORE.test(between[n])) n++;
        parts[k].push(...between.slice(0, n));
        parts[k + 1].unshift(...between.slice(n));
      });
      const titles = parts.map((p) => p.join(' '));
      // Each part two words or more, without a slash between words ("Clerk Assistant/Procedural Clerk" is one title).
      if (parts.some((p) => p.length < 2) || titles.some((t) => /[A-Za-z]\/[A-Za-z]/.test(t))) return undefined;
      if (titles.every((t) => checkTitle(t).strong || !!expandSeriesTitle(t))) return titles;
      return undefined;
    }
  }
  return undefined;
}

/**
 * "Account Clerk I/ Account Clerk II", "Clerk I and Clerk II", "Clerk I, Clerk II & Clerk III": whole titles of one
 * series joined by slashes, commas, "and" or "&" (each part ends in its own numeral and the bases agree).
 */
function joinedTitles(text: string): { base: string; levels: string[] } | undefined {
  const parts = text.split(/ ?\/ ?|,? (?:and|&) |, /);
  if (parts.length < 2 || parts.some((p) => p.split(' ').length < 2)) return undefined;
  const split = parts.map((p) => /^(.+) (I{1,3}|IV|VI?|\d)$/.exec(p));
  if (split.some((m) => !m) || !checkTitle(parts[0]).strong) return undefined;
  const base = split[0]![1];
  if (split.some((m) => m![1].toLowerCase() !== base.toLowerCase())) return undefined;
  return { base, levels: split.map((m) => m![2]) };
}

const ORGANIZATION_NAME = /\b(?:district|county|city|state|university|college|court|authority|department|agency|commission|board|government|schools?|trust|council|office|police|sheriff|transit|utilities|library)\b/i;

/** "SAN BERNARDINO COMMUNITY COLLEGE DISTRICT GROUNDS CARETAKER Class specifications are ...": the capitals after an employer's name. */
function titleAfterEmployer(line: string): string | undefined {
  const run = /^([A-Z][A-Z&,.'/ -]{5,140}?)(?=\s+[A-Z][a-z]|$)/.exec(line.trim())?.[1];
  if (!run) return undefined;
  // A first section's heading may close the run too ("... ANALYST III DEFINITION The ...").
  const m = /^(?:.*\b(?:DISTRICT|COUNTY|CITY|COLLEGE|UNIVERSITY|COURT|STATE|AUTHORITY|DEPARTMENT|BOARD|COMMISSION|SCHOOLS?|TRANSIT|GOVERNMENT|CORPORATION))\s+(.{3,140})$/.exec(run.trim().replace(/(?<!\b(?:JOB|POSITION|CLASS|CLASSIFICATION))\s+(?:DEFINITION|DESCRIPTION|SUMMARY|PURPOSE|CONCEPT|GENERAL STATEMENT)$/, ''));
  // The kind of document may close the line ("... GROUNDS CARETAKER JOB DESCRIPTION").
  const rest = m?.[1].replace(/\s+[A-Z]$/, '').replace(/\s+(?:JOB|POSITION|CLASS(?:IFICATION)?)\s+(?:DESCRIPTION|SPECIFICATION|PROFILE)$/, '').trim();
  // Several titles of one series run together ("... ANALYST I INFORMATION SYSTEMS ANALYST II ...") count as well.
  return rest && ((rest.length <= 70 && checkTitle(rest).strong) || repeatedCoreTitles(rest)) ? rest : undefined;
}

/** Words naming an employee category before a title ("CLASSIFIED INSTRUCTIONAL ASSISTANT"), not part of it. */
const CATEGORY_WORD = /^(?:classified|unclassified|certificated|confidential|management|represented)$/i;

/**
 * A text flattened into one paragraph that opens with its title and first heading in capitals ("CLASSIFIED
 * INSTRUCTIONAL ASSISTANT OVERALL JOB PURPOSE STATEMENT Under the direction ..."): the capitals before the words
 * of a known section are the title (without a category word before it, or the section's number after it) when
 * the text names that title again ("the job of Instructional Assistant is").
 */
function openingCapitalsTitle(lines: LaidLine[], text: string): { line: number; title: string } | undefined {
  const first = lines.find(usable);
  const run = first && /^([A-Z][A-Z'&/.-]*(?: [A-Z][A-Z'&/.-]*){2,14})(?= [A-Z][a-z])/.exec(first.folded.trim())?.[1];
  if (!run) return undefined;
  const words = run.split(' ');
  const lower = text.toLowerCase();
  for (let k = 2; k < words.length; k++) {
    if (sectionKind(words.slice(k).join(' ')) === 'other') continue;
    let head = words.slice(0, k);
    // "ACADEMIC DEPARTMENT ASSOCIATE I. DEFINITION": the section's number before its heading.
    if (/^(?:[IVX]{1,4}|\d{1,2})\.$/.test(head[head.length - 1])) head = head.slice(0, -1);
    while (head.length > 1 && CATEGORY_WORD.test(head[0])) head = head.slice(1);
    const title = displayTitle(head.join(' '));
    const at = lower.indexOf(title.toLowerCase());
    if (head.length >= 2 && checkTitle(title).strong && at >= 0 && lower.indexOf(title.toLowerCase(), at + title.length) > 0) return { line: first!.index, title };
  }
  return undefined;
}

/** A "Title:" label is evidence enough: its value is the title unless it reads as a sentence or a code. */
function labelledTitle(value: string): string | undefined {
  const v = value.replace(/\s+/g, ' ').trim();
  if (v.length < 3 || v.length > 90 || /[.;!?]\s|[.;!?]$/.test(v) || !/^[A-Z]/.test(v) || !/[a-z]{2}|[A-Z]{3}/.test(v)) return undefined;
  const words = v.split(' ').filter((w) => !/^(?:of|and|the|for|in|on|to|a|an|or|with|&|-|–)$/i.test(w));
  if (isNotTitle(v) || words.filter((w) => /^[A-Z0-9(]/.test(w)).length < Math.ceil(words.length / 2)) return undefined;
  return v;
}

/** "ENGINEERING TECHNICIAN, GRADE 8", "Clerk II - Range 14": a grade written after the title on its line. */
const TRAILING_GRADE = /(?:,| -)? (?:pay |salary )?(?:grade|range|band) ([A-Z]{0,2}-?\d{1,3}[A-Z]?)$/i;
export const trailingGrade = (line: string) => TRAILING_GRADE.exec(line.replace(/\s+/g, ' ').trim())?.[1];

/**
 * A title in capitals followed on its line by words in title case ("COURT CLERK I/II North Division, Main
 * Branch"): the capitals are the title, the rest names a place or a remark. A word glued before the capitals
 * ("DescriptionCOURT CLERK") is a heading that lost its line break.
 */
function capitalsRun(raw: string): string {
  const glued = /^[A-Z][a-z]{2,20}(?=[A-Z]{2,}\b)/.exec(raw.trim())?.[0];
  const t = glued && sectionKind(glued) !== 'other' ? raw.trim().slice(glued.length) : raw.trim();
  // "HUMAN RESOURCES ADMINISTRATOR (SC - LABOR RELATIONS) Non-Union ...": a remark in parentheses after the capitals.
  const m = /^([A-Z][A-Z'&/.-]*(?: (?:[A-Z][A-Z'&/.-]*|of|and|&))*) (?:\([^()]{1,60}\) )?(?=[A-Z][a-z])/.exec(t);
  return m && m[1].split(' ').length >= 2 && checkTitle(m[1]).strong ? m[1] : t;
}

/** "Occupancy Specialist #730": a class code written with "#" after the title. */
const HASH_CODE = / #\s?([A-Z]{0,3}\d{2,6}[A-Z]?)$/;
const hashCode = (text: string) => HASH_CODE.exec(text.replace(/\s+/g, ' ').trim())?.[1];

function titleFromCandidate(input: string): string | undefined {
  // A label glued after the title by a conversion ("... II REPORTS TO: Site Administrator") ends it.
  let raw = capitalsRun(input.replace(/\s+/g, ' ').trim().replace(TRAILING_GRADE, '')).replace(/\s+(?!(?:I{1,3}|IV|VI{0,3})\s)[A-Z]{2,}(?: [A-Z]{2,}){0,3}:(?:\s.*)?$/, '');
  // "School Library Technician II at San Diego Unified School District": a posting names the employer after "at".
  // "Property Maintenance Technician Job at Decatur Housing Authority": the posting's word "Job" goes too.
  const at = /^(.{3,80}?)(?:\s+(?:job|position|opening|vacancy))?\s+(?:at|with|[-–—|])\s+(.{3,90})$/i.exec(raw.trim());
  if (at && checkTitle(at[1]).strong && ORGANIZATION_NAME.test(at[2])) raw = at[1];
  // "Clerk's Office - Deputy Clerk I": an office or department before the title.
  const unit = /^(.{3,50}?)\s+[-–—|]\s+(.{3,80})$/.exec(raw.trim());
  if (unit && checkTitle(unit[2]).strong && /\b(?:office|department|division|unit|section|services|bureau|court|center)$/i.test(unit[1].trim())) raw = unit[2];
  // "Mechanic I - Full Time", "Instructional Assistant II - Classroom Aide", "Buyer II - PWD": an employment
  // status, a hiring office's initials, or a working
  // title (itself ending in a job noun) after a level's title. A variant ("Clerk II - Bilingual") stays.
  const remark = /^(.{3,80}?)\s+[-–—]\s+(.{3,60})$/.exec(raw.trim());
  // So is a department after a level's title ("Equipment Operator I - Parks & Recreation").
  const leveled = !!remark && /\s(?:I{1,3}|IV|VI{0,3}|\d)$/.test(remark[1]);
  if (remark && (/^(?:full|part)[- ]time$|^(?:temporary|seasonal|regular|limited[- ]term|on[- ]call)$/i.test(remark[2].trim()) || /^[A-Z]{3,5}$/.test(remark[2].trim()) || (leveled && endsWithJobNoun(remark[2]) && checkTitle(remark[2]).strong) || (leveled && ASSIGNMENT.test(remark[2]))) && checkTitle(remark[1]).strong) raw = remark[1];
  // "PH Occupancy Specialist #730": a code after the title; "Surveyor I/II, Exam No. 4120": a recruitment's number.
  raw = raw.trim().replace(HASH_CODE, '').replace(/,? (?:exam(?:ination)?|recruitment|posting|job|announcement) ?(?:no\.?|number|#) ?[A-Z]{0,3}[-\d]{2,12}$/i, '');
  // "Groundskeeper I/II Job Description": the document's kind after the title (with an employer's name before the
  // title, the employer rule reads it instead).
  if (!ORGANIZATION_NAME.test(raw) && !/^the /i.test(raw)) raw = raw.replace(/ (?:job|position|class(?:ification)?) (?:description|specification|profile)$/i, '');
  // "§ 50.06 WATER PLANT OPERATOR-IN-TRAINING.": an ordinance's section number before the title, its full stop after.
  raw = raw.replace(/^§{1,2}\s*\d+(?:[.-]\d+)*\s+(?=[A-Z])/, '').replace(/([A-Z]{2})\.$/, '$1');
  // ". Survey Technician II": a stray mark a conversion left before the title.
  raw = raw.replace(/^[.,;:]\s+(?=[A-Z])/, '');
  // "Accountant (Accountant III)": a posting's working title with the class title in parentheses.
  const inner = /\(([^()]{3,60})\)\s*$/.exec(raw.trim());
  if (inner && checkTitle(inner[1]).strong && /\s(?:I{1,3}|IV|V|\d)$/.test(inner[1].trim())) return inner[1].trim();
  // "Legal Processing Clerk (Deputy Court Clerk I/II)": the series the working title is filled from.
  const innerSeries = inner ? expandSeriesTitle(inner[1]) : undefined;
  if (inner && innerSeries && checkTitle(innerSeries.base).strong) return inner[1].replace(/\s+/g, ' ').trim();
  // "Level I: Office Support Assistant": a level's label before the title.
  raw = raw.replace(/^level\s+(?:I{1,3}|IV|VI{0,3}|\d{1,2})\s*:\s+(?=[A-Z])/i, '');
  // "TELEPHONE OPERATOR 1.": an entry's number after the title (a level numeral never takes a full stop).
  raw = raw.replace(/^(.{3,80}?[A-Za-z])\s+\d{1,2}\.$/, '$1');
  // A sentence fragment ending with a full stop is not a title ("... in Public Works.").
  if (/[a-z]{4}\.$/.test(raw.trim())) return undefined;
  // A trailing remark in parentheses ("(Fort Carson)", "(Continuous)") is not part of the title.
  const t = trimSets(raw.replace(/\s+/g, ' '), `*#${BLANKS}`, `*:${BLANKS}`).replace(/\s*\([^()]*\)\s*$/, '').trim();
  if (/^[(\[]/.test(t)) return undefined;
  return checkTitle(t).ok ? t : undefined;
}

/** Nearest title-like line before `at` (within `reach` usable lines), preferring one that is clearly a title. */
function titleAbove(lines: LaidLine[], at: number, reach: number, taken: Set<number>): { index: number; title: string } | undefined {
  let seen = 0;
  for (let i = at - 1; i >= 0 && seen < reach; i--) {
    const l = lines[i];
    if (!usable(l)) continue;
    seen++;
    if (taken.has(i)) return undefined;
    if (l.kind === 'label' || l.kind === 'list-item' || /:\s*$/.test(l.folded)) continue;
    const cell = l.cells.length > 1 ? l.cells[0] : l.folded;
    const title = titleFromCandidate(cell);
    if (title && (checkTitle(title).strong || l.kind === 'heading')) return { index: i, title };
  }
  return undefined;
}

const labelCache = new WeakMap<LaidLine, LabelValue[]>();

/** A line's labels, read once per line (segmentation asks more than once). */
function labelsOf(l: LaidLine): LabelValue[] {
  if (l.kind === 'blank' || l.kind === 'furniture') return [];
  let labels = labelCache.get(l);
  if (!labels) labelCache.set(l, (labels = readLabels(l.folded, l.cells)));
  return labels;
}

/** Column roles of a table header row ("Class Code | Class Title | Pay Grade"). */
function headerColumns(cells: string[]): { title: number; code: number; grade: number } | undefined {
  const find = (p: RegExp) => cells.findIndex((c) => p.test(c));
  const title = find(/^(?:class(?:ification)?|job|position)?\s*(?:title|name|classification)$|^class$/i);
  // "Schem Code | Class Code | Class": the class code column wins over other codes.
  const classCode = find(/^(?:class|job|classification)\s*(?:code|no\.?|number|#)$/i);
  const code = classCode >= 0 ? classCode : find(/code|number|no\.?$|#|^class\s*(?:no|#)/i);
  const grade = find(/grade|range|band|level|salary|pay/i);
  if (title < 0 || (code < 0 && grade < 0) || title === code) return undefined;
  return { title, code, grade };
}

interface Row {
  line: number;
  cells: string[];
  heading?: boolean;
  /** The line of each cell, when cells stand on lines of their own. */
  cellLines?: number[];
}

const GRADE_CELL = /^(?:(?:pay\s+|salary\s+)?(?:grade|range|band)\s*)?(?:[A-Z]{0,3}-?\d{1,3}(?:\.\d)?[A-Z]?(?:\s*-\s*\d{1,3})?|UC|NE|EX)$/i;
/** "4120", "AB123", and dotted codes of a numbered plan ("1.107", "07.500": three digits after the dot, so never a grade "10.5"). */
const CODE_CELL = /^(?:[A-Z]{0,3}\d{3,6}[A-Z]{0,2}|\d{1,3}\.\d{3})$/;

/** The width most rows have (when two or more share it). */
function commonWidth(rows: Row[]): number | undefined {
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
function joinBrokenRows(rows: Row[]): Row[] {
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

function rowAnchors(input: Row[]): ClassAnchor[] {
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
      const titleAt = r.cells.findIndex((c, i) => i !== codeAt && checkTitle(c).strong && !GRADE_CELL.test(c.trim()));
      if (titleAt < 0) continue;
      const gradeAt = r.cells.findIndex((c, i) => i !== codeAt && i !== titleAt && GRADE_CELL.test(c.trim()));
      if (codeAt < 0 && gradeAt < 0) continue;
      title = titleFromCandidate(r.cells[titleAt]);
      code = codeAt >= 0 ? codeToken(r.cells[codeAt]) : undefined;
      grade = gradeAt >= 0 ? gradeToken(r.cells[gradeAt]) : undefined;
    }
    if (title && (code || grade)) out.push({ line: r.line, title: displayTitle(title), code, grade, evidence: 'table-row', row: true, headed: !!columns });
  }
  // One row alone is a label row of a specification, not a table of classes; under a header naming its columns
  // ("Class Code | Class Title | Pay Grade") it is the specification's own class, and the text below is its body.
  if (out.length === 1 && out[0].headed && checkTitle(out[0].title).strong) return [{ ...out[0], row: false, headed: undefined }];
  return out.length >= 2 ? out.map((a) => ({ ...a, headed: undefined })) : [];
}

/** A table flattened to one cell per line without separators: a code line, then its title on the next line. */
function codeLineThenTitle(lines: LaidLine[]): ClassAnchor[] {
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

type ColumnRole = 'title' | 'code' | 'grade' | 'other';
const columnRole = (cell: string): ColumnRole =>
  /\btitle\b/i.test(cell) ? 'title' : /\b(?:grade|range|band)\b/i.test(cell) ? 'grade' : /\b(?:code|number|no\.?)$|\bcode\b/i.test(cell) ? 'code' : 'other';
const HEADER_CELL = /\b(?:code|title|grade|range|band|hours|salary|number|classification|pay|step|rate|union|status)\b/i;

/**
 * A table stacked one cell per line under its header cells, also one per line ("Job Code" / "Job Title" /
 * "Hours Per Week" / "Pay Grade", then "110" / "Office Assistant I" / "40" / "16"): each row is as many lines as
 * the header has cells (a header printed twice counts once, a caption before it not at all), its title where the header names the title, the
 * other cells short values with digits. Lines between rows (a group's name) are passed over.
 */
function stackedHeaderRows(lines: LaidLine[]): ClassAnchor[] {
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

function tableAnchors(lines: LaidLine[], cut: number): ClassAnchor[] {
  const stacked = rowAnchors(stackedRows(lines, cut));
  if (stacked.length) return stacked;
  const underHeader = stackedHeaderRows(lines);
  if (underHeader.length) return underHeader;
  const pairs = codeLineThenTitle(lines);
  if (pairs.length) return pairs;
  return rowAnchors(lines.filter((l) => l.kind !== 'blank').map((l) => ({ line: l.index, cells: l.cells.length >= 2 ? l.cells : [l.folded], heading: l.kind === 'heading' })));
}

/** "2105 Computer Operator (R 10.5) 2106 Computer Operations Assistant (R 9.0)": a plan list run into prose. */
const INLINE_PLAN = /(?:^|\s)(\d{3,6}[A-Z]?)\s+([A-Z][\w/&,.'-]*(?:\s+(?:[A-Z/&][\w/&,.'-]*|of|and|for|&|to|in|-)){0,8}?)\s*\(\s*(?:R|Range|Pay\s+Ra\w{1,3}|Grade|Pay\s+Grade|Salary\s+Range|PR|G)?\.?\s*([A-Z]?\d{1,2}(?:[.\s]\d)?)\s*\)/g;

function inlinePlanAnchors(lines: LaidLine[]): ClassAnchor[] {
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
function listedTitles(line: string): { title: string; series?: { title: string; level: number } }[] | undefined {
  const series = expandSeriesTitle(line);
  if (series && checkTitle(series.base).strong) return series.levels.map((n, i) => ({ title: `${series.base} ${n}`, series: { title: displayTitle(series.base), level: i + 1 } }));
  const parts = line.split(/,(?:\s?(?:and|or)\s)?|\s(?:and|or|&)\s(?=[A-Z])/).map((p) => p.trim());
  if (parts.length < 2 || parts.length > 8 || !parts.every((p) => /^[A-Z]/.test(p) && checkTitle(p).strong && titleFromCandidate(p) === p)) return undefined;
  return parts.map((title) => ({ title }));
}

/** A run of four or more lines that are each a job title (department names may sit between): a list of classes. */
/** "FINANCE", "PUBLIC WORKS": a group's name heading part of a list of titles; the list goes on under it. */
const groupName = (l: LaidLine) => l.kind === 'heading' && l.folded.length <= 40 && !/\d/.test(l.folded) && sectionKind(l.folded) === 'other' && !checkTitle(l.folded).strong;

function titleListAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  let run: ClassAnchor[] = [];
  const close = () => {
    if (run.length >= 4) out.push(...run);
    run = [];
  };
  let grade: string | undefined;
  let contents = false;
  for (const l of lines) {
    if (l.kind === 'blank') continue;
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
    // "PAY GRADE II -- ASSOCIATE DEANS": the grade of the titles listed under it.
    const gradeHead = /^(?:pay\s+|salary\s+)?grade\s+([A-Z0-9]{1,5})\b/i.exec(l.folded);
    if (gradeHead) {
      grade = gradeHead[1];
      continue;
    }
    // Markers before a title (bullets, "**" for unclassified, daggers for footnotes) are not part of it.
    const t = l.folded.length <= 80 ? titleFromCandidate(l.folded.replace(/^[\s*†‡•·▪◦-]{0,12}/, '').replace(/^\(?\d{1,3}[.)]\s+/, '')) : undefined;
    const listed = l.kind !== 'label' && l.folded.length <= 160 ? listedTitles(l.folded.replace(/^[\s*†‡•·▪◦-]{0,12}/, '').replace(/^\(?\d{1,3}[.)]\s+/, '')) : undefined;
    if (listed) for (const x of listed) run.push({ line: l.index, title: displayTitle(x.title), grade, series: x.series, evidence: 'table-row', row: true });
    else if (t && checkTitle(t).strong && l.kind !== 'label') run.push({ line: l.index, title: displayTitle(t), grade, evidence: 'table-row', row: true });
    else if (!(l.folded.length <= 40 && checkTitle(l.folded).ok === false && /^[A-Z][A-Za-z &]+$/.test(l.folded) && run.length) && !groupName(l)) close();
  }
  close();
  return out;
}

/** Column names a table's header row may hold, as words on one line ("RANGE NUMBER CLASSIFICATION TITLE JOB CLASS"). */
const HEADER_WORDS: [column: 'title' | 'code' | 'grade', pattern: RegExp][] = [
  ['title', /\b(?:classification|class|job|position)\s+title\b|\bclassification(?:\s+name)?\b|\btitle\b|\bjob\s+class(?:ification)?\b(?!\s+(?:code|number|no\b|#))/i],
  ['grade', /\b(?:(?:salary|pay)\s+)?(?:range|grade)(?:\s+(?:number|no\.?))?\b/i],
  ['code', /\b(?:job|class)\s+(?:class|code|number|no\.?)\b|\bcode\b/i],
];

/** The columns of a header row written as words only, in order; undefined when the line holds anything else. */
function wordHeader(folded: string): ('title' | 'code' | 'grade')[] | undefined {
  if (folded.length > 70 || /[.:;,|]/.test(folded)) return undefined;
  // Header cells run together by the extraction ("Job ClassClass Code") part where a small letter meets a capital.
  let rest = folded.replace(/([a-z])(?=[A-Z])/g, '$1 ');
  const found: { column: 'title' | 'code' | 'grade'; at: number }[] = [];
  for (const [column, pattern] of HEADER_WORDS) {
    const m = pattern.exec(rest);
    if (!m) continue;
    found.push({ column, at: m.index });
    rest = `${rest.slice(0, m.index)}${' '.repeat(m[0].length)}${rest.slice(m.index + m[0].length)}`;
  }
  if (rest.trim() || !found.some((f) => f.column === 'title') || found.length < 2) return undefined;
  return found.sort((a, b) => a.at - b.at).map((f) => f.column);
}

const LEAD_TOKEN = /^([A-Z]{0,3}\d{1,4}(?:\.\d)?[A-Z]?) (\S.*)$/;
const VALUE_TOKEN = /^[A-Z]{0,4}\/?\d{1,10}(?:\.\d)?[A-Z]?$/;

/** "Chief Finance Officer 2000" -> ["Chief Finance Officer", "2000"]; a line that is only a value gives ["", value]. */
function splitTrailing(text: string): [string, string] | undefined {
  const cut = text.lastIndexOf(' ');
  const last = text.slice(cut + 1);
  return VALUE_TOKEN.test(last) ? [cut < 0 ? '' : text.slice(0, cut).trim(), last] : undefined;
}

const GLUED_CODES = /^(.*?)(\d{3,8})((?:,\s?\d{3,8})*)$/;

/**
 * The width of a code column whose codes are glued to the end of the titles ("Records Clerk04411"): the one
 * length of the digit runs that follow a letter directly or come after a comma, when at least three agree.
 */
function gluedCodeWidth(texts: string[]): number | undefined {
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
function splitGluedCode(text: string, width: number): [string, string] | undefined {
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
function wordHeaderRows(lines: LaidLine[]): ClassAnchor[] {
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
      if (!usable(l) || l.folded.length > 90) break;
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
        const split = splitTrailing(text);
        // A code has three characters or more ("Exhibit 2" is not a title with its code).
        if (!split || (column === 'code' && !/^\D{0,4}\d{3}/.test(split[1]))) break;
        [text, values[column]] = split;
      }
      const trailValue = trails.length ? values[trails[trails.length - 1]] : undefined;
      if (leadValue) carried = leadValue;
      if (!text) continue;
      const title = titleFromCandidate(text);
      // A row must show its own last value unless its group's first value carries down to it.
      if (!title || (!trailValue && !(lead && carried))) break;
      if (lead) values[lead] = leadValue ?? carried;
      rows.push({ line: l.index, title: displayTitle(title), code: values.code && codeToken(values.code), grade: values.grade && gradeToken(values.grade), evidence: 'table-row', row: true });
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
function stackedUnderWordHeader(lines: LaidLine[], at: number, columns: ('title' | 'code' | 'grade')[]): { rows: ClassAnchor[]; end: number } | undefined {
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
function valueHeader(folded: string): ('code' | 'grade')[] | undefined {
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
function columnBlockRows(lines: LaidLine[]): ClassAnchor[] {
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

/** A run of three or more codes (OCR may garble a digit: "0t25", "01~1") standing before titles in capitals. */
const CODE_RUN = /(?:^|\s)((?:\d[\dA-Za-z~]{2,5}\s+){2,60}\d[\dA-Za-z~]{2,5})\s+(?=[A-Z]{2})/;

/**
 * A table scanned or copied column by column into one line: the code column's values, then the titles, each
 * followed by its dot leader ("0101 0110 0120 CLERK I ...... CLERK II ...... CLERK III ......"). Codes pair
 * with titles in order; a title without its leader (cut off at the end) is not taken.
 */
function codeRunThenTitles(lines: LaidLine[]): ClassAnchor[] {
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

const STEP_LETTERS = /^(?:(?:[A-J]|step\s*\d{1,2})\s){2,11}(?:[A-J]|step\s*\d{1,2})$/i;
const AMOUNTS = /^(?:\$?\d{1,3}(?:,?\d{3})*\.\d{2}\s){2,11}\$?\d{1,3}(?:,?\d{3})*\.\d{1,2}$/;

/**
 * A salary schedule: each class's title on its own line, then its steps' letters ("A B C D E") and amounts
 * ("1364.48 1432.69 ..."), or the amounts alone. Two classes or more make a schedule.
 */
function stepScheduleRows(lines: LaidLine[]): ClassAnchor[] {
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
const CODES_THEN_TITLE = /^((?:[A-Z]{0,4}\d{2,6}[A-Z]?\s+){1,2})([A-Z][A-Za-z].{2,80})$/;

function codeRowAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.cells.length > 1) continue;
    const m = CODES_THEN_TITLE.exec(l.folded);
    const title = m && titleFromCandidate(m[2]);
    if (!m || !title || !checkTitle(m[2].replace(/\s*\([^()]*\)\s*$/, '')).ok) continue;
    const codes = m[1].trim().split(/\s+/);
    const grade = gradeInParens(m[2]);
    out.push({ line: l.index, title: displayTitle(grade ? title : m[2].trim()), code: codes.find((c) => /^\d+$/.test(c)) ?? codes[0], grade, evidence: 'table-row', row: true });
  }
  return out.length >= 2 ? out : [];
}

/** "07.500 ACCOUNTANT - SENIOR This is the senior level ...": a code and a title in capitals run into prose. */
const CODE_CAPS_TITLE = /(?:^|\s)([A-Z]{0,3}\d[\d.]{2,8}\d)\s+([A-Z][A-Z&/,' -]{3,70}[A-Z])(?=\s+[A-Z][a-z])/g;

function codeCapsAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length > 20000) continue;
    for (const m of l.folded.matchAll(CODE_CAPS_TITLE)) {
      const title = m[2].replace(/\s+[A-Z]$/, '').trim();
      if (checkTitle(title).strong) out.push({ line: l.index, title: displayTitle(title), code: m[1], evidence: 'title-with-code' });
    }
  }
  return out;
}

/** "... compliance. Water Treatment Operator I - 30000146 Distinguishing Characteristics The ...": in run-together prose. */
const INLINE_TITLE_CODE = /(?:^|\s)((?:[A-Z][\w'&/-]*\s){1,7}?(?:I{1,3}|IV|VI{0,3}|\d))\s+[-–]\s+([A-Z]{0,3}\d{4,10})\s+([A-Z][a-z]+(?:\s+(?:[A-Z][a-z]*|of|and|&|\/)){0,3})/g;

/**
 * A level's title with its code after a dash, then a section heading, in text flattened into one paragraph: the
 * title is the longest run of the capitalized words before the dash that is clearly a title.
 */
function inlineTitleCodeAnchors(lines: LaidLine[]): ClassAnchor[] {
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

/** "... Job Title: Resource Management Officer Dept: Resource Management Supv: ...": a title label in a long run. */
/** Also glued to the capitals before it ("... SPECIFICATIONCLASSIFICATION TITLE: ..."). */
const TITLE_LABEL_IN_RUN = /(?:\b|(?<=[A-Z]{3}))(?:job|class(?:ification)?|position)\s+title\s*:\s*/i;
const NEXT_LABEL = /^(?:[A-Z][A-Za-z.&/]{1,20} ){0,2}[A-Z][A-Za-z.&/]{1,20} ?:/;

/**
 * A title label in a paragraph too long to be read as label lines (an OCR'd page run into one line): its value
 * is the shortest run of words that is clearly a title and is followed by the next label. Without a title label,
 * the title in title case just before a run of grade and code labels ("Tax Appraiser II Pay Grade: 17 ... Class
 * Code: 0230"), with their values.
 */
function titleLabelInRun(lines: LaidLine[]): ClassAnchor | undefined {
  for (const l of lines) {
    if (!usable(l) || l.folded.length <= 400 || l.folded.length > 20000) continue;
    const m = TITLE_LABEL_IN_RUN.exec(l.folded);
    if (!m) continue;
    const words = l.folded.slice(m.index + m[0].length, m.index + m[0].length + 200).split(' ');
    for (let n = 1; n <= Math.min(9, words.length - 1); n++) {
      const candidate = words.slice(0, n).join(' ');
      // Before a section heading the value's end is certain, so the title need not end in a job noun ("Deputy
      // Clerk Clerk of Courts"); before another label it must.
      const beforeHeading = headingNext(words.slice(n));
      if (!(beforeHeading || NEXT_LABEL.test(words.slice(n).join(' '))) || !checkTitle(candidate).strong || !(beforeHeading || endsLikeTitle(candidate))) continue;
      const title = titleFromCandidate(candidate);
      if (title) return { line: l.index, title: displayTitle(title), evidence: 'title-label' };
    }
  }
  for (const l of lines) {
    if (!usable(l) || l.folded.length <= 400 || l.folded.length > 20000) continue;
    const run = CODE_GRADE_RUN.exec(l.folded.slice(0, 3000));
    if (!run) continue;
    // The title just before the run of labels, a word of a running header in capitals ("GEORGI") between them.
    const words = l.folded.slice(Math.max(0, run.index - 120), run.index).trim().split(' ');
    if (words.length && /^[A-Z]{2,}$/.test(words[words.length - 1]) && !LEVEL_WORD.test(words[words.length - 1])) words.pop();
    for (let n = Math.min(6, words.length); n >= 2; n--) {
      const candidate = words.slice(words.length - n).join(' ');
      if (!/^[A-Z][a-z]/.test(candidate) || !checkTitle(candidate).strong || !endsLikeTitle(candidate) || titleFromCandidate(candidate) !== candidate) continue;
      const after = l.folded.slice(run.index, run.index + 400);
      const code = /\b(?:class|job)\s+code\s*:\s*([A-Z]{0,3}\d{2,6}[A-Z]?)\b/i.exec(after)?.[1];
      const grade = /\b(?:pay\s+)?grade\s*:\s*([A-Z]{0,3}-?\d{1,3}[A-Z]?)\b/i.exec(after)?.[1];
      return { line: l.index, title: displayTitle(candidate), code, grade, evidence: 'title-with-code' };
    }
  }
  return undefined;
}
/**
 * "... PURPOSE OF CLASSIFICATIONThe purpose of ...": the words that follow open a section heading in capitals (glued
 * to the sentence after it by a conversion), so the value before them has ended.
 */
function headingNext(words: string[]): boolean {
  const caps: string[] = [];
  for (const w of words.slice(0, 8)) {
    const glued = /^([A-Z]{2,})[A-Z][a-z]/.exec(w);
    if (glued) {
      caps.push(glued[1]);
      break;
    }
    if (!/^[A-Z&/,-]{2,}$|^OF$|^AND$/.test(w)) break;
    caps.push(w);
  }
  const heading = caps.join(' ');
  return caps.length >= 1 && SECTION_NOUN_FIRST.test(heading) && sectionKind(heading) !== 'other';
}

/** "Tax Appraiser II GEORGI Pay Grade: 17 FLSA Status: ... Class Code: 0230": the labels after a title in a run. */
const CODE_GRADE_RUN = /\b(?:pay\s+grade|salary\s+grade|class\s+code|job\s+code)\s*:\s*[A-Z]{0,3}-?\d/i;
const LEVEL_WORD = /^(?:I{1,3}|IV|VI{0,3})$/;

/**
 * Labels in one column and their values in another, flattened into a block of labels and then a block of values
 * ("Job Title:" "Department:" ... then "Court Commissioner" "Superior Court" ...): the title is the value at the
 * title label's position, counted back from the end of the value block.
 */
function labelColumnTitle(lines: LaidLine[]): { line: number; title: string } | undefined {
  const labelish = (l: LaidLine) => usable(l) && /^[A-Z][A-Za-z /#&.-]{1,30}:$/.test(ownLabel(l.folded.trim()));
  for (let i = 0; i < lines.length; i++) {
    if (!labelish(lines[i])) continue;
    const run: LaidLine[] = [];
    let j = i;
    for (; j < lines.length && (labelish(lines[j]) || lines[j].kind === 'blank'); j++) if (labelish(lines[j])) run.push(lines[j]);
    const at = run.findIndex((l) => labelOnly(ownLabel(l.folded.trim())) === 'title');
    if (run.length < 3 || at < 0) {
      i = j;
      continue;
    }
    const values: LaidLine[] = [];
    for (let k = j; k < Math.min(lines.length, j + run.length + 12); k++) {
      const l = lines[k];
      if (l.kind === 'blank') continue;
      if (l.folded.length > 90 || /:$/.test(l.folded)) break;
      values.push(l);
    }
    if (values.length < run.length) return undefined;
    const value = values[values.length - run.length + at];
    const title = titleFromCandidate(value.folded) ?? labelledTitle(value.folded);
    return title ? { line: value.index, title } : undefined;
  }
  return undefined;
}

/**
 * A row of labels over a row of values, run into one line by a conversion: "CLASSIFICATION TITLE: FLSA STATUS:
 * COUNTY RECORDS SUPERVISOR NON-EXEMPT PURPOSE OF ...". The title label's value is empty (the next label follows
 * at once); the title is the longest run of capitals after the labels that ends like a job title.
 */
function labelRowTitle(folded: string): string | undefined {
  const label = /\b(?:classification|class|job|position)\s+title\s*:\s*/i.exec(folded.slice(0, 600));
  if (!label) return undefined;
  let rest = folded.slice(label.index + label[0].length, label.index + label[0].length + 300);
  let labels = 0;
  for (let m = /^[A-Z][A-Z/&-]*(?: [A-Z][A-Z/&-]*){0,3}: ?/.exec(rest); m && labels < 6; m = /^[A-Z][A-Z/&-]*(?: [A-Z][A-Z/&-]*){0,3}: ?/.exec(rest)) {
    rest = rest.slice(m[0].length);
    labels++;
  }
  if (!labels) return undefined;
  const words = (/^[A-Z][A-Z'&/-]*(?: [A-Z][A-Z'&/-]*){0,9}/.exec(rest)?.[0] ?? '').split(' ');
  for (let n = words.length; n >= 1; n--) {
    const candidate = words.slice(0, n).join(' ');
    if (endsLikeTitle(candidate) && checkTitle(candidate).strong) return candidate;
  }
  return undefined;
}

/**
 * "Library Assistant 5 This is the entry level.", "Clerk I - Is the entry-level class", "Clerk II is the
 * journey-level classification": a level's title, then the sentence placing it in its series.
 */
const INLINE_LEVEL = /(?:^|\s)(?:The class (?:of )?)?((?:[A-Z][\w'-]*\s){1,5}(?:[A-Z]?\d{1,2}|I{1,3}|IV|VI?))\s+(?:[-–—]\s+|:\s+)?(?:This is the\s|[Ii]s the (?=(?:fully\s+qualified\s+)?(?:entry|journey(?:man)?|trainee|training|first|second|third|full|working|advanced|experienced|intermediate|senior|lead|supervisory|highest|lowest|basic)[- ]?(?:level|class|performance)))/g;

const LEVEL_WORDS = ['entry', 'journey', 'senior', 'advanced', 'trainee', 'expert', 'lead', 'intermediate', 'master', 'apprentice'];
const INLINE_LEVEL_WORD = new RegExp(String.raw`(?:^|\s)((?:[A-Z][\w'-]*\s){1,5})[-–—]\s+(${LEVEL_WORDS.flatMap((w) => [w.toUpperCase(), w[0].toUpperCase() + w.slice(1)]).join('|')})\s+This is\b`, 'g');

/**
 * Levels of a series described in prose run together ("... Library Assistant 5 This is the entry level. ...
 * Library Assistant 6 This is the intermediate level."): two or more, their titles the words the levels share
 * (a phrase run in before the first, "Title – Library Assistant-E", is left out) and each level's numeral.
 */
function inlineLevelAnchors(lines: LaidLine[]): ClassAnchor[] {
  const found: { line: number; words: string[]; numeral: string }[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length > 20000) continue;
    for (const m of l.folded.matchAll(INLINE_LEVEL)) {
      const words = m[1].trim().split(/\s+/);
      found.push({ line: l.index, words: words.slice(0, -1), numeral: words[words.length - 1] });
    }
    // "MECHANICIAN - ENTRY This is ...", "MECHANICIAN - JOURNEY This is ...": levels named by a word.
    if (!found.length || found.every((f) => f.numeral.startsWith('- '))) {
      for (const m of l.folded.matchAll(INLINE_LEVEL_WORD)) found.push({ line: l.index, words: m[1].trim().split(/\s+/), numeral: `- ${m[2]}` });
    }
  }
  if (found.length < 2) return [];
  // The base is the longest run of final words every level shares.
  let shared = 0;
  while (found.every((f) => f.words.length > shared && f.words[f.words.length - 1 - shared] === found[0].words[found[0].words.length - 1 - shared])) shared++;
  const base = found[0].words.slice(found[0].words.length - shared).join(' ');
  if (!shared || !checkTitle(base).strong) return [];
  // The sentence after each title shows it is whole, even on a line a text's cut ends.
  return found.map((f, i) => ({ line: f.line, title: displayTitle(`${base} ${f.numeral}`), series: { title: displayTitle(base), level: i + 1 }, evidence: 'series-title' as const, row: true, whole: true }));
}

/** "Level 2 - Basic (Judiciary Clerk 2, Judiciary Clerk Driver, and Judiciary Account Clerk 1): ...": a band's levels. */
const LEVEL_CLASSES = /^level\s+(\d{1,2})\b[^(]{0,60}\(([^()]{3,300})\)/i;

function levelListAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    const m = usable(l) ? LEVEL_CLASSES.exec(l.folded) : null;
    if (!m) continue;
    const titles = m[2].split(/\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/).map((t) => t.trim()).filter(Boolean);
    if (!titles.every((t) => checkTitle(t).strong)) continue;
    for (const t of titles) out.push({ line: l.index, title: displayTitle(t), evidence: 'table-row', row: true, level: Number(m[1]) });
  }
  return out.length >= 2 ? out : [];
}

/** A class record exported as JSON: {"code": "00902", "title": "BRIDGE ATTENDANT", ...}. */
function jsonRecordAnchor(lines: LaidLine[], text: string): ClassAnchor | undefined {
  const head = text.trimStart().slice(0, 4000);
  if (!/^[[{]/.test(head)) return undefined;
  const title = /"(?:title|class_?title|classTitle|job_?title|jobTitle|classification)"\s*:\s*"([^"\\]{3,90})"/i.exec(head)?.[1];
  const code = /"(?:code|class_?code|classCode|job_?code|jobCode)"\s*:\s*"([^"\\]{1,20})"/i.exec(head)?.[1];
  if (!title || !checkTitle(title).ok) return undefined;
  return { line: lines.find(usable)?.index ?? 0, title: displayTitle(title), code: code ? codeToken(code) : undefined, evidence: 'title-label' };
}

/**
 * "Facilities Director ....…… 5": a contents entry, a title up to eight words (a level number may end it), its dot
 * leader, its page reference ("5", "12-13", a lettered part's "C3-C4"). A class code may stand before the title
 * ("0412 Clerk 2 ....... B1-B2"); it is taken only with a letter or three digits or more, never a lone page number.
 */
const CONTENTS_ENTRY = /(?:^|\s)(?:(\d{3,6}[A-Z]?|\d{2}[A-Z])\s+)?((?:[A-Z][\w&'/-]*\.?|of|and|for|&)(?:\s+(?:[A-Z][\w&'/-]*\.?|of|and|for|&)){0,7}?(?:\s+\d{1,2})?)\s*(?:[.…·]\s?){3,}\s*([A-Z]?\d{1,3}(?:\s?[-–]\s?[A-Z]?\d{1,3})?)(?=\s|$)/g;

/**
 * The contents of a booklet of job descriptions ("Facilities Area Supervisor ......... 2 Facilities Director ......
 * 5"): three or more entries, each clearly a job title with its dot leader and page number, are the classes the
 * booklet specifies (a contents list of sections, "Definition ..... 2", has no job titles).
 */
function contentsAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length > 20000) continue;
    const entries = [...l.folded.matchAll(CONTENTS_ENTRY)]
      // After a dash the words are a variant's suffix ("Clerk 2 - Local 7 ...."), not a title of their own.
      .filter((m) => !/[-–—]\s*$/.test(l.folded.slice(0, m.index)))
      .map((m) => ({ title: titleFromCandidate(m[2]), code: m[1] ? codeToken(m[1]) : undefined }))
      .filter((e): e is { title: string; code: string | undefined } => !!e.title && checkTitle(e.title).strong);
    if (entries.length >= 3) for (const e of entries) out.push({ line: l.index, title: displayTitle(e.title), code: e.code, evidence: 'table-row', row: true, whole: true });
  }
  return out;
}

/** A cell of a table stacked one per line that is a value, not a title: short, no word of three small letters. */
const valueCell = (l: LaidLine) => l.folded.trim().length <= 12 && !/[a-z]{3}/.test(l.folded);

/**
 * A table printed one cell per line without separators (an OCR'd or copied pay schedule): a title line, then the
 * same number of short value lines, again and again ("Account Clerk" "4" "12.9959" "40" "F" "NE" "53"). Three or
 * more clearly titled rows of one width make the table; a row of that width whose title is not clearly one (an
 * abbreviation, "Revenue Tech.") belongs to it too. Under a "Grade" header cell the last value is the grade.
 */
function cycleRows(lines: LaidLine[]): ClassAnchor[] {
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
function numberedStackedRows(lines: LaidLine[]): ClassAnchor[] {
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
 * A list of classes under header cells on lines of their own ("Classification Number" / "Classification Title"):
 * each line after is a row, its title with the code before it when it has one ("2113 Agriculture Environment
 * Inspector", "Air Quality Engineer"). The header is the evidence, so a row needs only to read as a title; four
 * rows or more make the list. A row on the line a text's cut ends may be incomplete and is left out.
 */
/** Most words capitalized (small joining words aside): a name, not a sentence. */
function capitalizedWords(text: string): boolean {
  const words = text.replace(/\([^()]*\)/g, ' ').split(/\s+/).filter((w) => w && !/^(?:of|and|the|for|in|on|to|a|an|or|with|&|-|\/)$/i.test(w));
  return words.length > 0 && words.filter((w) => /^[A-Z0-9]/.test(w)).length / words.length >= 0.8;
}

function headedTitleColumn(lines: LaidLine[], text: string): ClassAnchor[] {
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

/** "Classification Title Pay Grade" inside run-on text (an ordinance's tables flattened into its prose). */
const INLINE_HEADER = /\b(?:Classification|Class|Job|Position)\s+Title\s+(?:[A-Z]\s+)?(?:Pay\s+|Salary\s+)?(?:Grade|Range)\b/g;
const TITLE_WORD_RUN = String.raw`(?:[A-Z][\w.'&/-]*|\/[A-Z][\w.'&-]*|of|and|&|for|\/)`;
/** One row after such a header: a title, then its grade ("Plans Examination Manager 3.3"). */
const INLINE_ROW = new RegExp(String.raw`\s*(${TITLE_WORD_RUN}(?:\s+${TITLE_WORD_RUN}){0,7}?)\s+([A-Z]{0,2}\d{1,3}(?:\.\d)?)(?=\s|$)`, 'y');

/**
 * Rows after "Classification Title Pay Grade" headers in run-on text: title and grade pairs until something else
 * (the next group's name, the next header) comes. Three rows or more in all make the table.
 */
function inlineHeaderRows(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length < 120 || l.folded.length > 20000) continue;
    const headers = [...l.folded.matchAll(INLINE_HEADER)];
    headers.forEach((header, k) => {
      const end = headers[k + 1]?.index ?? l.folded.length;
      INLINE_ROW.lastIndex = (header.index ?? 0) + header[0].length;
      for (let m = INLINE_ROW.exec(l.folded); m && m.index + m[0].length <= end; m = INLINE_ROW.exec(l.folded)) {
        const words = m[1].trim();
        if (!(checkTitle(words).ok || (capitalizedWords(words) && endsLikeTitle(words)))) break;
        out.push({ line: l.index, title: displayTitle(m[1].trim()), grade: m[2], evidence: 'table-row', row: true });
      }
    });
  }
  return out.length >= 3 ? out : [];
}

/** A cell of a column of values run into prose: a number, a dollar figure. */
const VALUE_WORD = /^(?:\d{1,3}(?:\.\d)?|\$[\d.,]+(?:-[\d.,]+)?(?:\/\w+)?)$/;
/** A level numeral as written or as an OCR garbles it ("I1" for II). */
const LEVEL_TOKEN = /^(?:I{1,3}|IV|VI{0,3}|I1|Il|1I)$/;

/** The cost of reading words as one title of a run: 0 when it ends like a title, more when not; Infinity when it cannot be one. */
function runTitleCost(words: string[]): number {
  const first = words[0];
  const last = words[words.length - 1];
  if (words.length > 7 || !/^[A-Z]/.test(first) || LEVEL_TOKEN.test(first) || /^(?:of|and|&)$/i.test(last) || /[/&]$/.test(last)) return Infinity;
  if (!checkTitle(words.join(' ').replace(/\b(?:I1|Il|1I)$/, 'II')).ok) return Infinity;
  const ends = jobNounWord(last.split('/').pop()!) || (LEVEL_TOKEN.test(last) && words.length > 1);
  // A word that usually leads a title ("Executive Secretary", "Chief Engineer") rarely stands alone or ends one;
  // a title is more than an abbreviation and a level ("Asst. I").
  const LEADING = /^(?:executive|chief|deputy|lead|head|principal|senior|general|master)$/i;
  const modifier = (words.length === 1 && LEADING.test(first)) || (words.length > 1 && LEADING.test(last));
  const abbreviated = words.every((w) => /\.$/.test(w) || LEVEL_TOKEN.test(w));
  // An abbreviated word that is not a job noun's ("Maint.") rarely ends a title; words without any job noun
  // ("Accounting Office") are less of a title than words with one inside ("General Manager/District Engr").
  const noun = words.some((w) => w.split('/').some((part) => jobNounWord(part)));
  return (ends ? 0 : /\.$/.test(last) ? 1.5 : 1) + (!ends && !noun ? 0.5 : 0) + (words.length === 1 && !ends ? 1 : 0) + (modifier ? 1.5 : 0) + (abbreviated ? 1 : 0);
}

/**
 * A column of values and a column of titles scanned into one paragraph ("... 57 53 51 ... 19 $4.50-6.00/hour
 * General Manager Superintendent Administrative Manager ... Office Aide/Intern A new employee shall ..."): as
 * many titles as values (a phrase repeated in the value column, "Board Approved", is one cell each time), the
 * titles run together and split where each ends like a title; values pair with titles in order, numbers as grades.
 */
function valueRunThenTitles(lines: LaidLine[]): ClassAnchor[] {
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
      // Fewest titles that do not end like one; a tie goes to the later split. A few words before the prose may be its start.
      const best: number[][] = Array.from({ length: run.length + 1 }, () => Array<number>(n + 1).fill(Infinity));
      const from: number[][] = Array.from({ length: run.length + 1 }, () => Array<number>(n + 1).fill(-1));
      best[0][0] = 0;
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
      for (let e = run.length; e >= Math.max(1, run.length - 3); e--) if (best[e][n] < Infinity && (stop < 0 || best[e][n] + (run.length - e) * 0.1 < best[stop][n] + (run.length - stop) * 0.1)) stop = e;
      if (stop < 0 || best[stop][n] > n / 4) break;
      const titles: string[] = [];
      for (let e = stop, k = n; k > 0; k--) {
        const s = from[e][k];
        titles.unshift(run.slice(s, e).join(' '));
        e = s;
      }
      return titles.map((t, k) => ({ line: l.index, title: displayTitle(t), grade: cells[k], evidence: 'table-row' as const, row: true, whole: true }));
    }
  }
  return [];
}

/** "(19) Principal Account Clerk" then its text: numbered class entries of an ordinance or a plan. */
const NUMBERED_TITLE = /^\((\d{1,3})\)\s+(.{3,70})$/;

export function segmentClasses(lines: LaidLine[], text = ''): Segmentation {
  const found = findAnchors(lines, text);
  return { ...found, anchors: withLevelFacts(lines, found.anchors) };
}

/**
 * The levels of a combined series title ("Plant Mechanic I/II/III") take the code and grade the document gives
 * each of them elsewhere: a table row under a header naming its columns ("Plant Mechanic I | 3101 | 14"), a line
 * opening with the level's title ("Plant Mechanic II – Class Code 3102 – Pay Grade 16", "Plant Mechanic II
 * (3102) Grade 16"), or label lines just under the level's own line ("Class Code: 3102").
 */
function withLevelFacts(lines: LaidLine[], anchors: ClassAnchor[]): ClassAnchor[] {
  const levels = anchors.filter((a) => a.series && (!a.code || !a.grade));
  if (levels.length < 2) return anchors;
  const titles = anchors.map((a) => a.title.toLowerCase());
  let columns: ReturnType<typeof headerColumns>;
  const facts = new Map<ClassAnchor, { code?: string; grade?: string }>();
  lines.forEach((l, i) => {
    if (!usable(l)) return;
    if (l.kind === 'table-row' && headerColumns(l.cells)) return void (columns = headerColumns(l.cells));
    const folded = l.folded.replace(BULLET, '').trim();
    // "Level II" on a line of its own introduces that level.
    const byRank = /^level\s+(I{1,3}|IV|VI?|\d)\s*:?$/i.exec(folded);
    const level = byRank ? levels.find((a) => a.series?.level === levelOf(byRank[1])) : levels.find((a) => {
      const t = a.title.toLowerCase();
      // The line opens with this level's title and no longer title ("Plant Mechanic I" is not "Plant Mechanic II").
      return folded.toLowerCase().startsWith(t) && !titles.some((o) => o.length > t.length && o.startsWith(t) && folded.toLowerCase().startsWith(o)) && !/^[\w/]/.test(folded.slice(t.length));
    });
    if (!level) return;
    const got = facts.get(level) ?? {};
    if (byRank) {
      for (const next of lines.slice(i + 1, i + 5)) {
        if (!usable(next)) continue;
        const under = labelsOf(next);
        if (!under.length) break;
        got.code ??= codeToken(under.find((x) => x.name === 'code')?.value ?? '');
        got.grade ??= gradeToken(under.find((x) => x.name === 'grade')?.value ?? '');
      }
    } else if (l.cells.length >= 2 && columns && l.cells[columns.title]?.toLowerCase().startsWith(level.title.toLowerCase())) {
      got.code ??= columns.code >= 0 ? codeToken(l.cells[columns.code] ?? '') : undefined;
      got.grade ??= columns.grade >= 0 ? gradeToken(l.cells[columns.grade] ?? '') : undefined;
    } else {
      const rest = folded.slice(level.title.length);
      const labels = readLabels(rest.replace(/^\s*[-–—:|]\s*/, ''), [rest]);
      const code = labels.find((x) => x.name === 'code') ?? BARE_CODE_IN_REST.exec(rest);
      got.code ??= code ? codeToken('value' in code ? code.value : code[1]) : /^\s*\(\s*([A-Z]{0,3}\d{3,6}[A-Z]{0,2})\s*\)/.exec(rest)?.[1];
      const grade = labels.find((x) => x.name === 'grade') ?? BARE_GRADE_IN_REST.exec(rest);
      got.grade ??= grade ? gradeToken('value' in grade ? grade.value : grade[1]) : undefined;
      // Label lines right under the level's own line, up to the next level or a sentence.
      for (const next of lines.slice(i + 1, i + 5)) {
        if (!usable(next)) continue;
        const under = labelsOf(next);
        if (!under.length) break;
        got.code ??= codeToken(under.find((x) => x.name === 'code')?.value ?? '');
        got.grade ??= gradeToken(under.find((x) => x.name === 'grade')?.value ?? '');
      }
    }
    facts.set(level, got);
  });
  return anchors.map((a) => {
    const f = facts.get(a);
    return f ? { ...a, code: a.code ?? f.code, grade: a.grade ?? f.grade } : a;
  });
}
const BARE_CODE_IN_REST = /\b(?:class|job)\s+(?:code|no\.?|number)\s*[:#]?\s*([A-Z]{0,3}\d{3,6}[A-Z]{0,2})\b/i;
const BARE_GRADE_IN_REST = /\b(?:pay\s+|salary\s+)?(?:grade|range)\s*[:#]?\s*([A-Z]{0,2}\d{1,3}[A-Z]?)\b/i;

function findAnchors(lines: LaidLine[], text: string): Segmentation {
  const anchors: ClassAnchor[] = [];
  const taken = new Set<number>();
  const add = (a: ClassAnchor) => {
    taken.add(a.line);
    anchors.push(a);
  };
  // A title naming several levels ("Court Clerk I-II-III") is one class per level, wherever it stands; a code
  // on its line is the series' code, shared by its levels.
  const addTitle = (a: ClassAnchor): void => {
    const alternatives = alternativeTitles(a.title);
    if (alternatives.length > 1) return alternatives.forEach((title) => addTitle({ ...a, title: displayTitle(title) }));
    const series = expandSeriesTitle(a.title);
    if (!series) return add(a);
    series.levels.forEach((n, i) => add({ line: a.line, title: displayTitle(`${series.base} ${n}`), code: a.code, series: { title: displayTitle(series.base), level: i + 1 }, evidence: 'series-title' }));
  };

  const ladder: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l)) continue;
    const posting = POSTING.exec(l.folded);
    if (posting && l.index < 5) {
      const title = titleFromCandidate(posting[1].replace(/\s+-\s+.*$/, ''));
      if (title) {
        addTitle({ line: l.index, title: displayTitle(title), evidence: 'posting' });
        continue;
      }
    }
    // A recruitment naming its class only in its opening sentence; the title must be clearly one.
    // Within the opening of the page (a job board puts its headline, dates and pay before the first sentence).
    const recruiting = !posting && l.index < 25 && !anchors.length ? RECRUITING.exec(l.folded) : null;
    const named = recruiting ? titleFromCandidate(recruiting[1]) : undefined;
    if (named && (checkTitle(named).strong || expandSeriesTitle(named))) {
      addTitle({ line: l.index, title: displayTitle(named), evidence: 'posting' });
      continue;
    }
    if (ARROW.test(l.folded) && l.folded.split(ARROW).length >= 2) {
      const steps = l.folded.replace(/^[-•*·\s]+/, '').split(ARROW).map((part) => LADDER_STEP.exec(part.trim())).filter((m): m is RegExpExecArray => !!m);
      const titled = steps.map((m) => ({ title: titleFromCandidate(m[1]), grade: m[2] ? gradeToken(m[2]) : undefined })).filter((x) => x.title);
      if (titled.length >= 2 && titled.length === steps.length) {
        titled.forEach((x, i) => ladder.push({ line: l.index, title: displayTitle(x.title!), grade: x.grade, evidence: 'ladder', row: true, next: titled[i + 1] ? displayTitle(titled[i + 1].title!) : undefined }));
        continue;
      }
    }
    // A table's header row ("Job Code | Job Title | Reports To") names columns: its cells are not labels and values.
    if (l.kind === 'table-row' && headerColumns(l.cells)) continue;
    const numbered = NUMBERED_TITLE.exec(l.folded);
    if (numbered && checkTitle(numbered[2]).strong && titleFromCandidate(numbered[2])) {
      add({ line: l.index, title: displayTitle(titleFromCandidate(numbered[2])!), evidence: 'title-label' });
      continue;
    }
    if (TITLE_LABEL_ALONE.test(ownLabel(l.folded)) || labelOnly(ownLabel(l.folded)) === 'title') {
      const next = lines.slice(l.index + 1).find(usable);
      const title = next && titleFromCandidate(withoutGluedLabel(next.folded).replace(CODE_IN_PARENS, '$1'));
      // A label without its colon ("Job Title") may be a header cell of a table stacked one cell per line: the
      // next line is its title only when it is clearly one, not the next header ("Scheduled Hours Per Week").
      const colon = /:\s*$/.test(l.folded);
      if (next && title && (colon || checkTitle(title).strong)) {
        addTitle({ line: l.index, title: displayTitle(title), evidence: 'title-label' });
        taken.add(next.index);
        continue;
      }
    }
    const caps = l.folded.length <= 600 ? [...l.folded.matchAll(CAPS_TITLE_CODE)].filter((m) => checkTitle(m[1]).strong) : [];
    if (caps.length) {
      for (const m of caps) addTitle({ line: l.index, title: displayTitle(m[1].trim()), code: m[2], evidence: 'title-with-code' });
      continue;
    }
    // Remarks in parentheses after the code ("... 3912 (C) (REV 11/16/23)": an exam type, a revision) are not the title's.
    const capsCode = CAPS_TITLE_THEN_CODE.exec(l.folded.length <= 160 ? l.folded.replace(/(?:\s*\([^()]{1,20}\))+\s*$/, '') : l.folded);
    if (capsCode && checkTitle(capsCode[1]).strong && /\d/.test(capsCode[2])) {
      addTitle({ line: l.index, title: displayTitle(capsCode[1].trim()), code: capsCode[2], evidence: 'title-with-code' });
      continue;
    }
    const labels = labelsOf(l);
    // "CLASS SERIES TITLE: Payroll Services Specialist I/II": a series label naming its levels names its classes.
    const seriesLabel = labels.find((x) => x.name === 'series');
    const seriesLevels = seriesLabel && !labels.some((x) => x.name === 'title') ? expandSeriesTitle(seriesLabel.value) : undefined;
    if (seriesLevels && checkTitle(seriesLevels.base).strong) {
      seriesLevels.levels.forEach((n, i) => add({ line: l.index, title: displayTitle(`${seriesLevels.base} ${n}`), series: { title: displayTitle(seriesLevels.base), level: i + 1 }, evidence: 'series-title' }));
      continue;
    }
    const titleValue = labels.find((x) => x.name === 'title');
    // "JOB TITLE: Deputy Clerk Grade 10 MC/1": the grade (and a code after it) written into the title's value.
    const inValue = titleValue ? GRADE_IN_VALUE.exec(titleValue.value) : null;
    const titleLabel = titleValue && inValue && checkTitle(inValue[1]).strong ? { ...titleValue, value: inValue[1] } : titleValue;
    if (titleLabel) {
      const series = expandSeriesTitle(titleLabel.value);
      const gradeLike = /^(?:grid|grade|range|band|level|step|class)\s+\S{1,6}$/i.test(titleLabel.value.trim());
      const title = gradeLike ? undefined : titleFromCandidate(titleLabel.value.replace(CODE_IN_PARENS, '$1')) ?? labelledTitle(titleLabel.value);
      const code = labels.find((x) => x.name === 'code');
      if (series && !code) {
        series.levels.forEach((n, i) => add({ line: l.index, title: displayTitle(`${series.base} ${n}`), series: { title: displayTitle(series.base), level: i + 1 }, evidence: 'series-title' }));
        continue;
      }
      // A label naming a working title that is not a job title ("Job Title: Court Administrative Support") under
      // a posting's headline that clearly is one: the headline is the class.
      const headline = title && !checkTitle(title).strong && !anchors.length ? titleAbove(lines, l.index, 4, taken) : undefined;
      if (headline && checkTitle(headline.title).strong) {
        addTitle({ line: headline.index, title: displayTitle(headline.title), evidence: 'heading' });
        continue;
      }
      if (title) {
        const inParens = CODE_IN_PARENS.exec(titleLabel.value);
        const valueCode = inValue?.[3] && /\d/.test(inValue[3]) ? inValue[3] : undefined;
        add({ line: l.index, title: displayTitle(title), code: code ? codeToken(code.value) : inParens?.[2] ?? hashCode(titleLabel.value) ?? valueCode, grade: titleLabel !== titleValue ? inValue![2] : undefined, evidence: 'title-label' });
        continue;
      }
    }
    // "PARAPROFESSIONAL I (GRADE 18):EDUCATION ...": a level's title with its grade opening a line, a heading glued on.
    const levelGrade = LEVEL_WITH_GRADE.exec(l.folded);
    if (levelGrade && checkTitle(levelGrade[1]).strong) {
      add({ line: l.index, title: displayTitle(levelGrade[1].trim()), grade: gradeToken(levelGrade[2]), evidence: 'title-with-code' });
      continue;
    }
    if (l.kind === 'paragraph' && l.folded.length > 90) continue;
    const cellText = l.cells.length > 1 && l.kind !== 'table-row' ? l.folded : l.cells.length > 1 ? '' : l.folded;
    // "• Construction Manager I (#4392)": a list of titles with their codes reads like lines of their own.
    const text = l.kind === 'list-item' ? cellText.replace(BULLET, '') : cellText;
    if (!text) continue;
    const codeAndGrade = PARENS_CODE_GRADE.exec(text);
    if (codeAndGrade && titleFromCandidate(codeAndGrade[1]) && checkTitle(codeAndGrade[1]).strong) {
      addTitle({ line: l.index, title: displayTitle(titleFromCandidate(codeAndGrade[1])!), code: codeAndGrade[2], grade: gradeToken(codeAndGrade[3]), evidence: 'title-with-code' });
      continue;
    }
    const paren = CODE_IN_PARENS.exec(text);
    if (paren && titleFromCandidate(paren[1]) && checkTitle(paren[1]).strong) {
      addTitle({ line: l.index, title: displayTitle(titleFromCandidate(paren[1])!), code: paren[2], evidence: 'title-with-code' });
      continue;
    }
    const labelled = LABELLED_CODE_THEN_TITLE.exec(text.replace(/\s+/g, ' ').trim());
    const labelledTitleText = labelled && titleFromCandidate(labelled[2]);
    if (labelled && labelledTitleText && checkTitle(labelledTitleText).strong) {
      addTitle({ line: l.index, title: displayTitle(labelledTitleText), code: labelled[1], evidence: 'title-with-code' });
      continue;
    }
    const before = CODE_THEN_TITLE.exec(text) ?? undefined;
    if (before && titleFromCandidate(before[2]) && checkTitle(before[2].replace(GRADE_IN_PARENS, '')).strong && l.kind !== 'list-item') {
      addTitle({ line: l.index, title: displayTitle(titleFromCandidate(before[2])!), code: before[1], grade: gradeInParens(before[2]), evidence: 'title-with-code' });
      continue;
    }
    const labelledAfter = TITLE_CLASS_CODE.exec(text);
    // "Job Class Code: 4521" is a label whose words end like this, not a title "Job".
    if (labelledAfter && !/^(?:job|position|title|classification|occupational)$/i.test(labelledAfter[1].trim()) && titleFromCandidate(labelledAfter[1]) && checkTitle(labelledAfter[1]).ok) {
      addTitle({ line: l.index, title: displayTitle(titleFromCandidate(labelledAfter[1])!), code: labelledAfter[2], evidence: 'title-with-code' });
      continue;
    }
    const after = TITLE_THEN_CODE.exec(text);
    if (after && titleFromCandidate(after[1]) && checkTitle(after[1]).strong) {
      addTitle({ line: l.index, title: displayTitle(titleFromCandidate(after[1])!), code: after[2], evidence: 'title-with-code' });
      continue;
    }
    const series = l.kind === 'heading' || l.kind === 'paragraph' ? expandSeriesTitle(capitalsRun(text)) : undefined;
    if (series && (l.kind === 'heading' || checkTitle(series.base).strong)) {
      series.levels.forEach((n, i) => add({ line: l.index, title: displayTitle(`${series.base} ${n}`), series: { title: displayTitle(series.base), level: i + 1 }, evidence: 'series-title' }));
    }
  }

  // A code label with no title of its own: the title is the clearly-titled line just above it.
  for (const l of lines) {
    if (!usable(l) || taken.has(l.index)) continue;
    const code = labelsOf(l).find((x) => x.name === 'code' && codeToken(x.value));
    if (!code) continue;
    // The class just above without a code of its own takes this one; one that has a code leaves it to a new title.
    const near = anchors.filter((a) => !a.row && a.line <= l.index && l.index - a.line <= 4).sort((a, b) => b.line - a.line)[0];
    if (near && !near.code) {
      near.code = codeToken(code.value);
      continue;
    }
    if (anchors.some((a) => !a.row && a.line > l.index && a.line - l.index <= 2)) continue;
    const above = titleAbove(lines, l.index, 4, taken);
    if (above) add({ line: above.index, title: displayTitle(above.title), code: codeToken(code.value), evidence: 'code-label' });
  }

  // Entries of one shape (a title line, its description, then its code label): a later title line followed by a
  // description in the same way is an entry too, though a text's cut came before its code.
  const entries = anchors.filter((a) => a.evidence === 'code-label');
  if (entries.length >= 2) {
    const described = (i: number) => {
      const next = lines.slice(i + 1).find(usable);
      return !!next && next.kind === 'paragraph' && next.folded.length > 80 && /^[A-Z]/.test(next.folded);
    };
    if (entries.every((a) => described(a.line))) {
      for (const l of lines.slice(entries[0].line + 1)) {
        if (!usable(l) || taken.has(l.index) || l.folded.length > 60 || !described(l.index)) continue;
        const t = titleFromCandidate(l.folded);
        if (t && t === l.folded.trim() && checkTitle(t).strong) add({ line: l.index, title: displayTitle(t), evidence: 'heading' });
      }
    }
  }

  const titled = seriesListUnderTitle(lines, anchors);
  if (titled) add(titled);
  for (const a of listedTitlesBesideCoded(lines, anchors)) add(a);

  for (const a of contentsAnchors(lines)) if (!anchors.some((b) => normalizeTitle(b.title) === normalizeTitle(a.title))) anchors.push(a);
  for (const a of stepScheduleRows(lines)) if (!anchors.some((b) => normalizeTitle(b.title) === normalizeTitle(a.title))) anchors.push(a);
  anchors.sort((a, b) => a.line - b.line);
  // A table with its header row in words is the document's list of classes; titles it repeats elsewhere (a
  // resolution's prose) are the same classes, and lines inside it are not classes of their own.
  const worded = [...wordHeaderRows(lines), ...columnBlockRows(lines)].sort((a, b) => a.line - b.line);
  if (worded.length) {
    const inside = (a: ClassAnchor) => worded.some((w) => w.line === a.line);
    return { anchors: dedupe([...worded, ...anchors.filter((a) => !inside(a) && worded.some((w) => normalizeTitle(w.title) === normalizeTitle(a.title)))]) };
  }
  const listed = headedTitleColumn(lines, text);
  if (listed.length) return { anchors: dedupe(listed) };
  if (!anchors.length && ladder.length) return { anchors: dedupe(ladder) };
  const json = anchors.length ? undefined : jsonRecordAnchor(lines, text);
  if (json) return { anchors: [json] };
  const levels = anchors.length ? [] : levelListAnchors(lines);
  if (levels.length) return { anchors: dedupe(levels) };
  if (!anchors.length) {
    const column = labelColumnTitle(lines);
    if (column) add({ line: column.line, title: displayTitle(column.title), evidence: 'title-label' });
  }
  if (!anchors.length) {
    const row = lines.filter(usable).slice(0, 20).map((l) => ({ l, title: labelRowTitle(l.folded) })).find((x) => x.title);
    if (row) add({ line: row.l.index, title: displayTitle(row.title!), evidence: 'title-label' });
  }
  if (!anchors.length) for (const a of codeCapsAnchors(lines)) add(a);
  if (!anchors.length) for (const a of inlineTitleCodeAnchors(lines)) add(a);
  if (!anchors.length) {
    const inRun = titleLabelInRun(lines);
    if (inRun) add(inRun);
  }
  if (!anchors.length) {
    // The line a text's cut ends on, when the text stops without a line break.
    const cut = text && !text.endsWith('\n') ? lines[lines.length - 1]?.index ?? -1 : -1;
    const rows = tableAnchors(lines, cut);
    if (rows.length) return { anchors: dedupe(rows) };
    const coded = codeRowAnchors(lines);
    if (coded.length) return { anchors: dedupe(coded) };
    const inline = inlinePlanAnchors(lines);
    if (inline.length) return { anchors: dedupe(inline) };
    const inlineHeaded = inlineHeaderRows(lines);
    if (inlineHeaded.length) return { anchors: dedupe(inlineHeaded) };
    const columns = codeRunThenTitles(lines);
    if (columns.length) return { anchors: dedupe(columns) };
    const valueColumns = valueRunThenTitles(lines);
    if (valueColumns.length) return { anchors: dedupe(valueColumns) };
    const cycled = cycleRows(lines);
    if (cycled.length) return { anchors: dedupe(cycled) };
    const numbered = numberedStackedRows(lines);
    if (numbered.length) return { anchors: dedupe(numbered) };
    const listed = titleListAnchors(lines);
    if (listed.length) return { anchors: dedupe(listed) };
    const inlineLevels = inlineLevelAnchors(lines);
    if (inlineLevels.length) return { anchors: dedupe(inlineLevels) };
  }

  if (!anchors.length) {
    const opening = openingCapitalsTitle(lines, text);
    if (opening) add({ ...opening, evidence: 'heading' });
  }
  // Nothing else named the class: a clear job title before the first known section (a posting's or a page's
  // title line), else a heading just above that section.
  if (!anchors.length) {
    // A page's title naming a section's words among many others ("Albany Civil Service Job Description Reference
    // Guide") is not the first section.
    const sectionHeading = (l: LaidLine) => l.folded.trim().split(/\s+/).length <= 6 || /:\s*$/.test(l.folded) || l.folded === l.folded.toUpperCase();
    // A title with the document's kind after it ("Groundskeeper I/II Job Description") is the title, not a section.
    const titled = (l: LaidLine) => checkTitle(l.folded).strong || checkTitle(titleFromCandidate(l.folded) ?? '').strong;
    const first = lines.find((l) => l.kind === 'heading' && sectionKind(l.folded) !== 'other' && !titled(l) && sectionHeading(l));
    const limit = first ? first.index : Math.min(lines.length, 40);
    const before = lines.slice(0, limit).filter((l) => usable(l) && !/:\s*$/.test(l.folded) && l.kind !== 'label' && l.kind !== 'list-item' && l.folded.length <= 90);
    const strong = before.find((l) => {
      const t = titleFromCandidate(l.cells.length > 1 ? l.cells[0] : l.folded);
      return t && checkTitle(t).strong && (l.kind === 'heading' || before.indexOf(l) < 6 || l.folded === l.folded.toUpperCase());
    });
    if (!strong) {
      for (const l of lines.slice(0, Math.max(limit, 3)).filter(usable).slice(0, 4)) {
        const t = titleAfterEmployer(l.folded);
        if (t) {
          addTitle({ line: l.index, title: displayTitle(t), evidence: 'heading' });
          break;
        }
      }
    }
    const pick = anchors.length ? undefined : strong ?? (first ? (() => { const a = titleAbove(lines, first.index, 3, taken); return a ? lines[a.index] : undefined; })() : undefined);
    const title = pick && titleFromCandidate(pick.cells.length > 1 ? pick.cells[0] : pick.folded);
    const series = title ? expandSeriesTitle(title) : undefined;
    if (pick && title && alternativeTitles(title).length > 1) addTitle({ line: pick.index, title, evidence: 'heading' });
    else if (pick && series) {
      series.levels.forEach((n, i) => add({ line: pick.index, title: displayTitle(`${series.base} ${n}`), series: { title: displayTitle(series.base), level: i + 1 }, evidence: 'series-title' }));
    } else if (pick && title) {
      add({ line: pick.index, title: displayTitle(title), grade: trailingGrade(pick.folded), code: hashCode(pick.folded), evidence: 'heading' });
      // Titles stacked above one specification ("PLANNER I" / "PLANNER II") all share its body.
      for (let i = pick.index + 1; i < limit; i++) {
        const l = lines[i];
        if (!usable(l)) continue;
        const t = titleFromCandidate(l.folded);
        if (!t || !checkTitle(t).strong || l.kind !== 'heading' || !/\b(?:I{1,3}|IV|V|\d)$/.test(t)) break;
        add({ line: pick.index, title: displayTitle(t), evidence: 'heading' });
      }
      // Other levels of the same series on lines of their own further down ("Administrative Assistant 2", then
      // its text, then "Administrative Assistant 3"): each is a class with the text under it.
      const level = /^(.+) (I{1,3}|IV|VI?|\d{1,2})$/.exec(title);
      for (const l of level ? lines.slice(pick.index + 1) : []) {
        if (!usable(l) || l.kind === 'list-item' || l.folded.length > 60) continue;
        const other = /^(.+) (I{1,3}|IV|VI?|\d{1,2}):?$/.exec(l.folded.trim());
        if (other && other[1].toLowerCase() === level![1].toLowerCase() && other[2] !== level![2]) add({ line: l.index, title: displayTitle(`${other[1]} ${other[2]}`), evidence: 'heading' });
      }
    }
  }

  if (!anchors.length) {
    const series = seriesSentence(lines);
    if (series) addTitle(series);
  }
  if (!anchors.length) {
    const defined = definingSentence(lines);
    if (defined) add(defined);
  }

  anchors.sort((a, b) => a.line - b.line);
  const unique = dedupe(withoutPostingOverLevels(anchors));
  if (unique.length) return { anchors: unique };
  return { anchors: [], reason: refusal(lines) };
}

/**
 * A specification whose title line names one class, listing its series further down, each member on its own line
 * with its code ("Assistant Airport Manager" ... "The complete series includes: / Assistant Airport Manager (Class
 * No. 005520) / Airport Manager (Class No. 005500)"): the listed lines are rows (codes only), and the text is the
 * titled class's, from its title line on. Returns that class's anchor; marks the rows in place.
 */
function seriesListUnderTitle(lines: LaidLine[], anchors: ClassAnchor[]): ClassAnchor | undefined {
  const usableLines = lines.filter(usable);
  const head = usableLines.slice(0, 3).find((l) => !anchors.some((a) => a.line === l.index) && l.folded.length <= 90);
  if (!head) return undefined;
  const headTitle = titleFromCandidate(head.folded);
  if (!headTitle) return undefined;
  const position = new Map(usableLines.map((l, i) => [l.index, i]));
  const coded = anchors.filter((a) => a.evidence === 'title-with-code' && !a.row && a.line > head.index).sort((a, b) => a.line - b.line);
  // Runs of listed members: anchors on consecutive usable lines, one per line.
  const runs: ClassAnchor[][] = [];
  for (const a of coded) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && position.get(a.line)! - position.get(last.line)! === 1) run.push(a);
    else if (!last || a.line !== last.line) runs.push([a]);
  }
  const run = runs.find((r) => r.length >= 2 && r.some((a) => normalizeTitle(a.title) === normalizeTitle(headTitle)));
  if (!run) return undefined;
  const member = run.find((a) => normalizeTitle(a.title) === normalizeTitle(headTitle))!;
  for (const a of run) a.row = true;
  return { line: head.index, title: member.title, code: member.code, grade: member.grade, evidence: 'heading' };
}

/**
 * A bulleted list of titles, two or more with their codes ("• Construction Manager I (#4392)"): it is a list of
 * classes, so its other items that are clearly job titles ("• Senior Accountant") are classes too, and every
 * listed class is a row (the group names and notes between items are no class's text).
 */
function listedTitlesBesideCoded(lines: LaidLine[], anchors: ClassAnchor[]): ClassAnchor[] {
  const coded = anchors.filter((a) => a.evidence === 'title-with-code' && lines[a.line]?.kind === 'list-item');
  if (coded.length < 2) return [];
  const [first, last] = [Math.min(...coded.map((a) => a.line)), Math.max(...coded.map((a) => a.line))];
  for (const a of coded) a.row = true;
  const out: ClassAnchor[] = [];
  // From a few lines before the first coded item to a few after the last: the same list.
  for (const l of lines.slice(Math.max(0, first - 4), last + 5)) {
    if (l.kind !== 'list-item' || anchors.some((a) => a.line === l.index)) continue;
    const item = l.folded.replace(BULLET, '').trim();
    const title = item.length <= 60 && !/[.:;]$/.test(item) ? titleFromCandidate(item) : undefined;
    if (title && title === item && checkTitle(title).strong && endsLikeTitle(title)) out.push({ line: l.index, title: displayTitle(title), evidence: 'table-row', row: true });
  }
  return out;
}

/** "The Parking Enforcement Officer is a paraprofessional class responsible for ...": a sentence defining the class. */
/** "Plant Operator I/II/III is a flexibly staffed class series": a sentence naming the series by its combined title. */
const SERIES_SENTENCE = /(?:^|[.:]\s+)(?:The\s+)?([A-Z][\w'&-]*(?:\s[A-Z][\w'&-]*){0,5}\s(?:I{1,3}|IV|VI?)(?:\s?\/\s?(?:I{1,3}|IV|VI?))+)\s+(?:is|are)\s+(?:a|an|the)\s+(?:[a-z-]+\s){0,3}(?:class(?:ification)?\s+)?series\b/;

/** With no other evidence, the combined title of the one series a sentence names; its text is the whole page. */
function seriesSentence(lines: LaidLine[]): ClassAnchor | undefined {
  const found = lines.filter(usable).slice(0, 40).flatMap((l) => {
    const m = SERIES_SENTENCE.exec(l.folded);
    return m && expandSeriesTitle(m[1]) ? [m[1]] : [];
  });
  const first = lines.find(usable);
  return found.length && first && new Set(found.map(normalizeTitle)).size === 1 ? { line: first.index, title: found[0], evidence: 'heading' } : undefined;
}

/** "The OFFICE SPECIALIST 1 performs general office work ...": the class named in capitals as a sentence's subject. */
const DEFINING_CAPITALS = /(?:^|[.:]\s+)The ((?:[A-Z][A-Z'&/-]+\s){0,5}[A-Z][A-Z'&/-]+(?:\s(?:I{1,3}|IV|VI?|\d))?)\s+(?=[a-z]{3,}\b)/;
const DEFINING = /(?:^|[.:]\s+)The ((?:[A-Z][\w'&/-]*\s){0,5}[A-Z][\w'&/-]*(?:\s(?:I{1,3}|IV|VI?|\d))?) is (?:a|an|the) (?:[a-z-]+\s){0,3}(?:class|classification|job class)\b/;

/**
 * A page whose title line was lost names its class only in the sentence defining it. With no other evidence, that
 * sentence's subject is the class when it is clearly a job title; one such sentence only (two would be a list of
 * other classes).
 */
function definingSentence(lines: LaidLine[]): ClassAnchor | undefined {
  const found = lines.filter(usable).slice(0, 40).flatMap((l) => {
    const m = DEFINING.exec(l.folded) ?? DEFINING_CAPITALS.exec(l.folded);
    const t = m ? titleFromCandidate(m[1]) : undefined;
    return t && checkTitle(t).strong ? [{ title: t }] : [];
  });
  const titles = new Set(found.map((f) => normalizeTitle(f.title)));
  // The whole page is the class's text (the sentence itself is read for its fields, not passed over as a title line).
  const first = lines.find(usable);
  if (titles.size !== 1 || !first) return undefined;
  // The page's one code label ("Classification Number: 0103") is this class's code.
  const codes = lines.filter(usable).slice(0, 40).flatMap((l) => labelsOf(l).filter((x) => x.name === 'code').map((x) => codeToken(x.value))).filter(Boolean);
  return { line: first.index, title: displayTitle(found[0].title), code: codes.length === 1 ? codes[0] : undefined, evidence: 'heading' };
}

function refusal(lines: LaidLine[]): string {
  const headings = lines.filter((l) => l.kind === 'heading').map((l) => l.folded.slice(0, 40));
  const labels = lines.flatMap((l) => labelsOf(l).map((x) => x.label.trim())).slice(0, 8);
  const seen = [
    headings.length
      ? `headings ${headings.slice(0, 8).map((h) => `"${h}"`).join(', ')}`
      : `no headings (first lines ${lines.filter(usable).slice(0, 3).map((l) => `"${l.folded.slice(0, 40)}"`).join(', ')})`,
    labels.length ? `labels ${[...new Set(labels)].map((h) => `"${h}"`).join(', ')}` : 'no labels',
  ].join('; ');
  return `no job class was recognized: ${seen}; missing a class title (a "Class Title:" label, a title with its class code, a job title above the first section, or a table of classes)`;
}

/**
 * "ACCOUNT CLERK" above "Account Clerk I", "Account Clerk II": a bare title that two or more listed titles extend
 * with a level numeral names their series, not a class of its own (unless it has a code or grade of its own).
 */
function withoutSeriesNames(anchors: ClassAnchor[]): ClassAnchor[] {
  const keys = anchors.map((a) => normalizeTitle(a.title));
  return anchors.filter((a, i) => {
    if (a.code || a.grade) return true;
    const levels = keys.filter((k) => k.startsWith(`${keys[i]}-`) && /^(?:i{1,3}|iv|vi?|\d{1,2})$/.test(k.slice(keys[i].length + 1)));
    return levels.length < 2;
  });
}

/**
 * Whether an acronym abbreviates words: its letters in order, each word's initial among them ("WWTP" for
 * "Wastewater Treatment Plant", "HR" for "Human Resources").
 */
export function abbreviates(acronym: string, words: string[], at = 0, word = 0): boolean {
  if (word === words.length) return at === acronym.length;
  const w = words[word].toLowerCase();
  const letter = (i: number) => acronym[i]?.toLowerCase();
  if (!w || letter(at) !== w[0]) return false;
  // A compound word may give a second letter ("wastewater" gives "ww").
  return abbreviates(acronym, words, at + 1, word + 1) || (!!letter(at + 1) && w.slice(1).includes(letter(at + 1)!) && abbreviates(acronym, words, at + 2, word + 1));
}

/** The title among `titles` that "WWTP Operator II" abbreviates ("Wastewater Treatment Plant Operator II"). */
export function spelledOut(title: string, titles: string[]): string | undefined {
  const m = /^([A-Z]{2,6}) (.+)$/.exec(title.trim());
  if (!m) return undefined;
  return titles.find((t) => t.toLowerCase().endsWith(` ${m[2].toLowerCase()}`) && t.length > title.length && abbreviates(m[1], t.slice(0, -m[2].length - 1).split(' ')));
}

/** "WWTP Operator II" beside "Wastewater Treatment Plant Operator II": the abbreviated title is the same class. */
function withoutAbbreviations(anchors: ClassAnchor[]): ClassAnchor[] {
  return anchors.filter((a) => {
    const m = /^([A-Z]{2,6}) (.+)$/.exec(a.title);
    if (!m) return true;
    const full = anchors.find((b) => b !== a && b.title.endsWith(` ${m[2]}`) && abbreviates(m[1], b.title.slice(0, -m[2].length - 1).split(' ')));
    if (!full) return true;
    full.code ??= a.code;
    full.grade ??= a.grade;
    return false;
  });
}

/**
 * "ParaProfessional- ESE" (a posting's headline) above "Paraprofessional I (Grade 18)" and "... II (Grade 19)": the
 * headline names the recruitment; the levels it opens to are the classes.
 */
function withoutPostingOverLevels(anchors: ClassAnchor[]): ClassAnchor[] {
  const levels = anchors.filter((a) => a.evidence !== 'posting' && /\s(?:I{1,3}|IV|VI{0,3}|\d)$/.test(a.title));
  return anchors.filter((a) => {
    if (a.evidence !== 'posting') return true;
    const head = normalizeTitle(a.title).split('-')[0];
    return levels.filter((l) => normalizeTitle(l.title).split('-')[0] === head).length < 2;
  });
}

/** One class named twice (a heading and a label, a running header, two ladders) is one class. */
/** "BUILDING INSPECTOR 11" beside "BUILDING INSPECTOR I": an OCR's reading of the numeral II (111 of III). */
function withOcrNumerals(anchors: ClassAnchor[]): ClassAnchor[] {
  const ROMAN_OF: Record<string, string> = { '11': 'II', Il: 'II', lI: 'II', '1I': 'II', I1: 'II', '111': 'III', IIl: 'III', lII: 'III' };
  return anchors.map((a) => {
    const m = /^(.+) (11|Il|lI|1I|I1|111|IIl|lII)$/.exec(a.title);
    if (!m || !anchors.some((b) => b !== a && new RegExp(`^${m[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (?:I{1,3}|IV|VI?)$`, 'i').test(b.title))) return a;
    return { ...a, title: `${m[1]} ${ROMAN_OF[m[2]]}` };
  });
}

function dedupe(input: ClassAnchor[]): ClassAnchor[] {
  const anchors = withoutAbbreviations(withoutSeriesNames(withOcrNumerals(input)));
  const unique: ClassAnchor[] = [];
  const byTitle = new Map<string, ClassAnchor>();
  for (const a of anchors) {
    // A second title label right under the first ("TITLE: X" then "CLASSIFICATION: Y") describes the same class.
    const prev = unique[unique.length - 1];
    if (a.evidence === 'title-label' && prev && !prev.row && !prev.series && a.line > prev.line && a.line - prev.line <= 3) continue;
    const key = normalizeTitle(a.title);
    const same = byTitle.get(key);
    if (same) {
      same.code ??= a.code;
      same.grade ??= a.grade;
      same.next ??= a.next;
      continue;
    }
    byTitle.set(key, a);
    unique.push(a);
  }
  return unique;
}
