/**
 * Promotions a specification implies without a qualification clause: "the next higher class is X", "may advance
 * to X", "a Clerk I is promoted to the Clerk II level", "filled by advancement from the Worker I class". Only
 * wording that names the class moved to (or from) counts; the mover is the class named as the sentence's subject,
 * else the class the section belongs to.
 */
import type { ClassRef, Span } from '../../model/specification';
import { fold } from '../layout/fold';
import { squash } from '../parsers/text/lines';
import { classNamesAt } from './class-names';

export interface AdvancementMention {
  /** The class that moves; absent when it is the class being read. */
  from?: ClassRef;
  /** The class moved to; absent when it is the class being read ("advancement from X"). */
  to?: ClassRef;
  statement: string;
  span: Span;
}

const VERB = String.raw`(?:(?:non-?competitively|normally|typically|generally)\s+)?(?:advance[sd]?|progress(?:es|ed)?|promoted?|reclassified|reassigned|moved?|flex(?:ed)?|advanced)`;
const TARGET = String.raw`(?:in)?to\s+(?:the\s+)?(?:level\s+of\s+|class(?:ification)?\s+of\s+|position\s+of\s+)?(?:an?\s+|the\s+)?(?=[A-Z])`;
/** "A Courtroom Clerk I is promoted to ...": the subject is the title just before the verb. */
/** "An Operator Trainee will have the opportunity to promote to ...": the same, with the chance named. */
const SUBJECT_VERB = new RegExp(String.raw`(?:is|are|may\s+be|can\s+be|will\s+be|shall\s+be|would\s+be|could\s+be|(?:has|have|will\s+have)\s+the\s+opportunity\s+to(?:\s+be)?)\s+${VERB}\s+${TARGET}`, 'g');
/** "may advance to X", "may reasonably expect to advance to X". */
const MODAL_VERB = new RegExp(String.raw`\b(?:may|can|could|will|would|shall|must|expected\s+to|required\s+to|eligible\s+to)\s+(?:(?:reasonably\s+)?expect\s+to\s+)?(?:be\s+)?${VERB}\s+${TARGET}`, 'g');
/** "Incumbents at the Utility Laborer I level may ...": the mover named by its level before the verb. */
const AT_LEVEL_SUBJECT = /\b(?:[Ii]ncumbents|[Ee]mployees|[Pp]ositions|[Ss]taff)\s+(?:at|in)\s+the\s+((?:[A-Z][\w'’&/-]*\s+){0,5}(?:[A-Z][\w'’&/-]*|I{1,3}|IV|\d))\s+(?:level|class)\s+[^.;]{0,40}$/;
/** "Incumbents must demonstrate satisfactory performance and advance to X": the verb after "and". */
const AND_VERB = new RegExp(String.raw`\band\s+(?:advance|progress|be\s+promoted)\s+${TARGET}`, 'g');
const TO_LEADS = [
  /\bnext\s+higher\s+(?:level|class(?:ification)?|step|position)(?:\s+in\s+(?:the|this)\s+series)?\s+(?:is|would be)\s+(?:the\s+|an?\s+)?(?=[A-Z])/g,
  // "distinguished from the next higher class, Airport Manager, in that ...": the class named in apposition.
  /\bnext\s+higher\s+(?:level|class(?:ification)?),\s+(?:the\s+|an?\s+)?(?=[A-Z])/g,
  /\b(?:[Pp]romotion(?:al\s+opportunit(?:y|ies))?|[Aa]dvancement|[Pp]rogression|[Rr]eassignment)\s+(?:is\s+|are\s+)?(?:in)?to\s+(?:the\s+)?(?:level\s+of\s+|class(?:ification)?\s+of\s+)?(?:an?\s+|the\s+)?(?=[A-Z])/g,
  /\b(?:leads?|promotes?)\s+to\s+(?:the\s+)?(?:an?\s+)?(?=[A-Z])/g,
  // "This class is flexibly-staffed with Clerk II" ("alternately staffed"): incumbents move up to that class.
  /\b(?:flexibly|alternately)[\s-]*staffed\s+with\s+(?:the\s+)?(?:an?\s+)?(?=[A-Z])/g,
];
const FROM_LEAD = /\b(?:[Aa]dvancement|[Pp]romotion|[Pp]rogression)\s+from\s+(?:the\s+|an?\s+)?(?:(?:next\s+)?lower\s+(?:grade|level|class(?:ification)?)\s+of\s+(?:the\s+|an?\s+)?)?(?=[A-Z])/g;
/** "may promote from Assistant Planner to Associate Planner": both ends named, the mover first. */
const FROM_TO = new RegExp(String.raw`\b${VERB}\s+from\s+(?:the\s+)?(?:level\s+of\s+|class(?:ification)?\s+of\s+|position\s+of\s+)?(?:an?\s+)?(?=[A-Z])`, 'g');
/** What follows the mover's title: its code, if any, then "to (the position of) ...". */
const THEN_TO = new RegExp(String.raw`^(?:\s*\(?[A-Z]{0,4}\d[\dA-Z-]{1,9}\)?)?\s+(?:(?:level|class(?:ification)?|position)\s+)?${TARGET}`);
/** The title that ends right before `at` ("... A Courtroom Clerk I" + " is promoted"). */
function subjectBefore(raw: string, at: number): ClassRef | undefined {
  const before = raw.slice(Math.max(0, at - 90), at).trimEnd();
  const m = /(?:^|[.;:]\s+|\b(?:[Aa]n?|[Tt]he|[Ee]ach|[Ee]very|[Ii]ncumbents?\s+(?:in|of)\s+the)\s+)((?:[A-Z][\w'’&/-]*\s+){0,5}(?:[A-Z][\w'’&/-]*|I{1,3}|IV|\d))$/.exec(before);
  if (!m) return undefined;
  return classNamesAt(m[1].replace(/^(?:An?|The|Each|Every)\s+/, ''))[0];
}

