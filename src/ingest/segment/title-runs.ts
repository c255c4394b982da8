/**
 * A table's title column scanned into one run of words under its header ("CLASSIFICATION TITLE Cemetery/Park
 * Superintendent Chief Probation Officer City Engineer ... PAY RANGE"): an OCR'd ordinance that lost its cell breaks
 * and, often, its value column. The titles are split where each ends like a title; a run of values right after the
 * titles, as many as the titles, gives their grades.
 */
import { type LaidLine } from '../layout/layout-lines';
import { displayTitle, jobNounWord } from './title-words';
import { type ClassAnchor, usable } from './anchor';
import { runTitleCost } from './flattened-tables';

/**
 * The title column's header, as an OCR may break it ("CLASSIFICA TIO TITLE"). Only a header naming titles: under
 * "Position Pay Grade" the group names of a plan run into its titles, and no split reads them (tried on a town's plan:
 * fewer than half its titles came out whole).
 */
const RUN_HEADER = /\b(?:CLASSIFICA\s?TIO\w*|CLASS(?:IFICATION)?|JOB|POSITION)\s+TITLES?\b/g;
/** A word of the run: capitalized (OCR may break a word: "Executi ve"), a joining word, a level, "1st". */
const RUN_WORD = /^(?:[A-Z][\w'’".&/-]*,?|of|and|the|for|to|in|&|\/|\d(?:st|nd|rd|th)|[a-z]{1,7})$/;
const STOP_WORD = /^(?:PAY|RANGE|GRADE|SALARY|STEP|Occupational|Ord|Page)$/;
const VALUE = /^(?:[A-Z]?\d{1,3}[A-Z]?)$/;
/** Fewer titles than this are a phrase, not a column. */
const MIN_TITLES = 8;

export function titleRunAnchors(lines: LaidLine[]): ClassAnchor[] {
  const out: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l) || l.folded.length < 200 || l.folded.length > 20000) continue;
    for (const header of l.folded.matchAll(RUN_HEADER)) {
      const words = l.folded.slice((header.index ?? 0) + header[0].length).trim().split(' ').slice(0, 400);
      let end = 0;
      while (end < words.length && RUN_WORD.test(words[end]) && !STOP_WORD.test(words[end]) && !(VALUE.test(words[end]) && /\d/.test(words[end]))) end++;
      // An OCR's short broken piece ("Executi ve") joins the word before it.
      const run = words.slice(0, end).reduce<string[]>((acc, w) => {
        if (/^[a-z]{1,7}$/.test(w) && !/^(?:of|and|the|for|to|in)$/.test(w) && acc.length) acc[acc.length - 1] += w;
        else acc.push(w);
        return acc;
      }, []);
      const titles = splitRun(run);
      if (titles.length < MIN_TITLES) continue;
      const clean = titles.filter((t) => jobNounWord(t[t.length - 1].split('/').pop()!)).length;
      if (clean < titles.length * 0.7) continue;
      let v = end;
      while (v < words.length && VALUE.test(words[v]) && /\d/.test(words[v])) v++;
      const values = v - end === titles.length ? words.slice(end, v) : [];
      titles.forEach((t, k) => out.push({ line: l.index, title: displayTitle(t.join(' ')), grade: values[k], evidence: 'table-row', row: true, whole: true }));
    }
  }
  return out;
}

/**
 * As for runs of titles after values, except that "Fire Chief" and "Harbor Master" end like titles in a column of
 * them, and "Assistant" alone rarely is one (it leads "Assistant City Planner"), nor "Worker" (it ends "Cemetery Sexton Worker").
 */
function titleCost(words: string[]): number {
  const cost = runTitleCost(words);
  const last = words[words.length - 1];
  if (words.length === 1 && /^(?:assistant|associate|senior|junior|worker)$/i.test(last)) return cost + 1;
  return words.length >= 2 && /^(?:chief|master)$/i.test(last) && /^[A-Z][a-z]{2,}$/.test(words[words.length - 2]) && !/^(?:deputy|assistant|asst\.?)$/i.test(words[words.length - 2]) ? Math.max(0, cost - 1.5) : cost;
}

/** Split words into titles: least total cost, ties to more titles (each ending like a title). */
function splitRun(run: string[]): string[][] {
  const n = run.length;
  const best = Array<number>(n + 1).fill(Infinity);
  const count = Array<number>(n + 1).fill(0);
  const from = Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let e = 1; e <= n; e++) {
    for (let s = Math.max(0, e - 8); s < e; s++) {
      if (best[s] === Infinity) continue;
      const cost = best[s] + titleCost(run.slice(s, e));
      if (cost < best[e] - 1e-9 || (Math.abs(cost - best[e]) < 1e-9 && count[s] + 1 > count[e])) [best[e], count[e], from[e]] = [cost, count[s] + 1, s];
    }
  }
  // The run may close on words that are no title (a page's footer): end where the cost is least per title.
  let stop = -1;
  for (let e = n; e >= Math.max(1, n - 4); e--) if (best[e] < Infinity && (stop < 0 || best[e] + (n - e) * 0.5 < best[stop] + (n - stop) * 0.5)) stop = e;
  if (stop < 0 || best[stop] > count[stop] / 3) return [];
  const titles: string[][] = [];
  for (let e = stop; e > 0; e = from[e]) titles.unshift(run.slice(from[e], e));
  return titles;
}
