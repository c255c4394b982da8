/**
 * A line as a title candidate: what to cut from it (employers, remarks, codes, the document's kind) and when it reads as a title.
 */
import { BLANKS, trimSets } from '../text-trim';
import { type LaidLine } from '../layout/layout-lines';
import { sectionKind } from '../layout/section-kinds';
import { checkTitle, displayTitle, DISTRICT_INITIALS, endsWithJobNoun, isNotTitle, jobNounWord } from './title-words';
import { usable } from './anchor';
import { readLabels, titleOverUnit } from './labels';
import { expandSeriesTitle, repeatedCoreTitles } from './series-titles';

/** A department or duty named after a title's dash. */
// Two departments joined ("Parks & Recreation"), or a department's own word; one word alone ("Water",
// "Bilingual") may be a variant class of its own, so it stays.
export const ASSIGNMENT = /^\S+(?:\s+\S+)*\s+(?:&|and)\s+\S+|^(?:\S+\s+)+(?:department|division|office|services|operations)$/i;
/**
 * A label a conversion glued to the end of the text before it ("EmployeePosition Title:", "12/19/2025Job Title:"):
 * the label, else the line itself.
 */
export const GLUED_LABEL = /(?:[a-z\d)]|\b(?:I{1,3}|IV|VI{0,3}))([A-Z][a-z][A-Za-z /#&.-]{0,29}:)\s*$/;
export const ownLabel = (folded: string) => GLUED_LABEL.exec(folded)?.[1] ?? folded;
/** A value with the next label glued to its end ("Court Operations SpecialistJob Description:") loses the label. */
export const withoutGluedLabel = (folded: string) => folded.replace(GLUED_LABEL, (whole, label: string) => whole.slice(0, whole.length - label.length - (whole.length - whole.trimEnd().length)));

/** "City Manager (Pay Code 960)", "Buyer (Range 16.5)": a grade in a title's parentheses. */
export const GRADE_IN_PARENS = /\(\s*(?:pay\s+code|pay\s+grade|salary\s+grade|grade|pay\s+range|salary\s+range|range|band|r)\s*[:#]?\s*([A-Z]{0,2}-?\d{1,3}(?:[.\s]\d)?[A-Z]?|[IVX]{1,5})\s*\)\s*$/i;
export const gradeInParens = (text: string) => GRADE_IN_PARENS.exec(text)?.[1].replace(/\s+/, '.');

/** "Summary of Duties", "Duty Statement": the kind of document a policy's page is, before the title it describes. */
const DUTIES_DOCUMENT = String.raw`(?:summary\s+of\s+duties|duty\s+statement|statement\s+of\s+duties)`;
export const DUTIES_DOCUMENT_FIRST = new RegExp(String.raw`^${DUTIES_DOCUMENT}\b`, 'i');
const DUTIES_DOCUMENT_BEFORE_TITLE = new RegExp(String.raw`^(?:\d{1,5}\s*[-–]\s*)?${DUTIES_DOCUMENT}\s*[-–:]\s+(?=[A-Z])`, 'i');

export const ORGANIZATION_NAME = /\b(?:district|county|city|town|village|township|borough|parish|state|university|college|court|authority|department|agency|commission|board|government|schools?|trust|council|office|police|sheriff|transit|utilities|library)\b/i;

/** "SAN BERNARDINO COMMUNITY COLLEGE DISTRICT GROUNDS CARETAKER Class specifications are ...": the capitals after an employer's name. */
export function titleAfterEmployer(line: string): string | undefined {
  // The run ends before a word in small letters, or a numbered heading ("... CONSERVATION OFFICER QUALIFICATIONS 1. CHARACTER").
  const run = /^([A-Z][A-Z&,.'/ -]{5,140}?)(?=\s+[A-Z][a-z]|\s+\d{1,2}\.\s+[A-Z]|$)/.exec(line.trim())?.[1];
  if (!run) return undefined;
  // A first section's heading may close the run too ("... ANALYST III DEFINITION The ...").
  const m = /^(?:.*\b(?:DISTRICT|COUNTY|CITY|COLLEGE|UNIVERSITY|COURT|STATE|AUTHORITY|DEPARTMENT|BOARD|COMMISSION|SCHOOLS?|TRANSIT|GOVERNMENT|CORPORATION))\s+(.{3,140})$/.exec(run.trim().replace(/(?<!\b(?:JOB|POSITION|CLASS|CLASSIFICATION))\s+(?:DEFINITION|DESCRIPTION|SUMMARY|PURPOSE|CONCEPT|GENERAL STATEMENT|QUALIFICATIONS)$/, ''));
  // The kind of document may close the line ("... GROUNDS CARETAKER JOB DESCRIPTION").
  const rest = m?.[1].replace(/\s+[A-Z]$/, '').replace(/\s+(?:JOB|POSITION|CLASS(?:IFICATION)?)\s+(?:DESCRIPTION|SPECIFICATION|PROFILE)$/, '').trim();
  // Several titles of one series run together ("... ANALYST I INFORMATION SYSTEMS ANALYST II ...") count as well.
  return rest && ((rest.length <= 70 && checkTitle(rest).strong) || repeatedCoreTitles(rest)) ? rest : undefined;
}

/**
 * "Alabama Department of Transportation Transportation Maintenance Technician I in Montgomery, Alabama": a job
 * board's headline, the employer, the title and where. The title is what follows the shortest run of words that
 * names an organization and does not end on a joining word.
 */
const JOB_BOARD_HEADLINE = /^(.{5,140}?)\s+in\s+[A-Z][\w.' -]{1,30},\s+(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[A-Z]{2})$/;
/** "City of Sandpoint, ID is hiring: Accounting Specialist in Sandpoint": a job board's headline in a sentence. */
const IS_HIRING = /\bis hiring:?\s+(.{3,80}?)(?:\s+in\s+[A-Z][\w .'-]{1,30})?$/;

/**
 * "JOB DESCRIPTION: School Nutrition Food Service Assistant", "Person Specification - Director", "Candidate
 * Information Booklet - Administrative Officer (Grade VII)": a page naming its kind, then what it describes after a
 * colon or a dash; "Job Details for Generalist Deputy Clerk", a job board's headline. ("Job Standard for X" is read by
 * titleFromCandidate.)
 */
const DESCRIPTION_OF = /^(?:job description|job posting|vacancy|job opening|(?:person|job|role)\s+(?:specification|profile|description)|career information|candidate information(?:\s+(?:booklet|pack))?|(?:recruitment|application)\s+(?:pack|booklet)|employment opportunity)\s*(?::|\s[-–—])\s*(.{3,80})$|^(?:job|position|vacancy)\s+details\s+for\s+(?:the\s+|an?\s+)?(.{3,80})$/i;

export function titleInJobHeadline(line: string): string | undefined {
  const described = DESCRIPTION_OF.exec(line.trim());
  const hiring = IS_HIRING.exec(line.replace(/\s+/g, ' ').trim()) ?? (described ? [described[0], described[1] ?? described[2]] : null);
  // A grade in parentheses after the title ("Administrative Officer (Grade VII)") is no part of it.
  const named = hiring ? titleFromCandidate(hiring[1]) : undefined;
  if (named && checkTitle(named).strong && (named === hiring![1] || hiring![1].replace(GRADE_IN_PARENS, '').trim() === named)) return named;
  const m = JOB_BOARD_HEADLINE.exec(line.replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const words = m[1].split(' ');
  // "... Department of Natural Resources Natural Resources Technician II": where the employer's last words come
  // again, the title begins.
  for (let k = 2; k < words.length; k++) {
    for (let n = Math.min(k, words.length - k) - 1; n >= 1; n--) {
      const title = words.slice(k).join(' ');
      if (words.slice(k - n, k).join(' ').toLowerCase() === words.slice(k, k + n).join(' ').toLowerCase() && checkTitle(title).strong && titleFromCandidate(title) === title) return title;
    }
  }
  for (let k = 2; k < words.length; k++) {
    const employer = words.slice(0, k).join(' ');
    const title = words.slice(k).join(' ');
    if (/^(?:of|and|the|for|&)$/i.test(words[k - 1]) || /^(?:of|and|the|for|&)$/i.test(words[k])) continue;
    if (ORGANIZATION_NAME.test(employer) && checkTitle(title).strong && titleFromCandidate(title) === title) return title;
  }
  return undefined;
}

/** Words naming an employee category before a title ("CLASSIFIED INSTRUCTIONAL ASSISTANT"), not part of it. */
export const CATEGORY_WORD = /^(?:classified|unclassified|certificated|confidential|management|represented)$/i;

/**
 * A text flattened into one paragraph that opens with its title and first heading in capitals ("CLASSIFIED
 * INSTRUCTIONAL ASSISTANT OVERALL JOB PURPOSE STATEMENT Under the direction ..."): the capitals before the words
 * of a known section are the title (without a category word before it, or the section's number after it) when
 * the text names that title again ("the job of Instructional Assistant is").
 */
export function openingCapitalsTitle(lines: LaidLine[], text: string): { line: number; title: string } | undefined {
  const first = lines.find(usable);
  // A level's number may close the title ("MECHANIC 1 JOB DESCRIPTION GENERAL DESCRIPTION Under ...").
  const m = first && /^([A-Z][A-Z'&/.-]*(?: (?:[A-Z][A-Z'&/.-]*|\d{1,2})){2,14})(:?)(?= [A-Z][a-z])/.exec(first.folded.trim());
  const run = m?.[1];
  if (!run) return undefined;
  // The section's words closed by a colon ("... OPERATOR DISTINGUISHING FEATURES OF THE CLASS: The work ...") are a
  // label: the title before them needs no second mention.
  const labelled = m[2] === ':';
  const words = run.split(' ');
  const lower = text.toLowerCase();
  for (let k = 2; k < words.length; k++) {
    // A level's number stays with the title before it, never opens a numbered section.
    if (/^\d{1,2}$/.test(words[k]) || sectionKind(words.slice(k).join(' ')) === 'other') continue;
    let head = words.slice(0, k);
    // "ACADEMIC DEPARTMENT ASSOCIATE I. DEFINITION": the section's number before its heading.
    if (/^(?:[IVX]{1,4}|\d{1,2})\.$/.test(head[head.length - 1])) head = head.slice(0, -1);
    while (head.length > 1 && CATEGORY_WORD.test(head[0])) head = head.slice(1);
    const title = displayTitle(head.join(' '));
    const at = lower.indexOf(title.toLowerCase());
    if (head.length >= 2 && checkTitle(title).strong && at >= 0 && (labelled || lower.indexOf(title.toLowerCase(), at + title.length) > 0)) return { line: first!.index, title };
  }
  return undefined;
}

/** A "Title:" label is evidence enough: its value is the title unless it reads as a sentence or a code. */
export function labelledTitle(value: string): string | undefined {
  const v = value.replace(/\s+/g, ' ').trim();
  if (v.length < 3 || v.length > 90 || /[.;!?]\s|[.;!?]$/.test(v) || !/^[A-Z]/.test(v) || !/[a-z]{2}|[A-Z]{3}/.test(v)) return undefined;
  const words = v.split(' ').filter((w) => !/^(?:of|and|the|for|in|on|to|a|an|or|with|&|-|–)$/i.test(w));
  if (isNotTitle(v) || words.filter((w) => /^[A-Z0-9(]/.test(w)).length < Math.ceil(words.length / 2)) return undefined;
  return v;
}

/** "ENGINEERING TECHNICIAN, GRADE 8", "Clerk II - Range 14": a grade written after the title on its line. */
// "Custodian I- Paygrade A": a dash glued to the title, the grade a letter alone.
// "Office Administrative Assistant II Salary Grade IV": a grade may be a roman numeral too.
export const TRAILING_GRADE = /(?:,| [-–—]|-)? (?:pay ?|salary )?(?:grade|range|band) ([A-Z]{0,2}-?\d{1,3}[A-Z]?|I{2,3}|IV|VI{1,3}|IX|[A-Z])$/i;
// "Senior Staff Officer (Grade VI)": the same in parentheses.
export const trailingGrade = (line: string) => TRAILING_GRADE.exec(line.replace(/\s+/g, ' ').trim())?.[1] ?? gradeInParens(line.trim());

/**
 * A title in capitals followed on its line by words in title case ("COURT CLERK I/II North Division, Main
 * Branch"): the capitals are the title, the rest names a place or a remark. A word glued before the capitals
 * ("DescriptionCOURT CLERK") is a heading that lost its line break.
 */
export function capitalsRun(raw: string): string {
  const glued = /^[A-Z][a-z]{2,20}(?=[A-Z]{2,}\b)/.exec(raw.trim())?.[0];
  const t = glued && sectionKind(glued) !== 'other' ? raw.trim().slice(glued.length) : raw.trim();
  // "HUMAN RESOURCES ADMINISTRATOR (SC - LABOR RELATIONS) Non-Union ...": a remark in parentheses after the capitals.
  // "BUS OPERATOR - Requirements Test": a page's note after a dash. "MAINTENANCE WORKER- Parks": a dash glued to
  // the capitals joins the words after it to the title.
  const m = /^([A-Z][A-Z'&/.-]*(?: (?:[A-Z][A-Z'&/.-]*|of|and|&))*) (?:\([^()]{1,60}\) |[-–—] )?(?=[A-Z][a-z])/.exec(t);
  return m && !/-$/.test(m[1]) && m[1].split(' ').length >= 2 && checkTitle(m[1]).strong ? m[1] : t;
}

/**
 * "Account Clerk I B 27 288.30 347.15": a schedule letter, a range and its rates after a title are the row's columns
 * run onto it. The range counts only when a rate with cents follows it, so a title ending in a number ("Clerk 2")
 * keeps it. Applied to a row's text (at most a line), so the open start costs nothing.
 */
const RANGE_AND_RATES = /\s+(?:[A-Z]{1,2}\s)?(\d{1,3}[A-Z]?)\s\$?\d{1,3}(?:,?\d{3})*\.\d{2}(?:\s\$?[\d,.]+)*$/;
/** "Accountant II NEX MAR10_9 $26.09 $32.98 ...": the FLSA status, a grade written with an underscore, then dollar rates. */
const FLSA_GRADE_RATES = /\s+(?:N?EX|NE|E|N)\s+([A-Z]{1,4}\d{1,3}(?:_\d{1,2})?[A-Z]?)\s+\$\d[\d,]*\.\d{2}(?:\s+\$[\d,.]+)*$/;
export function splitRangeAndRates(text: string): { title: string; grade: string } | undefined {
  const squashed = text.replace(/\s+/g, ' ').trim();
  const m = text.length <= 200 ? RANGE_AND_RATES.exec(squashed) ?? FLSA_GRADE_RATES.exec(squashed) : null;
  return m ? { title: squashed.slice(0, m.index), grade: m[1] } : undefined;
}

/**
 * "Occupancy Specialist #730": a class code written with "#" after the title; "Road Maintenance Worker RD/14-605":
 * a department's letters and the class's number after a slash (a level pair such as "II/III" is no code).
 */
export const HASH_CODE = / (?:(?:[-–—] )?(?:[A-Z]{1,3})?#\s?([A-Z]{0,3}\d{2,6}[A-Z]?)|(?!(?:I{1,3}|IV|VI{0,3})\/)([A-Z]{2,3}\/(?:\d{2,3}-\d{2,4}|\d|[A-Z])))$/;
export const hashCode = (text: string) => {
  const m = HASH_CODE.exec(text.replace(/\s+/g, ' ').trim());
  return m ? m[1] ?? m[2] : undefined;
};

/** A unit named by its kind only: "Court", "Circuit Court", "Police Department", "Public Works Department". */
export const GENERIC_UNIT = /^(?:(?:circuit|district|superior|municipal|juvenile|family|probate|county|police|fire|building|public works|parks|recreation|finance|water|wastewater|utilities|transit|library|streets?|drainage|communications|records|engineering|planning|maintenance)\s+)*(?:court|department|dept\.?|division|office|unit|section|services)$/i;
const SHIFT = /\s+(?:[-–]\s+)?(?:(?:1st|2nd|3rd|first|second|third|night|day|evening|swing|late)\s+shift|shift\s+\d)$/i;

/** The end of a unit's name: an office, a department, a court, or a division by its number ("COA DIV I"). */
const UNIT_END = /\b(?:office|department|division|unit|section|services|bureau|court|center|div(?:\.|ision)?\s+(?:I{1,3}|IV|V|\d{1,2}))$/i;

/**
 * "TWDB - 26-22: Environmental Protection Specialist I-III": an agency's initials and a posting's number before the
 * title; "#63798 PARKING ENFORCEMENT OFFICER": an examination's number.
 */
export const POSTING_NUMBER_PREFIX = /^(?:(?:[A-Z]{2,8}\s*[-–]\s*)?\d{2,4}-\d{2,6}\s*:|#\s?\d{3,8})\s+(?=[A-Z])/;

/** A title, then (no space between) a heading or a document's kind: a capital straight after a lower-case letter or a level numeral. */
const GLUED_HEADING = /^(.{3,80}?(?:[a-z]|\s(?:I{1,3}|IV|VI{0,3})))((?:Position|Job|Class)\s(?:Description|Summary|Purpose|Overview)|POSITION\sDESCRIPTION|JOB\sDESCRIPTION|Description|DESCRIPTION|Summary|SUMMARY|Definition|DEFINITION|Resolution|RESOLUTION|Ordinance|ORDINANCE)$/;

const PLACE_OFFICE = /^([A-Z][\w'.-]{1,30}(?:\s[A-Z][\w'.-]{1,30})?)\s+((?:township|county|city|village|town|borough)\s+(?:clerk|treasurer|supervisor|assessor|manager|administrator|engineer|attorney|auditor|recorder|sheriff|coroner|surveyor))$/i;
const OFFICE_MODIFIER = /^(?:deputy|assistant|chief|senior|junior|acting|interim|principal|head|lead|associate|executive|elected|first|second|staff|level|grade|utility|property|special|trial|building|road|water|public)$/i;
/** A word that reads as a modifier of the office, not a place's name: "Supervising", "Registered", "Special", "Traffic", "Sr.". */
const modifierWord = (w: string) => OFFICE_MODIFIER.test(w) || jobNounWord(w) || !/^[A-Z][A-Za-z']+$/.test(w) || /(?:ing|ed|al|ive|ary|ic|ion|ist)$/i.test(w) || /^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$/.test(w);

/** A candidate that is its title, or its title with a unit or step in parentheses ("Automotive Mechanic (Public Works)"). */
export function titleWithParens(candidate: string, title: string | undefined): boolean {
  return !!title && (title === candidate || /^ \([^()]{2,30}\)$/.test(candidate.slice(title.length)));
}

export function titleFromCandidate(input: string): string | undefined {
  // A label glued after the title by a conversion ("... II REPORTS TO: Site Administrator") ends it.
  // Not a title in capitals heading its unit ("DEPUTY DIRECTOR: WATER LICENSING").
  // A unit in capitals before the title ("COA DIV I - Judicial Administrative Assistant") is not a title in capitals.
  const unitFirst = /^(.{2,40}?)\s+[-–—]\s+([A-Z][a-z].{2,80})$/.exec(input.replace(/\s+/g, ' ').trim());
  const own = unitFirst && UNIT_END.test(unitFirst[1]) && checkTitle(unitFirst[2]).strong ? unitFirst[2] : input;
  const squashed = capitalsRun(own.replace(/\s+/g, ' ').trim().replace(TRAILING_GRADE, ''));
  let raw = titleOverUnit(squashed) ? squashed : squashed.replace(/\s+(?!(?:I{1,3}|IV|VI{0,3})[\s:])[A-Z]{2,}(?: [A-Z]{2,}){0,3}:(?:\s.*)?$/, '');
  // "Watershed Scientist IIPosition Description", "PlannerRESOLUTION": the next heading glued to the title.
  const gluedHeading = GLUED_HEADING.exec(raw);
  if (gluedHeading && checkTitle(gluedHeading[1]).ok) raw = gluedHeading[1];
  raw = raw.replace(POSTING_NUMBER_PREFIX, '');
  // A posting's own remarks around the title: "Candidate Pool" before it; a school year (", SY 2025-2026"), the
  // date it was posted ("07/29/14") or a re-advertisement ("**RE-ADVERTISEMENT**") after it.
  raw = raw.replace(/^(?:candidate|applicant|talent)\s+pool\s*[-–:]?\s+(?=[A-Z])/i, '');
  // "Part-Time Station Agent (ATU) Pool Posting": a pool posting, the union's initials before it.
  const pool = /^(.{3,80}?)(?:\s+\([A-Z]{2,8}\))?\s+(?:pool\s+posting|recruitment\s+pool|pool)$/i.exec(raw.trim());
  if (pool && checkTitle(pool[1]).strong) raw = pool[1];
  raw = raw.replace(/,?\s+(?:SY|school\s+year)\s*\d{2,4}\s*[-–/]\s*\d{2,4}$/i, '').replace(/\s+\d{1,2}\/\d{1,2}\/\d{2,4}$/, '');
  raw = raw.replace(/\s*(?:\*\*|[-–(])?\s*\b(?:re-?advertise(?:d|ment)|re-?posted|re-?opened)\b\s*(?:\*\*|\))?$/i, '');
  // "Fire Captain-Department Promotional", "FIRE CAPTAIN INTERNAL RECRUITMENT": who may apply, after the title;
  // "Patrol Officer Eligibility List 2024": the list the recruitment fills.
  const recruitment = /^(.{3,80}?)\s*[-–]?\s*\b(?:(?:department(?:al)?|internal|in-house)\s+)?(?:promotional(?:\s+(?:only|opportunity|recruitment))?|internal\s+recruitment|open[- ]competitive|open\s+and\s+promotional|(?:eligibility|eligible|employment|hiring)\s+list(?:\s+\d{4})?)$/i.exec(raw.trim());
  if (recruitment && checkTitle(recruitment[1]).strong) raw = recruitment[1];
  // "Openings >> Recreation Leader II", "Careers › Jobs › Planner": a web page's breadcrumb trail before the title.
  raw = raw.replace(/^(?:[A-Z][\w&' -]{1,30}?\s*(?:>>|»|›)\s*)+(?=[A-Z])/, '');
  // "Job Standard for Financial Aid Counselor, Associate": the document's kind before the title.
  raw = raw.replace(/^(?:job|class|position)\s+(?:standard|description|specification|profile)\s+for(?:\s+the)?\s+(?=[A-Z])/i, '');
  // "Water Operator - Rochester, MN (ID: 320318)": a job board's place and listing number after the title.
  const listed = /^(.{3,80}?)(?:\s+[-–—]\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s*[A-Z]{2})?(?:\s+\(ID:?\s*\d{3,10}\))?$/.exec(raw.trim())?.[1];
  if (listed && checkTitle(listed).strong) raw = listed;
  // "123 - Summary of Duties - Sexton": a policy's number and the document's kind before the title.
  raw = raw.replace(DUTIES_DOCUMENT_BEFORE_TITLE, '');
  // "409.03A – Head Custodian": a board policy's dotted number before the title.
  raw = raw.replace(/^\d{2,4}\.\d{1,3}[A-Z]?\s+[-–—]\s+(?=[A-Z][a-z])/, '');
  // "Working Title of Vacant Position Equipment Operator I": an applicant system's label with its colon lost.
  raw = raw.replace(/^working\s+title\s+of\s+(?:the\s+)?vacant\s+position\s+(?=[A-Z])/i, '');
  // "Equipment Operator I - (Sign-on Bonus Available)": a remark in parentheses after a dash.
  raw = raw.replace(/\s+[-–—]\s*\([^()]{2,40}\)$/, '');
  // "Heavy Equipment Operator ESD", "Custodian ISD": a title with its district's or department's initials after it.
  // Only initials of that known set: other capitals after a title are often its own (a batch of earlier documents lost
  // titles when any initials went).
  const initials = DISTRICT_INITIALS.exec(raw);
  if (initials && checkTitle(raw.slice(0, initials.index)).strong) raw = raw.slice(0, initials.index);
  // "School Library Technician II at San Diego Unified School District": a posting names the employer after "at".
  // "Property Maintenance Technician Job at Decatur Housing Authority": the posting's word "Job" goes too; so does a
  // department after a dash glued to the title ("Permit Clerk- Building Department").
  // A job board in German writes "bei" ("Transit Apprentice bei City of Asheville, NC").
  const at = /^(.{3,80}?)(?:\s+(?:job|position|opening|vacancy))?(?:\s+(?:at|with|bei)|\s?[-–—|])\s+(.{3,90})$/i.exec(raw.trim());
  // A unit named by its kind alone after a dash ("Clerk I – Court", "Dispatcher - Police Department") is part of
  // the title as the employer writes it; an employer's own name ("... - Decatur Housing Authority") is not.
  if (at && checkTitle(at[1]).strong && ORGANIZATION_NAME.test(at[2]) && !(/[-–—|]/.test(raw.slice(at[1].length, at[1].length + 3)) && GENERIC_UNIT.test(at[2].trim()))) raw = at[1];
  // "Chief Deputy Clerk Position for Appellate Court Clerk's Office Available in Nashville": a vacancy's headline.
  const vacancy = /^(.{3,80}?)\s+(?:job|position|opening|vacancy)\s+(?:for|at|with|in)\s+(.{3,120})$/i.exec(raw.trim());
  if (vacancy && checkTitle(vacancy[1]).strong) raw = vacancy[1];
  // "Clerk's Office - Deputy Clerk I": an office or department before the title.
  const unit = /^(.{3,50}?)\s+[-–—|]\s+(.{3,80})$/.exec(raw.trim());
  // So is a court's division by its number ("COA DIV I - Judicial Administrative Assistant").
  if (unit && checkTitle(unit[2]).strong && UNIT_END.test(unit[1].trim())) raw = unit[2];
  // "Mechanic I - Full Time", "Clerical Officer Grade III - Specified Purpose Contract", "Instructional Assistant II
  // - Classroom Aide", "Buyer II - PWD": an employment
  // status, a hiring office's initials, or a working
  // title (itself ending in a job noun) after a level's title. A variant ("Clerk II - Bilingual") stays.
  const remark = /^(.{3,80}?)\s+[-–—]\s+(.{3,60})$/.exec(raw.trim());
  // So is a department after a level's title ("Equipment Operator I - Parks & Recreation").
  const leveled = !!remark && /\s(?:I{1,3}|IV|VI{0,3}|\d)$/.test(remark[1]);
  if (remark && (/^(?:full|part)[- ]time$|^(?:temporary|seasonal|regular|limited[- ]term|on[- ]call|casual|(?:specified[- ]purpose|fixed[- ]term)(?:\s+contract)?)$/i.test(remark[2].trim()) || (/^[A-Z]{3,5}$/.test(remark[2].trim()) && !/^(?:I{1,3}|IV|VI{0,3})$/.test(remark[2].trim())) || (leveled && endsWithJobNoun(remark[2]) && checkTitle(remark[2]).strong) || (leveled && ASSIGNMENT.test(remark[2]))) && checkTitle(remark[1]).strong) raw = remark[1];
  // "Maintenance Worker II Crew Leader - PARKS & REC": the unit in capitals after a title in mixed case (not a level).
  const capitalsUnit = /^(.{3,80}?)\s+[-–—]\s+([A-Z][A-Z&/ ]{2,30})$/.exec(raw.trim());
  if (capitalsUnit && /[a-z]/.test(capitalsUnit[1]) && /[A-Z]{3}/.test(capitalsUnit[2]) && !/^[IVX]+$/.test(capitalsUnit[2].trim()) && checkTitle(capitalsUnit[1]).strong) raw = capitalsUnit[1];
  // "Educational Assistant 3 -Limited Term- CHS": a posting's term between dashes, a site's initials after it.
  const term = /^(.{3,80}?)\s+[-–—]\s?(?:limited[- ]term|temporary|seasonal|(?:part|full)[- ]time|regular|on[- ]call|substitute)\s?[-–—](?:\s+.{1,30})?$/i.exec(raw.trim());
  if (term && checkTitle(term[1]).strong) raw = term[1];
  // "Custodian I Shift 2", "Custodial Lead - Night Shift": the shift is the position's, not the class's.
  raw = raw.replace(SHIFT, '');
  // "Eligibility Worker Full-Time": so is the posting's employment status, without a dash too.
  // "Public Works Laborer II Position", "Clerk Typist Opening": the posting's own word after the title.
  // "Detention Officer Information": a recruiting page's heading about the post.
  const worded = /^(.{3,80}?) (?:position|job|opening|vacancy|information)$/i.exec(raw.trim());
  if (worded && checkTitle(worded[1]).strong) raw = worded[1];
  const status = /^(.{3,80}?) (?:(?:full|part)[- ]time|limited[- ](?:duration|term)|temporary)$/i.exec(raw.trim());
  if (status && checkTitle(status[1]).strong) raw = status[1];
  // "Job DescriptionDepartment: Superior Court Clerk": the next field's label glued on; only a title before it is one.
  const gluedLabel = /^(.{3,80}?[a-z])([A-Z][a-z]{2,}):\s/.exec(raw.trim());
  if (gluedLabel) {
    if (!checkTitle(gluedLabel[1]).strong) return undefined;
    raw = gluedLabel[1];
  }
  // "Licensing Officer (career graded) Service area: Operations": a label and its value after a remark.
  raw = raw.replace(/(\))\s+[A-Z][a-z]+(?:\s[a-z]+){0,2}:\s.*$/, '$1');
  // "Chief Executive Reports to: The full Council": the next field's label and value run on after a title.
  const runOn = /^(.{3,80}?)\s+[A-Z][a-z]+(?:\s[a-z]+){0,2}:\s.*$/.exec(raw.trim());
  if (runOn && checkTitle(runOn[1]).strong) raw = runOn[1];
  // "PH Occupancy Specialist #730": a code after the title; "Surveyor I/II, Exam No. 4120": a recruitment's number.
  raw = raw.trim().replace(HASH_CODE, '').replace(/,? (?:exam(?:ination)?|recruitment|posting|job|announcement) ?(?:no\.?|number|#) ?[A-Z]{0,3}[-\d]{2,12}$/i, '');
  // "Groundskeeper I/II Job Description": the document's kind after the title (with an employer's name before the
  // title, the employer rule reads it instead).
  if (!ORGANIZATION_NAME.test(raw) && !/^the /i.test(raw)) raw = raw.replace(/(?: [-–—])? (?:job|position|class(?:ification)?) (?:description|descriptor|specification|profile)$/i, '');
  // "Financial Aid Counselor Overview": a job standard's first section named after the title.
  const overview = /^(.{3,80}?) Overview$/.exec(raw.trim());
  if (overview && checkTitle(overview[1]).strong) raw = overview[1];
  // "§ 50.06 WATER PLANT OPERATOR-IN-TRAINING.": an ordinance's section number before the title, its full stop after.
  raw = raw.replace(/^§{1,2}\s*\d+(?:[.-]\d+)*\s+(?=[A-Z])/, '').replace(/([A-Z]{2})\.$/, '$1');
  // ". Survey Technician II": a stray mark a conversion left before the title.
  raw = raw.replace(/^[.,;:]\s+(?=[A-Z])/, '');
  // "Highway Worker 1 Department Operations": the next field's label, its colon lost, after a level's title; so is
  // the employer or its department run on after it ("OPERATOR III DAWSON COUNTY PUBLIC WORKS").
  const field = /^(.{3,60}?\s(?:I{1,3}|IV|VI{0,3}|\d))\s+(?:(?:[A-Z][\w'&.-]*\s+){0,3}(?:COUNTY|CITY|TOWN|DEPARTMENT|DIVISION|County|City|Town|Department|Division)\b|(?:Location|Unit)\s+[A-Z]).*$/.exec(raw.trim());
  if (field && checkTitle(field[1]).strong) raw = field[1];
  // "221092.Airport Operations Manager-Airfield": a position's number glued to the title by a full stop.
  raw = raw.replace(/^\d{4,8}\.\s?(?=[A-Z][a-z])/, '');
  // "Paraeducator - Elementary, 5 hrs/day (.625 FTE), Part Time, Perm": a posting's hours and terms after a comma.
  const terms = /^(.{3,80}?),\s*(?:\d+(?:\.\d+)?\s*(?:hrs?|hours)\b|(?:part|full)[- ]time\b|perm(?:anent)?\b|temp(?:orary)?\b|seasonal\b).*$/i.exec(raw.trim());
  if (terms && checkTitle(terms[1]).strong) raw = terms[1];
  // "County Clerk TFT", "Library Page PPT": a posting's term (temporary / permanent, full- / part-time) in initials.
  const termInitials = /^(.{3,80}?)\s+\(?(?:[TPR][FP]T|FT|PT)\)?$/.exec(raw.trim());
  if (termInitials && checkTitle(termInitials[1]).strong) raw = termInitials[1];
  // "(Class III) The Custodian/Utility Worker": a remark and an article before a posting's title.
  raw = raw.replace(/^\([^()]{1,30}\)\s+(?=[A-Z])/, '').replace(/^the\s+(?=[A-Z])/i, '');
  // "KRAKOW TOWNSHIP CLERK": a local office ("Township Clerk") with its place's name before it; not a modifier of
  // the office ("Deputy County Clerk").
  const office = PLACE_OFFICE.exec(raw.trim());
  if (office && !office[1].split(' ').some(modifierWord)) raw = office[2];
  // "Heavy Equipment Operator II; A262514-3 Branches": a requisition's number after a semicolon.
  const semi = /^(.{3,80}?);\s+(.{1,60})$/.exec(raw.trim());
  if (semi && /\d/.test(semi[2]) && checkTitle(semi[1]).strong) raw = semi[1];
  // "Accountant (Accountant III)": a posting's working title with the class title in parentheses.
  const inner = /\(([^()]{3,60})\)\s*$/.exec(raw.trim());
  // "Park Maintenance Worker (Maintenance Worker)": the class is the working title's own last words.
  const outer = inner ? raw.trim().slice(0, inner.index).trim() : '';
  const tail = inner ? outer.slice(outer.length - inner[1].trim().length) : '';
  if (inner && tail.length < outer.length && / $/.test(outer.slice(0, outer.length - tail.length)) && tail.toLowerCase() === inner[1].trim().toLowerCase() && checkTitle(tail).strong) return tail;
  if (inner && checkTitle(inner[1]).strong && /\s(?:I{1,3}|IV|V|\d)$/.test(inner[1].trim())) return inner[1].trim();
  // "Fire Captain (Fire Captain/Paramedic)": a variant of the class in parentheses; the class is the title before it.
  if (inner && outer && inner[1].trim().toLowerCase().startsWith(`${outer.toLowerCase()}/`) && checkTitle(outer).strong) return outer;
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

/** "FLSA: NON-EXEMPT", "SALARY: 32": a line that opens with a known label other than a title's is a field, never a title. */
export function fieldLine(l: LaidLine): boolean {
  const folded = l.folded.trim().toLowerCase();
  return readLabels(l.folded, l.cells).some((x) => x.name !== 'title' && folded.startsWith(x.label.trim().toLowerCase()));
}

/** Nearest title-like line before `at` (within `reach` usable lines), preferring one that is clearly a title. */
export function titleAbove(lines: LaidLine[], at: number, reach: number, taken: Set<number>): { index: number; title: string } | undefined {
  let seen = 0;
  for (let i = at - 1; i >= 0 && seen < reach; i--) {
    const l = lines[i];
    if (!usable(l)) continue;
    seen++;
    if (taken.has(i)) return undefined;
    if (l.kind === 'label' || l.kind === 'list-item' || /:\s*$/.test(l.folded) || fieldLine(l)) continue;
    const cell = l.cells.length > 1 ? l.cells[0] : l.folded;
    const title = titleFromCandidate(cell);
    if (title && (checkTitle(title).strong || l.kind === 'heading')) return { index: i, title };
  }
  return undefined;
}

/**
 * "Office of Human Resources. Equipment Operator Heavy CJ1931": a page's opening line naming the class with its
 * lettered code after it (letters and digits, never a number alone, which may be a page or a year), an office's
 * name closed by a full stop before it. Only among the first lines, where a page puts its title.
 */
const OPENING_TITLE_CODE = /^(?:[A-Z][\w&'-]*(?: (?:of|and|for|&|[A-Z][\w&'-]*)){0,6}\.\s+)?([A-Z][\w&'/-]*(?: (?:of|and|&|[A-Z][\w&'/-]*)){1,7}) ([A-Z]{1,3}\d{3,6})$/;

export function openingTitleWithCode(lines: LaidLine[]): { line: number; title: string; code: string } | undefined {
  for (const l of lines.filter(usable).slice(0, 3)) {
    const m = l.folded.length <= 100 ? OPENING_TITLE_CODE.exec(l.folded.trim()) : null;
    if (m && titleFromCandidate(m[1]) === m[1] && checkTitle(m[1]).strong) return { line: l.index, title: m[1], code: m[2] };
  }
  return undefined;
}
