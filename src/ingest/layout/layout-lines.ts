/**
 * Layout first: every line of a document gets a kind (heading, label, table row, list item, paragraph, page
 * furniture, blank) before anything reads its meaning. A reader that knows the original's structure (an HTML
 * heading, a PDF's repeated page header) says so in hints; plain text is classified from its own shape.
 */
import type { LineHint, LineKind } from '../read/source-text';
import { BULLET, cleanMarkup, hasUnclosedBracketMarks, splitLines, type Line } from '../parsers/text/lines';
import { fold } from './fold';
import { isFurniture } from './furniture';
import { sectionKind } from './section-kinds';
import { shiftedLabels, type Shifted } from './shifted-labels';

export type LayoutKind = LineKind | 'blank';

export interface LaidLine extends Line {
  kind: LayoutKind;
  /** The clean text folded for matching (dashes, spaces, entities). */
  folded: string;
  /** Cells of a table row (tabs, " | ", or runs of three spaces), folded; one cell for other lines. */
  cells: string[];
  /** Heading level when the original says (markdown #, HTML h1-h6). */
  level?: number;
  /** In a field list whose values were pushed onto the next line: the label this line's opening words belong to. */
  shifted?: Shifted;
}

const MARKDOWN_HEADING = /^\s*(#{1,6})\s+\S/;
const BOLD_LINE = /^\s*(?:\*\*|__|<(?:b|strong)>)\s*([^*<>]{2,90}?)\s*(?:\*\*|__|<\/(?:b|strong)>)\s*:?\s*$/i;
const HTML_HEADING = /^\s*<h([1-6])[^<>]*>/i;
/** Short label: value lines ("Class Code: 1234", "FLSA Status - Exempt"); the label is at most six words. */
export const LABEL_LINE = /^([A-Za-z][A-Za-z/ .#&()'-]{1,50}?)\s*:\s*(\S.*)$/;

/** A spreadsheet's column letters over its rows ("| A | B | C | D | E |"). */
const SHEET_LETTERS = /^\s*(?:\|\s*)?A\s*\|\s*B\s*\|\s*C\s*\|\s*D\s*\|\s*E\s*\|/;

/** Cells are cut from the raw line: cleaning collapses the runs of spaces that separate them. */
function cellsOf(raw: string, folded: string): string[] {
  if (raw.length > 2000) return [folded];
  // Runs of three or more spaces of any kind: Word pads label cells with alternating no-break and plain spaces.
  // Cells a conversion marked with an opening bracket it never closed ("[DEPUTY CLERK III [CLASS NO. 3624").
  if (hasUnclosedBracketMarks(raw)) raw = raw.replace(/\s\[(?=[A-Z])/g, '\t');
  // A run of bare bars ("||||||") is a row's empty cells.
  const split = raw.split(/\t|\s\|\s|^\s*\||\|\s*$|[ \u00a0\u2000-\u200a\u202f]{3,}/).map((c) => fold(cleanMarkup(c)).trim()).filter((c) => c && !/^\|+$/.test(c));
  return split.length ? split : [folded];
}

/** A line's text without a table's cell marks ("Pay Range |"): its one cell, or the whole line when it has several. */
export const cellText = (l: LaidLine): string => (l.cells.length === 1 ? l.cells[0] : l.folded);

/** The share of a phrase's words (small joining words aside) that start with a capital or a digit. */
export function capitalizedShare(words: string[]): number {
  const content = words.filter((w) => !/^(of|and|the|for|in|on|to|a|an|or|with|&|-|\/)$/i.test(w));
  if (!content.length) return 0;
  return content.filter((w) => /^[A-Z0-9(]/.test(w)).length / content.length;
}

/** A heading by its shape alone: all capitals, markup, or a short title-case phrase naming a section we know. */
export function looksLikeHeading(line: Line, folded: string): { heading: boolean; level?: number; sentenceCase?: boolean } {
  const raw = line.raw;
  const md = MARKDOWN_HEADING.exec(raw);
  if (md) return { heading: true, level: md[1].length };
  const h = HTML_HEADING.exec(raw);
  if (h) return { heading: true, level: Number(h[1]) };
  if (folded.length > 90 || BULLET.test(folded)) return { heading: false };
  if (BOLD_LINE.test(raw)) return { heading: true };
  // "EXAMPLES OF ESSENTIAL DUTIES (illustrative only)": the words before a trailing note decide.
  const open = folded.lastIndexOf('(');
  const body = (open > 0 && /^\([^()]*\)\*?\s*$/.test(folded.slice(open)) ? folded.slice(0, open) : folded).replace(/\t/g, ' ').trim();
  const letters = body.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && !/[.;]$/.test(body)) return { heading: true };
  const words = body.replace(/:$/, '').split(/\s+/).filter(Boolean);
  if (/^[A-Z][^.:;]{2,70}:$/.test(body) && words.length <= 9) return { heading: true };
  // Title case, no closing period, and the words of a section we know: "Distinguishing Characteristics".
  if (words.length && words.length <= 8 && !/[.;,]$/.test(body) && capitalizedShare(words) >= 0.99 && sectionKind(body) !== 'other') return { heading: true };
  if (sentenceCaseHeading(body, words)) return { heading: true, sentenceCase: true };
  return { heading: false };
}

/**
 * "Knowledge, skills & abilities", "Typical qualifications", "General summary": a short line in sentence case naming
 * a section we know. Weaker evidence than title case (a duty "Performs related duties" reads the same), so the caller
 * also wants it set apart by blank lines; here its words must not lead an item ("Knowledge of ...") or a sentence
 * (a verb in the third person: "Maintains records").
 */
export const SECTION_NOUN_FIRST = /^(?:examples?|essential|typical|minimum|desirable|preferred|required|general|class|distinguishing|special|working|physical|knowledge|skills?|abilities|duties|qualifications|requirements|competenc\w*|education|experience|licen[cs]\w*|certifications?|supervision|definition|summary|purpose|nature|description|characteristics|conditions|environment|tasks|responsibilities|key|major|principal|level|career|promotional|employment|entrance|necessary|illustrative|full|other|additional|position|job|work)\b/i;
function sentenceCaseHeading(body: string, words: string[]): boolean {
  if (!words.length || words.length > 6 || body.length > 60 || !/^[A-Z]/.test(body) || /[.;,]$/.test(body)) return false;
  if (/^(?:knowledge|skills?|abilit(?:y|ies))\s+(?:of|in|to|at)\b/i.test(body)) return false;
  return SECTION_NOUN_FIRST.test(body) && sectionKind(body) !== 'other';
}

/** A page header or footer line: short, and carrying a page number ("COUNTY OF X    Page 2 of 5"). */
const PAGE_MARK = /\bpage\s+\d{1,3}(?:\s+of\s+\d{1,3})?\b/i;

/** An entry of a table of contents: a name, then its page number ("Essential Criteria 5", "Duties .... 12"). */
const CONTENTS_LINE = /^(.{3,90}?)(?:\s*\.{2,}\s*|\s+)(\d{1,3})$/;

/**
 * The entries under a "Contents" line whose page numbers never go down (three or more): a booklet's table of
 * contents names its sections and pages, and its page numbers are not levels ("The Role of Administrative Officer 4").
 */
function contentsEntries(laid: LaidLine[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < laid.length; i++) {
    // (Or a long line a conversion ran into it that ends with "TABLE OF CONTENTS".)
    if (!/\bcontents\b/i.test(laid[i].clean) || (laid[i].clean.length > 40 && !/\bcontents\s*:?$/i.test(laid[i].clean))) continue;
    const run: number[] = [];
    let page = 0;
    for (let j = i + 1; j < laid.length; j++) {
      if (laid[j].kind === 'blank') continue;
      const m = CONTENTS_LINE.exec(laid[j].clean);
      if (!m || Number(m[2]) < page) break;
      page = Number(m[2]);
      run.push(j);
    }
    if (run.length >= 3) run.forEach((j) => out.add(j));
    // The scan goes on after the run (each line is read once, however many lines say "contents").
    if (run.length) i = run[run.length - 1];
  }
  return out;
}

/** "Please use the following links to find ...:": a page's sentence introducing links to other pages. */
const LINKS_INTRO = /\b(?:following|these|below)\s+links?\b.{0,200}:\s*$/i;

/**
 * The short lines right after a sentence introducing links (one blank line apart at most): links to other pages,
 * named by their titles, which this page does not specify.
 */
function linkLists(laid: LaidLine[], out: Set<number>): void {
  for (let i = 0; i < laid.length; i++) {
    if (!LINKS_INTRO.test(laid[i].clean)) continue;
    let j = i + 1;
    for (let blanks = 0; j < laid.length && blanks < 2; j++) {
      if (laid[j].kind === 'blank') {
        blanks++;
        continue;
      }
      if (laid[j].clean.length > 60 || /[.;:]$/.test(laid[j].clean)) break;
      blanks = 0;
      out.add(j);
    }
    i = j - 1;
  }
}

export function layoutLines(text: string, hints: LineHint[] = []): LaidLine[] {
  const classified = classify(text, hints);
  const contents = contentsEntries(classified);
  linkLists(classified, contents);
  const laid = contents.size ? classified.map((l, i) => (contents.has(i) ? { ...l, kind: 'furniture' as const } : l)) : classified;
  // A line repeated next to page furniture (the title in a running header) is furniture there too.
  const counts = new Map<string, number>();
  for (const l of laid) if (l.kind !== 'blank') counts.set(l.clean, (counts.get(l.clean) ?? 0) + 1);
  const firstSeen = new Set<string>();
  // A bare number within two lines of another bare number is a cell of a table stacked one cell per line (a code, hours, a
  // grade), not a page number or a running footer; so is a one- or two-letter code ("F", "NE") or a rate ("12.9959")
  // beside one.
  const bare = (l: LaidLine | undefined) => !!l && /^(?:\d{1,4}(?:\.\d{1,4})?|[A-Z]{1,2})$/.test(l.clean) && /\d/.test(l.clean);
  const cell = (l: LaidLine | undefined) => !!l && /^(?:\d{1,4}(?:\.\d{1,4})?|[A-Z]{1,2})$/.test(l.clean);
  const shifted = shiftedLabels(laid);
  return laid.map((l, i) => {
    const moved = shifted.get(l.index);
    if (moved) return { ...l, kind: 'label' as const, shifted: moved };
    const near = [laid[i - 2], laid[i - 1], laid[i + 1], laid[i + 2]];
    if (cell(l) && (bare(l) ? near.some(cell) : near.some(bare))) return { ...l, kind: 'paragraph' as const };
    if (l.kind === 'blank' || l.kind === 'furniture') return l;
    const repeatedHere = firstSeen.has(l.clean) && (counts.get(l.clean) ?? 0) >= 2;
    firstSeen.add(l.clean);
    const besideFurniture = [laid[i - 1], laid[i + 1]].some((n) => n?.kind === 'furniture');
    if (repeatedHere && besideFurniture && l.clean.length <= 80) return { ...l, kind: 'furniture' as const };
    // A running footer ("Deputy Clerk, Magistrate Court" over "Page 1") inside a list or a paragraph that goes on
    // after the page break: a short unpunctuated line just above a page mark, the text continuing on both sides.
    // (A bare "Page 1" line is already cleaned to a blank; its raw text still says so.)
    const mark = laid[i + 1] && PAGE_MARK.test(laid[i + 1].raw) && laid[i + 1].raw.trim().length <= 40 ? laid[i + 1] : undefined;
    if (!mark || l.clean.length > 80 || /[.;:]$/.test(l.clean)) return l;
    const continuing = (n: LaidLine | undefined) => !!n && (n.kind === 'list-item' || n.kind === 'paragraph');
    if (continuing(nearest(laid, i, -1)) && continuing(nearest(laid, mark.index + 1, 1))) return { ...l, kind: 'furniture' as const };
    return l;
  });
}

/**
 * "1. Definitions", "2. Knowledge & Abilities": a numbered section heading in title case naming a section we know,
 * over prose; not an item of a numbered list (the next line would be numbered too).
 */
function numberedSection(folded: string, lines: Line[], at: number): boolean {
  const m = /^\d{1,2}\.\s+([A-Z][^.:;,]{2,50})$/.exec(folded.trim());
  if (!m) return false;
  const words = m[1].trim().split(/\s+/);
  // Kinds that head a spec's main sections; "2. Supervision" may be a numbered duty.
  if (words.length > 6 || capitalizedShare(words) < 0.99 || !['concept', 'distinguishing', 'duties', 'qualifications', 'ksa', 'knowledge', 'skills', 'abilities'].includes(sectionKind(m[1]))) return false;
  const next = lines.slice(at + 1, at + 4).find((l) => l.clean);
  return !!next && !BULLET.test(fold(next.clean));
}

/** The nearest line that is not blank from `from` in direction `step` (the line itself included). */
function nearest(laid: LaidLine[], from: number, step: 1 | -1): LaidLine | undefined {
  for (let j = step < 0 ? from - 1 : from; j >= 0 && j < laid.length; j += step) if (laid[j].kind !== 'blank') return laid[j];
  return undefined;
}

function classify(text: string, hints: LineHint[]): LaidLine[] {
  const lines = splitLines(text);
  const hinted = new Map(hints.map((h) => [h.line, h]));
  // A short line repeated three or more times is a running header or footer; its first occurrence may be a title.
  const seen = new Map<string, number>();
  for (const l of lines) if (l.clean && l.clean.length <= 100) seen.set(l.clean, (seen.get(l.clean) ?? 0) + 1);
  const firstAt = new Map<string, number>();
  // A spreadsheet saved as a table: under its column letters ("| A | B | C | D |"), each row opens with its row
  // number, which is no cell of the table (never a grade or a code).
  const sheet = lines.findIndex((l) => l.raw.length <= 400 && SHEET_LETTERS.test(l.raw));
  return lines.map((line) => {
    const folded = fold(line.clean);
    let cells = cellsOf(line.raw, folded);
    if (sheet >= 0 && line.index > sheet && cells.length >= 2 && /^\d{1,5}$/.test(cells[0])) cells = cells.slice(1);
    const base = { ...line, folded, cells };
    if (!line.clean) return { ...base, kind: 'blank' as const };
    const hint = hinted.get(line.index);
    if (hint) return { ...base, kind: hint.kind, level: hint.level };
    // Section headings repeat once per class of a multi-class document; they are never running headers.
    const repeated = (seen.get(line.clean) ?? 0) >= 3 && sectionKind(folded) === 'other' && !LABEL_LINE.test(folded);
    if (repeated && firstAt.has(line.clean)) return { ...base, kind: 'furniture' as const };
    firstAt.set(line.clean, line.index);
    if (isFurniture(folded) || (folded.length <= 100 && PAGE_MARK.test(folded) && !/[.;]$/.test(folded))) return { ...base, kind: 'furniture' as const };
    if (numberedSection(folded, lines, line.index)) return { ...base, kind: 'heading' as const };
    if (BULLET.test(folded)) return { ...base, kind: 'list-item' as const };
    // Cells with a number among them ("LIBRARY AIDE I   23421   2-22-94") are a table's row, though in capitals;
    // so is a header row naming a table's columns.
    if (cells.length >= 2 && cells.length <= 8 && (cells.some((c) => /\d/.test(c)) || cells.filter((c) => /\b(?:title|code|grade|range|number|class)\b/i.test(c)).length >= 2)) return { ...base, kind: 'table-row' as const };
    const heading = looksLikeHeading(line, folded);
    const apart = (at: number) => !lines[at] || !lines[at].clean;
    if (heading.heading && (!heading.sentenceCase || (apart(line.index - 1) && apart(line.index + 1)))) return { ...base, kind: 'heading' as const, level: heading.level };
    if (cells.length >= 2) return { ...base, kind: 'table-row' as const };
    if (LABEL_LINE.test(folded) && folded.indexOf(':') <= 50) return { ...base, kind: 'label' as const };
    return { ...base, kind: 'paragraph' as const };
  });
}
