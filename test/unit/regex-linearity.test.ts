/**
 * Finding 3: every regex on document text runs in linear time. Each hostile run (spaces, '*', dots,
 * parentheses, dashes, tabs, repeated words) is put inside the qualifications section of each seed document
 * and the whole parse is timed at two sizes four times apart: linear work grows about 4x, quadratic 16x.
 * The ratio, not the absolute time, is asserted (best of three runs, so a busy machine does not decide).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/ingest/pipeline';

const SEEDS = path.resolve(__dirname, '../../seeds');
const seeds = [...fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => path.join(SEEDS, f)), path.resolve(__dirname, '../fixtures/specs-untuned-2/pinecrest-doc-correctional-officer-series.txt')].map((file) => ({ name: path.basename(file), text: fs.readFileSync(file, 'utf8') }));

const RUNS: Record<string, (n: number) => string> = {
  spaces: (n) => ' '.repeat(n),
  stars: (n) => '*'.repeat(n),
  'star-space': (n) => '* '.repeat(n / 2),
  dots: (n) => '.'.repeat(n),
  'dot-space': (n) => '. '.repeat(n / 2),
  parentheses: (n) => '('.repeat(n / 2) + ')'.repeat(n / 2),
  dashes: (n) => '-'.repeat(n),
  tabs: (n) => '\t'.repeat(n),
  'and-words': (n) => ' and'.repeat(n / 4),
  'roman-numerals': (n) => 'I '.repeat(n / 2),
  'experience in': (n) => `two years of experience in${' '.repeat(n)}`,
};

/** The text with `run` put just after the qualifications heading, or after "distinguished from" (else mid-text). */
function withRun(text: string, run: string, where: 'qualifications' | 'distinction'): string {
  if (where === 'distinction') {
    const phrase = text.search(/distinguished from \w+/i);
    const at = phrase >= 0 ? text.indexOf(' ', phrase + 'distinguished from '.length) : Math.floor(text.length / 2);
    return `${text.slice(0, at)}${run}${text.slice(at)}`;
  }
  const heading = text.search(/qualifications/i);
  const at = heading >= 0 ? text.indexOf('\n', text.indexOf('\n', heading) + 1) + 1 : Math.floor(text.length / 2);
  return `${text.slice(0, at)}2 years of experience in ${run}${text.slice(at)}`;
}

function parseMs(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    try {
      parseDocument({ fileName: 'grow.txt', bytes: Buffer.from(text) });
    } catch {
      // refusals are fine here; only the time counts
    }
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('parsing time grows linearly with hostile runs', () => {
  const SMALL = 60_000;
  const LARGE = SMALL * 4;
  for (const seed of seeds) {
    it(`${seed.name}`, () => {
      const ratios: string[] = [];
      for (const [runName, make] of Object.entries(RUNS)) for (const where of ['qualifications', 'distinction'] as const) {
        const name = `${runName} in ${where}`;
        const small = parseMs(withRun(seed.text, make(SMALL), where));
        const large = parseMs(withRun(seed.text, make(LARGE), where));
        // Below a few milliseconds timer noise dominates; there the size itself shows no quadratic cost.
        const ratio = large / Math.max(small, 5);
        ratios.push(`${name}: ${small.toFixed(0)} -> ${large.toFixed(0)} ms`);
        // 4x the input: linear ~4, quadratic ~16. 9 leaves room for a noisy machine, not for quadratic growth.
        if (ratio >= 9) throw new Error(`${seed.name} with a run of ${name}: ${small.toFixed(1)} ms -> ${large.toFixed(1)} ms (x${ratio.toFixed(1)} for 4x the input)\n${ratios.join('\n')}`);
      }
    });
  }
});
