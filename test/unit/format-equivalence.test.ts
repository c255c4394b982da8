/**
 * The five seeds written by the tests as a web page, a Word document and a PDF (test/support/seed-originals.ts)
 * read back through the readers give the same classes, codes, grades, promotions, distinctions and competencies
 * as the plain-text seeds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, readSource } from '../../src/ingest/pipeline';
import { readManifest } from '../../src/ingest/manifest';
import { seedToDocx, seedToHtml, seedToPdf } from '../support/seed-originals';
import { factsOf } from '../support/equivalence';

const SEEDS = path.resolve(__dirname, '../../seeds');
const manifest = readManifest(SEEDS);
const seedFiles = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const employer = (file: string) => manifest.get(file)?.jurisdiction.name ?? 'An employer';

async function parseAs(file: string, name: string, bytes: Buffer) {
  const entry = manifest.get(file);
  const input = { fileName: name, bytes, manifest: entry && { ...entry, file: name } };
  return parseDocument({ ...input, source: await readSource(input) });
}

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

const writers = {
  html: async (text: string, file: string) => Buffer.from(seedToHtml(text, employer(file), true)),
  'html (no <main>)': async (text: string, file: string) => Buffer.from(seedToHtml(text, employer(file), false)),
  docx: (text: string, file: string) => seedToDocx(text, employer(file)),
  pdf: (text: string, file: string) => seedToPdf(text, employer(file)),
};

describe.each(Object.keys(writers) as (keyof typeof writers)[])('%s originals of the seeds', (format) => {
  it.each(seedFiles)('%s gives the same facts as the text', async (file) => {
    const text = fs.readFileSync(path.join(SEEDS, file), 'utf8');
    const expected = factsOf(parseDocument({ fileName: file, bytes: Buffer.from(text), manifest: manifest.get(file) }).document);
    const bytes = await writers[format](text, file);
    const { document } = await parseAs(file, file.replace(/\.txt$/, `.${format.split(' ')[0]}`), bytes);
    expect(factsOf(document)).toEqual(expected);
    // And the same words in the same order: nothing lost, nothing added, nothing moved.
    expect(wordsOf(document.source.text)).toEqual(wordsOf(text.replace(/<[^<>]*>/g, ' ')));
    expect(expected.classes.length).toBeGreaterThan(0);
    expect(document.source.mediaType).toBe({ html: 'text/html', 'html (no <main>)': 'text/html', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf' }[format]);
    // The page furniture the writers add never reaches the text.
    expect(document.source.text).not.toMatch(/Our offices are closed|uses cookies|All rights reserved|Benefits|Classification specification\n|Page \d+ of \d+\n.*Classification specification|Confidential draft/);
  });
});
