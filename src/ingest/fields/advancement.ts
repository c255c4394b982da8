/**
 * Promotions a specification implies without a qualification clause: "the next higher class is X", "may advance
 * to X", "promotion to X", "leads to X". Only wording that names the class moved to counts.
 */
import type { Advancement, Span } from '../../model/specification';
import { fold } from '../layout/fold';
import { squash } from '../parsers/text/lines';
import { classNamesAt } from './class-names';

const LEADS = [
  /\bnext\s+higher\s+(?:level|class(?:ification)?|step|position)(?:\s+in\s+(?:the|this)\s+series)?\s+(?:is|would be)\s+(?:the\s+|an?\s+)?(?=[A-Z])/g,
  /\b(?:may|can|could|will|would)\s+(?:be\s+)?(?:advance|progress|promoted?|reclassified|move|flex(?:ed)?|advanced)\s+(?:non-?competitively\s+)?(?:in)?to\s+(?:the\s+)?(?:level\s+of\s+|class(?:ification)?\s+of\s+|position\s+of\s+)?(?:an?\s+|the\s+)?(?=[A-Z])/g,
  /\b(?:promotion(?:al\s+opportunit(?:y|ies))?|advancement|progression)\s+(?:is\s+|are\s+)?(?:in)?to\s+(?:the\s+)?(?:level\s+of\s+|class(?:ification)?\s+of\s+)?(?:an?\s+|the\s+)?(?=[A-Z])/g,
  /\b(?:leads?|promotes?)\s+to\s+(?:the\s+)?(?:an?\s+)?(?=[A-Z])/g,
];

export function readAdvancement(text: string, span: Span, wholeSection = false): Advancement[] {
  const raw = fold(text.slice(span.start, span.end)).replace(/\s+/g, ' ');
  if (raw.length > 20000) return [];
  const out: Advancement[] = [];
  for (const lead of LEADS) {
    lead.lastIndex = 0;
    for (let m = lead.exec(raw); m; m = lead.exec(raw)) {
      for (const to of classNamesAt(raw.slice(m.index + m[0].length))) out.push({ to, statement: squash(raw), span });
    }
  }
  // A "Career Ladder" or "Promotional Path" section that just lists classes.
  if (wholeSection && !out.length) for (const to of classNamesAt(raw.replace(/^[-•*\s]+/, ''))) out.push({ to, statement: squash(raw), span });
  return out;
}
