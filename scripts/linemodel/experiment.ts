/**
 * The experiment's parts on recorded documents (records.ts): training a line model on some documents, scoring
 * others, the titles each method gives (the rules, the model alone, the model reviewing the rules' anchors), class
 * recall and precision counted as `npm run recall:real` counts them, line-level precision and recall, and the
 * choice of thresholds on training documents only.
 */
import { normalizeTitle } from '../../src/model/keys';
import { headVocabulary, vocabularyFeatures } from '../../src/ingest/line-model/line-features';
import { predict, train, type Sample, type Weights } from '../../src/ingest/line-model/logistic';
import { reviewDecisions } from '../../src/ingest/line-model/review-anchors';
import type { DocumentRecord } from './records';

export const TRAIN_OPTIONS = { epochs: 400, learningRate: 0.5, l2: 0.001, positiveWeight: 3 };

export interface FittedModel { weights: Weights; vocabulary: string[] }
export interface Thresholds { dropBelow: number; addAbove: number; modelAbove: number }
export type Method = 'rules' | 'model' | 'combined';
export type Predictions = Map<DocumentRecord, number[]>;

/** As measure-real.ts: titles compare without case, punctuation or a trailing remark in parentheses. */
const bare = (t: string) => normalizeTitle(t.replace(/\s*\([^()]*\)\s*$/, ''));
const sameTitle = (a: string, b: string) => bare(a) === bare(b);

export function fit(docs: DocumentRecord[]): FittedModel {
  const vocabulary = headVocabulary(docs.flatMap((d) => d.expectedTitles));
  const vocab = new Set(vocabulary);
  const samples: Sample[] = [];
  for (const d of docs) {
    for (const l of d.lines) if (l.y !== undefined) samples.push({ x: [...l.base, ...vocabularyFeatures(l.vocab, vocab)], y: l.y });
  }
  return { weights: train(samples, TRAIN_OPTIONS), vocabulary };
}

export function scoreRecord(model: FittedModel, d: DocumentRecord): number[] {
  const vocab = new Set(model.vocabulary);
  return d.lines.map((l) => (l.y !== undefined ? predict(model.weights, [...l.base, ...vocabularyFeatures(l.vocab, vocab)]) : 0));
}

/** The titles each method gives for one document, from its line scores. */
export function titlesBy(method: Method, d: DocumentRecord, s: number[], t: Thresholds): string[] {
  if (method === 'rules') return d.ruleClasses;
  // Alone, the model keeps a line at its own threshold and names its class from the line.
  if (method === 'model') return d.lines.flatMap((l, i) => (l.y !== undefined && s[i] >= t.modelAbove ? l.titles.map((x) => x.title) : []));
  const review = reviewDecisions({ scores: s, anchors: d.anchors, reviewable: (i) => d.lines[i].y !== undefined, titlesOf: (i) => d.lines[i].titles }, t.dropBelow, t.addAbove);
  const keptKeys = new Set(review.kept.map((a) => normalizeTitle(a.title)));
  const droppedKeys = new Set(review.dropped.map((a) => normalizeTitle(a.title)).filter((k) => !keptKeys.has(k)));
  return [...d.ruleClasses.filter((c) => !droppedKeys.has(normalizeTitle(c))), ...review.added.map((a) => a.title)];
}

export interface Tally { found: number; expected: number; real: number; got: number }
export const emptyTally = (): Tally => ({ found: 0, expected: 0, real: 0, got: 0 });

/** Class recall and precision of one document's titles, as measure-real.ts counts them. */
export function classTally(t: Tally, expected: string[], titles: string[]): void {
  const got = [...new Map(titles.map((x) => [normalizeTitle(x), x])).values()];
  for (const e of expected) {
    t.expected++;
    if (got.some((g) => normalizeTitle(g) === normalizeTitle(e) || sameTitle(g, e))) t.found++;
  }
  for (const g of got) {
    t.got++;
    if (expected.some((e) => sameTitle(e, g))) t.real++;
  }
}

export function tallyOf(method: Method, docs: DocumentRecord[], predictions: Predictions, t: Thresholds): Tally {
  const out = emptyTally();
  for (const d of docs) classTally(out, d.expectedTitles, titlesBy(method, d, predictions.get(d)!, t));
  return out;
}

/** Line level: precision and recall of "this line carries a class title" (tp, predicted, positives). */
export function lineTally(docs: DocumentRecord[], predicted: (d: DocumentRecord, i: number) => boolean): { tp: number; predicted: number; pos: number } {
  const out = { tp: 0, predicted: 0, pos: 0 };
  for (const d of docs) {
    d.lines.forEach((l, i) => {
      if (l.y === undefined) return;
      const p = predicted(d, i);
      if (l.y) out.pos++;
      if (p) out.predicted++;
      if (p && l.y) out.tp++;
    });
  }
  return out;
}

export const pct = (a: number, b: number) => (b ? `${a}/${b} ${Math.round((100 * a) / b)}%` : '-');
const f1 = (t: Tally) => (t.expected && t.got && t.found ? (2 * (t.found / t.expected) * (t.real / t.got)) / (t.found / t.expected + t.real / t.got) : 0);

