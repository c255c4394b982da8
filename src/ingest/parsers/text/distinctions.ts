/**
 * "X is distinguished from (the|a|an) Y (class) in that ...", "... from the next higher class, Y, in that", "differs
 * from that of Y by ..." read as a relation to Y with its statement. A statement runs from the sentence that names Y
 * to the sentence before the next "distinguished from" in the same paragraph, so each other class keeps its own
 * wording.
 */
import type { Distinction, Span } from '../../../model/specification';
import { squash, trimSpan } from './lines';
import { endsLikeTitle } from '../../segment/title-words';

const TITLE_WORD = String.raw`(?:[A-Z][\w'’/&-]*|[IVX]{1,4}\b|\d{1,2}\b)`;
const MENTION = new RegExp(
  String.raw`(?:[Dd]istinguished|[Dd]istinguishes(?:\s+itself)?|[Dd]iffers?|[Dd]ifferent|[Dd]ifferentiated)\s+from\s+(?:th(?:at|ose)\s+of\s+)?(?:the\s+|a\s+|an\s+)?(?:(?:next\s+)?(?:higher|lower)(?:[\s-]level)?\s+)?(?:class(?:es|ifications?)?(?:,\s*|\s+(?:of\s+)?))?(${TITLE_WORD}(?:\s+(?:${TITLE_WORD}|of|and|&)){0,8})`,
  'g',
);
const LEVEL_END = /(?:\b[IVX]{1,4}|\d{1,2})$/;

/** Sentence starts of a paragraph, found in one pass (a lookahead per candidate would rescan the paragraph). */
function sentenceStarts(paragraph: string): number[] {
  const starts = [0];
  const boundary = /[.!?]["”)]?\s+(?=[A-Z(])/g;
  for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) starts.push(m.index + m[0].length);
  return starts;
}

/** The last sentence start at or before `at` (binary search). */
function sentenceStart(starts: number[], at: number): number {
  let [lo, hi] = [0, starts.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo];
}

/** "Planner II and Planner III" names two classes when each side ends in a level or is capitalized. */
function splitTitles(title: string): string[] {
  const parts = title.split(/(?<!\s)\s+and\s+/) /* starts only at a run's first space: linear in long runs */;
  return parts.length > 1 && parts.every((p) => LEVEL_END.test(p) || /^[A-Z]/.test(p)) && parts.slice(0, -1).every((p) => LEVEL_END.test(p)) ? parts : [title];
}

/** Reads the distinctions in one paragraph (`span` locates it in `text`). `self` is excluded. */
export function readDistinctions(text: string, span: Span, self: string): Distinction[] {
  const paragraph = text.slice(span.start, span.end);
  const starts = sentenceStarts(paragraph);
  const mentions: { title: string; start: number }[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(paragraph); m; m = MENTION.exec(paragraph)) {
    const start = sentenceStart(starts, m.index);
    for (const part of splitTitles(m[1].replace(/(?<!\s)\s+(?:of|and|&|class|Class|classes)$/g, '').trim())) {
      // "distinguished from Senior Engineering Technicians": the class is named in the singular.
      const singular = /[a-z][^s]s$/.test(part.trim()) ? part.trim().slice(0, -1) : undefined;
      const title = singular && endsLikeTitle(singular) ? singular : part.trim();
      if (!title || title.toLowerCase() === self.toLowerCase()) continue;
      if (/^(This|That|Other|These|Those|Positions?|Incumbents?)$/.test(title)) continue;
      mentions.push({ title, start });
    }
  }
  MENTION.lastIndex = 0;
  // Two classes named in one sentence share it; otherwise a statement ends where the next one begins.
  const distinctStarts = [...new Set(mentions.map((m) => m.start))].sort((a, b) => a - b);
  const nextStart = new Map(distinctStarts.map((start, i) => [start, distinctStarts[i + 1]]));
  return mentions.map((mention) => {
    const next = nextStart.get(mention.start);
    const s = trimSpan(text, span.start + mention.start, span.start + (next ?? paragraph.length));
    return { other: { title: mention.title }, statement: squash(text.slice(s.start, s.end)), span: s };
  });
}
