/**
 * Combined series titles: the levels one title names ("Planner I, II, III", "Clerk I/Clerk II", titles run together).
 */
import { checkTitle, jobNounWord, ROMAN } from './title-words';
import { levelOf } from './anchor';

// "Police Officer 1A or 2A": a state scale may letter the numbers of its levels.
export const TAIL_NUMERAL = /^(?:I{1,3}|IV|VI?|[1-9][A-D]?)$/;
export const TAIL_SEPARATOR = /^(?:,|\/|-|&|and|or|through|thru|to)$/i;
export const TAIL_WORD = /^(?:trainee|entry|apprentice|intern)$/i;

/**
 * The levels a combined series title names, read from its end: "Planner I, II, III", "Court Clerk I-II-III",
 * "Technician I/II", "Aide 1 - 3" (a range), "Specialist Trainee/I/II" (a level word first), "Technician Level
 * I/II" (each level keeps the word "Level"), and titles joined whole ("Account Clerk I/ Account Clerk II").
 */
export function expandSeriesTitle(line: string): { base: string; levels: string[] } | undefined {
  // "Maintenance Worker (I/II)", "BUILDING CODE INSPECTOR (LEVEL I, II, III)": the levels in parentheses read as a
  // plain tail (the word "level" inside them named no level of its own).
  const text = line.replace(/\s+/g, ' ').trim().replace(/:$/, '').replace(/\s*\((?:[Ll][Ee][Vv][Ee][Ll][Ss]?\s+)?((?:I{1,3}|IV|VI?|\d)(?:\s*(?:[/,&-]|,?\s*(?:and|or))\s*(?:I{1,3}|IV|VI?|\d))+)\)$/, ' $1');
  const joined = joinedTitles(text);
  if (joined) return joined;
  // Separators spaced out so the tail reads as tokens; a hyphen only before a numeral (not "Clerk-Typist").
  const tokens = text.replace(/ ?([,/&]) ?/g, ' $1 ').replace(/ ?- ?(?=(?:I{1,3}|IV|VI?|\d)\b)/g, ' - ').trim().split(' ');
  let at = tokens.length;
  const items: string[] = [];
  const separators: string[] = [];
  let levelWord = false;
  while (at > 0) {
    const t = tokens[at - 1];
    if (TAIL_NUMERAL.test(t)) items.unshift(t);
    else if (TAIL_SEPARATOR.test(t) && items.length) separators.unshift(t.toLowerCase());
    else if (/^levels?$/i.test(t) && items.length) levelWord = true;
    else break;
    at--;
  }
  // A level word before the numerals: "Trainee/I/II".
  let first: string | undefined;
  if (at > 1 && items.length && TAIL_WORD.test(tokens[at - 1]) && TAIL_SEPARATOR.test(tokens[at]) && !levelWord) {
    first = tokens[at - 1];
    at--;
  }
  while (at < tokens.length && TAIL_SEPARATOR.test(tokens[at])) at++;
  if (items.length + (first ? 1 : 0) < 2 || !separators.length) return undefined;
  const base = tokens.slice(0, at).filter((t) => !/^levels?$/i.test(t)).join(' ').replace(/[,:-]\s*$/, '').trim();
  // "LIBRARIAN I LIBRARIAN II/III" is two titles run together (see repeatedCoreTitles), not one series' base.
  if (!checkTitle(base).ok || /\s(?:I{1,3}|IV|VI?)\s/.test(` ${base} `.slice(0, -1))) return undefined;
  const roman = items.every((n) => /^[IVX]+$/.test(n));
  // "1A or 2A": numbered levels that share a letter keep it.
  const lettered = items.every((n) => /^\d[A-D]$/.test(n)) && new Set(items.map((n) => n[1])).size === 1;
  if (!roman && !lettered && !items.every((n) => /^\d$/.test(n))) return undefined;
  const values = items.map((n) => levelOf(lettered ? n[0] : n));
  const range = items.length === 2 && separators.some((s) => /^(?:-|through|thru|to)$/.test(s)) && values[1] > values[0] + 1;
  const ranks = range ? Array.from({ length: values[1] - values[0] + 1 }, (_, i) => values[0] + i) : values;
  if (ranks.some((r, i) => i > 0 && r <= ranks[i - 1]) || ranks[ranks.length - 1] > 10) return undefined;
  const numerals = ranks.map((r) => (roman ? Object.keys(ROMAN).find((k) => ROMAN[k] === r)! : lettered ? `${r}${items[0][1]}` : String(r)));
  const levels = numerals.map((n) => (levelWord ? `Level ${n}` : n));
  return { base, levels: first ? [first, ...levels] : levels };
}

/**
 * "Payroll Clerk Trainee or Payroll Clerk I/II": the titles a recruitment is open to, each clearly a title (a
 * combined series title expands later); otherwise the one title.
 */
