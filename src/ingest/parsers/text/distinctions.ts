/**
 * "X is distinguished from (the|a|an) Y (class) in that ..." read as a relation to Y with its statement. A
 * statement runs from the sentence that names Y to the sentence before the next "distinguished from" in the
 * same paragraph, so each other class keeps its own wording.
 */
import type { Distinction, Span } from '../../../model/specification';
import { squash, trimSpan } from './lines';

const TITLE_WORD = String.raw`(?:[A-Z][\w'’/&-]*|[IVX]{1,4}\b|\d{1,2}\b)`;
const MENTION = new RegExp(
  String.raw`(?:distinguished|differs?|different)\s+from\s+(?:the\s+|a\s+|an\s+)?(?:classes?\s+(?:of\s+)?)?(${TITLE_WORD}(?:\s+(?:${TITLE_WORD}|of|and|&)){0,8})`,
  'g',
);

function sentenceStart(paragraph: string, at: number): number {
  const before = paragraph.slice(0, at);
  const m = /[.!?]["”)]?\s+(?=[A-Z(])(?![\s\S]*[.!?]["”)]?\s+[A-Z(])/.exec(before);
  return m ? m.index + m[0].length : 0;
}

/** Reads the distinctions in one paragraph (`span` locates it in `text`). `self` is excluded. */
export function readDistinctions(text: string, span: Span, self: string): Distinction[] {
  const paragraph = text.slice(span.start, span.end);
  const mentions: { title: string; start: number }[] = [];
  for (let m = MENTION.exec(paragraph); m; m = MENTION.exec(paragraph)) {
    const title = m[1].replace(/\s+(?:of|and|&|class|Class)$/g, '').trim();
    if (!title || title.toLowerCase() === self.toLowerCase()) continue;
    if (/^(This|That|Other|These|Those|Positions?|Incumbents?)$/.test(title)) continue;
    mentions.push({ title, start: sentenceStart(paragraph, m.index) });
  }
  MENTION.lastIndex = 0;
  return mentions.map((mention, i) => {
    // Two classes named in one sentence share it; otherwise the statement ends where the next one begins.
    const end = mentions.slice(i + 1).find((later) => later.start > mention.start)?.start ?? paragraph.length;
    const s = trimSpan(text, span.start + mention.start, span.start + end);
    return { other: { title: mention.title }, statement: squash(text.slice(s.start, s.end)), span: s };
  });
}
