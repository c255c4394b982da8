/**
 * Revisions: re-ingesting a revised specification keeps the previous version of the document, and each class
 * it specifies says what the revision changed. On the seeds (a revised Ohio series) and on generated documents
 * revised in known ways, the changes are exactly those made.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Graph } from '../../src/server/bootstrap';
import { ingestPaths } from '../../src/ingest/pipeline';
import { DocumentRepository } from '../../src/repositories/document.repository';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { generateCorpus, prng } from '../../scripts/corpus/generate-corpus';
import type { NormalizedDocument } from '../../src/model/specification';

let graph: Graph;
let api: TestApi;

const REVISIONS = 'query($id: ID!) { jobClass(id: $id) { revisions { loadedAt sha256 first document { key previousVersions { sha256 length } } changes { kind change item before after } } } }';
interface Revision { loadedAt: string; sha256: string; first: boolean; document: { key: string; previousVersions: { sha256: string; length: number }[] }; changes: { kind: string; change: string; item: string; before: string | null; after: string | null }[] }

async function revisions(id: string): Promise<Revision[]> {
  const { data, errors } = await api.run<{ jobClass: { revisions: Revision[] } }>(REVISIONS, { id });
  expect(errors).toBeUndefined();
  return data!.jobClass.revisions;
}

beforeAll(async () => {
  graph = await openTestGraph();
  api = await createTestApi(graph.executor);
}, 60_000);
afterAll(async () => {
  await api?.stop();
  await graph?.close();
});

it('a revised Ohio specification: pay grade 12 -> 13 and 6 -> 12 months, the previous version kept', async () => {
  await clearGraph(graph.executor);
  const seeds = path.resolve(__dirname, '../../seeds');
  await ingestPaths(graph.executor, [seeds]);
  const first = await revisions('state-of-ohio:62722S');
  expect(first).toHaveLength(1);
  expect(first[0]).toMatchObject({ first: true, changes: [], document: { key: 'ohio-sos-6272S', previousVersions: [] } });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'revised-'));
  try {
    for (const f of fs.readdirSync(seeds)) fs.copyFileSync(path.join(seeds, f), path.join(dir, f));
    const file = path.join(dir, '000_063c8e4fea0a190a.txt');
    const original = fs.readFileSync(file, 'utf8');
    const revised = original
      .replace('Business Operations Analyst 2\t62722S\t12', 'Business Operations Analyst 2\t62722S\t13')
      .replace('Business Operations Analyst 2\t62722S\t41\t\t12', 'Business Operations Analyst 2\t62722S\t41\t\t13')
      .replace('-Or 6 mos. exp. as Business Operations Analyst 1, 62721S.', '-Or 12 mos. exp. as Business Operations Analyst 1, 62721S.');
    expect(revised).not.toBe(original);
    fs.writeFileSync(file, revised);
    await ingestPaths(graph.executor, [dir]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const upper = await revisions('state-of-ohio:62722S');
  expect(upper).toHaveLength(2);
  expect(upper[1].first).toBe(false);
  expect(upper[1].sha256).not.toBe(upper[0].sha256);
  expect(upper[1].document.previousVersions).toEqual([{ sha256: upper[0].sha256, length: expect.any(Number) }]);
  expect(upper[1].changes).toEqual([
    { kind: 'FIELD', change: 'CHANGED', item: 'payGrade', before: '12', after: '13' },
    { kind: 'PROMOTED_FROM', change: 'REMOVED', item: 'state-of-ohio:62721S (QUALIFICATION, 6 months)', before: 'state-of-ohio:62721S (QUALIFICATION, 6 months)', after: null },
    { kind: 'PROMOTED_FROM', change: 'ADDED', item: 'state-of-ohio:62721S (QUALIFICATION, 12 months)', before: null, after: 'state-of-ohio:62721S (QUALIFICATION, 12 months)' },
    { kind: 'QUALIFICATION', change: 'REMOVED', item: expect.stringMatching(/6 mos\. exp\. as Business Operations Analyst 1/), before: expect.any(String), after: null },
    { kind: 'QUALIFICATION', change: 'ADDED', item: expect.stringMatching(/12 mos\. exp\. as Business Operations Analyst 1/), before: null, after: expect.any(String) },
  ]);
  const lower = await revisions('state-of-ohio:62721S');
  expect(lower[1].changes).toEqual([
    { kind: 'PROMOTES_TO', change: 'REMOVED', item: 'state-of-ohio:62722S (QUALIFICATION, 6 months)', before: 'state-of-ohio:62722S (QUALIFICATION, 6 months)', after: null },
    { kind: 'PROMOTES_TO', change: 'ADDED', item: 'state-of-ohio:62722S (QUALIFICATION, 12 months)', before: null, after: 'state-of-ohio:62722S (QUALIFICATION, 12 months)' },
  ]);
  // The graph holds the revised facts, once.
  const { data } = await api.run<{ jobClass: { payGrade: string; promotedFrom: { monthsExperience: number }[] } }>('{ jobClass(id: "state-of-ohio:62722S") { payGrade promotedFrom(includeInferred: false) { monthsExperience } } }');
  expect(data!.jobClass).toEqual({ payGrade: '13', promotedFrom: [{ monthsExperience: 12 }] });
}, 120_000);

it('generated documents revised in known ways report exactly those changes', async () => {
  await clearGraph(graph.executor);
  const docs = generateCorpus({ jurisdictions: 1, seriesPerJurisdiction: 12, maxLevels: 4, crossLinksPerSeries: 0, distinctionsPerSeries: 0, competencyPool: 40, seed: 13 });
  const repo = new DocumentRepository(graph.executor);
  for (const doc of docs) await repo.save(doc);
  const random = prng(99);
  const expected = new Map<string, { kind: string; change: string; item: string }[]>();
  for (const doc of docs.slice(0, 6)) {
    const revised: NormalizedDocument = JSON.parse(JSON.stringify(doc));
    const target = revised.classes[Math.floor(random() * revised.classes.length)];
    const id = `gen-0:${target.code}`;
    const changes: { kind: string; change: string; item: string }[] = [];
    const grade = String(Number(target.payGrade) + 1);
    changes.push({ kind: 'FIELD', change: 'CHANGED', item: 'payGrade' });
    target.payGrade = grade;
    const added = `Revised Competency ${Math.floor(random() * 1000)}`;
    target.competencies.push({ name: added, kind: 'COMPETENCY', span: target.span });
    changes.push({ kind: 'COMPETENCY', change: 'ADDED', item: added });
    const dropped = target.duties.pop()!;
    changes.push({ kind: 'DUTY', change: 'REMOVED', item: dropped.text });
    revised.source.sha256 = createHash('sha256').update(`revised:${doc.source.sha256}`).digest('hex');
    await repo.save(revised);
    expected.set(id, changes);
  }
  for (const [id, changes] of expected) {
    const history = await revisions(id);
    expect(history).toHaveLength(2);
    expect({ id, changes: history[1].changes.map(({ kind, change, item }) => ({ kind, change, item })) }).toEqual({ id, changes });
  }
  // Classes of unrevised documents have one revision, and classes of a revised document that did not change
  // have a second revision with no changes.
  const untouched = docs[8].classes[0];
  expect(await revisions(`gen-0:${untouched.code}`)).toHaveLength(1);
}, 120_000);
