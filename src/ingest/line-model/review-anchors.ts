/**
 * The line model applied to the rules' class anchors: an anchor whose line the model scores below `dropBelow` is
 * dropped, and a line the rules did not take that scores at least `addAbove` adds the class its best title
 * reading names. Run-together lines (many titles on one long line) are beyond a line model and keep the rules'
 * decision.
 */
import type { LaidLine } from '../layout/layout-lines';
import type { ClassAnchor } from '../segment/segment-classes';
import { checkTitle } from '../segment/title-words';
import { expandSeriesTitle } from '../segment/segment-classes';
import { lineFeatures, MAX_LINE_CHARS } from './line-features';
import { lineTitleReadings, titleKey } from './line-titles';
import { predict, type Weights } from './logistic';

export interface LineModel {
  weights: Weights;
  /** Head nouns of the training titles. */
  vocabulary: string[];
  dropBelow: number;
  addAbove: number;
}

/** Probability that each line carries a class title (0 for blank lines). */
export function scoreLines(model: Pick<LineModel, 'weights' | 'vocabulary'>, lines: LaidLine[], anchors: ClassAnchor[]): number[] {
  const vocabulary = new Set(model.vocabulary);
  return lineFeatures(lines, anchors, vocabulary).map((x) => (x.length ? predict(model.weights, x) : 0));
}

/**
 * The titles a line the model keeps names: the levels of a combined series title, else the shortest reading that
 * is clearly a title (a job noun or a level ends it: "PH Occupancy Specialist" rather than "... #730"), else
 * the first acceptable one.
 */
export function titlesOfLine(line: Pick<LaidLine, 'folded' | 'cells' | 'kind'>): { title: string; series?: { title: string; level: number } }[] {
  const readings = lineTitleReadings(line).filter((r) => checkTitle(r).ok);
  for (const r of readings) {
    const s = expandSeriesTitle(r);
    if (s && checkTitle(s.base).ok) return s.levels.map((level, i) => ({ title: `${s.base} ${level}`, series: { title: s.base, level: i + 1 } }));
  }
  const strong = readings.filter((r) => checkTitle(r).strong).sort((a, b) => a.length - b.length);
  const best = strong[0] ?? readings[0];
  return best ? [{ title: best }] : [];
}

export interface Review {
  anchors: ClassAnchor[];
  dropped: ClassAnchor[];
  added: ClassAnchor[];
}

/** What the review decides, on plain data (also what the evaluation replays on recorded documents). */
export function reviewDecisions<A extends { line: number; title: string }>(
  input: { scores: number[]; anchors: A[]; reviewable: (line: number) => boolean; titlesOf: (line: number) => { title: string; series?: { title: string; level: number } }[] },
  dropBelow: number,
  addAbove: number,
): { kept: A[]; dropped: A[]; added: { line: number; title: string; series?: { title: string; level: number } }[] } {
  const { scores, anchors, reviewable, titlesOf } = input;
  const dropped = anchors.filter((a) => reviewable(a.line) && scores[a.line] < dropBelow);
  const kept = anchors.filter((a) => !dropped.includes(a));
  const taken = new Set(anchors.map((a) => a.line));
  const known = new Set(kept.map((a) => titleKey(a.title)));
  const added: { line: number; title: string; series?: { title: string; level: number } }[] = [];
  scores.forEach((score, i) => {
    if (taken.has(i) || !reviewable(i) || score < addAbove) return;
    for (const t of titlesOf(i)) {
      if (known.has(titleKey(t.title))) continue;
      known.add(titleKey(t.title));
      added.push({ line: i, ...t });
    }
  });
  return { kept, dropped, added };
}

/** The rules' anchors reviewed by the model (see the module comment). */
export function reviewAnchors(model: LineModel, lines: LaidLine[], anchors: ClassAnchor[], scores = scoreLines(model, lines, anchors)): Review {
  const { kept, dropped, added } = reviewDecisions(
    { scores, anchors, reviewable: (i) => lines[i].kind !== 'blank' && lines[i].folded.length <= MAX_LINE_CHARS, titlesOf: (i) => titlesOfLine(lines[i]) },
    model.dropBelow,
    model.addAbove,
  );
  const fresh: ClassAnchor[] = added.map((a) => ({ ...a, evidence: 'heading' }));
  return { anchors: [...kept, ...fresh].sort((a, b) => a.line - b.line), dropped, added: fresh };
}
