/**
 * How much of a specification the parsers extract, measured on fixtures written by hand with an analyst's
 * reading of each (expected.json): classes, relations (distinctions, promotion requirements), competencies,
 * duties and qualifications found, as fractions of what the document states.
 *
 *   npm run recall            prints the table for test/fixtures/specs
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/ingest/pipeline';
import { competencyKey, normalizeTitle } from '../../src/model/keys';
import type { JobClassSpec, NormalizedDocument } from '../../src/model/specification';

interface ExpectedClass { title: string; code?: string; payGrade?: string; flsaStatus?: string; level?: number; duties: number }
interface ExpectedRelation { from: string; type: 'DISTINGUISHED_FROM' | 'PROMOTION_REQUIREMENT'; to: string; months?: number }
interface ExpectedQualification { educationLevel?: string; months?: number; kind?: string }
interface Expected {
  classes: ExpectedClass[];
  relations: ExpectedRelation[];
  competencies: Record<string, string[]>;
  qualifications: Record<string, ExpectedQualification[]>;
}

export interface Tally { found: number; expected: number }
export interface Recall { file: string; format: string; classes: Tally; fields: Tally; relations: Tally; competencies: Tally; duties: Tally; qualifications: Tally; warnings: string[] }

const same = (a: string, b: string) => normalizeTitle(a) === normalizeTitle(b);
const alike = (a: string, b: string) => {
  const [x, y] = [competencyKey(a), competencyKey(b)];
  return x === y || (Math.min(x.length, y.length) > 8 && (x.includes(y) || y.includes(x)));
};

function measure(file: string, doc: NormalizedDocument, expected: Expected, warnings: string[]): Recall {
  const tally = (): Tally => ({ found: 0, expected: 0 });
  const r: Recall = { file, format: doc.source.format, classes: tally(), fields: tally(), relations: tally(), competencies: tally(), duties: tally(), qualifications: tally(), warnings };
  const find = (title: string): JobClassSpec | undefined => doc.classes.find((c) => same(c.title, title));
  for (const e of expected.classes) {
    const c = find(e.title);
    r.classes.expected++;
    r.duties.expected += e.duties;
    if (!c) continue;
    r.classes.found++;
    r.duties.found += Math.min(c.duties.length, e.duties);
    for (const field of ['code', 'payGrade', 'flsaStatus', 'level'] as const) {
      if (e[field] === undefined) continue;
      r.fields.expected++;
      if (String(c[field]) === String(e[field])) r.fields.found++;
    }
  }
  for (const e of expected.relations) {
    r.relations.expected++;
    const hit =
      e.type === 'DISTINGUISHED_FROM'
        ? find(e.from)?.distinctions.some((d) => same(d.other.title, e.to))
        : find(e.to)?.promotionRequirements.some((p) => same(p.from.title, e.from) && (e.months === undefined || p.months === e.months));
    if (hit) r.relations.found++;
  }
  for (const [title, names] of Object.entries(expected.competencies)) {
    const c = find(title);
    for (const name of names) {
      r.competencies.expected++;
      if (c?.competencies.some((k) => alike(k.name, name))) r.competencies.found++;
    }
  }
  for (const [title, quals] of Object.entries(expected.qualifications)) {
    const c = find(title);
    for (const q of quals) {
      r.qualifications.expected++;
      const hit = c?.qualifications.some((x) => (q.educationLevel === undefined || x.educationLevel === q.educationLevel) && (q.months === undefined || x.months === q.months) && (q.kind === undefined || x.kind === q.kind));
      if (hit) r.qualifications.found++;
    }
  }
  return r;
}

export function measureRecall(dir: string): Recall[] {
  const expected: Record<string, Expected> = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  return Object.entries(expected)
    .filter(([file]) => !file.startsWith('$'))
    .map(([file, e]) => {
      const { document, warnings } = parseDocument({ fileName: file, bytes: fs.readFileSync(path.join(dir, file)) });
      return measure(file, document, e, warnings);
    });
}

export function total(recalls: Recall[], key: keyof Omit<Recall, 'file' | 'format' | 'warnings'>): Tally {
  return recalls.reduce((t, r) => ({ found: t.found + r[key].found, expected: t.expected + r[key].expected }), { found: 0, expected: 0 });
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '../../../test/fixtures/specs'));
  const recalls = measureRecall(dir);
  const keys = ['classes', 'fields', 'relations', 'competencies', 'duties', 'qualifications'] as const;
  const pct = (t: Tally) => `${t.found}/${t.expected} (${t.expected ? Math.round((100 * t.found) / t.expected) : 100}%)`;
  console.log(['file', 'format', ...keys].join('\t'));
  for (const r of recalls) console.log([r.file, r.format, ...keys.map((k) => pct(r[k]))].join('\t'));
  console.log(['TOTAL', '', ...keys.map((k) => pct(total(recalls, k)))].join('\t'));
}
