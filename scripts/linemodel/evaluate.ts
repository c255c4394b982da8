/**
 * Does a line model trained on our readings find classes better than the rules? Prints, per batch, class recall and
 * precision at document level (counted as `npm run recall:real` counts them) for the rules, the model alone and
 * the model reviewing the rules' anchors (drops the anchors it scores low, adds lines it scores high), and
 * line-level precision and recall of "this line carries a class title" (the rules: the line is an anchor).
 *
 *   npm run linemodel:eval                 leave-one-employer-out over batches 1-7, and train 1-6 -> test 7
 *   npm run linemodel:eval -- --last 8     the same up to batch 8 (train 1-7 -> test 8: a new batch's first run)
 *
 * The rules' features here are today's rules (tuned on batches 1-6). Thresholds are chosen once, on
 * leave-one-employer-out predictions over batches 1-6 only, before batch 7 is scored: the best recall at no less
 * precision than the rules. Labels come from expected.json by the rule in src/ingest/line-model/line-titles.ts.
 * `npm run linemodel:history` replays each batch's first run with the rules of that time, and writes the model.
 */
import { chooseThresholds, describeThresholds, fit, leaveOneEmployerOut, pct, report, scoreRecord, tallyOf } from './experiment';
import { loadCorpus } from './corpus';
import { recordDocument } from './records';

const lastArg = process.argv.indexOf('--last');
const LAST_BATCH = lastArg > 0 ? Number(process.argv[lastArg + 1]) : 7;
if (!Number.isInteger(LAST_BATCH) || LAST_BATCH < 2) throw new Error(`--last: expected a batch number of 2 or more, got "${process.argv[lastArg + 1]}"`);

function main(): void {
  const { documents, missing } = loadCorpus(LAST_BATCH);
  if (!documents.length) {
    console.log('no corpus texts in test/real-corpus/.texts (see test/real-corpus/README.md); nothing to evaluate');
    return;
  }
  const docs = documents.map(recordDocument);
  const lines = docs.reduce((n, d) => n + d.lines.filter((l) => l.y !== undefined).length, 0);
  const positives = docs.reduce((n, d) => n + d.lines.filter((l) => l.y).length, 0);
  console.log(`${docs.length} documents (${missing} texts missing), ${lines} labelled lines, ${positives} class-evidence lines, ${new Set(docs.map((d) => d.employer)).size} employers`);

  const development = docs.filter((d) => d.batch < LAST_BATCH);
  const chosen = chooseThresholds(development, leaveOneEmployerOut(development), 'floor');
  console.log(`thresholds from leave-one-employer-out on batches 1-${LAST_BATCH - 1}: ${describeThresholds(chosen)}\n`);

  console.log(`leave-one-employer-out, batches 1-${LAST_BATCH} (the rules were tuned on batches 1-${LAST_BATCH - 1})`);
  console.log(report(docs, leaveOneEmployerOut(docs), chosen).join('\n'), '\n');

  const held = docs.filter((d) => d.batch === LAST_BATCH);
  const chronoModel = fit(development);
  const chrono = new Map(held.map((d) => [d, scoreRecord(chronoModel, d)]));
  console.log(`chronological: trained on batches 1-${LAST_BATCH - 1}, tested on batch ${LAST_BATCH} (neither rules nor model saw it)`);
  console.log(report(held, chrono, chosen).join('\n'));
  // Shown, never used to choose: how the held-out batch would fare at other thresholds of the combined method.
  console.log(`\nsensitivity on batch ${LAST_BATCH} (chronological model; for reading only, thresholds were fixed above)\ndrop below\tadd at\trecall\tprecision`);
  for (const [dropBelow, addAbove] of [[0, 0.9], [0, 0.8], [0, 0.7], [0, 0.6], [0.05, 2], [0.1, 2], [0.05, 0.8], [0.1, 0.7]]) {
    const t = tallyOf('combined', held, chrono, { dropBelow, addAbove, modelAbove: 0.5 });
    console.log([dropBelow, addAbove > 1 ? 'never' : addAbove, pct(t.found, t.expected), pct(t.real, t.got)].join('\t'));
  }

}

if (require.main === module) main();
