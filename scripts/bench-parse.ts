/**
 * `npm run bench:parse`: how parsing time grows with hostile input (issue 10, finding 3). Each run of one
 * character pattern is put inside every seed and the layout-first fixture, at sizes doubling from 60k to 480k
 * characters, and the whole parse is timed (best of 3). Linear work doubles with the input; the script prints the
 * time per size and the ratio of the largest to the smallest (8x the input: linear ~8, quadratic ~64), then the
 * worst documents the limits allow: 1 MB of text and 20,000 lines.
 */
import path from 'node:path';
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_LINES } from '../src/ingest/read/read-error';
import { hostileHosts, HOSTILE_RUNS as RUNS, parseMs, withRun } from './corpus/hostile-runs';

const ROOT = path.resolve(__dirname, __dirname.includes('dist-bench') ? '../..' : '..');
const DOCS = hostileHosts(ROOT);
const SIZES = [60_000, 120_000, 240_000, 480_000];

function main(): void {
  console.log(`run\t${SIZES.map((s) => `${s / 1000}k ms`).join('\t')}\tratio (8x input)\tworst document`);
  let worstRatio = 0;
  for (const [name, make] of Object.entries(RUNS)) {
    const worst = SIZES.map(() => 0);
    let worstDoc = '';
    for (const doc of DOCS) {
      const times = SIZES.map((size) => parseMs(withRun(doc.text, make(size))));
      if (times[times.length - 1] > worst[worst.length - 1]) worstDoc = doc.name;
      times.forEach((t, i) => (worst[i] = Math.max(worst[i], t)));
    }
    const ratio = worst[worst.length - 1] / Math.max(worst[0], 1);
    worstRatio = Math.max(worstRatio, ratio);
    console.log(`${name}\t${worst.map((t) => t.toFixed(0)).join('\t')}\t${ratio.toFixed(1)}\t${worstDoc}`);
  }
  const base = DOCS[DOCS.length - 1].text;
  // The document itself, then copies of it with line breaks as spaces until 1 MB (within the line limit).
  const flat = base.replace(/\n/g, ' ');
  const megabyte = `${base}\n${flat.repeat(Math.ceil(MAX_DOCUMENT_BYTES / flat.length))}`.slice(0, MAX_DOCUMENT_BYTES - 1);
  const lines = `${base}\n${'a\n'.repeat(MAX_DOCUMENT_LINES - base.split('\n').length - 2)}`;
  console.log(`\nlargest ratio over 8x the input: ${worstRatio.toFixed(1)} (linear ~8, quadratic ~64)`);
  console.log(`1 MB document (the limit): ${parseMs(megabyte).toFixed(0)} ms`);
  console.log(`${MAX_DOCUMENT_LINES} lines (the limit): ${parseMs(lines).toFixed(0)} ms`);
}

main();
