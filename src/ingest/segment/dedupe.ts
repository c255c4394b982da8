/**
 * One class named twice is one class: series names over their levels, abbreviations, OCR numerals, a posting headline over its levels.
 */
import { normalizeTitle } from '../../model/keys';
import { type ClassAnchor } from './anchor';

/**
 * "ACCOUNT CLERK" above "Account Clerk I", "Account Clerk II": a bare title that two or more listed titles extend
 * with a level numeral names their series, not a class of its own (unless it has a code or grade of its own).
 */
export function withoutSeriesNames(anchors: ClassAnchor[]): ClassAnchor[] {
  const keys = anchors.map((a) => normalizeTitle(a.title));
  return anchors.filter((a, i) => {
    if (a.code || a.grade) return true;
    const levels = keys.filter((k) => k.startsWith(`${keys[i]}-`) && /^(?:i{1,3}|iv|vi?|\d{1,2})$/.test(k.slice(keys[i].length + 1)));
    return levels.length < 2;
  });
}

/**
 * Whether an acronym abbreviates words: its letters in order, each word's initial among them ("WWTP" for
 * "Wastewater Treatment Plant", "HR" for "Human Resources").
 */
export function abbreviates(acronym: string, words: string[], at = 0, word = 0): boolean {
  if (word === words.length) return at === acronym.length;
  const w = words[word].toLowerCase();
  const letter = (i: number) => acronym[i]?.toLowerCase();
  if (!w || letter(at) !== w[0]) return false;
  // A compound word may give a second letter ("wastewater" gives "ww").
  return abbreviates(acronym, words, at + 1, word + 1) || (!!letter(at + 1) && w.slice(1).includes(letter(at + 1)!) && abbreviates(acronym, words, at + 2, word + 1));
}

/** The title among `titles` that "WWTP Operator II" abbreviates ("Wastewater Treatment Plant Operator II"). */
export function spelledOut(title: string, titles: string[]): string | undefined {
  const m = /^([A-Z]{2,6}) (.+)$/.exec(title.trim());
  if (!m) return undefined;
  return titles.find((t) => t.toLowerCase().endsWith(` ${m[2].toLowerCase()}`) && t.length > title.length && abbreviates(m[1], t.slice(0, -m[2].length - 1).split(' ')));
}

/** "WWTP Operator II" beside "Wastewater Treatment Plant Operator II": the abbreviated title is the same class. */
export function withoutAbbreviations(anchors: ClassAnchor[]): ClassAnchor[] {
  return anchors.filter((a) => {
    const m = /^([A-Z]{2,6}) (.+)$/.exec(a.title);
    if (!m) return true;
    const full = anchors.find((b) => b !== a && b.title.endsWith(` ${m[2]}`) && abbreviates(m[1], b.title.slice(0, -m[2].length - 1).split(' ')));
    if (!full) return true;
    full.code ??= a.code;
    full.grade ??= a.grade;
    return false;
  });
}

/**
 * "ParaProfessional- ESE" (a posting's headline) above "Paraprofessional I (Grade 18)" and "... II (Grade 19)": the
 * headline names the recruitment; the levels it opens to are the classes.
 */
export function withoutPostingOverLevels(anchors: ClassAnchor[]): ClassAnchor[] {
  const levels = anchors.filter((a) => a.evidence !== 'posting' && /\s(?:I{1,3}|IV|VI{0,3}|\d)$/.test(a.title));
  return anchors.filter((a) => {
    if (a.evidence !== 'posting') return true;
    const head = normalizeTitle(a.title).split('-')[0];
    return levels.filter((l) => normalizeTitle(l.title).split('-')[0] === head).length < 2;
  });
}

/** One class named twice (a heading and a label, a running header, two ladders) is one class. */
/** "BUILDING INSPECTOR 11" beside "BUILDING INSPECTOR I": an OCR's reading of the numeral II (111 of III). */
export function withOcrNumerals(anchors: ClassAnchor[]): ClassAnchor[] {
  const ROMAN_OF: Record<string, string> = { '11': 'II', Il: 'II', lI: 'II', '1I': 'II', I1: 'II', '111': 'III', IIl: 'III', lII: 'III' };
  return anchors.map((a) => {
    const m = /^(.+) (11|Il|lI|1I|I1|111|IIl|lII)$/.exec(a.title);
    if (!m || !anchors.some((b) => b !== a && new RegExp(`^${m[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (?:I{1,3}|IV|VI?)$`, 'i').test(b.title))) return a;
    return { ...a, title: `${m[1]} ${ROMAN_OF[m[2]]}` };
  });
}

export function dedupe(input: ClassAnchor[]): ClassAnchor[] {
  const anchors = withoutAbbreviations(withoutSeriesNames(withOcrNumerals(input)));
  const unique: ClassAnchor[] = [];
  const byTitle = new Map<string, ClassAnchor>();
  for (const a of anchors) {
    // A second title label right under the first ("TITLE: X" then "CLASSIFICATION: Y") describes the same class.
    const prev = unique[unique.length - 1];
    // A posting's headline ("the Appraiser II position") gives way to the class title label under it.
    // Within the page's opening: a label stacked over its value ("POSITION" / "Patrol Officer") may come a few
    // headings down.
    if (a.evidence === 'title-label' && prev?.evidence === 'posting' && a.line > prev.line && a.line - prev.line <= 8) {
      byTitle.delete(normalizeTitle(prev.title));
      unique[unique.length - 1] = { ...a, line: prev.line };
      byTitle.set(normalizeTitle(a.title), unique[unique.length - 1]);
      continue;
    }
    if (a.evidence === 'title-label' && prev && !prev.row && !prev.series && a.line > prev.line && a.line - prev.line <= 3) continue;
    const key = normalizeTitle(a.title);
    const same = byTitle.get(key);
    if (same) {
      same.code ??= a.code;
      same.grade ??= a.grade;
      same.next ??= a.next;
      continue;
    }
    byTitle.set(key, a);
    unique.push(a);
  }
  return unique;
}
