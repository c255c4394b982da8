/**
 * Does a line model trained on our readings find classes better than the rules? Prints, per batch, class recall and
 * precision at document level (as `npm run recall:real` computes them) for the rules, the model alone and the model
 * reviewing the rules' anchors, and line-level precision and recall of "this line carries a class title".
 *
 *   npm run linemodel:eval              leave-one-employer-out over batches 1-7, and train 1-6 -> test 7
 *   npm run linemodel:eval -- --write   also trains on batches 1-7 and writes src/ingest/line-model/line-model.json
 *
 * Thresholds are chosen once, on leave-one-employer-out predictions over batches 1-6 only, before batch 7 is
 * scored. Labels come from expected.json by the rule in src/ingest/line-model/line-titles.ts (labelLines).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/ingest/pipeline';
import { normalizeTitle } from '../../src/model/keys';
import { headVocabulary, lineFeatures, MAX_LINE_CHARS, vocabularyFeatures } from '../../src/ingest/line-model/line-features';
import { labelLines } from '../../src/ingest/line-model/line-titles';
import { predict, train, type Sample, type Weights } from '../../src/ingest/line-model/logistic';
import { reviewAnchors, titlesOfLine, type LineModel } from '../../src/ingest/line-model/review-anchors';
import { loadCorpus, type CorpusDocument } from './corpus';

export const TRAIN_OPTIONS = { epochs: 400, learningRate: 0.5, l2: 0.001, positiveWeight: 3 };
const LAST_BATCH = 7;

interface Prepared {
  doc: CorpusDocument;
  /** Label per line; undefined for blank and run-together lines (not trained on, not scored). */
  y: (boolean | undefined)[];
  base: string[][];
  /** Titles of the classes the whole pipeline reads today (the rules). */
  ruleClasses: string[];
}

/** As measure-real.ts: titles compare without case, punctuation or a trailing remark in parentheses. */
const bare = (t: string) => normalizeTitle(t.replace(/\s*\([^()]*\)\s*$/, ''));
const sameTitle = (a: string, b: string) => bare(a) === bare(b);

function prepare(doc: CorpusDocument): Prepared {
  const labels = labelLines(doc.lines, doc.expectedTitles);
  const y = doc.lines.map((l, i) => (l.kind === 'blank' || l.folded.length > MAX_LINE_CHARS ? undefined : labels[i]));
  let ruleClasses: string[] = [];
  try {
    ruleClasses = parseDocument({ fileName: `${doc.id}.txt`, bytes: Buffer.from(doc.text, 'utf8') }).document.classes.map((c) => c.title);
  } catch {
    // Refused: no class.
  }
  return { doc, y, base: lineFeatures(doc.lines, doc.anchors, new Set()), ruleClasses };
}

function fit(docs: Prepared[]): Pick<LineModel, 'weights' | 'vocabulary'> {
  const vocabulary = headVocabulary(docs.flatMap((d) => d.doc.expectedTitles));
  const vocab = new Set(vocabulary);
  const samples: Sample[] = [];
  for (const d of docs) {
    d.y.forEach((y, i) => {
      if (y !== undefined) samples.push({ x: [...d.base[i], ...vocabularyFeatures(d.doc.lines[i], vocab)], y });
    });
  }
  return { weights: train(samples, TRAIN_OPTIONS), vocabulary };
}

function scores(model: { weights: Weights; vocabulary: string[] }, d: Prepared): number[] {
  const vocab = new Set(model.vocabulary);
  return d.base.map((x, i) => (x.length ? predict(model.weights, [...x, ...vocabularyFeatures(d.doc.lines[i], vocab)]) : 0));
}

interface Tally { found: number; expected: number; real: number; got: number; tp: number; pos: number; predicted: number }
const empty = (): Tally => ({ found: 0, expected: 0, real: 0, got: 0, tp: 0, pos: 0, predicted: 0 });

