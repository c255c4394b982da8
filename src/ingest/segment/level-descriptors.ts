/**
 * Level descriptors: a university's or an agency's generic levels, each a class of its own ("HEW Level 1" ...
 * "HEW Level 4", "Technical Services – Grade 3" ... "Grade 8"). The document names itself so ("Classification
 * Descriptors", "Job Level Descriptors", "Grade Profiles") and writes one family's levels, three or more in a row.
 */
import type { LaidLine } from '../layout/layout-lines';
import { type ClassAnchor, usable } from './anchor';
import { titleFromCandidate } from './title-candidates';
import { checkTitle } from './title-words';

const DESCRIPTORS = /\b(?:descriptors?|(?:grade|level)\s+profiles?)\b/i;
/** Up to three capitalized words, an optional dash, then "Level" or "Grade" and its number. */
const LEVEL_NAME = /(?<![A-Za-z&])((?:[A-Z][A-Za-z&]{0,30}\s){0,2}[A-Z][A-Za-z&]{0,30})\s?([-–]\s?)?(Level|Grade)\s(\d{1,2})\b/g;
/** Levels of something other than a job: pay, proficiency, a skill, a clearance. */
const NOT_A_FAMILY = /^(?:pay|salary|proficiency|skills?|competency|clearance|security|access|experience|education|reading|language|grade|level|the|at|this|each|of)$/i;

/** "Grade 3": a contents row's grade, before its profiles' types. */
const GRADE_ROW = /\bGrade\s(\d{1,2})\s+(?=[A-Z])/g;
/** A dot leader, and the page numbers after it. */
const LEADER = /\s{0,3}(?:[.…·]\s?){3,}\s{0,3}(?:\d{1,3}\s+)*/;
const TYPE = /^[A-Z][A-Za-z&'’/(), -]{2,80}$/;

/**
 * A contents list of grade profiles ("Grade 3 Administrative services ..... Technical services ..... 13 14"): each
 * type a grade lists, closed by its dot leader, is a class of that grade ("Grade 3 Administrative services").
 */
function gradeProfileRows(used: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of used.slice(0, 200)) {
    const raw = l.clean.length <= 30000 ? l.clean : l.clean.slice(0, 30000);
    const rows = [...raw.matchAll(GRADE_ROW)];
    rows.forEach((m, k) => {
      const cell = raw.slice(m.index + m[0].length, k + 1 < rows.length ? rows[k + 1].index : raw.length);
      const parts = cell.split(LEADER);
      // The last part is not closed by a leader: page numbers, or a type the text's cut ends in.
      for (const part of parts.slice(0, -1)) {
        const type = part.trim();
        if (TYPE.test(type)) out.push({ line: l.index, title: `Grade ${m[1]} ${type}`, grade: m[1], evidence: 'table-row', row: true, whole: true });
      }
    });
  }
  return out.length >= 3 ? out : [];
}

export function levelDescriptors(lines: LaidLine[]): ClassAnchor[] {
  const used = lines.filter(usable);
  if (!used.slice(0, 3).some((l) => DESCRIPTORS.test(l.folded.slice(0, 200)))) return [];
  const profiles = gradeProfileRows(used);
  if (profiles.length) return profiles;
  // By family (the words before "Level"/"Grade", any of their tails): the numbers it is written with, each number's
  // first writing and line.
  const families = new Map<string, Map<number, { title: string; line: number; whole: boolean }>>();
  for (const l of used.slice(0, 200)) {
    const raw = l.clean.length <= 30000 ? l.clean : l.clean.slice(0, 30000);
    for (const m of raw.matchAll(LEVEL_NAME)) {
      const words = m[1].split(' ');
      for (let k = 1; k <= words.length; k++) {
        const family = words.slice(-k).join(' ');
        if (NOT_A_FAMILY.test(words[words.length - k])) break;
        const key = `${family.toLowerCase()}|${m[3].toLowerCase()}`;
        const levels = families.get(key) ?? new Map<number, { title: string; line: number; whole: boolean }>();
        families.set(key, levels);
        const n = Number(m[4]);
        // A name followed by more text is whole though the text is cut on its line.
        if (!levels.has(n)) levels.set(n, { title: `${family} ${m[2] ?? ''}${m[3]} ${n}`.replace(/\s+/g, ' '), line: l.index, whole: (m.index ?? 0) + m[0].length < raw.trimEnd().length });
      }
    }
  }
  // The family written with the most levels in an unbroken run; of families as many, the one of most words.
  let best: { key: string; levels: number[] } | undefined;
  for (const [key, levels] of families) {
    const ns = [...levels.keys()].sort((a, b) => a - b);
    if (ns.length < 3 || ns[ns.length - 1] - ns[0] !== ns.length - 1) continue;
    const words = key.split('|')[0].split(' ').length;
    if (!best || ns.length > best.levels.length || (ns.length === best.levels.length && words > best.key.split('|')[0].split(' ').length)) best = { key, levels: ns };
  }
  if (!best) return [];
  const levels = families.get(best.key)!;
  const graded = best.key.endsWith('|grade');
  return best.levels.map((n) => {
    const { line, title, whole } = levels.get(n)!;
    return { line, title, level: n, grade: graded ? String(n) : undefined, evidence: 'table-row' as const, row: true, whole };
  });
}

/** "Level 4" alone on a line: one level's name. */
const LEVEL_LINE = /^((?:[A-Z][A-Za-z&]{1,30}\s){0,2})(Level|Grade|Band)\s(\d{1,2})$/;

/**
 * One level's descriptor: the page opens with the level's name on its own line ("Level 4") and its first sentence
 * describes that level's work ("Level 4 duties typically require ..."). The level is the class.
 */
export function singleLevelDescriptor(lines: LaidLine[]): ClassAnchor | undefined {
  const [first, second] = lines.filter(usable);
  const m = first && LEVEL_LINE.exec(first.folded.trim());
  if (!m || !second || NOT_A_FAMILY.test(m[1].trim().split(' ')[0] ?? '')) return undefined;
  const name = `${m[2]} ${m[3]}`;
  if (!second.folded.startsWith(`${m[1]}${name} `) || !/^\s*(?:duties|positions|roles|employees|staff|work|tasks|jobs)\b/.test(second.folded.slice(m[1].length + name.length))) return undefined;
  // Not over a title line a few lines down ("Grade 12" / "Grade 12 positions ... are exempt" / "SENIOR ACCOUNTANT").
  const rest = lines.filter(usable).slice(2, 7);
  if (rest.some((l) => l.folded.length <= 60 && checkTitle(titleFromCandidate(l.folded) ?? '').strong)) return undefined;
  return { line: first.index, title: first.folded.trim(), level: Number(m[3]), grade: m[2] === 'Level' ? undefined : m[3], evidence: 'heading' };
}
