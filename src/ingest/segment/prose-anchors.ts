/**
 * Classes named in running text: a title label in a long run, level sentences, a defining sentence, a series named in a sentence.
 */
import { SECTION_NOUN_FIRST, type LaidLine } from '../layout/layout-lines';
import { sectionKind } from '../layout/section-kinds';
import { codeToken, labelOnly } from './labels';
import { checkTitle, displayTitle, endsLikeTitle, jobNounWord } from './title-words';
import { normalizeTitle } from '../../model/keys';
import { type ClassAnchor, usable, labelsOf } from './anchor';
import { expandSeriesTitle } from './series-titles';
import { ORGANIZATION_NAME, ownLabel, labelledTitle, titleFromCandidate } from './title-candidates';

/** "... Job Title: Resource Management Officer Dept: Resource Management Supv: ...": a title label in a long run. */
/** Also glued to the capitals before it ("... SPECIFICATIONCLASSIFICATION TITLE: ..."). */
export const TITLE_LABEL_IN_RUN = /(?:\b|(?<=[A-Z]{3}))(?:job|class(?:ification)?|position)\s+title\s*:\s*/i;
/**
 * "... JOB DESCRIPTION TITLE Financial Aid Assistant JOB SUMMARY ...": the label in capitals without its colon (not
 * a supervisor's: "SUPERVISOR TITLE Finance Director", "REPORTS TO TITLE ...").
 */
