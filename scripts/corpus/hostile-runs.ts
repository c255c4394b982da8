/**
 * Hostile runs of characters put inside real documents, and a parse timer: shared by the regex-linearity test
 * (which asserts the growth ratio) and `npm run bench:parse` (which prints it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/ingest/pipeline';

/** The seeds and the layout-first fixture: the documents each run is put into. */
export function hostileHosts(root: string): { name: string; text: string }[] {
  const seeds = fs.readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, 'seeds', f));
  return [...seeds, path.join(root, 'test/fixtures/specs-untuned-2/pinecrest-doc-correctional-officer-series.txt')].map((file) => ({ name: path.basename(file), text: fs.readFileSync(file, 'utf8') }));
}

export const HOSTILE_RUNS: Record<string, (n: number) => string> = {
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
  letters: (n) => 'a'.repeat(n),
  'colon-space': (n) => ': '.repeat(n / 2),
  'experience in': (n) => `two years of experience in${' '.repeat(n)}`,
};

/** The text with `run` put just after the qualifications heading, or after "distinguished from" (else mid-text). */
export function withRun(text: string, run: string, where: 'qualifications' | 'distinction' = 'qualifications'): string {
  if (where === 'distinction') {
    const phrase = text.search(/distinguished from \w+/i);
    const at = phrase >= 0 ? text.indexOf(' ', phrase + 'distinguished from '.length) : Math.floor(text.length / 2);
    return `${text.slice(0, at)}${run}${text.slice(at)}`;
  }
  const heading = text.search(/qualifications/i);
  const at = heading >= 0 ? text.indexOf('\n', text.indexOf('\n', heading) + 1) + 1 : Math.floor(text.length / 2);
  return `${text.slice(0, at)}2 years of experience in ${run}${text.slice(at)}`;
}

/** The best of three parse times of `text` in ms (a refusal is an answer too; only the time counts). */
export function parseMs(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    try {
      parseDocument({ fileName: 'grow.txt', bytes: Buffer.from(text) });
    } catch {
      // refusals are fine here
    }
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
