/**
 * "DIRECTOR OF PARKS AND RECREATION – Responsible for all Parks and Recreation programs ...": a set of position
 * descriptions (a salary survey's benchmarks, a plan's summary of its classes), each a paragraph opening with the
 * class's title in capitals, a dash, then its description. Three or more such paragraphs make the set; each is a
 * class with its paragraph as its text.
 */
import type { LaidLine } from '../layout/layout-lines';
import { type ClassAnchor, usable } from './anchor';
import { titleFromCandidate } from './title-candidates';
import { checkTitle, displayTitle, jobNounWord } from './title-words';

/** The title in capitals (with "/", "&", commas or "OF"), a dash with spaces around it, a capitalized word. */
const DASH_ENTRY = /^([A-Z][A-Z'&/,.-]*(?: [A-Z][A-Z'&/,.-]*){0,9}) [–—-] (?=[A-Z][a-z])/;

export function dashEntryAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.kind !== 'paragraph' || l.folded.length < 40) continue;
    const m = DASH_ENTRY.exec(l.folded);
    const title = m ? titleFromCandidate(m[1]) : undefined;
    // A job noun typed with a letter dropped ("COUNTY ADMINSTRATOR") still ends the title.
    const job = !!title && (checkTitle(title).strong || (checkTitle(title).ok && jobNounWord(title.split(' ').pop()!)));
    if (title && title === m![1] && job) out.push({ line: l.index, title: displayTitle(title), evidence: 'heading' });
  }
  return out.length >= 3 ? out : [];
}
