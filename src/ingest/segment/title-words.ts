/**
 * What a class title looks like, and what it does not: an employer's name, a site's name, a section heading, a
 * date, a sentence. The rules are about the shape of a title in any employer's documents, never about one document.
 */
import { sectionKind } from '../layout/section-kinds';

/** Level numerals and words that end a title in a series ("Planner II", "Accountant 3", "Senior Planner"). */
export const LEVEL_NUMERAL = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X|\d{1,2})$/;
export const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

/** Nouns that end most job titles (a title usually ends with one, or with a level numeral after one). */
const JOB_NOUN_LIST = [
    'analyst', 'assistant', 'associate', 'administrator', 'aide', 'agent', 'appraiser', 'architect', 'attorney', 'auditor', 'accountant', 'adjuster', 'advisor', 'adviser', 'advocate',
    'apprentice', 'archivist', 'arborist', 'attendant', 'biologist', 'bookkeeper', 'buyer', 'captain', 'carpenter', 'cashier', 'chemist', 'chief', 'clerk', 'coach', 'commander', 'commissioner',
    'consultant', 'controller', 'coordinator', 'counselor', 'counsel', 'courier', 'craftsworker', 'curator', 'custodian', 'cook', 'dentist', 'deputy', 'designer', 'detective', 'developer',
    'director', 'dispatcher', 'driver', 'drafter', 'economist', 'editor', 'educator', 'electrician', 'engineer', 'epidemiologist', 'estimator', 'examiner', 'executive', 'facilitator',
    'firefighter', 'fighter', 'forester', 'foreman', 'generalist', 'geologist', 'guard', 'helper', 'historian', 'hygienist', 'inspector', 'instructor', 'interpreter', 'intern', 'investigator',
    'janitor', 'journeyman', 'judge', 'laborer', 'labourer', 'lead', 'leader', 'librarian', 'lieutenant', 'lineworker', 'locator', 'locksmith', 'solicitor', 'machinist', 'maintainer', 'manager', 'marshal', 'mason',
    'mechanic', 'mechanician', 'mediator', 'member', 'monitor', 'navigator', 'nurse', 'nutritionist', 'officer', 'official', 'operator', 'painter', 'paralegal', 'paramedic', 'pharmacist',
    'photographer', 'physician', 'pilot', 'planner', 'plumber', 'practitioner', 'president', 'principal', 'programmer', 'professor', 'psychologist', 'ranger', 'receptionist',
    'recorder', 'meter reader', 'reporter', 'representative', 'researcher', 'scientist', 'secretary', 'sergeant', 'sheriff', 'server', 'social worker', 'specialist', 'statistician', 'steward',
    'superintendent', 'supervisor', 'surveyor', 'teacher', 'technician', 'technologist', 'therapist', 'trainee', 'trainer', 'translator', 'treasurer', 'trooper', 'tutor', 'typist',
    'underwriter', 'warden', 'welder', 'worker', 'writer', 'head', 'dean', 'registrar', 'controller', 'comptroller', 'bailiff', 'marshal', 'constable', 'magistrate', 'commissioner',
    'caseworker', 'counsellor', 'deckhand', 'groundskeeper', 'greenskeeper', 'housekeeper', 'keeper', 'lifeguard', 'officer', 'patroller', 'screener', 'sorter', 'porter', 'valet',
    'handler', 'processor', 'scheduler', 'transcriber', 'tester', 'trustee', 'dietitian', 'radiographer', 'sonographer', 'phlebotomist', 'medic', 'emt', 'tradesperson', 'telecommunicator',
    'caretaker', 'corporal', 'bartender', 'hostess', 'waiter', 'waitress', '(?:repair|maintenance|grounds|service|delivery|counter)\\s+person', 'groundsperson', 'groundsman', 'custodial worker', 'stenographer', 'undersheriff', 'chaplain', 'ombuds', 'paraeducator', 'para-?professional',
    'repairer', 'installer', 'fitter', 'glazier', 'roofer', 'tender', 'operator', 'mate', 'master', 'pilot', 'ombudsman', 'ombudsperson', 'steward', 'crew', 'crewmember', 'hand',
    'naturalist', 'veterinarian', 'matron', 'patrolman', 'lineman', 'watchman', 'repairman', 'serviceman', 'craftsman', 'draftsman', 'policeman', 'fireman', 'chair', 'chairperson', 'provost', 'operative', 'expeditor', 'sexton', 'verger',
];
const JOB_NOUNS = JOB_NOUN_LIST.join('|');
const JOB_NOUN = new RegExp(String.raw`\b(?:${JOB_NOUNS})s?\b`, 'i');
const ENDS_WITH_JOB_NOUN = new RegExp(String.raw`\b(?:${JOB_NOUNS})s?$`, 'i');

/** A title that ends like one: with a job noun ("... Supervisor") or a level numeral after words ("Clerk II"). */
export function endsLikeTitle(title: string): boolean {
  const t = title.trim();
  return ENDS_WITH_JOB_NOUN.test(t) || /\S\s(?:I{1,3}|IV|V|VI{1,3}|\d{1,2})$/.test(t);
}

