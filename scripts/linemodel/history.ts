/**
 * The line model against the rules on each batch's FIRST run, replayed: for batch k (2..7), the rules are the
 * source tree at the commit that recorded batch-k/first-run.txt (tuned on earlier batches only), and the model is
 * trained on batches 1..k-1, each recorded with the rules of its own first run (so the rules' features in
 * training are as unreliable as on a batch they never saw), thresholds chosen by leave-one-employer-out on those
 * training batches. The older trees are exported with `git archive` into the system's temporary folder, this
 * folder and src/ingest/line-model are copied in, and record-batches.ts runs there against this tree's corpus.
 *
 *   npm run linemodel:history              the replay, thresholds by class F1 and by the precision floor
 *   npm run linemodel:history -- --write   also trains on every batch's first-run record and writes
 *                                          src/ingest/line-model/line-model.json (thresholds by the floor)
 *
 * Rules figures are counted against today's readings, so they can differ a little from first-run.txt.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chooseThresholds, describeThresholds, fit, leaveOneEmployerOut, pct, REPORT_HEADER, reportRow, scoreRecord, tallyOf, type Criterion, type Predictions, type Thresholds } from './experiment';
import { CORPUS_ROOT } from './corpus';
import type { DocumentRecord } from './records';
import type { LineModel } from '../../src/ingest/line-model/review-anchors';

const ROOT = path.resolve(__dirname, '../..');
/** Every batch whose first run is recorded, in order (a new batch joins the replay once its first run is recorded). */
const BATCHES = fs.existsSync(CORPUS_ROOT)
  ? fs.readdirSync(CORPUS_ROOT).filter((d) => /^batch-\d+$/.test(d) && fs.existsSync(path.join(CORPUS_ROOT, d, 'first-run.txt'))).map((d) => Number(d.slice(6))).sort((a, b) => a - b)
  : [];
const MODEL_FILE = path.join(ROOT, 'src/ingest/line-model/line-model.json');
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

/** The commit that added batch-N/first-run.txt: the rules as they stood when batch N was first run. */
function firstRunCommit(batch: number): string {
  const added = git('log', '--diff-filter=A', '--format=%H', '--', `test/real-corpus/batch-${batch}/first-run.txt`).split('\n').filter(Boolean);
  if (!added.length) throw new Error(`batch-${batch}: no commit added first-run.txt`);
  return added[added.length - 1];
}

/** Records the batches with the rules of `commit` (cached by commit in the temporary folder). */
function recordAt(commit: string, batches: number[]): DocumentRecord[] {
  const dir = path.join(os.tmpdir(), 'linemodel-history', commit.slice(0, 12));
  const out = path.join(dir, `records-${batches.join('-')}.json`);
  if (!fs.existsSync(out)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${commit} src tsconfig.json package.json | tar -x -C "${dir}"`], { cwd: ROOT });
    for (const folder of ['src/ingest/line-model', 'scripts/linemodel']) {
      fs.cpSync(path.join(ROOT, folder), path.join(dir, folder), { recursive: true, filter: (f) => !f.endsWith('.json') });
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    execFileSync(tsx, ['scripts/linemodel/record-batches.ts', out, ...batches.map(String)], { cwd: dir, env: { ...process.env, LINE_MODEL_CORPUS: CORPUS_ROOT }, stdio: 'inherit' });
  }
  return JSON.parse(fs.readFileSync(out, 'utf8')) as DocumentRecord[];
}

function main(): void {
  if (!fs.existsSync(path.join(CORPUS_ROOT, '.texts')) || BATCHES.length < 2) {
    console.log('no corpus texts in test/real-corpus/.texts (see test/real-corpus/README.md); nothing to replay');
    return;
  }
  const commits = new Map(BATCHES.map((b) => [b, firstRunCommit(b)]));
  const byCommit = new Map<string, number[]>();
  for (const [b, c] of commits) byCommit.set(c, [...(byCommit.get(c) ?? []), b]);
  const records = new Map<number, DocumentRecord[]>();
  for (const [commit, batches] of byCommit) {
    const recorded = recordAt(commit, batches);
    for (const b of batches) records.set(b, recorded.filter((d) => d.batch === b));
  }
  for (const criterion of ['f1', 'floor'] as Criterion[]) replay(records, commits, criterion);
  if (process.argv.includes('--write')) {
    const all = BATCHES.flatMap((b) => records.get(b)!);
    const chosen = chooseThresholds(all, leaveOneEmployerOut(all), 'floor');
    const model: LineModel = { ...fit(all), dropBelow: chosen.dropBelow, addAbove: chosen.addAbove };
    fs.writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 1)}\n`);
    console.log(`\nwrote ${MODEL_FILE}: trained on batches 1-${BATCHES[BATCHES.length - 1]} as first run; ${describeThresholds(chosen)}`);
  }
}

/** Batches 2-7 in turn, thresholds chosen on the training batches by the criterion. */
function replay(records: Map<number, DocumentRecord[]>, commits: Map<number, string>, criterion: Criterion): void {
  console.log(`\nthresholds by ${criterion === 'f1' ? 'the best class F1' : 'the best recall at no less precision than the rules'} on the training batches (leave-one-employer-out)`);
  const rows: string[] = [];
  const heldOut: DocumentRecord[] = [];
  const predictions: Predictions = new Map();
  const used = new Map<DocumentRecord, Thresholds>();
  for (const k of BATCHES.slice(1)) {
    const training = BATCHES.filter((b) => b < k).flatMap((b) => records.get(b)!);
    const chosen = chooseThresholds(training, leaveOneEmployerOut(training), criterion);
    const model = fit(training);
    const test = records.get(k)!;
    for (const d of test) {
      predictions.set(d, scoreRecord(model, d));
      used.set(d, chosen);
    }
    heldOut.push(...test);
    console.log(`batch ${k}: rules of ${commits.get(k)!.slice(0, 7)}; trained on batches 1-${k - 1} (${training.length} documents); ${describeThresholds(chosen)}`);
    rows.push(reportRow(`batch-${k}`, test, predictions, chosen));
  }
  // In total, each batch counted at the thresholds chosen before it was seen.
  const total = { rules: [0, 0, 0, 0], model: [0, 0, 0, 0], combined: [0, 0, 0, 0] };
  for (const d of heldOut) {
    for (const m of ['rules', 'model', 'combined'] as const) {
      const t = tallyOf(m, [d], predictions, used.get(d)!);
      total[m] = [total[m][0] + t.found, total[m][1] + t.expected, total[m][2] + t.real, total[m][3] + t.got];
    }
  }
  const sum = (m: keyof typeof total) => [pct(total[m][0], total[m][1]), pct(total[m][2], total[m][3])];
  const last = BATCHES[BATCHES.length - 1];
  console.log(`first runs replayed (each batch unseen by the rules and by the model that scored it)\n${REPORT_HEADER}\n${rows.join('\n')}`);
  console.log([`batches 2-${last}`, ...sum('rules'), ...sum('model'), ...sum('combined')].join('\t'));
}

if (require.main === module) main();
