/**
 * One class written two ways in one document: "&" for "and", a plural, a slip of one letter ("Weights & Measurers
 * Inspector I" in a heading, "Weights and Measure Inspector I" in a clause, "the Weights & Measures Inspector class
 * series" in the body). Postings are typed by hand; an analyst reads these as the same class, so the graph must too.
 */
import { distance } from 'fastest-levenshtein';
import type { ClassAnchor } from '../segment/anchor';
import { endsWithJobNoun } from '../segment/title-words';

const wordsOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/**
 * The same title but for at most one word with one letter dropped or added (both words of five letters or more, the
 * same first three letters). A letter changed is another word ("Trainee" and "Trainer", "Parks" and "Parts"), and a
 * last word in the plural names a group ("Engineering Technicians"). Level numerals and short words must match
 * exactly: "Clerk I" and "Clerk II" stay two classes.
 */
export function sameTitleLoosely(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.length !== y.length || x.length < 2) return false;
  let slips = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (x[i].length < 5 || y[i].length < 5 || x[i].slice(0, 3) !== y[i].slice(0, 3) || Math.abs(x[i].length - y[i].length) !== 1 || distance(x[i], y[i]) > 1) return false;
    if (i === x.length - 1 && (`${x[i]}s` === y[i] || `${y[i]}s` === x[i])) return false;
    slips++;
  }
  return slips <= 1;
}

/** "in the Weights & Measures Inspector class series": a series named in the body by its own words. */
const SERIES_NAMED = /\b(?:[Tt]he|[Tt]his|[Aa])\s+((?:[A-Z][\w'’-]*|&|and|of)(?:\s+(?:[A-Z][\w'’-]*|&|and|of)){1,6})\s+(?:class\s+)?series\b/g;

/**
 * A heading that misspells its series while the body names the series itself, slightly otherwise, at least as often
 * as the heading's spelling appears: the body's spelling is the series' and its levels' title.
 */
export function respellSeriesFromBody(text: string, anchors: ClassAnchor[]): void {
  const bases = new Set(anchors.filter((a) => a.series && a.evidence === 'series-title').map((a) => a.series!.title));
  if (!bases.size || text.length > 200000) return;
  const named = [...text.matchAll(SERIES_NAMED)].map((m) => m[1]);
  // Counted without case: a heading in capitals is the same spelling.
  const lower = text.toLowerCase();
  for (const base of bases) {
    const spellings = [...new Set(named.filter((n) => n !== base && sameTitleLoosely(n, base)))];
    if (spellings.length !== 1) continue;
    const [spelling] = spellings;
    if (lower.split(spelling.toLowerCase()).length < lower.split(base.toLowerCase()).length) continue;
    for (const a of anchors) {
      if (a.series?.title !== base || !a.title.startsWith(base)) continue;
      a.title = spelling + a.title.slice(base.length);
      a.series = { ...a.series, title: spelling };
    }
  }
}

/** "The Cemetery Sexton is ...": a class named in the body as a sentence's subject, in capitalized words. */
const SUBJECT_NAMED = /\b[Tt]he\s+((?:[A-Z][\w'’-]*|&|and|of)(?:\s+(?:[A-Z][\w'’-]*|&|and|of)){1,6})\b/g;

/**
 * A page's one class whose heading slips a letter ("CEMETRY SEXTON") while the body names it as a subject spelled
 * otherwise ("The Cemetery Sexton is ..."), at least as often as the heading's spelling appears: the body's spelling
 * is the title. Only for a page of one class: in a table of classes each row is its own.
 */
export function respellTitleFromBody(text: string, anchors: ClassAnchor[]): void {
  if (anchors.length !== 1 || anchors[0].series || anchors[0].row || text.length > 200000) return;
  const [a] = anchors;
  // "POST TITLE: Town Clerk & Proper Office" over "Recruitment of Town Clerk & Proper Officer": a label that lost its
  // last letter or two, the body writing the title whole more often.
  const escaped = a.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const endings = [...text.matchAll(new RegExp(String.raw`\b${escaped}([a-z]{1,2})\b`, 'gi'))].map((m) => m[1].toLowerCase());
  const asIs = (text.match(new RegExp(String.raw`\b${escaped}(?![A-Za-z])`, 'gi')) ?? []).length;
  // Only a title that does not end in a job noun already ("Technician" is no cut of "Technicians").
  if (endings.length > asIs && new Set(endings).size === 1 && !endsWithJobNoun(a.title) && endsWithJobNoun(`${a.title}${endings[0]}`)) {
    a.title = `${a.title}${endings[0]}`;
    return;
  }
  const n = wordsOf(a.title).length;
  const named = [...text.matchAll(SUBJECT_NAMED)].map((m) => m[1].split(/\s+/).slice(0, n).join(' '));
  const spellings = [...new Set(named.filter((x) => x.toLowerCase() !== a.title.toLowerCase() && sameTitleLoosely(x, a.title)))];
  if (spellings.length !== 1) return;
  const lower = text.toLowerCase();
  if (lower.split(spellings[0].toLowerCase()).length < lower.split(a.title.toLowerCase()).length) return;
  a.title = spellings[0];
}
