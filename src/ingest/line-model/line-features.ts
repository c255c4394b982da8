/**
 * Features of each laid-out line for the line model: its layout kind, the rules' decision (is it a class anchor,
 * by which evidence), its shape (casing, length, words, level numeral, code and grade tokens, position), its
 * neighbours (a section heading or a code/grade label just below, a title label just above, blank lines around)
 * and whether it ends in a job-title head noun from a vocabulary learned from the training documents only.
 * Every feature is named and binary (1 when present), so weights read as evidence for or against.
 */
import type { LaidLine } from '../layout/layout-lines';
import { sectionKind } from '../layout/section-kinds';
import { readLabels } from '../segment/labels';
import type { ClassAnchor } from '../segment/segment-classes';
import { checkTitle, LEVEL_NUMERAL } from '../segment/title-words';
import { lineTitleReadings } from './line-titles';

export type FeatureVector = string[];

/** A line longer than this is a run-together page (many titles on one line): out of a line model's reach. */
export const MAX_LINE_CHARS = 300;

const SMALL = /^(?:of|and|the|for|in|on|to|a|an|or|with|&|-|\/)$/i;
const CODE = /\b(?:[A-Z]{0,3}\d{3,6}[A-Z]{0,2}|[A-Z]{1,3}-\d{2,6})\b/;
const GRADE = /\b(?:grade|range|band|pay grade|salary range) ?:? ?[A-Z]{0,3}-?\d/i;
const DOLLAR = /\$\s?\d/;
/** A title label with its value on the next line: "Job Title:", "Class Specifications for the Class:". */
const TITLE_LABEL_ALONE = /^(?:(?:class(?:ification)?|job|position|official) )?(?:title|class|classification)(?: name)?:?$|for the class:$/i;