/** Job nouns that end other words too ("Cooperative", "Wheelchair"): a job only as a word of their own. */
const NOT_A_SUFFIX = new Set(['operative', 'chair']);

/**
 * A word that is a job noun, or one an OCR garbled by one letter ("Techniciar"): long words only, so short
 * words are never mistaken for one.
 */
export function jobNounWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (ENDS_WITH_JOB_NOUN.test(w) || JOB_NOUN_LIST.some((n) => /^[a-z]+$/.test(n) && n.length >= 5 && !NOT_A_SUFFIX.has(n) && w.endsWith(n))) return true;
  if (/^(?:asst|assoc|tech|spec|coord|supv|mgr|dir|engr|admin|insp|oper)$/.test(w)) return true;
  if (w.length < 7) return false;
  const stem = w.replace(/s$/, '');
  return JOB_NOUN_LIST.some((n) => /^[a-z]+$/.test(n) && ((n.length === w.length && [...n].filter((c, i) => c !== w[i]).length === 1) || (n.length >= 8 && oneLetterDropped(n, stem))));
}

/** "Telecommuicator" for "Telecommunicator": a long word with one letter lost. */
function oneLetterDropped(word: string, typed: string): boolean {
  if (typed.length !== word.length - 1) return false;
  let i = 0;
  while (i < typed.length && typed[i] === word[i]) i++;
  return typed.slice(i) === word.slice(i + 1);
}

/** A phrase ending in a job noun ("Classroom Aide"). */
export const endsWithJobNoun = (text: string) => ENDS_WITH_JOB_NOUN.test(text.trim());

/** Organizations and sites: a line naming one is an employer or a header, not a class. */
const ORGANIZATION = /\b(?:state|county|city|commonwealth|town|village|judiciary)\s+of\s+(?:the\s+)?[A-Z]|\b(?:board|council|court|commission)\s+of\s+(?:county\s+)?(?:commissioners|supervisors|trustees|directors|education|aldermen|selectmen|regents|governors)$|^(?:the\s+)?(?:state|county|city|town|township|village|borough|commonwealth|district|university|college|department|dept\.?|office|board|court|superior court|judicial|parish|municipality|government|school district|division|bureau|agency|port|authority)\s+(?:of|for)\b|\b(?:county|city|state|university|college|district|department|authority|commission|government|schools?|court|division|bureau|agency|council|board|ministry|institute|library system|center|centre|hospital|corporation|inc\.?|llc|hr|human resources|union|association|federation|guild|branch|cabinet)\s*$/i;

/** A school district by its initials ("Molalla River SD 35", "Round Rock ISD"): an employer, never a title. */
export const DISTRICT_INITIALS = /\s(?:SD|ISD|USD|CUSD|ESD|UHSD|CSD)(?:\s*(?:No\.?\s*)?\d{1,4}[A-Z]?)?$/;
/** A street address ("305 Jack Drive", "5100 College Road", "121 Services Building, Suite 11"): a letterhead's, never a title. */
const STREET = /\b(?:drive|dr\.|road|rd\.|street|st\.|avenue|ave\.?|boulevard|blvd\.?|lane|ln\.|parkway|pkwy\.?|highway|hwy\.?|suite|ste\.|p\.?\s?o\.? box|court st)\s*$|,\s*(?:suite|ste\.?)\s*#?\s*[\dA-Z]{1,5}$/i;

/** Words that make a line a sentence, a notice or furniture, never a title. */
// A First Nation's "Band Administrator" is a post, though "Band 5" is a pay band.
const NOT_TITLE = /^(?:pay\s+)?(?:grade|range|band|step)\b(?!\s+(?:administrator|manager|coordinator|director|officer|clerk|councillor|council\s+member)\b)|^(?:un)?classified$|^(?:non-?)?exempt$|^(?:full|part)[- ]time$|^(?:temporary|permanent|regular|seasonal|various|none|n\/a)$|\b(?:location|introduction|job type|job number|opening|is|are|was|were|will|shall|must|may|apply|click|please|posted|closing|opening|salary (?:schedule|range|grade|plan|table)s?|page|revised|effective|established|adopted|printed|updated|specification|specifications|classification plan|class specs?|job description|job profile|equal opportunity|employer|overview|announcement|bulletin|vacancy|posting|www\.|https?:|@|table of contents|index|exhibit|attachment|appendix|section [ivx\d]+|article|chapter|rule|code of|statute)\b/i;
/**
 * Words of an organization or an HR topic: a line with them is a header ("Human Resources Department"), unless a
 * job noun makes it a title ("Human Resources Analyst", "Director of Human Resources", "Personnel Clerk II").
 */
const ORG_TOPIC = /\b(?:department|salary|recruitment|human resources|personnel|civil service|exam|examination)\b/i;
/**
 * A title led by its job noun: "Director of Finance", "Clerk of Court", "Vice President for Student Affairs",
 * "Executive Director, Housing Authority". What follows names a field or an office, so an organization's words
 * at the end do not make it an employer's name.
 */
