/**
 * Finding 3: every regex on document text runs in linear time. Each hostile run (spaces, '*', dots,
 * parentheses, dashes, tabs, repeated words) is put inside the qualifications section of each seed document
 * and the whole parse is timed at two sizes four times apart: linear work grows about 4x, quadratic 16x.
 * The ratio, not the absolute time, is asserted (best of three runs, so a busy machine does not decide).
 */
import path from 'node:path';
import { hostileHosts, HOSTILE_RUNS as RUNS, parseMs, withRun } from '../../scripts/corpus/hostile-runs';

const seeds = hostileHosts(path.resolve(__dirname, '../..'));

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
