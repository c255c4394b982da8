/**
 * A city's code of ordinances defines its posts in lettered subsections, not in specifications:
 * "(B) Qualifications and duties of the police Captain.", "(C) Qualifications of the police Lieutenant. The ...",
 * or creates one: "There shall be, and hereby is, created the position of Deputy City Administrator." Each post so
 * named is a class; its subsection is its text.
 */
import type { LaidLine } from '../layout/layout-lines';
import { type ClassAnchor, usable } from './anchor';
import { checkTitle, displayTitle, endsLikeTitle } from './title-words';

/** A lettered subsection naming the post its qualifications or duties are for (a unit's word may stand in lower case). */
const SUBSECTION_OF = /^\(?[A-Z]\)\s+(?:[Qq]ualifications|[Dd]uties|[Pp]owers|[Rr]esponsibilities)(?:,?\s+(?:and\s+)?(?:qualifications|duties|powers|responsibilities)){0,2}\s+of\s+(?:the\s+|a\s+)?((?:[a-z]+\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|and)){0,5})\.(?:\s|$)/;
/** "... hereby is, created the position of Deputy City Administrator.", "To create the position of a Band Administrator,": an ordinance creating a post. */
const CREATED_POSITION = /\b(?:create[ds]?|establish(?:e[ds])?)\s+the\s+(?:position|office|post)\s+of\s+(?:an?\s+)?([A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|and)){0,6})\s*[.;,]/;

/** "police Captain" reads "Police Captain": the ordinance writes the unit's word in lower case. */
const capitalized = (title: string) => title.replace(/^[a-z]/, (c) => c.toUpperCase());

export function ordinanceSectionAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length > 20000) continue;
    const text = l.folded.trim();
    const m = SUBSECTION_OF.exec(text) ?? CREATED_POSITION.exec(text);
    if (!m) continue;
    const title = capitalized(m[1].trim());
    // A subsection for the department or its members in general ("of the Police Department") names no post.
    if (!checkTitle(title).strong || !endsLikeTitle(title)) continue;
    if (!out.some((a) => a.title.toLowerCase() === title.toLowerCase())) out.push({ line: l.index, title: displayTitle(title), evidence: 'heading' });
  }
  return out;
}
