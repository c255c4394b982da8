/**
 * What a class title looks like, and what it does not: an employer's name, a site's name, a section heading, a
 * date, a sentence. The rules are about the shape of a title in any employer's documents, never about one document.
 */
import { sectionKind } from '../layout/section-kinds';

/** Level numerals and words that end a title in a series ("Planner II", "Accountant 3", "Senior Planner"). */
export const LEVEL_NUMERAL = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X|\d{1,2})$/;
export const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

/** Nouns that end most job titles (a title usually ends with one, or with a level numeral after one). */
const JOB_NOUN = new RegExp(
  String.raw`\b(?:${[
    'analyst', 'assistant', 'associate', 'administrator', 'aide', 'agent', 'appraiser', 'architect', 'attorney', 'auditor', 'accountant', 'adjuster', 'advisor', 'adviser', 'advocate',
    'apprentice', 'archivist', 'arborist', 'attendant', 'biologist', 'bookkeeper', 'buyer', 'captain', 'carpenter', 'cashier', 'chemist', 'chief', 'clerk', 'coach', 'commander', 'commissioner',
    'consultant', 'controller', 'coordinator', 'counselor', 'counsel', 'courier', 'craftsworker', 'curator', 'custodian', 'cook', 'dentist', 'deputy', 'designer', 'detective', 'developer',
    'director', 'dispatcher', 'driver', 'drafter', 'economist', 'editor', 'educator', 'electrician', 'engineer', 'epidemiologist', 'estimator', 'examiner', 'executive', 'facilitator',
    'firefighter', 'forester', 'foreman', 'generalist', 'geologist', 'guard', 'helper', 'historian', 'hygienist', 'inspector', 'instructor', 'interpreter', 'intern', 'investigator',
    'janitor', 'journeyman', 'judge', 'laborer', 'labourer', 'lead', 'leader', 'librarian', 'lieutenant', 'lineworker', 'locksmith', 'machinist', 'maintainer', 'manager', 'marshal', 'mason',
    'mechanic', 'mechanician', 'mediator', 'member', 'monitor', 'navigator', 'nurse', 'nutritionist', 'officer', 'official', 'operator', 'painter', 'paralegal', 'paramedic', 'pharmacist',
    'photographer', 'physician', 'pilot', 'planner', 'plumber', 'practitioner', 'president', 'principal', 'programmer', 'professor', 'psychologist', 'ranger', 'receptionist',
    'recorder', 'reporter', 'representative', 'researcher', 'scientist', 'secretary', 'sergeant', 'sheriff', 'server', 'social worker', 'specialist', 'statistician', 'steward',
    'superintendent', 'supervisor', 'surveyor', 'teacher', 'technician', 'technologist', 'therapist', 'trainee', 'trainer', 'translator', 'treasurer', 'trooper', 'tutor', 'typist',
    'underwriter', 'warden', 'welder', 'worker', 'writer', 'head', 'dean', 'registrar', 'controller', 'comptroller', 'bailiff', 'marshal', 'constable', 'magistrate', 'commissioner',
    'caseworker', 'counsellor', 'deckhand', 'groundskeeper', 'greenskeeper', 'housekeeper', 'keeper', 'lifeguard', 'officer', 'patroller', 'screener', 'sorter', 'porter', 'valet',
    'handler', 'processor', 'scheduler', 'transcriber', 'tester', 'trustee', 'dietitian', 'radiographer', 'sonographer', 'phlebotomist', 'medic', 'emt', 'trades', 'tradesperson',
    'repairer', 'installer', 'fitter', 'glazier', 'roofer', 'tender', 'operator', 'mate', 'master', 'pilot', 'ombudsman', 'ombudsperson', 'steward', 'crew', 'crewmember', 'hand',
  ].join('|')})s?\b`,
  'i',
);

