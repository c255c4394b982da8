/**
 * Explicit promotion requirements in minimum qualifications: time served in another class qualifies for this one.
 * The same fact is written many ways ("two years of experience as a Planner I", "one year of service in the class
 * of Clerk II or Clerk III", "24 mos. exp. at the level of Accountant I or higher", "one year of which must have
 * been as", "experience performing the duties of", "as an X with this employer may substitute", "experience at the
 * Accounting Technician 1 level", "experience at the lower-level Accounting Technician Trainee", "experience in a post of
 * Clerical Officer", as Irish councils write it, "seven years at the supervisory (Sergeant or above) level"); each connector is
 * found, the class names after it are read, and the nearest duration before it in the same sentence gives months.
 */
import type { PromotionRequirement, Span } from '../../model/specification';
import { fold } from '../layout/fold';
import { squash } from '../parsers/text/lines';
import { toNumber } from '../parsers/text/qualifications';
import { classNamesAt } from './class-names';

const NUMBER = String.raw`(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty-six|half)`;
const DURATION = new RegExp(String.raw`\b${NUMBER}\s*(?:\(\d+\)\s*)?(?:full[- ]time\s+)?(years?|yrs?\.?|months?|mos?\.?)(?![a-z])`, 'gi');
const CONNECTOR = /\b(?:as\s+(?:an?\s+|the\s+)?|in\s+the\s+(?:class(?:ification)?|title|job class|position|rank)(?:es|s)?\s+of\s+(?:an?\s+)?|at\s+the\s+(?:level|rank)\s+of\s+(?:an?\s+|the\s+)?|at\s+the\s+(?:next\s+)?lower[-‐‑ ]level\s+(?:(?:class|position)\s+of\s+)?(?:an?\s+|the\s+)?|performing\s+the\s+duties\s+of\s+(?:an?\s+|the\s+)?|in\s+a\s+position\s+(?:classified\s+)?as\s+(?:an?\s+)?|in\s+(?:a|the)\s+(?:post|grade)\s+of\s+(?:an?\s+)?|(?:holding|in)\s+(?:the\s+)?(?:positions?|titles?)\s+of\s+(?:an?\s+)?|equivalent\s+to\s+(?:that\s+of\s+)?(?:an?\s+|the\s+)?|at\s+the\s+(?=(?:[A-Z][A-Za-z]+\s){1,5}(?:I{1,3}|IV|V|\d)\s+level\b)|at\s+the\s+[a-z]+(?:\s+level)?\s+\((?=(?:[A-Z][A-Za-z]+\s){1,4}or\s+(?:above|higher)\)))(?=[A-Z]|[a-z]+\s+[A-Z][a-z])/g;
const EXPERIENCE_WORD = /\b(?:experience|exp\.?|service|employment|work(?:ed)?|served|serving)\b/i;
const SUBSTITUTE = /\bwith\s+(?:this|the)\s+(?:employer|county|city|state|district|court|agency|department|university)\b[^.]{0,60}\bmay\s+substitute|\bmay\s+substitute\b|\bqualif(?:y|ies)\b/i;

function sentencesOf(raw: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  const end = /(?<!\b(?:mos|yrs|exp|approx|e\.g|i\.e|etc|no|vs|[A-Z]))[.!?;]\s+(?=[A-Z(*-])/g;
  let start = 0;
  for (let m = end.exec(raw); m; m = end.exec(raw)) {
    out.push({ text: raw.slice(start, m.index + 1), at: start });
    start = m.index + m[0].length;
  }
  if (raw.slice(start).trim()) out.push({ text: raw.slice(start), at: start });
  return out;
}

function monthsOf(match: RegExpExecArray): number | undefined {
  const n = toNumber(match[1].toLowerCase());
  if (n === undefined) return undefined;
  return /^y/i.test(match[2]) ? Math.round(n * 12) : n;
}

/** Every promotion requirement a qualifications passage states, one per class named. */
export function readPromotionClauses(text: string, span: Span): PromotionRequirement[] {
  const raw = fold(text.slice(span.start, span.end)).replace(/\s+/g, ' ');
  if (raw.length > 20000) return [];
  const out: PromotionRequirement[] = [];
  for (const sentence of sentencesOf(raw)) {
    const s = sentence.text;
    CONNECTOR.lastIndex = 0;
    for (let m = CONNECTOR.exec(s); m; m = CONNECTOR.exec(s)) {
      const before = s.slice(Math.max(0, m.index - 200), m.index);
      const after = s.slice(m.index + m[0].length);
      const names = classNamesAt(after);
      if (!names.length) continue;
      const durations = [...before.matchAll(DURATION)];
      const duration = durations[durations.length - 1];
      const startsAs = /^as\b/i.test(m[0]);
      // "as a Clerk" counts when it follows experience words or a duration ("two years as a Clerk II"), or
      // when the sentence says such service substitutes or qualifies.
      const experience = EXPERIENCE_WORD.test(before.slice(-120)) || (duration && before.length - (duration.index ?? 0) - duration[0].length < 40) || SUBSTITUTE.test(s);
      if (!experience) continue;
      if (startsAs && /\b(?:such|serve|acting|designated|known|defined|listed|described|same|well|recognized|certified|licensed|registered)\s*$/i.test(before)) continue;
      const months = duration ? monthsOf(duration as RegExpExecArray) : undefined;
      for (const from of names) out.push({ from, months, statement: squash(s), span });
    }
  }
  return out;
}
