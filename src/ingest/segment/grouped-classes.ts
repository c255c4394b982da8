/**
 * A policy that groups its classes by level in a numbered list, each level naming its classes in a sentence's words:
 * "The following categories are general ..." over "1. Laborer, student worker", "2. Clerk/typist, custodian,
 * grounds worker". Each name is a class at that level.
 */
import type { LaidLine } from '../layout/layout-lines';
import { type ClassAnchor, usable } from './anchor';
import { checkTitle, jobNounWord } from './title-words';

/** The sentence announcing the groups: the following ... classes / categories / classifications / positions. */
const GROUPS_LEAD = /\bfollowing\b.{0,80}\b(?:classes|classifications|categories|positions|groups)\b|\b(?:classes|classifications|categories|positions)\b.{0,40}\bfollowing\b/i;
const GROUP = /^(\d{1,2})[.)]\s+([A-Za-z][^.;:]{1,200}?)\.?$/;

/** A name as written, its words' first letters raised ("student worker" as "Student Worker", "PBX operator" kept). */
const capitalized = (name: string): string => name.replace(/(^|[\s/-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());

export function groupedClasses(lines: LaidLine[]): ClassAnchor[] {
  const used = lines.filter(usable);
  const at = used.findIndex((l) => l.kind === 'paragraph' && l.folded.length <= 2000 && GROUPS_LEAD.test(l.folded));
  if (at < 0) return [];
  const out: ClassAnchor[] = [];
  for (let i = at + 1, level = 1; i < used.length; i++, level++) {
    const m = GROUP.exec(used[i].folded.trim());
    if (!m || Number(m[1]) !== level) break;
    const names = m[2].split(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+(?=[A-Za-z]+$)/).map((n) => n.trim()).filter(Boolean);
    // Names, not duties: a few words each, most of them ending in a job noun.
    if (names.some((n) => n.split(/\s+/).length > 4 || !checkTitle(capitalized(n)).ok)) return [];
    for (const name of names) out.push({ line: used[i].index, title: capitalized(name), level, evidence: 'table-row', row: true });
  }
  const groups = new Set(out.map((a) => a.level)).size;
  const jobLike = out.filter((a) => jobNounWord(a.title.split(/[\s/]/).pop() ?? '')).length;
  return groups >= 4 && jobLike * 3 >= out.length * 2 ? out : [];
}