const CAPS_TITLE_LABEL_IN_RUN = /(?:^|\s)(?<!SUPERVISOR'?S?\s|TO\s)(?:(?:JOB|CLASS(?:IFICATION)?|POSITION|WORKING)\s+)?TITLE\s+(?=[A-Z][a-z])/;
export const NEXT_LABEL = /^(?:[A-Z][A-Za-z.&/]{1,20} ){0,2}[A-Z][A-Za-z.&/]{1,20} ?:/;

/**
 * A title label in a paragraph too long to be read as label lines (an OCR'd page run into one line): its value
 * is the shortest run of words that is clearly a title and is followed by the next label. Without a title label,
 * the title in title case just before a run of grade and code labels ("Tax Appraiser II Pay Grade: 17 ... Class
 * Code: 0230"), with their values; else a title in capitals between a date and the first section heading.
 */
export function titleLabelInRun(lines: LaidLine[]): ClassAnchor | undefined {
  for (const l of lines) {
    if (!usable(l) || l.folded.length <= 400 || l.folded.length > 20000) continue;
    const colon = TITLE_LABEL_IN_RUN.exec(l.folded);
    const m = colon ?? CAPS_TITLE_LABEL_IN_RUN.exec(l.folded.slice(0, 1000));
    if (!m) continue;
    const words = l.folded.slice(m.index + m[0].length, m.index + m[0].length + 200).split(' ');
    for (let n = 1; n <= Math.min(9, words.length - 1); n++) {
      const candidate = words.slice(0, n).join(' ');
      // Before a section heading the value's end is certain, so the title need not end in a job noun ("Deputy
      // Clerk Clerk of Courts"); before another label it must.
      const beforeHeading = headingNext(words.slice(n));
      // Without a colon the label's value must end at a heading.
      if (!(beforeHeading || (colon && NEXT_LABEL.test(words.slice(n).join(' ')))) || !checkTitle(candidate).strong || !(beforeHeading || endsLikeTitle(candidate))) continue;
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
  // "Adopted: 10/20/05 PERSONNEL SPECIALIST DISTINGUISHING FEATURES OF THE CLASS: ...": a title in capitals
  // between a label's value and the first section heading, in the page's opening.
  for (const l of lines) {
    if (!usable(l) || l.folded.length <= 400 || l.folded.length > 20000) continue;
    const words = l.folded.slice(0, 800).split(' ');
    for (let p = 1; p < words.length - 1; p++) {
      if (!headingNext(words.slice(p))) continue;
      let s = p;
      while (s > 0 && p - s < 6 && /^(?:[A-Z][A-Z&/'.-]*[A-Z.]|I{1,3}|IV|VI{0,3})$/.test(words[s - 1])) s--;
      const candidate = words.slice(s, p).join(' ');
      // The run must stand after a value (a date, a number), not after a label ("Reports To: PUBLIC WORKS
      // DIRECTOR" names the supervisor) nor inside a heading of its own; a run that opens the page is the opening
      // title's rule's to read.
      if (s === p || s === 0 || !/\d/.test(words[s - 1])) break;
      const title = checkTitle(candidate).strong && endsLikeTitle(candidate) ? titleFromCandidate(candidate) : undefined;
      if (title) return { line: l.index, title: displayTitle(title), evidence: 'heading' };
      break;
    }
  }
  return undefined;
}
/**
 * "... PURPOSE OF CLASSIFICATIONThe purpose of ...": the words that follow open a section heading in capitals (glued
 * to the sentence after it by a conversion), so the value before them has ended.
 */
export function headingNext(words: string[]): boolean {
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
export const CODE_GRADE_RUN = /\b(?:pay\s+grade|salary\s+grade|class\s+code|job\s+code)\s*:\s*[A-Z]{0,3}-?\d/i;
export const LEVEL_WORD = /^(?:I{1,3}|IV|VI{0,3})$/;

/**
 * Labels in one column and their values in another, flattened into a block of labels and then a block of values
 * ("Job Title:" "Department:" ... then "Court Commissioner" "Superior Court" ...): the title is the value at the
 * title label's position, counted back from the end of the value block.
 */
export function labelColumnTitle(lines: LaidLine[]): { line: number; title: string } | undefined {
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
export function labelRowTitle(folded: string): string | undefined {
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
export const INLINE_LEVEL = /(?:^|\s)(?:The class (?:of )?)?((?:[A-Z][\w'-]*\s){1,5}(?:[A-Z]?\d{1,2}|I{1,3}|IV|VI?))\s+(?:[-–—]\s+|:\s+)?(?:This is the\s|(?<=[-–—:]\s+)this is the\s|[Ii]s the (?=(?:fully\s+qualified\s+)?(?:entry|journey(?:man)?|trainee|training|first|second|third|full|working|advanced|experienced|intermediate|senior|lead|supervisory|highest|lowest|basic)[- ]?(?:level|class|performance)))/g;

export const LEVEL_WORDS = ['entry', 'journey', 'senior', 'advanced', 'trainee', 'expert', 'lead', 'intermediate', 'master', 'apprentice'];
export const INLINE_LEVEL_WORD = new RegExp(String.raw`(?:^|\s)((?:[A-Z][\w'-]*\s){1,5})[-–—]\s+(${LEVEL_WORDS.flatMap((w) => [w.toUpperCase(), w[0].toUpperCase() + w.slice(1)]).join('|')})\s+This is\b`, 'g');

/**
 * Levels of a series described in prose run together ("... Library Assistant 5 This is the entry level. ...
 * Library Assistant 6 This is the intermediate level."): two or more, their titles the words the levels share
 * (a phrase run in before the first, "Title – Library Assistant-E", is left out) and each level's numeral.
 */
export function inlineLevelAnchors(lines: LaidLine[]): ClassAnchor[] {
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

/** "Receives immediate (Building Inspector I) or general (Building Inspector II) supervision": a series' levels. */
const SUPERVISION_LEVELS = /\b(?:immediate|close|direct)\s+\(([A-Z][^()]{2,60}?)\s(I{1,3}|IV|\d)\)\s+(?:or|to)\s+(?:general|direct)\s+\(([A-Z][^()]{2,60}?)\s(I{1,3}|IV|\d)\)\s+supervision\b/;
/** "Under supervision (Public Safety Dispatcher I) or general supervision (Public Safety Dispatcher II) performs ...". */
const UNDER_SUPERVISION_LEVELS = /\b[Uu]nder\s+(?:(?:immediate|close|direct)\s+)?(?:supervision|direction)\s+\(([A-Z][^()]{2,60}?)\s(I{1,3}|IV|\d)\)\s+(?:or|to)\s+(?:general\s+)?(?:supervision|direction)\s+\(([A-Z][^()]{2,60}?)\s(I{1,3}|IV|\d)\)/;

/**
 * A specification of two levels whose title line was lost (an excerpt starting at its definition) still names both
 * in its supervision sentence. The levels share the text from that line on.
 */
export function supervisionLevels(lines: LaidLine[]): ClassAnchor[] {
  for (const l of lines) {
    if (!usable(l) || l.folded.length > 2000) continue;
    const m = SUPERVISION_LEVELS.exec(l.folded) ?? UNDER_SUPERVISION_LEVELS.exec(l.folded);
    if (!m || m[1] !== m[3] || m[2] === m[4] || !checkTitle(m[1]).strong || !endsLikeTitle(m[1])) continue;
    const series = { title: displayTitle(m[1]) };
    return [m[2], m[4]].map((n, i) => ({ line: l.index, title: displayTitle(`${m[1]} ${n}`), series: { ...series, level: i + 1 }, evidence: 'series-title' as const }));
  }
  return [];
}

/** "Level 2 - Basic (Judiciary Clerk 2, Judiciary Clerk Driver, and Judiciary Account Clerk 1): ...": a band's levels. */
export const LEVEL_CLASSES = /^level\s+(\d{1,2})\b[^(]{0,60}\(([^()]{3,300})\)/i;

export function levelListAnchors(lines: LaidLine[]): ClassAnchor[] {
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
export function jsonRecordAnchor(lines: LaidLine[], text: string): ClassAnchor | undefined {
  const head = text.trimStart().slice(0, 4000);
  if (!/^[[{]/.test(head)) return undefined;
  const title = /"(?:title|class_?title|classTitle|job_?title|jobTitle|classification)"\s*:\s*"([^"\\]{3,90})"/i.exec(head)?.[1];
  const code = /"(?:code|class_?code|classCode|job_?code|jobCode)"\s*:\s*"([^"\\]{1,20})"/i.exec(head)?.[1];
  if (!title || !checkTitle(title).ok) return undefined;
  return { line: lines.find(usable)?.index ?? 0, title: displayTitle(title), code: code ? codeToken(code) : undefined, evidence: 'title-label' };
}

/** "The Parking Enforcement Officer is a paraprofessional class responsible for ...": a sentence defining the class. */
/** "Plant Operator I/II/III is a flexibly staffed class series": a sentence naming the series by its combined title. */
export const SERIES_SENTENCE = /(?:^|[.:]\s+)(?:The\s+)?([A-Z][\w'&-]*(?:\s[A-Z][\w'&-]*){0,5}\s(?:I{1,3}|IV|VI?)(?:\s?\/\s?(?:I{1,3}|IV|VI?))+)\s+(?:is|are)\s+(?:a|an|the)\s+(?:[a-z-]+\s){0,3}(?:class(?:ification)?\s+)?series\b/;

/** With no other evidence, the combined title of the one series a sentence names; its text is the whole page. */
export function seriesSentence(lines: LaidLine[]): ClassAnchor | undefined {
  const found = lines.filter(usable).slice(0, 40).flatMap((l) => {
    const m = SERIES_SENTENCE.exec(l.folded);
    return m && expandSeriesTitle(m[1]) ? [m[1]] : [];
  });
  const first = lines.find(usable);
  return found.length && first && new Set(found.map(normalizeTitle)).size === 1 ? { line: first.index, title: found[0], evidence: 'heading' } : undefined;
}

/** "The OFFICE SPECIALIST 1 performs general office work ...": the class named in capitals as a sentence's subject. */
export const DEFINING_CAPITALS = /(?:^|[.:]\s+)The ((?:[A-Z][A-Z'&/-]+\s){0,5}[A-Z][A-Z'&/-]+(?:\s(?:I{1,3}|IV|VI?|\d))?)\s+(?=[a-z]{3,}\b)/;
/** "Job Description: Law Clerk works directly with a District Court Judge ...": a description label's sentence opening with the class. */
const DESCRIPTION_LABEL = /^(?:job\s+|position\s+|class\s+)?(?:description|summary|purpose|definition|overview)\s*:\s*/i;
export const DESCRIBED = /^(?:The\s+|An?\s+)?((?:[A-Z][\w'&/-]*\s(?:(?:of|and|for|&)\s)?){0,5}[A-Z][\w'&/-]*(?:\s(?:I{1,3}|IV|VI?|\d))?)\s+(?:is|will|[a-z]{3,}s)\s+[a-z]/;
const UNDER_DIRECTION = /^Under\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:direction|supervision)\b[^.]{0,240}?,\s+(?:the|an?)\s+((?:[A-Z][\w'&/-]*\s(?:(?:of|and|for|&)\s)?){0,5}[A-Z][\w'&/-]*(?:\s(?:I{1,3}|IV|VI?|\d))?)\s+(?:is|will|[a-z]{3,}s)\s+[a-z]/;
export const DEFINING = /(?:^|[.:]\s+)The ((?:[A-Z][\w'&/-]*\s){0,5}[A-Z][\w'&/-]*(?:\s(?:I{1,3}|IV|VI?|\d))?) is (?:a|an|the) (?:[a-z-]+\s){0,3}(?:class|classification|job class)\b/;
/**
 * "Director of Municipal Operations shall be responsible for ...": a job description's opening duty, the post its
 * subject; two words or more, not a plural ("Officers will be responsible for ..." speaks of a grade's holders).
 */
const SHALL_BE_RESPONSIBLE = /^((?:[A-Z][\w'&/-]*\s(?:(?:of|and|for|&)\s)?){1,5}[A-Z][\w'&/-]*(?<!(?:er|or|nt|st)s)(?:\s(?:I{1,3}|IV|VI?|\d))?)\s+(?:shall|will)\s+be\s+responsible\s+for\s/;
/** "The position of Clerk of Works is one which provides ...": a role specification naming its post. */
const POSITION_OF = /(?:^|[.:]\s+)The (?:position|post|role) of ((?:[A-Z][\w'&/-]*\s(?:(?:of|and|for|&)\s)?){0,5}[A-Z][\w'&/-]*(?:\s(?:I{1,3}|IV|VI?|\d))?) (?:is|will|involves|requires)\b/;

/**
 * A page whose title line was lost names its class only in the sentence defining it. With no other evidence, that
 * sentence's subject is the class when it is clearly a job title; one such sentence only (two would be a list of
 * other classes).
 */
export function definingSentence(lines: LaidLine[]): ClassAnchor | undefined {
  const found = lines.filter(usable).slice(0, 40).flatMap((l) => {
    const label = DESCRIPTION_LABEL.exec(l.folded);
    // A described subject must end like a job ("Harris County Sheriff Office is hiring" names the employer).
    const described = label ? DESCRIBED.exec(l.folded.slice(label[0].length)) : null;
    const m = DEFINING.exec(l.folded) ?? DEFINING_CAPITALS.exec(l.folded) ?? POSITION_OF.exec(l.folded) ?? (described && endsLikeTitle(described[1]) ? described : null) ?? (l.kind === 'paragraph' ? SHALL_BE_RESPONSIBLE.exec(l.folded) : null);
    const t = m ? titleFromCandidate(m[1]) : undefined;
    return t && checkTitle(t).strong ? [{ title: t }] : [];
  });
  // "DEFINITION" on a line of its own, then "Under the direction of the Assistant Manager ..., the Maintenance
  // Custodian performs ...": the definition's opening sentence (wrapped over lines) names the class after the
  // supervision it works under, or as its subject.
  const used = lines.filter(usable);
  used.slice(0, 40).forEach((l, i) => {
    if (!/^[A-Z][A-Za-z ]{3,40}:?$/.test(l.folded.trim()) || sectionKind(l.folded.trim()) !== 'concept') return;
    const opening = used.slice(i + 1, i + 5).map((x) => x.folded.trim()).join(' ');
    // "Purpose" then "The Equipment Operator 1 performs professional driving ...": the opening sentence's subject.
    // Not when that sentence's subject assigns or directs "this position" (its supervisor, not the class).
    const first = /^[^.]*/.exec(opening)![0];
    const m = UNDER_DIRECTION.exec(opening) ?? (/^(?:The|An?)\s/.test(opening) && !/\bth(?:is|e) (?:position|class|job)\b|\bincumbents?\b/i.test(first) ? DESCRIBED.exec(opening) : null);
    const t = m && endsLikeTitle(m[1]) ? titleFromCandidate(m[1]) : undefined;
    if (t && checkTitle(t).strong) found.push({ title: t });
  });
  const titles = new Set(found.map((f) => normalizeTitle(f.title)));
  // The whole page is the class's text (the sentence itself is read for its fields, not passed over as a title line).
  const first = lines.find(usable);
  if (titles.size !== 1 || !first) return undefined;
  // The page's one code label ("Classification Number: 0103") is this class's code.
  const codes = lines.filter(usable).slice(0, 40).flatMap((l) => labelsOf(l).filter((x) => x.name === 'code').map((x) => codeToken(x.value))).filter(Boolean);
  return { line: first.index, title: displayTitle(found[0].title), code: codes.length === 1 ? codes[0] : undefined, evidence: 'heading' };
}

/** "This is the entry level class in the Customer Service Representative series": the series' first level. */
const ENTRY_LEVEL_OF_SERIES = /\bThis is the (?:entry|first|beginning|trainee)[- ]level (?:class(?:ification)?|position) (?:in|of|within) the ((?:[A-Z][\w'&/-]*\s(?:(?:of|and|&)\s)?){0,5}[A-Z][\w'&/-]*) (?:class(?:ification)?\s+)?series\b/;

/**
 * A spec whose title line was lost, saying only that it is the entry level of its series and naming a higher
 * level ("... positions allocated to the Customer Service Representative II level"): the class is the series'
 * level I (or 1, as the page numbers the higher level). Without a higher level so named the numbering is unknown.
 */
export function entryLevelSentence(lines: LaidLine[]): ClassAnchor | undefined {
  const used = lines.filter(usable).slice(0, 40);
  const m = used.map((l) => ENTRY_LEVEL_OF_SERIES.exec(l.folded)).find(Boolean);
  const first = used[0];
  if (!m || !first || !endsLikeTitle(m[1]) || !checkTitle(m[1]).strong) return undefined;
  const all = used.map((l) => l.folded).join(' ');
  const numeral = all.includes(`${m[1]} II`) ? 'I' : all.includes(`${m[1]} 2`) ? '1' : undefined;
  return numeral ? { line: first.index, title: displayTitle(`${m[1]} ${numeral}`), series: { title: displayTitle(m[1]), level: 1 }, evidence: 'heading' } : undefined;
}

/**
 * "Snook ISD Job Description Custodian": a page footer naming the employer, the kind of document and the title, the
 * only place a template's job description names its class. One title so named, ending like a job.
 */
export function footerTitle(lines: LaidLine[]): ClassAnchor | undefined {
  const found = new Set<string>();
  for (const l of lines) {
    if (l.kind === 'blank' || l.folded.length > 120) continue;
    const m = /^(.{3,60}?)\s+(?:job|position)\s+description\s+(?:for\s+)?([A-Z].{2,60})$/i.exec(l.folded.trim());
    if (!m || !(ORGANIZATION_NAME.test(m[1]) || /\b(?:C?ISD|USD|ESD)\b/.test(m[1]))) continue;
    const t = titleFromCandidate(m[2]);
    if (t && checkTitle(t).strong && endsLikeTitle(t)) found.add(displayTitle(t));
  }
  const first = lines.find(usable);
  return found.size === 1 && first ? { line: first.index, title: [...found][0], evidence: 'heading' } : undefined;
}

/**
 * "The library assistant I is expected to ...", "The custodian classification is a multiposition classification": a
 * spec that lost its title line and names its class only in lower case. The name must end in a job noun and carry a
 * level or the word "classification" or "class" after it; one such name only, and the page must read as a spec (a section
 * heading of its own kinds).
 */
const LOWER_CASE_SUBJECT = /(?:^|[.:;]\s+)The ((?:[a-z][a-z'-]+ ){0,3}[a-z][a-z'-]+)(?: (I{1,3}|IV|V) (?=(?:is|will|may|performs|works|serves)\b)| (?:classification|class) is\b)/g;

export function lowerCaseSubject(lines: LaidLine[]): ClassAnchor | undefined {
  const used = lines.filter(usable);
  if (!used.some((l) => (l.kind === 'heading' || l.kind === 'list-item') && l.folded.length <= 40 && sectionKind(l.folded.replace(/^\d+\.\s*/, '').trim()) !== 'other')) return undefined;
  const found = new Map<string, string>();
  for (const l of used.slice(0, 80)) {
    // A sentence that also says "this class" compares another class with it.
    if (l.folded.length > 20000 || /\bthis (?:class|position)\b/i.test(l.folded)) continue;
    for (const m of l.folded.matchAll(LOWER_CASE_SUBJECT)) {
      const words = m[1].split(' ');
      if (!jobNounWord(words[words.length - 1])) continue;
      // Written in lower case: displayTitle capitalizes a title read as capitals.
      const title = displayTitle((m[2] ? `${m[1]} ${m[2]}` : m[1]).toUpperCase());
      if (checkTitle(title).strong) found.set(normalizeTitle(title), title);
    }
  }
  const first = used[0];
  if (found.size !== 1 || !first) return undefined;
  return { line: first.index, title: [...found.values()][0], evidence: 'heading' };
}

/**
 * "The Bus Operator will be trained ...", "A Custodian I (As-Needed) performs ...", "The Library Assistant 1 - Collections
 * performs ..." (a level and the unit after its dash), "Under the direction of ..., the
 * Senior Program Manager is responsible": a posting that names its class
 * only as the subject of its sentences. The subject must be clearly a job title and the one named most often, twice
 * or more (a class named once may be the one the post reports to); a tie names no class.
 */
export const NAMING = /(?:^|[.:;]\s+|\(\w+\)\s+|,\s+(?=the\s))(?:The|the|An?)\s+((?:[A-Z][\w'&/-]*\s(?:(?:of|and|for|&)\s)?){0,5}[A-Z][\w'&/-]*(?:\s(?:I{1,3}|IV|V|[1-5])(?:\s-\s[A-Z][a-z][\w'&/-]*)?)?)(?:\s\([^()]{1,30}\))?\s+(?:will|is|performs|serves|provides|works|reports|oversees|manages|plans|leads|assists|helps|maintains|supports|coordinates|prepares|conducts|operates|must|shall|may|has)\b/g;

export function namingSentence(lines: LaidLine[]): ClassAnchor | undefined {
  const counts = new Map<string, { title: string; n: number }>();
  for (const l of lines.filter(usable).slice(0, 60)) {
    if (l.folded.length > 20000) continue;
    for (const m of l.folded.matchAll(NAMING)) {
      const t = titleFromCandidate(m[1]);
      if (!t || t !== m[1] || !checkTitle(t).strong) continue;
      const key = normalizeTitle(t);
      counts.set(key, { title: t, n: (counts.get(key)?.n ?? 0) + 1 });
    }
  }
  // "The Deputy Superintendent of Parks reports ...", then "the Deputy Superintendent provides ...": a shortened
  // mention (the title's opening words) counts for the title it shortens, when only one title opens so.
  for (const [key, short] of counts) {
    const longer = [...counts.keys()].filter((k) => k !== key && k.startsWith(`${key}-`));
    if (longer.length === 1) {
      counts.get(longer[0])!.n += short.n;
      counts.delete(key);
    }
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  const first = lines.find(usable);
  // "Aquatics Maintenance" over "The Aquatics Maintenance Technician keeps ...": the headline shortened the
  // class's name, whatever verb follows. Not on a department's page ("Public Works" over "The Public Works Director
  // approves ..."): a unit's name, or one the page writes with "Department" after it, heads what the unit does.
  const head = first?.folded.trim() ?? '';
  const headline = head.length <= 50 && /^[A-Z][\w'&-]*(?: [A-Z][\w'&-]*){0,4}$/.test(head) && !endsLikeTitle(head);
  // (The headline is only words and spaces here, so it stands in a pattern as it is.)
  const unitPage = headline && (/\b(?:works|services|department|division|office|administration|affairs|resources|operations)$/i.test(head) || new RegExp(`\\b${head}\\s+(?:Department|Division|Dept\\.?)`).test(lines.map((l) => l.folded).join(' ').slice(0, 20000)));
  const short = headline && !unitPage ? head : undefined;
  const fuller = short ? new RegExp(`\\b(?:The|the|An?|an?)\\s+${short}\\s+([A-Z][a-z]+)\\s+[a-z]+s\\b`) : undefined;
  const longer = fuller ? lines.filter(usable).slice(0, 30).map((l) => fuller.exec(l.folded)).find(Boolean) : undefined;
  if (!ranked.length && first && longer && jobNounWord(longer[1]) && checkTitle(`${short} ${longer[1]}`).strong) return { line: first.index, title: displayTitle(`${short} ${longer[1]}`), evidence: 'heading' };
  // Once is enough when the page's headline is the title's opening words ("Park Maintenance" over "The Park
  // Maintenance Worker is ..."): the headline shortened the class's name.
  const headlined = first && ranked.length ? normalizeTitle(ranked[0].title).startsWith(`${normalizeTitle(first.folded)}-`) : false;
  // Named once, a subject with its level ("The Equipment Operator I supports ...") and no other subject named is
  // the class: a series' level names a class, not a unit or the employer.
  const leveled = ranked.length === 1 && /\s(?:I{1,3}|IV|V|[1-5])$/.test(ranked[0].title);
  if (!ranked.length || (ranked[0].n < 2 && !headlined && !leveled) || ranked[1]?.n === ranked[0].n || !first) return undefined;
  return { line: first.index, title: displayTitle(ranked[0].title), evidence: 'heading' };
}

/**
 * "Field Project Technician I – $ 21.46", "Building Inspector II - $45,153.96 - $68,707.09": a posting that lists each
 * class it hires for with its rate or range, a line of its own per class, or several run onto one line ("Maintenance
 * Worker Level I - $16.00 - $19.00 Maintenance Worker Level II - $18.00- $21.00 These ranges ..."), the status and
 * a starting rate too ("Equipment Operator I - Non-Exempt, starting at $35,118.00/yr."). What stands before
 * each rate is a title; two or more such titles, each clearly one.
 */
const RATES = /\s?[-–—:]\s*(?:(?:non[- ]?)?exempt,?\s+)?(?:(?:starting|starts|beginning)\s+at\s+|from\s+)?\$\s?\d{1,3}(?:,\d{3})*(?:\.\d{2})?(?:\s?[-–—]\s?\$\s?\d{1,3}(?:,\d{3})*(?:\.\d{2})?)?(?:\s*(?:\/|per|an?)\s*(?:hour|hr|year|yr|annually|month|mo)\.?|\s+(?:monthly|annually|hourly|yearly|bi-?weekly))?/gi;

export function titleRateLines(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length > 400) continue;
    const pieces = l.folded.trim().replace(/^[-•*·▪]\s*/, '').split(RATES);
    // A line of its own ends with its rate; after several run together, prose may follow the last.
    if (pieces.length < 2 || (pieces.length === 2 && pieces[1].trim())) continue;
    const named = pieces.slice(0, -1).map((raw) => ({ raw, title: titleFromCandidate(raw) }));
    if (named.every((p) => p.title && p.title === p.raw.trim() && checkTitle(p.title).strong)) {
      for (const p of named) out.push({ line: l.index, title: displayTitle(p.title!), evidence: 'heading', sharedTail: true });
    }
  }
  return out.length >= 2 ? out : [];
}

/**
 * "- Maintenance Tech Level I" ... "- Maintenance Tech Level II": list items naming two or more levels of one
 * series (their requirements in the items between). Under a posting's headline that names the series ("Temp
 * Snowplow Driver / Hwy Maintenance Tech - Culbertson"), the levels are the classes and the headline is the posting's.
 */
export function levelItemsUnderHeadline(lines: LaidLine[], anchors: ClassAnchor[]): ClassAnchor[] | undefined {
  if (anchors.length !== 1 || anchors[0].evidence !== 'heading') return undefined;
  const items = lines.flatMap((l) => {
    const text = l.kind === 'list-item' ? l.folded.replace(/^[-•*·▪\s]+/, '').trim() : '';
    const m = /^(.{3,50}?)\s+(?:Level\s+)?(I{1,3}|IV|V|\d)$/.exec(text);
    return m && checkTitle(m[1]).ok ? [{ l, base: m[1], text }] : [];
  });
  const base = items[0]?.base;
  const same = items.filter((x) => x.base.toLowerCase() === base?.toLowerCase());
  if (same.length < 2 || new Set(same.map((x) => x.text)).size !== same.length) return undefined;
  // The headline may abbreviate the series ("Road Maint Worker"): it names the same kind of worker.
  const noun = base!.split(/\s+/).pop()!.toLowerCase();
  if (!anchors[0].title.toLowerCase().split(/[^a-z]+/).includes(noun)) return undefined;
  return same.map((x, i) => ({ line: x.l.index, title: displayTitle(x.text), series: { title: displayTitle(base!), level: i + 1 }, evidence: 'series-title' as const }));
}

/**
 * "Title: PROGRAMMER I Office of the Inspector General" ... "PROGRAMMER II Office of the Inspector General": a
 * posting open at several levels gives each level a line of the same shape as the labelled one (the same title in
 * capitals with another numeral, the same words after it). Each such line is a level of the labelled class's series.
 */
export function siblingLevelLines(lines: LaidLine[], anchors: ClassAnchor[]): ClassAnchor[] | undefined {
  const [own] = anchors;
  if (anchors.length !== 1 || own.evidence !== 'title-label' || own.series) return undefined;
  const level = /^(.{3,60}?)\s+(I{1,3}|IV|V|VI{1,3})$/.exec(own.title);
  const line = lines[own.line];
  if (!level || !line) return undefined;
  const shape = (text: string) => {
    const m = /^([A-Z][A-Z'&/.-]*(?: [A-Z][A-Z'&/.-]*)*?) (I{1,3}|IV|V|VI{1,3})(?: (.{0,80}))?$/.exec(text.trim());
    return m ? { base: m[1].toLowerCase(), numeral: m[2], rest: (m[3] ?? '').trim() } : undefined;
  };
  const value = labelsOf(line).find((v) => v.name === 'title')?.value ?? '';
  const mine = shape(value);
  if (!mine || mine.base !== level[1].toLowerCase()) return undefined;
  const siblings = lines.filter((l) => l.index > own.line && usable(l) && l.folded.length <= 140).flatMap((l) => {
    const s = shape(l.folded);
    return s && s.base === mine.base && s.rest === mine.rest && s.numeral !== mine.numeral ? [{ l, numeral: s.numeral }] : [];
  });
  if (!siblings.length || new Set(siblings.map((x) => x.numeral)).size !== siblings.length) return undefined;
  const base = displayTitle(level[1]);
  // Each level's rank is its numeral's, whatever order the posting lists them in.
  const rank: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8 };
  return [{ line: own.line, numeral: mine.numeral }, ...siblings.map((x) => ({ line: x.l.index, numeral: x.numeral }))].map((x) => ({ line: x.line, title: displayTitle(`${level[1]} ${x.numeral}`), series: { title: base, level: rank[x.numeral] }, evidence: 'series-title' as const }));
}

/**
 * "Level 5 (CORP5)", "WORK LEVEL 1 (ASO1)", "Band 3 (TECH3)": a level of a classification stream named with its code, the code's own
 * number the level's (so "Level 2 (Grade 7)" is not one). Public services that classify by stream and level (in
 * the UK and Australia) name their classifications this way, one per heading or run together in an index.
 */
const CODED_LEVEL = /(?:^|\s)((?:work\s+)?(?:level|band)\s+(\d{1,2}))\s*\(([A-Z]{2,5}) ?(\d{1,2})\)?(?=\s|$)/gi;

/** Not deduplicated by title: two streams each have a "Level 1", told apart by their codes. */
export function codedLevelAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length > 20000) continue;
    for (const m of l.folded.matchAll(CODED_LEVEL)) {
      const code = `${m[3]}${m[4]}`;
      if (m[2] !== m[4] || m[3] !== m[3].toUpperCase() || out.some((a) => a.code === code)) continue;
      out.push({ line: l.index, title: displayTitle(m[1]), code, level: Number(m[2]), evidence: 'title-with-code' });
    }
  }
  return out;
}

/**
 * "... applicants for the position of Business Management Coordinator (Program Coordinator III) located at ...",
 * "This position is for ONE Roadway Maintenance Tech I, II, or III (General Transportation Tech I/II/III)": a
 * posting's working title with the class it is filled from in parentheses, in its prose. The class in parentheses
 * names its level ("III", "A") or its series' levels ("I/II/III"); the words before it end like a job title.
 */
const TITLE_THEN_PARENS = /([A-Z][\w'&/.,-]*(?:\s(?:[A-Z][\w'&/.,-]*|of|and|or|for|&)){0,8})\s\(([^()]{3,60})\)/g;

export function classesInParens(lines: LaidLine[]): { line: number; outer: string; inner: string }[] {
  const out: { line: number; outer: string; inner: string }[] = [];
  for (const l of lines.filter(usable).slice(0, 40)) {
    if (l.folded.length > 5000) continue;
    for (const m of l.folded.matchAll(TITLE_THEN_PARENS)) {
      const outer = m[1].replace(/,$/, '');
      const inner = m[2].replace(/\s+/g, ' ').trim();
      const series = expandSeriesTitle(inner);
      // A series' base may end in a short job noun ("Tech") that alone does not make a title strong.
      const strong = checkTitle(inner).strong || (!!series && checkTitle(series.base).ok && jobNounWord(series.base.split(' ').pop()!));
      if (!(series || /\s(?:I{1,3}|IV|VI{0,3}|\d|[A-D])$/.test(inner)) || !strong || !endsLikeTitle(outer) || titleFromCandidate(inner) !== inner) continue;
      out.push({ line: l.index, outer, inner });
    }
  }
  return out;
}

/**
 * "The NAU system title for this position is Assistant Director, Campus Operations.": a posting naming the class
 * behind its working title in a sentence.
 */
const SYSTEM_TITLE = /\b(?:system|classification|class|civil service|official|state|university|payroll)\s+title\s+(?:for|of)\s+(?:this|the)\s+(?:position|job|role|vacancy)\s+is\s+(?:the\s+)?([A-Z][^.;:()]{2,80}?)(?:\.(?:\s|$)|;|$)/;

export function systemTitle(lines: LaidLine[]): { line: number; title: string } | undefined {
  for (const l of lines.filter(usable).slice(0, 60)) {
    if (l.folded.length > 5000) continue;
    const m = SYSTEM_TITLE.exec(l.folded);
    const title = m ? titleFromCandidate(m[1]) : undefined;
    if (title && checkTitle(title).strong) return { line: l.index, title };
  }
  return undefined;
}

/**
 * "1. Adopt the amended classification specification for Boat Operator I/II (classification # 0431A/B) ...; 2.
 * Approve the revised salary range for Boat Operator I/II (classification # 0431A/B), from salary range 357/371 to
 * salary range 385/405": a board's agenda or a staff report naming classes in its prose, each with its code under
 * a class label in parentheses. The code's label is the evidence; a salary range the same sentence moves the class
 * to is its grade. A series' levels share the code's stem, each with its own letter ("0431A/B": 0431A, 0431B), and
 * take a slash-paired range in their order.
 */
const LABELLED_CODE_IN_PROSE = /([A-Z][\w'&.-]*(?:\s(?:[A-Z][\w'&.-]*|I{1,3}\/I{1,3}|of|and|&)){0,8}?)(?:\s+classification)?\s*\(\s*(?:classification|class|job)\s*(?:#|no\.|number|code)\s*:?\s*(\d{2,6})([A-Z](?:\/[A-Z])*)?\s*\)/g;
const AGENDA_VERB = /^(?:adopt|approve|abolish|amend|create|establish|add|delete|retitle|reclassify|authorize|eliminate)\s/i;

export function labelledCodeMentions(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length > 5000) continue;
    for (const m of l.folded.matchAll(LABELLED_CODE_IN_PROSE)) {
      const named = m[1].replace(AGENDA_VERB, '').trim();
      const series = expandSeriesTitle(named);
      const title = series ? named : titleFromCandidate(named);
      if (!title || !checkTitle(series ? series.base : title).strong) continue;
      // The rest of the sentence (to its end or the next numbered item) may move the class to a new salary range.
      const rest = l.folded.slice(m.index + m[0].length, m.index + m[0].length + 300).split(/;|\.(?:\s|$)|\s\d{1,2}\.\s/)[0];
      const range = /\bto\s+(?:salary\s+)?range\s+(\d{1,4}(?:\/\d{1,4})*)\b/i.exec(rest)?.[1].split('/');
      const letters = m[3]?.split('/');
      if (!series) {
        out.push({ line: l.index, title: displayTitle(title), code: m[2] + (m[3] ?? ''), grade: range?.length === 1 ? range[0] : undefined, evidence: 'title-with-code', row: true });
        continue;
      }
      series.levels.forEach((n, i) =>
        out.push({
          line: l.index,
          title: displayTitle(`${series.base} ${n}`),
          series: { title: displayTitle(series.base), level: i + 1 },
          code: letters?.length === series.levels.length ? m[2] + letters[i] : m[2] + (m[3] ?? ''),
          grade: range?.length === series.levels.length ? range[i] : undefined,
          evidence: 'series-title',
          row: true,
        }),
      );
    }
  }
  return out;
}