/** Class recall and precision of one document's titles, as measure-real.ts counts them. */
function classTally(t: Tally, expected: string[], titles: string[]): void {
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

function lineTally(t: Tally, y: (boolean | undefined)[], predicted: (i: number) => boolean): void {
  y.forEach((label, i) => {
    if (label === undefined) return;
    const p = predicted(i);
    if (label) t.pos++;
    if (p) t.predicted++;
    if (p && label) t.tp++;
  });
}

type Method = 'rules' | 'model' | 'combined';

/** The titles each method gives for one document, from the line scores. */
function titlesBy(method: Method, d: Prepared, s: number[], dropBelow: number, addAbove: number): string[] {
  if (method === 'rules') return d.ruleClasses;
  if (method === 'model') {
    // Alone, the model keeps a line at `addAbove` (its own threshold) and names its class from the line.
    return d.doc.lines.flatMap((l, i) => (d.y[i] !== undefined && s[i] >= addAbove ? titlesOfLine(l).map((t) => t.title) : []));
  }
  const review = reviewAnchors({ weights: {}, vocabulary: [], dropBelow, addAbove }, d.doc.lines, d.doc.anchors, s);
  const keptKeys = new Set(review.anchors.map((a) => normalizeTitle(a.title)));
  const droppedKeys = new Set(review.dropped.map((a) => normalizeTitle(a.title)).filter((k) => !keptKeys.has(k)));
  const kept = d.ruleClasses.filter((c) => !droppedKeys.has(normalizeTitle(c)));
  return [...kept, ...review.added.map((a) => a.title)];
}

const pct = (a: number, b: number) => (b ? `${a}/${b} ${Math.round((100 * a) / b)}%` : '-');
const f1 = (t: Tally) => (t.expected && t.got ? (2 * (t.found / t.expected) * (t.real / t.got)) / (t.found / t.expected + t.real / t.got) : 0);

interface Thresholds { dropBelow: number; addAbove: number; modelAbove: number }

function report(title: string, docs: Prepared[], predictions: Map<Prepared, number[]>, { dropBelow, addAbove, modelAbove }: Thresholds): string[] {
  const out = [title, ['batch', 'rules recall', 'rules prec.', 'model recall', 'model prec.', 'combined recall', 'combined prec.', 'lines: rules P', 'rules R', 'model P', 'model R'].join('\t')];
  const batches = [...new Set(docs.map((d) => d.doc.batch))].sort((a, b) => a - b);
  const all: Record<Method | 'linesRules' | 'linesModel', Tally> = { rules: empty(), model: empty(), combined: empty(), linesRules: empty(), linesModel: empty() };
  const rows = [...batches.map((b) => ({ name: `batch-${b}`, docs: docs.filter((d) => d.doc.batch === b) })), ...(batches.length > 1 ? [{ name: 'ALL', docs }] : [])];
  for (const { name, docs: group } of rows) {
    const t: typeof all = { rules: empty(), model: empty(), combined: empty(), linesRules: empty(), linesModel: empty() };
    for (const d of group) {
      const s = predictions.get(d)!;
      for (const m of ['rules', 'model', 'combined'] as Method[]) classTally(t[m], d.doc.expectedTitles, titlesBy(m, d, s, dropBelow, m === 'model' ? modelAbove : addAbove));
      const anchorLines = new Set(d.doc.anchors.map((a) => a.line));
      lineTally(t.linesRules, d.y, (i) => anchorLines.has(i));
      lineTally(t.linesModel, d.y, (i) => s[i] >= 0.5);
    }
    if (name === 'ALL') Object.assign(all, t);
    out.push([name, pct(t.rules.found, t.rules.expected), pct(t.rules.real, t.rules.got), pct(t.model.found, t.model.expected), pct(t.model.real, t.model.got),
      pct(t.combined.found, t.combined.expected), pct(t.combined.real, t.combined.got),
      pct(t.linesRules.tp, t.linesRules.predicted), pct(t.linesRules.tp, t.linesRules.pos), pct(t.linesModel.tp, t.linesModel.predicted), pct(t.linesModel.tp, t.linesModel.pos)].join('\t'));
  }
  return out;
}

/** Leave one employer out: each document is scored by a model trained without its employer's documents. */
function leaveOneEmployerOut(docs: Prepared[]): Map<Prepared, number[]> {
  const out = new Map<Prepared, number[]>();
  for (const employer of [...new Set(docs.map((d) => d.doc.employer))].sort()) {
    const model = fit(docs.filter((d) => d.doc.employer !== employer));
    for (const d of docs.filter((x) => x.doc.employer === employer)) out.set(d, scores(model, d));
  }
  return out;
}

const DROP_GRID = [0, 0.02, 0.05, 0.1, 0.2, 0.3];
const ADD_GRID = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 2];