/** The class a move "to the higher level" names: the next level of the mover's series, resolved by the parser. */
export const NEXT_LEVEL = '\u0000next level';
/** A copy may lose the space in "next higher"; "in the series" names no other class ("in the Clerk series" would). */
/** "advance to the higher-level after ...": the hyphenated adjective may stand alone. */
const TO_HIGHER_LEVEL = /\b(?:progression|progress|advance(?:ment)?|promot(?:ion|ed))\s+to\s+the\s+(?:next\s*)?higher(?:-level(?:\s+class(?:ification)?)?|\s+(?:level|class(?:ification)?))\b(?!\s+of\b|\s+in\b(?!\s+(?:the|this|its)\s+series\b))/gi;

/** "will move through the series in non-competitive promotions": each level moves up to the next. */
const THROUGH_SERIES = /\b(?:move[sd]?|advance[sd]?|progress(?:es|ed)?|promote[sd]?)\s+through\s+the\s+(?:class\s+)?(?:series|levels)\b/i;

/** The class a move names by its level numeral alone, resolved by the parser within the mover's series. */
export const AT_LEVEL = '\u0000level ';
/** "expected to progress to the II level", "Advancement from the I to the II level": levels of the series read. */
const BY_NUMERAL = /\b(?:[Pp]rogress(?:ion)?|[Aa]dvance(?:ment)?|[Pp]romot(?:ion|ed)|[Rr]eassign(?:ment|ed))\s+(?:from\s+(?:the\s+)?(I{1,3}|IV|V)\s+)?to\s+(?:the\s+)?(I{1,3}|IV|V)\s+level\b/g;

/** The classes named at the start of `rest`; else a title in sentence case closed by its level numeral ("Court services specialist I"). */
function targets(rest: string): ClassRef[] {
  const named = classNamesAt(rest);
  const sentenceCase = /^([A-Z][a-z]+(?: [a-z]+){1,4} (?:I{1,3}|IV|V|[1-9]))\b/.exec(rest)?.[1];
  // Only its first word capitalized, the title reads as that word alone ("Records") unless taken whole.
  if (sentenceCase && named.length <= 1 && (!named.length || sentenceCase.toLowerCase().startsWith(`${named[0].title.toLowerCase()} `))) return [{ title: sentenceCase }];
  return named;
}

export function readAdvancement(text: string, span: Span, wholeSection = false): AdvancementMention[] {
  const raw = fold(text.slice(span.start, span.end)).replace(/\s+/g, ' ');
  if (raw.length > 20000) return [];
  const statement = squash(raw);
  const out: AdvancementMention[] = [];
  const seen = new Set<number>();
  SUBJECT_VERB.lastIndex = 0;
  for (let m = SUBJECT_VERB.exec(raw); m; m = SUBJECT_VERB.exec(raw)) {
    seen.add(m.index + m[0].length);
    const from = subjectBefore(raw, m.index);
    for (const to of targets(raw.slice(m.index + m[0].length))) out.push({ from, to, statement, span });
  }
  for (const lead of [MODAL_VERB, AND_VERB, ...TO_LEADS]) {
    lead.lastIndex = 0;
    for (let m = lead.exec(raw); m; m = lead.exec(raw)) {
      if (seen.has(m.index + m[0].length)) continue;
      const subject = AT_LEVEL_SUBJECT.exec(raw.slice(Math.max(0, m.index - 140), m.index));
      const from = subject ? classNamesAt(subject[1])[0] : undefined;
      for (const to of targets(raw.slice(m.index + m[0].length))) out.push(from ? { from, to, statement, span } : { to, statement, span });
    }
  }
  FROM_TO.lastIndex = 0;
  for (let m = FROM_TO.exec(raw); m; m = FROM_TO.exec(raw)) {
    const rest = raw.slice(m.index + m[0].length);
    const from = classNamesAt(rest)[0];
    const at = from ? rest.indexOf(from.title) : -1;
    const then = at >= 0 ? THEN_TO.exec(rest.slice(at + from!.title.length)) : null;
    if (!then) continue;
    for (const to of targets(rest.slice(at + from!.title.length + then[0].length))) out.push({ from, to, statement, span });
  }
  FROM_LEAD.lastIndex = 0;
  for (let m = FROM_LEAD.exec(raw); m; m = FROM_LEAD.exec(raw)) {
    for (const from of classNamesAt(raw.slice(m.index + m[0].length))) out.push({ from, statement, span });
  }
  BY_NUMERAL.lastIndex = 0;
  for (let m = BY_NUMERAL.exec(raw); m; m = BY_NUMERAL.exec(raw)) {
    out.push(m[1] ? { from: { title: AT_LEVEL + m[1] }, to: { title: AT_LEVEL + m[2] }, statement, span } : { to: { title: AT_LEVEL + m[2] }, statement, span });
  }
  // "... for progression to the higher level by the completion of the training period": the next level up.
  TO_HIGHER_LEVEL.lastIndex = 0;
  if (!out.length && (TO_HIGHER_LEVEL.test(raw) || THROUGH_SERIES.test(raw))) out.push({ to: { title: NEXT_LEVEL }, statement, span });
  TO_HIGHER_LEVEL.lastIndex = 0;
  // A "Career Ladder" or "Promotional Path" section that just lists classes.
  if (wholeSection && !out.length) for (const to of classNamesAt(raw.replace(/^[-•*\s]+/, ''))) out.push({ to, statement, span });
  return out;
}