const NOUN_LED = new RegExp(
  String.raw`^(?:(?:senior|sr\.?|assistant|asst\.?|associate|deputy|chief|vice|executive|principal|lead|head|general|acting|interim|first|second|county|city|court|district|division)\s+){0,2}(?:${JOB_NOUNS})s?(?:\s+(?:of|for|to)\s+(?:the\s+)?[A-Z]|,\s*[A-Z])`,
  'i',
);

export function nounLed(title: string): boolean {
  return NOUN_LED.test(title.replace(/\s+/g, ' ').trim());
}

const SMALL = /^(?:of|and|the|for|in|on|to|a|an|or|with|&|-|–|\/|at|by)$/i;

/** A phrase that is never a title, whatever evidence stands next to it ("Non-exempt", "Pay Grade II", a site name). */
export function isNotTitle(candidate: string): boolean {
  const t = candidate.replace(/\s+/g, ' ').trim();
  if (NOT_TITLE.test(t) || STREET.test(t) || DISTRICT_INITIALS.test(t)) return true;
  // A table's header row ("Title Grade EEO-4 Code") names columns, not a class.
  if (/^(?:(?:class(?:ification)?|job|position|title|grade|pay|salary|range|code|eeo-?\d?|number|no\.?|step|flsa|designation|status|effective|date)\s*)+$/i.test(t)) return true;
  // An employment status ("Non Exempt - Union Position") or a reporting line ("Reports") is never a title.
  if (/^(?:non[- ]?)?exempt\b|^reports?(?:\s+to)?$/i.test(t)) return true;
  // "Level II" alone names a level of the series around it, not a class.
  if (/^level\s+(?:I{1,3}|IV|VI{0,3}|\d{1,2})$/i.test(t)) return true;
  // OCR debris ("BOJl..FJ) OF COUNTY COMMISSIONERS"): a closing parenthesis never opened, dots run together.
  if (/\.\.|[~{}<>\[\]]/.test(t) || (t.match(/\)/g) ?? []).length > (t.match(/\(/g) ?? []).length) return true;
  if (nounLed(t)) return false;
  // "Maintenance Worker, Drainage Division", "Dispatcher - Police Department", "Chief Clerk/District Court": a
  // title with the unit it serves in.
  const unit = /^(.{3,60}?)(?:,\s|\s?[-–]\s|\s?\/\s?)(.{3,60})$/.exec(t);
  if (unit && ORGANIZATION.test(unit[2]) && !ORGANIZATION.test(unit[1]) && titleWords(unit[1]).some(jobNounWord)) return false;
  return ORGANIZATION.test(t) || (ORG_TOPIC.test(t) && !JOB_NOUN.test(t));
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
  // A full stop inside means a sentence, unless it ends an abbreviation ("Sr. Planner", "Const. & Maint. Worker").
  const unabbreviated = t.replace(/\b(?:Sr|Jr|Asst|Assoc|Admin|Mgr|Supv|Dep|Const|Constr|Maint|Engr|Eng|Tech|Spec|Coord|Dir|Gen|Ofc|Off|Svcs?|Div|Dist|Dept|Prog|Info|Mgmt|Adm)\.(?=\s)/g, 'x');
  if (!/[A-Za-z]{2}/.test(t) || /[;!?]|\.\s|\d{4}|\$/.test(unabbreviated)) return no;
  if (/^\d/.test(t) && !/^\d+(?:st|nd|rd|th)\b/i.test(t)) return no;
  // A letterhead read from a scan comes out letter by letter ("C I T Y O F"), or with an underscore.
  if (/(?:^|\s)[A-Za-z](?:\s[A-Za-z]){2}(?=\s|$)/.test(t) || t.includes('_')) return no;
  const words = titleWords(t);
  if (words.length > 9) return no;
  // A phrase cut from a sentence ("and Salary Range for ...") starts with a joining word; a title never does.
  if (/^(?:of|and|for|in|on|to|or|with|at|by)$/i.test(words[0])) return no;
  if (/\bseries$|\broles$/i.test(t)) return no;
  if (isNotTitle(t)) return no;
  if (sectionKind(t) !== 'other' && !JOB_NOUN.test(t)) return no;
  // "Accountant, principal": an inverted title's modifier after the comma may be lower case.
  const head = t.includes(',') ? titleWords(t.split(',')[0]) : words;
  const content = head.filter((w) => !SMALL.test(w));
  const capitalized = content.filter((w) => /^[/(]?[A-Z0-9]/.test(w)).length;
  if (!content.length || capitalized < content.length - (content.length > 4 ? 1 : 0)) return no;
  const last = words[words.length - 1];
  // Nor ends with one: "Crew Worker I, II or" is a title cut short.
  if (/^(?:of|and|or|for|to|in|at|by|with)$/i.test(last) && words.length > 1) return no;
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
