/**
 * One fixture per layout feature the real corpus showed (written in our own words; see
 * test/fixtures/layouts/expected.json): every class, code, grade, promotion, distinction and competency an
 * analyst reads in them is extracted, nothing is invented, and page furniture never becomes a class.
 */
import fs from 'node:fs';
import path from 'node:path';
import { scoreDocument } from '../../scripts/corpus/measure-real';
import { parseDocument, ingestDocument } from '../../src/ingest/pipeline';

const dir = path.join(__dirname, '../fixtures/layouts');
const expected: Record<string, Parameters<typeof scoreDocument>[2]> = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
const files = Object.keys(expected).filter((f) => !f.startsWith('$'));

describe('layout fixtures', () => {
  it.each(files)('%s: everything an analyst reads is extracted and nothing is invented', (file) => {
    const log: string[] = [];
    const score = scoreDocument(fs.readFileSync(path.join(dir, file), 'utf8'), file, expected[file], log);
    const short = Object.entries(score).filter(([, v]) => typeof v === 'object' && v.found !== v.expected).map(([k]) => k);
    expect({ file, short, log }).toEqual({ file, short: [], log: expected[file].classes.length ? [] : log });
    expect(score.furnitureTitles).toBe(0);
  });

  it('refuses a page about specifications with the headings and labels it saw and what was missing', async () => {
    const report = await ingestDocument(null, { fileName: 'not-a-specification.txt', bytes: fs.readFileSync(path.join(dir, 'not-a-specification.txt')) }, { dryRun: true });
    expect(report.status).toBe('FAILED');
    expect(report.error).toMatch(/no job class was recognized: no headings \(first lines "About Class Specifications"/);
    expect(report.error).toMatch(/no labels/);
    expect(report.error).toMatch(/missing a class title/);
  });

  it('warnings name their line and are not repeated', () => {
    const text = 'Class Title: Field Auditor\n\nGREEN SECTION\nsome words\n\nGREEN SECTION\nmore words\n';
    const { warnings } = parseDocument({ fileName: 'w.txt', bytes: Buffer.from(text) });
    const placed = warnings.filter((w) => /was not placed/.test(w));
    expect(placed.every((w) => /^line \d+: /.test(w))).toBe(true);
    expect(new Set(warnings).size).toBe(warnings.length);
  });

  it('an implied promotion from a class of another document is kept on this one', () => {
    const { document } = parseDocument({ fileName: 'job-posting.txt', bytes: fs.readFileSync(path.join(dir, 'job-posting.txt')) });
    const [operator] = document.classes;
    expect(operator.advancement).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: { title: 'Wastewater Plant Operator I' } }),
        expect.objectContaining({ to: { title: 'Lead Wastewater Plant Operator' } }),
      ]),
    );
  });
});
