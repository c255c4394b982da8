/**
 * "DIRECTOR OF PARKS AND RECREATION – Responsible for all Parks and Recreation programs ...": a set of position
 * descriptions (a salary survey's benchmarks, a plan's summary of its classes), each a paragraph opening with the
 * class's title in capitals, a dash, then its description. Three or more such paragraphs make the set; each is a
 * class with its paragraph as its text. A survey may run the title in title case straight into its description
 * instead (see VERB_ENTRY).
 *
 * Only a document that is such a set: not when a label names a title, code or grade (one class's specification, its
 * supervised posts listed so under "Supervision Exercised"), not under a section of a specification, and not when the
 * entries are the levels of one series (its own title lines and tables give them their codes and grades).
 */
import type { LaidLine } from '../layout/layout-lines';
import { sectionKind } from '../layout/section-kinds';
import { type ClassAnchor, labelsOf, usable } from './anchor';
import { titleFromCandidate, titleWithParens } from './title-candidates';
import { checkTitle, displayTitle, jobNounWord } from './title-words';

/** The title in capitals (with "/", "&", commas or "OF"), a dash with spaces around it (folded to "-"), a capitalized word. */
const DASH_ENTRY = /^([A-Z][A-Z'&/,.-]*(?: [A-Z][A-Z'&/,.-]*){0,9}) - (?=[A-Z][a-z])/;
/**
 * "Crew Leader Performs skilled and unskilled work ...": a survey's job descriptions with the title in title case
 * run straight into its description, whose opening verb ("Performs", "Installs", "Plans,") is the only boundary.
 */
const VERB_ENTRY = /^((?:[A-Z][\w'&/.-]*|\([A-Z][\w &/.-]{1,30}\))(?: (?:[A-Z][\w'&/.-]*|\([A-Z][\w &/.-]{1,30}\)|of|and|&)){0,7}) ([A-Z][a-z]{2,}[^s\W]s)(?=,? [a-z])/;
const LEVEL = /\s(?:I{1,3}|IV|VI{0,3}|\d{1,2})$/;

export function dashEntryAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  let section = false;
  for (const l of lines) {
    if (!usable(l)) continue;
    if (labelsOf(l).some((x) => x.name === 'title' || x.name === 'code' || x.name === 'grade')) return [];
    if (l.kind === 'heading' && !['other', 'concept'].includes(sectionKind(l.folded.trim()))) section = true;
    if (l.kind !== 'paragraph' || l.folded.length < 40) continue;
    const m = DASH_ENTRY.exec(l.folded) ?? VERB_ENTRY.exec(l.folded);
    const title = m ? titleFromCandidate(m[1]) : undefined;
    // A job noun typed with a letter dropped ("COUNTY ADMINSTRATOR") still ends the title.
    const check = title ? checkTitle(title) : undefined;
    // A unit in parentheses after the title ("Automotive Mechanic (Public Works)") is part of the survey's entry.
    if (!title || !titleWithParens(m![1], title) || !(check?.strong || (check?.ok && jobNounWord(title.split(' ').pop()!)))) continue;
    if (section) return [];
    out.push({ line: l.index, title: displayTitle(m![1]), evidence: 'heading' });
  }
  const bases = new Set(out.map((a) => a.title.replace(LEVEL, '').toLowerCase()));
  return out.length >= 3 && !(bases.size === 1 && out.every((a) => LEVEL.test(a.title))) ? out : [];
}
