/**
 * Minimum qualifications as structure: education level (ordinal), months of experience and of what, licences,
 * substitutions, and "experience as <class>" clauses, which are explicit promotion requirements.
 */
import type { EducationLevel, PromotionRequirement, QualificationKind, Span } from '../../../model/specification';
import { squash } from './lines';
import { trimLeading, trimTrailing } from '../../../model/trim';

export interface QualificationFact {
  kind: QualificationKind;
  text: string;
  option: number;
  educationLevel?: EducationLevel;
  months?: number;
  subject?: string;
  span: Span;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  eighteen: 18, 'twenty-four': 24, 'thirty-six': 36, half: 0.5,
};
// Sentence-initial words are capitalized ("One (1) year of ..."), so each number word matches either way.
const NUMBER = String.raw`(\d+(?:\.\d+)?|${Object.keys(NUMBER_WORDS).map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})`;
/** "Four (4) years", "18 mos.", "2 yrs.", "3 – 4 years", "six months". The lower bound of a range counts. */
const DURATION = new RegExp(String.raw`\b${NUMBER}\s*(?:\(\d+\)\s*)?(?:(?:-|–|—|to)\s*${NUMBER}\s*)?(years?|yrs?\.?|months?|mos?\.?)(?![a-z])`, 'i');

export function toNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  return /^\d/.test(lower) ? Number(lower) : NUMBER_WORDS[lower];
}

/** Months in the first duration the text states ("two (2) years" gives 24). */
export function monthsIn(text: string): number | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  const n = toNumber(m[1]);
  if (n === undefined) return undefined;
  return /^(y|yr)/i.test(m[3]) ? Math.round(n * 12) : n;
}

const EDUCATION: [EducationLevel, RegExp][] = [
  ['DOCTORATE', /\b(doctora(te|l)|ph\.?\s?d|juris doctor|j\.d\.)/i],
  ['MASTER', /\bmaster'?s?\b|\bmaster[’']s\b|\bgraduate degree\b/i],
  // Ohio's "undergraduate core program" is its bachelor-level coursework.
  ['BACHELOR', /\b(bachelor|baccalaureate|four[- ]year (college )?degree|undergraduate (core program|degree)|college degree|b\.[as]\.)/i],
  ['ASSOCIATE', /\b(associate|a\.a\.s?\.?\b|aas\b|two[- ]year (college )?degree|2[- ]year (associate|degree|college)|associate core coursework)/i],
  ['SOME_COLLEGE', /\b(1[- ]year related college|one year of (college|post-secondary)|some college|post-secondary|college[- ]level (course|education)|vocational training|semester (hours|units)|quarter (hours|units))/i],
  ['HIGH_SCHOOL', /\b(high school|ged\b|general education development|secondary school)/i],
];

export function educationLevelIn(text: string): EducationLevel | undefined {
  return EDUCATION.find(([, pattern]) => pattern.test(text))?.[0];
}