/** Organizations and sites: a line naming one is an employer or a header, not a class. */
const ORGANIZATION = /\b(?:state|county|city|commonwealth|town|village|judiciary)\s+of\s+(?:the\s+)?[A-Z]|^(?:the\s+)?(?:state|county|city|town|township|village|borough|commonwealth|district|university|college|department|dept\.?|office|board|court|superior court|judicial|parish|municipality|government|school district|division|bureau|agency|port|authority)\s+(?:of|for)\b|\b(?:county|city|state|university|college|district|department|authority|commission|government|schools?|court|division|bureau|agency|council|board|ministry|institute|library system|center|centre|hospital|corporation|inc\.?|llc|hr|human resources)\s*$/i;

/** Words that make a line a sentence, a notice or furniture, never a title. */
const NOT_TITLE = /^(?:pay\s+)?(?:grade|range|band|step)\b|^(?:un)?classified$|^(?:non-?)?exempt$|^(?:full|part)[- ]time$|^(?:temporary|permanent|regular|seasonal|various|none|n\/a)$|\b(?:location|introduction|department|salary|job type|job number|recruitment|opening|is|are|was|were|will|shall|must|may|apply|click|please|posted|closing|opening|salary schedule|page|revised|effective|established|adopted|printed|updated|specification|specifications|classification plan|class specs?|job description|job profile|human resources|personnel|civil service|equal opportunity|employer|overview|announcement|bulletin|exam|examination|recruitment|vacancy|posting|www\.|https?:|@|table of contents|index|section [ivx\d]+|article|chapter|rule|code of|statute)\b/i;

const SMALL = /^(?:of|and|the|for|in|on|to|a|an|or|with|&|-|–|\/|at|by)$/i;

/** A phrase that is never a title, whatever evidence stands next to it ("Non-exempt", "Pay Grade II", a site name). */
export function isNotTitle(candidate: string): boolean {
  const t = candidate.replace(/\s+/g, ' ').trim();
  return NOT_TITLE.test(t) || ORGANIZATION.test(t);
}

/** The words of a candidate title, with a trailing code in parentheses and markup punctuation removed. */
export function titleWords(candidate: string): string[] {
  return candidate.replace(/[*_#]+/g, ' ').split(/\s+/).filter(Boolean);
}

export interface TitleCheck {
  ok: boolean;
  /** A job noun or a level numeral ends it: a title even without a label next to it. */
  strong: boolean;
}

/** Whether a phrase can be a class title, and whether it is clearly one. */
export function checkTitle(candidate: string): TitleCheck {
  const t = candidate.replace(/\s+/g, ' ').trim().replace(/[:.]$/, '');
  const no = { ok: false, strong: false };
  if (t.length < 3 || t.length > 80) return no;
  if (!/[A-Za-z]{2}/.test(t) || /[;!?]|\.\s|\d{4}|\$/.test(t)) return no;
  if (/^\d/.test(t) && !/^\d+(?:st|nd|rd|th)\b/i.test(t)) return no;
  const words = titleWords(t);
  if (words.length > 9) return no;
  if (/\bseries$|\broles$/i.test(t)) return no;
  if (ORGANIZATION.test(t) || NOT_TITLE.test(t)) return no;
  if (sectionKind(t) !== 'other' && !JOB_NOUN.test(t)) return no;
  // "Accountant, principal": an inverted title's modifier after the comma may be lower case.
  const head = t.includes(',') ? titleWords(t.split(',')[0]) : words;
  const content = head.filter((w) => !SMALL.test(w));
  const capitalized = content.filter((w) => /^[A-Z0-9(]/.test(w)).length;
  if (!content.length || capitalized < content.length - (content.length > 4 ? 1 : 0)) return no;
  const last = words[words.length - 1];
  const strong = JOB_NOUN.test(t) || (LEVEL_NUMERAL.test(last) && words.length > 1);
  return { ok: true, strong };
}

/** "HIGHWAY MAINTAINER II" reads as "Highway Maintainer II"; mixed-case titles are kept as written. */
export function displayTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (t !== t.toUpperCase()) return t;
  return t.toLowerCase().replace(/\b([a-z])([a-z']*)/g, (word, first: string, rest: string) =>
    /^(i|ii|iii|iv|v|vi|vii|viii|ix|x)$/.test(word) ? word.toUpperCase() : /^(of|and|the|for|in|on|to|at|by)$/.test(word) ? word : first.toUpperCase() + rest);
}
