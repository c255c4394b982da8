/**
 * The format parsers on the seed corpus and on hand-written fixtures of employers they were not written for:
 * format detection, provenance (every span cuts the fact's own words out of the text), the text readers, and
 * recall against an analyst's reading of each fixture.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/ingest/pipeline';
import { detectFormat, genericParser } from '../../src/ingest/parsers';
import { readManifest } from '../../src/ingest/manifest';
import { monthsIn, educationLevelIn, readQualificationClause } from '../../src/ingest/parsers/text/qualifications';
import { readDistinctions } from '../../src/ingest/parsers/text/distinctions';
import { readNamedDefinition, readProseCharacteristics } from '../../src/ingest/parsers/text/competencies';
import { toIsoDate, repairJoinedWords } from '../../src/ingest/parsers/text/fields';
import { measureRecall, total } from '../../scripts/corpus/measure-recall';

const SEEDS = path.resolve(__dirname, '../../seeds');
const FIXTURES = path.resolve(__dirname, '../fixtures');
const manifest = readManifest(SEEDS);
const seedFiles = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const parseSeed = (file: string) => parseDocument({ fileName: file, bytes: fs.readFileSync(path.join(SEEDS, file)), manifest: manifest.get(file) }).document;
const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

describe('format detection', () => {
  it('recognizes each seed format and falls back to the generic parser otherwise', () => {
    const formats = seedFiles.map((f) => detectFormat(fs.readFileSync(path.join(SEEDS, f), 'utf8')).parser.format);
    expect(formats).toEqual(['ohio-series', 'ca-judicial-council', 'denver-csa', 'montana-job-profile', 'montana-job-profile']);
    const fixture = fs.readFileSync(path.join(FIXTURES, 'specs/riverton-building-permit-inspector.txt'), 'utf8');
    expect(detectFormat(fixture).parser.format).toBe('generic');
  });
});

describe('provenance', () => {
  it.each(seedFiles)('%s: every span lies in the text and holds the words of its fact', (file) => {
    const doc = parseSeed(file);
    const text = doc.source.text;
    const cut = (span: { start: number; end: number }) => words(text.slice(span.start, span.end));
    expect(doc.classes.length).toBeGreaterThan(0);
    for (const c of doc.classes) {
      for (const d of c.duties) {
        const dutyWords = words(d.text).split(' ');
        expect(cut(d.span)).toContain(dutyWords.slice(0, 2).join(' '));
        expect(cut(d.span)).toContain(dutyWords.slice(-3).join(' '));
      }
      for (const k of c.competencies) expect(cut(k.span)).toContain(words(k.name).split(' ').slice(0, 3).join(' '));
      for (const q of c.qualifications) expect(cut(q.span)).toContain(words(q.text).split(' ').slice(-3).join(' '));
      for (const x of c.distinctions) expect(cut(x.span)).toContain(words(x.other.title));
      for (const p of c.promotionRequirements) expect(cut(p.span)).toContain(words(p.from.title));
    }
  });
});

describe('seed facts at parse level', () => {
  it('000: the promotion requirement names 62721S with 6 months, and levels come in order', () => {
    const doc = parseSeed('000_063c8e4fea0a190a.txt');
    expect(doc.classes.map((c) => [c.code, c.level, c.payGrade, c.bargainingUnit])).toEqual([['62721S', 1, '10', '41'], ['62722S', 2, '12', '41']]);
    expect(doc.classes[1].promotionRequirements).toEqual([expect.objectContaining({ from: { title: 'Business Operations Analyst 1', code: '62721S' }, months: 6 })]);
    expect(doc.classes[0].promotionRequirements).toEqual([]);
  });

  it('004: repairs the run-together working title and reads the ticked boxes only', () => {
    const doc = parseDocument({ fileName: '004_3b103986cf1fec85.txt', bytes: fs.readFileSync(path.join(SEEDS, '004_3b103986cf1fec85.txt')), manifest: manifest.get('004_3b103986cf1fec85.txt') });
    expect(doc.document.positions[0].workingTitle).toBe('Records Management Technician');
    expect(doc.warnings.join(' ')).toMatch(/ManagementTechnician/);
    const [c] = doc.document.classes;
    expect(c.flsaStatus).toBe('NON_EXEMPT');
    expect(c.qualifications.filter((q) => q.kind === 'EDUCATION').map((q) => q.educationLevel)).toEqual(['SOME_COLLEGE']);
    expect(c.qualifications.find((q) => q.kind === 'EXPERIENCE')?.months).toBe(12);
    expect(c.duties.map((d) => d.essential)).toEqual([true, true, false]);
  });

  it('003: neither FLSA box is ticked, so no FLSA status is claimed', () => {
    expect(parseSeed('003_58c46b486242a1cc.txt').classes[0].flsaStatus).toBeUndefined();
  });

  it('reads page furniture of a PDF conversion as a break, never as a duty', () => {
    const text = 'Class Title: Account Clerk\n\nDUTIES\n- Posts receipts to the ledger.\nPage 2 of 3\n- Reconciles daily deposits.\n';
    const doc = genericParser.parse({ text, fileName: 'x.txt', sha256: '0'.repeat(64), key: 'x', jurisdiction: { id: 'x', name: 'X', kind: 'OTHER' } });
    expect(doc.classes![0].duties!.map((d) => d.text)).toEqual(['Posts receipts to the ledger.', 'Reconciles daily deposits.']);
  });

  it('the generic parser alone still yields a class from every seed', () => {
    for (const file of seedFiles) {
      const text = fs.readFileSync(path.join(SEEDS, file), 'utf8');
      const doc = genericParser.parse({ text, fileName: file, sha256: '0'.repeat(64), key: file, jurisdiction: { id: 'x', name: 'X', kind: 'OTHER' } });
      expect(doc.classes?.length).toBeGreaterThan(0);
    }
  });
});

describe('text readers', () => {
  it.each([
    ['Four (4) years of business system support experience.', 48],
    ['-Or 6 mos. exp. as Business Operations Analyst 1, 62721S.', 6],
    ['3 – 4 years of job related experience', 36],
    ['two years of experience', 24],
    ['Completion of a bachelor’s degree', undefined],
  ])('months in %j', (text, months) => expect(monthsIn(text)).toBe(months));

  it.each([
    ['Associate’s degree, preferably in computer science', 'ASSOCIATE'],
    ['Completion of undergraduate core program in business', 'BACHELOR'],
    ["A master's degree in urban planning", 'MASTER'],
    ['High school diploma or equivalent', 'HIGH_SCHOOL'],
    ['Three years of experience', undefined],
  ])('education level in %j', (text, level) => expect(educationLevelIn(text)).toBe(level));

  it('splits an education-and-experience clause into its two parts, with spans', () => {
    const raw = "Associate's degree in accounting and two (2) years of bookkeeping experience.";
    const facts = readQualificationClause(raw, 100, 2);
    expect(facts.map((f) => [f.kind, f.educationLevel, f.months, f.option])).toEqual([['EDUCATION', 'ASSOCIATE', undefined, 2], ['EXPERIENCE', undefined, 24, 2]]);
    expect(raw.slice(facts[1].span.start - 100, facts[1].span.end - 100)).toBe('two (2) years of bookkeeping experience.');
  });

  it('reads each "distinguished from" with its own statement and leaves the class itself out', () => {
    const text = 'The Clerk II is distinguished from the Clerk I in that it works alone. It is also distinguished from a Lead Clerk that assigns work. The Clerk II is distinguished from the Clerk II by nothing.';
    const found = readDistinctions(text, { start: 0, end: text.length }, 'Clerk II');
    expect(found.map((d) => [d.other.title, d.statement])).toEqual([
      ['Clerk I', 'The Clerk II is distinguished from the Clerk I in that it works alone.'],
      ['Lead Clerk', 'It is also distinguished from a Lead Clerk that assigns work. The Clerk II is distinguished from the Clerk II by nothing.'],
    ]);
  });

  it('reads named definitions and prose characteristics', () => {
    expect(readNamedDefinition('Teamwork – Encourages cooperation.')).toEqual({ name: 'Teamwork', definition: 'Encourages cooperation.' });
    expect(readNamedDefinition('This position requires: many things')).toBeUndefined();
    const text = 'Knowledge of budgeting; payroll\\*. Ability to lift 50 pounds; drive.';
    expect(readProseCharacteristics(text, { start: 0, end: text.length }).map((k) => [k.kind, k.name])).toEqual([
      ['KNOWLEDGE', 'Budgeting'], ['KNOWLEDGE', 'Payroll'], ['ABILITY', 'Lift 50 pounds'], ['ABILITY', 'Drive'],
    ]);
  });

  it('reads dates and repairs run-together words', () => {
    expect(['03/08/2009', 'March 3, 2021', '2019-09-15', '02/30/2020', 'soon'].map(toIsoDate)).toEqual(['2009-03-08', '2021-03-03', '2019-09-15', undefined, undefined]);
    expect(repairJoinedWords('Records ManagementTechnician')).toEqual({ text: 'Records Management Technician', repaired: true });
    expect(repairJoinedWords('McDonald Analyst').repaired).toBe(false);
  });
});

describe('recall on fixtures of other employers', () => {
  // The first set prompted general fixes to the generic parser; the second was written afterwards and measured
  // without any change. The README records both sets of figures.
  it.each([
    ['specs', 1.0],
    ['specs-untuned', 0.8],
    ['specs-untuned-2', 0.8],
  ])('%s: the share of classes, relations, competencies, duties and qualifications found is at least %d', (dir, floor) => {
    const recalls = measureRecall(path.join(FIXTURES, dir));
    for (const key of ['classes', 'relations', 'competencies', 'duties', 'qualifications'] as const) {
      const t = total(recalls, key);
      // The key is in the compared value so a failure says which measure fell short.
      expect([key, t.found / Math.max(t.expected, 1) >= floor]).toEqual([key, true]);
    }
  });
});