const LICENSE = /\b(licen[cs]e|certificat(e|ion)|registration as|driver'?s license|valid .* license)/i;
const SUBSTITUTION = /\b(substitut|in lieu of|year[- ]for[- ]year|may be (accepted|considered)|equivalen(t|cy))/i;
/** "Equivalent to graduation from high school" states an education level; it is not a substitution. */
const EQUIVALENT_TO = /^(?:any combination )?equivalent to\b|\b(?:diploma|degree|ged|school)\s+or\s+(?:an?\s+|its\s+)?equivalen/i;
const EXPERIENCE = /\b(exp\.|experience|employment|work(ed)? as)\b/i;
const NONE = /^(none|n\/a|not applicable)\.?$/i;

function subjectOf(text: string, kind: QualificationKind): string | undefined {
  const pattern =
    // (?!\s) and (?<!\s) pin each whitespace run to one reading, so a long run costs linear time, not quadratic.
    kind === 'EDUCATION' ? /\b(?:in|majoring in|with a major in|preferably in)\s+(?!\s)([^.;]+?)(?:(?<!\s)\s*(?:,\s*(?:and|or)\b|[.;]|$))/i
      : /\b(?:exp\.?|experience|training)\s+(?:in|with|as|performing|providing)\s+(?!\s)([^.;]+?)(?:[.;]|$)/i;
  const m = pattern.exec(text);
  return m ? trimTrailing(squash(m[1]), /[,\s]/) || undefined : undefined;
}

/** Splits "an associate degree ... and two (2) years of experience" into its education and experience parts. */
function splitEducationAndExperience(text: string): [string, number][] {
  // A match starts at a comma or at the first space of a run (never inside one), and the number words are
  // bounded: both keep this linear in runs of spaces and dashes.
  const joiner = /(?:,|(?<!\s))\s+(?:and|plus|with)\s+(?=(?:at least\s+|a minimum of\s+)?[^\s-–]{1,40}\s*(?:\(\d+\)\s*)?(?:(?:-|–|to)\s*[^\s-–]{1,40}\s*)?(?:years?|yrs?\.?|months?|mos?\.?)\b[^.]{0,200}?(?:exp|experience))/i;
  const m = joiner.exec(text);
  if (!m || !educationLevelIn(text.slice(0, m.index))) return [[text, 0]];
  const second = m.index + m[0].length;
  return [[text.slice(0, m.index), 0], [text.slice(second), second]];
}

/** Reads one clause (a sentence or list item) into qualification facts; `offset` is where `text` starts in the raw document. */
export function readQualificationClause(raw: string, offset: number, option: number): QualificationFact[] {
  const facts: QualificationFact[] = [];
  const lead = raw.match(/^[\s\-–*]*(?:or\b\s*)?/i)?.[0].length ?? 0;
  for (const [part, at] of splitEducationAndExperience(raw.slice(lead))) {
    const text = trimLeading(trimTrailing(squash(part), /[,;\s]/), /[,;\s]/);
    if (!text || NONE.test(text) || /^[\w\s/]+:$/.test(text)) continue;
    const start = offset + lead + at + (part.length - part.trimStart().length);
    const span = { start, end: start + part.trim().length };
    const educationLevel = educationLevelIn(text);
    const months = monthsIn(text);
    let kind: QualificationKind;
    if (SUBSTITUTION.test(text) && !EQUIVALENT_TO.test(text)) kind = 'SUBSTITUTION';
    else if (LICENSE.test(text) && !educationLevel) kind = 'LICENSE';
    else if (educationLevel && !(EXPERIENCE.test(text) && months !== undefined && !/degree|diploma|coursework|college|program/i.test(text))) kind = 'EDUCATION';
    else if (months !== undefined || EXPERIENCE.test(text)) kind = 'EXPERIENCE';
    else kind = 'OTHER';
    facts.push({
      kind,
      text,
      option,
      educationLevel: kind === 'EDUCATION' || kind === 'SUBSTITUTION' ? educationLevel : undefined,
      months: kind === 'EXPERIENCE' || kind === 'SUBSTITUTION' ? months : undefined,
      subject: kind === 'EDUCATION' || kind === 'EXPERIENCE' ? subjectOf(text, kind) : undefined,
      span,
    });
  }
  return facts;
}

/** Clauses that start a new alternative: "-Or ...", "OR", "Or,". */
export const ALTERNATIVE = /^\s*(?:[-–]\s*)?or\b[\s,:]*/i;

/**
 * "-Or 6 mos. exp. as Business Operations Analyst 1, 62721S." names a class whose experience qualifies: a
 * promotion requirement. The code is optional; the title must look like a title (capitalized words).
 */
const CLASS_TITLE = String.raw`((?:[A-Z][\w'&/-]*|[IVX]{1,4}|\d{1,2})(?:\s+(?:[A-Z][\w'&/-]*|[IVX]{1,4}|\d{1,2}|of|and|&))*)(?:,?\s*(?:\(|class code\s+|code\s+)?([0-9][0-9A-Z]{2,9})\)?)?`;
const EXPERIENCE_AS = [
  new RegExp(String.raw`${NUMBER}\s*(?:\(\d+\)\s*)?(years?|yrs?\.?|months?|mos?\.?)\s+(?:of\s+)?(?:[a-z-]+\s+)?(?:exp\.?|experience)\s+(?:as\s+(?:an?\s+|the\s+)?|in the (?:class|classification) of\s+(?:an?\s+)?)${CLASS_TITLE}`),
  // "..., one year of which must have been as a Library Assistant I"
  new RegExp(String.raw`${NUMBER}\s*(?:\(\d+\)\s*)?(years?|yrs?\.?|months?|mos?\.?)\s+of\s+which\s+(?:must|shall|should)\s+(?:have\s+been|be)\s+(?:spent\s+)?(?:as\s+(?:an?\s+|the\s+)?|in the (?:class|classification) of\s+(?:an?\s+)?)${CLASS_TITLE}`),
];

export function readPromotionRequirement(text: string, span: Span): PromotionRequirement | undefined {
  const m = EXPERIENCE_AS.map((pattern) => pattern.exec(text)).find((match) => match !== null);
  if (!m) return undefined;
  const n = toNumber(m[1]);
  const title = m[3].replace(/(?<!\s)\s+(of|and|&)$/i, '').trim();
  if (!title) return undefined;
  const months = n === undefined ? undefined : /^(y|yr)/i.test(m[2]) ? n * 12 : n;
  return { from: { title, code: m[4] }, months, statement: squash(text), span };
}

/** Sentences of a passage with their offsets; abbreviations such as "mos." and "yrs." do not end one. */
export function sentences(raw: string, offset: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const end = /(?<!\b(?:mos|yrs|exp|trg|approx|ex|e\.g|i\.e|etc|no|vs|[A-Z]))[.!?]["”*)]*\s+(?=[A-Z*(])/g;
  let start = 0;
  for (let m = end.exec(raw); m; m = end.exec(raw)) {
    out.push({ text: raw.slice(start, m.index + 1), start: offset + start });
    start = m.index + m[0].length;
  }
  if (raw.slice(start).trim()) out.push({ text: raw.slice(start), start: offset + start });
  // "...; or an equivalent combination" is a second clause.
  return out.flatMap((s) => {
    const parts: { text: string; start: number }[] = [];
    let from = 0;
    // "..., or a bachelor's degree and six (6) years" is an alternative inside one sentence.
    for (const m of s.text.matchAll(/(?:;|,)\s+(?=or\b[^,;]*?\b(?:degree|diploma|years?|months?|experience)\b)/gi)) {
      parts.push({ text: s.text.slice(from, m.index), start: s.start + from });
      from = m.index! + m[0].length;
    }
    parts.push({ text: s.text.slice(from), start: s.start + from });
    return parts;
  });
}

/**
 * Reads paragraphs of qualifications: a paragraph that is just "OR" (or starts with "-Or") opens a new
 * alternative; each sentence is a clause.
 */
export function readQualificationParagraphs(text: string, paragraphs: { span: Span }[], firstOption = 1): { facts: QualificationFact[]; promotions: PromotionRequirement[]; nextOption: number } {
  const facts: QualificationFact[] = [];
  const promotions: PromotionRequirement[] = [];
  let option = firstOption;
  let opened = false;
  for (const { span } of paragraphs) {
    const raw = text.slice(span.start, span.end);
    if (/^\s*or\s*$/i.test(raw)) {
      option++;
      opened = true;
      continue;
    }
    if (facts.length && !opened && ALTERNATIVE.test(raw)) option++;
    opened = false;
    sentences(raw, span.start).forEach((sentence, i) => {
      // "..., or a bachelor's degree and six (6) years" inside one sentence is an alternative of its own.
      if (i > 0 && ALTERNATIVE.test(sentence.text)) option++;
      for (const fact of readQualificationClause(sentence.text.replace(/\*/g, ' '), sentence.start, option)) facts.push(fact);
    });
    const promotion = readPromotionRequirement(raw, span);
    if (promotion) promotions.push(promotion);
  }
  return { facts, promotions, nextOption: option + 1 };
}