export function alternativeTitles(title: string): string[] {
  const repeated = repeatedCoreTitles(title);
  if (repeated) return repeated;
  const parts = title.replace(/\s+/g, ' ').split(' or ').map((p) => p.trim());
  if (parts.length >= 2 && parts.length <= 4) return parts.every((p) => /^[A-Z]/.test(p) && checkTitle(p).strong) ? parts : [title];
  // "Assistant Surveyor/Associate Surveyor": two levels of one job (the same last word), each two words or more,
  // joined by a slash; a dual title of one position ("Records Aide/Front Desk Clerk") stays one, and one
  // series' levels with numerals ("Clerk I/Clerk II") expand as a series instead.
  const slashed = title.split(/\s?\/\s?/).map((p) => p.trim());
  const lastWord = (p: string) => p.split(' ').pop()!.toLowerCase();
  // "Court Clerk Trainee/Court Clerk": a title and its trainee (or apprentice, intern) level.
  if (slashed.length === 2 && slashed.every((p) => checkTitle(p).strong) && slashed.some((p, i) => new RegExp(`^${slashed[1 - i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (?:trainee|apprentice|intern)$`, 'i').test(p))) return slashed;
  if (slashed.length === 2 && !expandSeriesTitle(title) && lastWord(slashed[0]) === lastWord(slashed[1]) && slashed.every((p) => /^[A-Z]/.test(p) && p.split(' ').length >= 2 && checkTitle(p).strong && !/^(?:I{1,3}|IV|VI?|\d)\b/.test(p))) return slashed;
  return [title];
}

/** A level numeral, a combined tail ("II/III") or a level word: what stays with the title before it. */
export const AFTER_CORE = /^(?:I{1,3}|IV|VI{0,3}|\d{1,2}|(?:I{1,3}|IV|VI?)(?:\/(?:I{1,3}|IV|VI?))+|trainee|apprentice|intern)$/i;

/**
 * Titles of one series run together on one line, a table's header flattened ("SENIOR CORRECTIONAL OFFICER
 * CORRECTIONAL OFFICER CORRECTIONAL OFFICER TRAINEE", "LIBRARIAN I LIBRARIAN II/III"): a run of words ending in a
 * job noun recurs, and each recurrence is one title, with the numerals and level words after it and the other
 * words before it. Undefined unless every part reads as a title.
 */
export function repeatedCoreTitles(title: string): string[] | undefined {
  const words = title.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length < 3 || words.length > 24) return undefined;
  for (let len = Math.min(4, Math.floor(words.length / 2)); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      if (!jobNounWord(words[i + len - 1])) continue;
      const key = words.slice(i, i + len).join(' ').toLowerCase();
      const at: number[] = [];
      for (let j = 0; j + len <= words.length; ) {
        if (words.slice(j, j + len).join(' ').toLowerCase() === key) {
          at.push(j);
          j += len;
        } else j++;
      }
      if (at.length < 2) continue;
      const parts = at.map((a) => words.slice(a, a + len));
      parts[0].unshift(...words.slice(0, at[0]));
      at.forEach((a, k) => {
        const between = words.slice(a + len, k + 1 < at.length ? at[k + 1] : words.length);
        if (k + 1 === at.length) return void parts[k].push(...between);
        let n = 0;
        while (n < between.length && AFTER_CORE.test(between[n])) n++;
        parts[k].push(...between.slice(0, n));
        parts[k + 1].unshift(...between.slice(n));
      });
      // A spaced separator between two titles ("Assistant Surveyor / Associate Surveyor") belongs to neither.
      for (const p of parts) while (p.length && /^(?:\/|\||&)$/.test(p[0])) p.shift();
      const titles = parts.map((p) => p.join(' '));
      // Each part two words or more, without a slash between words ("Clerk Assistant/Procedural Clerk" is one title).
      if (parts.some((p) => p.length < 2) || titles.some((t) => /[A-Za-z]\/[A-Za-z]/.test(t))) return undefined;
      if (titles.every((t) => checkTitle(t).strong || !!expandSeriesTitle(t))) return titles;
      return undefined;
    }
  }
  return undefined;
}

/**
 * "Account Clerk I/ Account Clerk II", "Clerk I and Clerk II", "Clerk I, Clerk II & Clerk III": whole titles of one
 * series joined by slashes, commas, "and" or "&" (each part ends in its own numeral and the bases agree).
 */
export function joinedTitles(text: string): { base: string; levels: string[] } | undefined {
  const parts = text.split(/ ?\/ ?|,? (?:and|&) |, /);
  if (parts.length < 2 || parts.some((p) => p.split(' ').length < 2)) return undefined;
  const split = parts.map((p) => /^(.+) (I{1,3}|IV|VI?|\d)$/.exec(p));
  if (split.some((m) => !m) || !checkTitle(parts[0]).strong) return undefined;
  const base = split[0]![1];
  if (split.some((m) => m![1].toLowerCase() !== base.toLowerCase())) return undefined;
  return { base, levels: split.map((m) => m![2]) };
}