function tallyOf(method: Method, docs: Prepared[], predictions: Map<Prepared, number[]>, dropBelow: number, addAbove: number): Tally {
  const t = empty();
  for (const d of docs) classTally(t, d.doc.expectedTitles, titlesBy(method, d, predictions.get(d)!, dropBelow, addAbove));
  return t;
}

/**
 * Thresholds with the best class F1 on the given predictions: for the model reviewing the rules (ties: the fewer
 * changes to the rules) and for the model alone.
 */
function chooseThresholds(docs: Prepared[], predictions: Map<Prepared, number[]>): Thresholds & { f1: number; modelF1: number } {
  let best = { dropBelow: 0, addAbove: 2, f1: -1 };
  for (const addAbove of [...ADD_GRID].reverse()) {
    for (const dropBelow of DROP_GRID) {
      const t = tallyOf('combined', docs, predictions, dropBelow, addAbove);
      if (f1(t) > best.f1 + 1e-9) best = { dropBelow, addAbove, f1: f1(t) };
    }
  }
  let alone = { modelAbove: 0.5, modelF1: -1 };
  for (const modelAbove of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const t = tallyOf('model', docs, predictions, 0, modelAbove);
    if (f1(t) > alone.modelF1 + 1e-9) alone = { modelAbove, modelF1: f1(t) };
  }
  return { ...best, ...alone };
}

function main(): void {
  const { documents, missing } = loadCorpus(LAST_BATCH);
  if (!documents.length) {
    console.log('no corpus texts in test/real-corpus/.texts (see test/real-corpus/README.md); nothing to evaluate');
    return;
  }
  const docs = documents.map(prepare);
  const lines = docs.reduce((n, d) => n + d.y.filter((y) => y !== undefined).length, 0);
  const positives = docs.reduce((n, d) => n + d.y.filter((y) => y).length, 0);
  console.log(`${docs.length} documents (${missing} texts missing), ${lines} labelled lines, ${positives} class-evidence lines, ${new Set(docs.map((d) => d.doc.employer)).size} employers`);

  const development = docs.filter((d) => d.doc.batch < LAST_BATCH);
  const devPredictions = leaveOneEmployerOut(development);
  const chosen = chooseThresholds(development, devPredictions);
  const { dropBelow, addAbove } = chosen;
  console.log(`thresholds from leave-one-employer-out on batches 1-${LAST_BATCH - 1}: combined drops a rules anchor below ${dropBelow} and adds a line at ${addAbove > 1 ? 'never' : addAbove} (class F1 ${chosen.f1.toFixed(3)}); the model alone keeps a line at ${chosen.modelAbove} (class F1 ${chosen.modelF1.toFixed(3)})\n`);

  const loeo = leaveOneEmployerOut(docs);
  console.log(report(`leave-one-employer-out, batches 1-${LAST_BATCH} (the rules were tuned on batches 1-${LAST_BATCH - 1})`, docs, loeo, chosen).join('\n'), '\n');

  const chronoModel = fit(development);
  const held = docs.filter((d) => d.doc.batch === LAST_BATCH);
  const chrono = new Map(held.map((d) => [d, scores(chronoModel, d)]));
  console.log(report(`chronological: trained on batches 1-${LAST_BATCH - 1}, tested on batch ${LAST_BATCH} (neither rules nor model saw it)`, held, chrono, chosen).join('\n'));
  // Shown, never used to choose: how the held-out batch would fare at other thresholds of the combined method.
  console.log(`\nsensitivity on batch ${LAST_BATCH} (chronological model; for reading only, thresholds were fixed above)\ndrop below\tadd at\trecall\tprecision`);
  for (const [d, a] of [[0, 0.9], [0, 0.8], [0, 0.7], [0, 0.6], [0.05, 2], [0.1, 2], [0.05, 0.8], [0.1, 0.7]]) {
    const t = tallyOf('combined', held, chrono, d, a);
    console.log([d, a > 1 ? 'never' : a, pct(t.found, t.expected), pct(t.real, t.got)].join('\t'));
  }

  if (process.argv.includes('--write')) {
    const model: LineModel = { ...fit(docs), dropBelow, addAbove };
    const file = path.resolve(__dirname, '../../src/ingest/line-model/line-model.json');
    fs.writeFileSync(file, `${JSON.stringify(model, null, 1)}\n`);
    console.log(`\nwrote ${file}`);
  }
}

if (require.main === module) main();