/** The last content word of a title, lowercased, plural "s" and level numeral dropped: "Planners II" -> "planner". */
export function headNoun(text: string): string | undefined {
  const words = text.replace(/\([^()]*\)/g, ' ').replace(/[^A-Za-z0-9/&' -]/g, ' ').split(/\s+/).filter((w) => w && !SMALL.test(w));
  while (words.length && (LEVEL_NUMERAL.test(words[words.length - 1]) || /^\d+$/.test(words[words.length - 1]))) words.pop();
  const last = words.pop();
  return last && /^[A-Za-z]{3,}$/.test(last) ? last.toLowerCase().replace(/(?<=[a-z]{3})s$/, '') : undefined;
}

/** The head nouns of the given titles (the training fold's expected classes). */
export function headVocabulary(titles: string[]): string[] {
  return [...new Set(titles.map(headNoun).filter((w): w is string => !!w))].sort();
}

const bucket = (v: number, edges: number[]) => {
  const i = edges.findIndex((e) => v <= e);
  return i < 0 ? `>${edges[edges.length - 1]}` : `<=${edges[i]}`;
};

function nearby(lines: LaidLine[], at: number, step: 1 | -1, reach: number): LaidLine[] {
  const out: LaidLine[] = [];
  for (let i = at + step; i >= 0 && i < lines.length && out.length < reach; i += step) {
    if (lines[i].kind !== 'blank' && lines[i].kind !== 'furniture') out.push(lines[i]);
  }
  return out;
}

/** What the vocabulary features look at: the head nouns of a line's title readings and its words. */
export interface VocabularyInputs {
  heads: string[];
  words: string[];
}

export function vocabularyInputs(line: Pick<LaidLine, 'folded' | 'cells' | 'kind'>): VocabularyInputs {
  if (line.kind === 'blank') return { heads: [], words: [] };
  const heads = lineTitleReadings(line).map(headNoun).filter((w): w is string => !!w);
  const words = line.folded.split(/\s+/).map((w) => w.toLowerCase().replace(/[^a-z]/g, '').replace(/(?<=[a-z]{3})s$/, '')).filter(Boolean);
  return { heads: [...new Set(heads)], words: [...new Set(words)] };
}

/** Whether the line ends in (or holds) a head noun of the vocabulary learned from training titles. */
export function vocabularyFeatures(inputs: VocabularyInputs, vocabulary: ReadonlySet<string>): string[] {
  if (inputs.heads.some((h) => vocabulary.has(h))) return ['vocab:head'];
  return inputs.words.some((w) => vocabulary.has(w)) ? ['vocab:any'] : [];
}

/** One feature vector per line (empty for blank lines, which are never evidence). */
export function lineFeatures(lines: LaidLine[], anchors: ClassAnchor[], vocabulary: ReadonlySet<string>): FeatureVector[] {
  const byLine = new Map<number, ClassAnchor[]>();
  for (const a of anchors) byLine.set(a.line, [...(byLine.get(a.line) ?? []), a]);
  const usable = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture').length;
  let seen = 0;
  // The section a line stands in, from the nearest known section heading above: a title named under
  // "Supervision Received" or "Distinguishing Characteristics" is another class, mentioned.
  let section = 'none';
  return lines.map((l, i) => {
    if (l.kind === 'blank') return [];
    const under = section;
    if (l.kind === 'heading' && sectionKind(l.folded) !== 'other') section = sectionKind(l.folded);
    else if (byLine.has(i)) section = 'none';
    const f: string[] = ['bias', `kind=${l.kind}`];
    const text = l.folded.trim();
    // The rules' decision.
    const own = byLine.get(i) ?? [];
    if (own.length) f.push('rule:anchor', ...new Set(own.map((a) => `rule:evidence=${a.evidence}`)));
    if (own.length > 1) f.push('rule:several');
    if (!anchors.length) f.push('rule:documentHasNone');
    if (anchors.length > 3) f.push('rule:documentHasMany');
    // Shape.
    const words = text.split(/\s+/).filter(Boolean);
    const content = words.filter((w) => !SMALL.test(w));
    const letters = text.replace(/[^A-Za-z]/g, '');
    f.push(`chars${bucket(text.length, [15, 30, 50, 80, 120, MAX_LINE_CHARS])}`, `words${bucket(words.length, [1, 2, 4, 7, 12])}`);
    if (letters.length >= 3 && letters === letters.toUpperCase()) f.push('caps');
    else if (content.length && content.every((w) => /^[A-Z0-9(#$]/.test(w))) f.push('titleCase');
    if (/^[a-z]/.test(text)) f.push('lowerStart');
    if (/[.;!?]$/.test(text)) f.push('endsStop');
    if (/:$/.test(text)) f.push('endsColon');
    else if (text.includes(':')) f.push('hasColon');
    if (/,/.test(text)) f.push('comma');
    if (LEVEL_NUMERAL.test(words[words.length - 1] ?? '') && words.length > 1) f.push('endsLevel');
    if (/\b(?:I{1,3}|IV|VI?|[1-6])\s*(?:,|\/|-|&)\s*(?:I{1,3}|IV|VI?|[1-6])\b/.test(text)) f.push('levelList');
    if (CODE.test(text)) f.push('codeToken');
    if (/\(\s*#?[A-Z]{0,4}-?\d[\dA-Z-]{1,9}\s*\)/.test(text)) f.push('codeInParens');
    if (GRADE.test(text)) f.push('gradeToken');
    if (DOLLAR.test(text)) f.push('dollar');
    if (/→|->|=>|»/.test(text)) f.push('arrow');
    f.push(`cells${bucket(l.cells.length, [1, 2, 3, 5])}`);
    if (l.level !== undefined) f.push(`headingLevel=${Math.min(l.level, 4)}`);
    // What the rules' title words say of the line and of its best reading.
    const readings = lineTitleReadings(l);
    const checks = readings.map((r) => checkTitle(r));
    if (checkTitle(text).strong) f.push('title:strong');
    else if (checkTitle(text).ok) f.push('title:ok');
    if (checks.some((c) => c.strong)) f.push('reading:strong');
    else if (checks.some((c) => c.ok)) f.push('reading:ok');
    if (sectionKind(text) !== 'other') f.push(`section=${sectionKind(text)}`);
    const labels = readLabels(text, l.cells);
    for (const name of new Set(labels.map((x) => x.name))) f.push(`label=${name}`);
    if (TITLE_LABEL_ALONE.test(text)) f.push('titleLabelAlone');
    f.push(...vocabularyFeatures(vocabularyInputs(l), vocabulary));
    // Position.
    if (l.kind !== 'furniture') seen++;
    const at = usable ? seen / usable : 0;
    f.push(`position${bucket(at, [0.05, 0.2, 0.5])}`);
    if (seen <= 3) f.push('firstLines');
    // Neighbours.
    if (i > 0 && lines[i - 1].kind === 'blank') f.push('prevBlank');
    if (i + 1 < lines.length && lines[i + 1].kind === 'blank') f.push('nextBlank');
    const below = nearby(lines, i, 1, 3);
    const above = nearby(lines, i, -1, 2);
    if (below[0]) f.push(`next=${below[0].kind}`);
    if (above[0]) f.push(`prev=${above[0].kind}`);
    if (below[0] && below[0].folded.length > 150) f.push('nextLong');
    if (below.some((b) => sectionKind(b.folded) === 'concept' || sectionKind(b.folded) === 'duties')) f.push('belowSection');
    if (below.some((b) => readLabels(b.folded, b.cells).some((x) => x.name === 'code' || x.name === 'grade'))) f.push('belowCodeOrGrade');
    if (above[0] && TITLE_LABEL_ALONE.test(above[0].folded)) f.push('aboveTitleLabel');
    if (below.some((b) => byLine.has(b.index))) f.push('nearAnchorBelow');
    if (above.some((b) => byLine.has(b.index))) f.push('nearAnchorAbove');
    f.push(`under=${under}`);
    if (text.length > MAX_LINE_CHARS) f.push('runTogether');
    return f;
  });
}