export const REPORT_HEADER = ['batch', 'rules recall', 'rules prec.', 'model recall', 'model prec.', 'combined recall', 'combined prec.', 'lines: rules P', 'rules R', 'model P', 'model R'].join('\t');

/** One row of the table: class figures of the three methods and line figures of the rules and the model. */
export function reportRow(name: string, docs: DocumentRecord[], predictions: Predictions, t: Thresholds): string {
  const [rules, model, combined] = (['rules', 'model', 'combined'] as Method[]).map((m) => tallyOf(m, docs, predictions, t));
  const linesRules = lineTally(docs, (d, i) => d.anchors.some((a) => a.line === i));
  const linesModel = lineTally(docs, (d, i) => predictions.get(d)![i] >= 0.5);
  return [name, pct(rules.found, rules.expected), pct(rules.real, rules.got), pct(model.found, model.expected), pct(model.real, model.got), pct(combined.found, combined.expected), pct(combined.real, combined.got),
    pct(linesRules.tp, linesRules.predicted), pct(linesRules.tp, linesRules.pos), pct(linesModel.tp, linesModel.predicted), pct(linesModel.tp, linesModel.pos)].join('\t');
}

/** Rows per batch and, for several batches, in total. */
export function report(docs: DocumentRecord[], predictions: Predictions, t: Thresholds): string[] {
  const batches = [...new Set(docs.map((d) => d.batch))].sort((a, b) => a - b);
  const rows = batches.map((b) => reportRow(`batch-${b}`, docs.filter((d) => d.batch === b), predictions, t));
  return [REPORT_HEADER, ...rows, ...(batches.length > 1 ? [reportRow('ALL', docs, predictions, t)] : [])];
}

/** Leave one employer out: each document is scored by a model trained without its employer's documents. */
export function leaveOneEmployerOut(docs: DocumentRecord[]): Predictions {
  const out: Predictions = new Map();
  for (const employer of [...new Set(docs.map((d) => d.employer))].sort()) {
    const model = fit(docs.filter((d) => d.employer !== employer));
    for (const d of docs.filter((x) => x.employer === employer)) out.set(d, scoreRecord(model, d));
  }
  return out;
}

const DROP_GRID = [0, 0.02, 0.05, 0.1, 0.2, 0.3];
const ADD_GRID = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 2];
const MODEL_GRID = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * How thresholds are chosen on training documents' held-out predictions. `f1`: the best class F1. `floor`: the
 * best recall whose precision is at least the rules' precision on the same documents (the bar "beats the rules
 * without losing precision"); when none reaches it, the rules unchanged (and the model alone at its most precise).
 */
export type Criterion = 'f1' | 'floor';

const precision = (t: Tally) => (t.got ? t.real / t.got : 1);
const recall = (t: Tally) => (t.expected ? t.found / t.expected : 0);

/** Thresholds by the criterion, for the model reviewing the rules (ties: the fewer changes) and for the model alone. */
export function chooseThresholds(docs: DocumentRecord[], predictions: Predictions, criterion: Criterion = 'f1'): Thresholds & { f1: number; modelF1: number } {
  const floor = precision(tallyOf('rules', docs, predictions, { dropBelow: 0, addAbove: 2, modelAbove: 0.5 })) - 1e-9;
  const value = (t: Tally) => (criterion === 'f1' ? f1(t) : precision(t) >= floor ? recall(t) : -1);
  let best = { dropBelow: 0, addAbove: 2, f1: -1, value: -2 };
  for (const addAbove of [...ADD_GRID].reverse()) {
    for (const dropBelow of DROP_GRID) {
      const t = tallyOf('combined', docs, predictions, { dropBelow, addAbove, modelAbove: 0.5 });
      if (value(t) > best.value + 1e-9) best = { dropBelow, addAbove, f1: f1(t), value: value(t) };
    }
  }
  let alone = { modelAbove: 0.5, modelF1: -1, value: -2, precision: -1 };
  for (const modelAbove of MODEL_GRID) {
    const t = tallyOf('model', docs, predictions, { dropBelow: 0, addAbove: 2, modelAbove });
    const v = value(t);
    if (v > alone.value + 1e-9 || (v < 0 && alone.value < 0 && precision(t) > alone.precision)) alone = { modelAbove, modelF1: f1(t), value: v, precision: precision(t) };
  }
  return { dropBelow: best.dropBelow, addAbove: best.addAbove, f1: best.f1, modelAbove: alone.modelAbove, modelF1: alone.modelF1 };
}

export const describeThresholds = (t: Thresholds & { f1: number; modelF1: number }) =>
  `combined drops a rules anchor below ${t.dropBelow} and adds a line at ${t.addAbove > 1 ? 'never' : t.addAbove} (class F1 ${t.f1.toFixed(3)}); the model alone keeps a line at ${t.modelAbove} (class F1 ${t.modelF1.toFixed(3)})`;
