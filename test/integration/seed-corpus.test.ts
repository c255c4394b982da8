/**
 * The five seed documents, ingested through the real pipeline into the real Neo4j, yield the facts the
 * ingestion and traversal issues name; loading them again changes nothing; an edited copy updates.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../../src/server/bootstrap';
import { ingestPaths } from '../../src/ingest/pipeline';
import { clearGraph, graphCounts, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { ClassDetailDocument, SeriesLadderDocument, type ClassDetailQuery } from '../generated/graphql';

const SEEDS = path.resolve(__dirname, '../../seeds');
let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  const reports = await ingestPaths(graph.executor, [SEEDS]);
  expect(reports.map((r) => [r.file, r.status, r.error])).toEqual(fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, 'CREATED', null]));
  api = await createTestApi(graph.executor);
}, 120_000);
afterAll(async () => {
  await api.stop();
  await graph.close();
});

async function detail(id: string): Promise<NonNullable<ClassDetailQuery['jobClass']>> {
  const { data, errors } = await api.run<ClassDetailQuery>(ClassDetailDocument, { id });
  expect(errors).toBeUndefined();
  return data!.jobClass;
}

describe('000: Ohio-style series specification', () => {
  it('has series 6272S with 62721S (grade 10) then 62722S (grade 12), bargaining unit 41', async () => {
    const { data } = await api.run<{ classSeries: { code: string; levels: { code: string; payGrade: string }[] } }>(SeriesLadderDocument, { id: 'state-of-ohio:series:6272S' });
    expect(data!.classSeries.code).toBe('6272S');
    expect(data!.classSeries.levels.map((l) => [l.code, l.payGrade])).toEqual([['62721S', '10'], ['62722S', '12']]);
    const [one, two] = await Promise.all([detail('state-of-ohio:62721S'), detail('state-of-ohio:62722S')]);
    expect([one.bargainingUnit, two.bargainingUnit]).toEqual(['41', '41']);
    expect(one.concept).toMatch(/works under direct supervision/);
    expect(two.concept).toMatch(/works under general supervision/);
    expect(one.duties.length).toBeGreaterThanOrEqual(3);
    expect(two.duties[0].text).toMatch(/^Analyzes & researches existing operations/);
    expect(one.competencies.some((c) => c.kind === 'KNOWLEDGE' && /business administration/i.test(c.competency.name))).toBe(true);
    expect(one.competencies.some((c) => c.kind === 'ABILITY')).toBe(true);
    expect(one.qualifications.some((q) => q.educationLevel === 'ASSOCIATE')).toBe(true);
    expect(two.qualifications.some((q) => q.educationLevel === 'BACHELOR')).toBe(true);
    expect(two.qualifications.some((q) => q.months === 6 && /Business Operations Analyst 1/.test(q.text))).toBe(true);
  });

  it('cites the passage of every duty', async () => {
    const two = await detail('state-of-ohio:62722S');
    for (const duty of two.duties) expect(duty.source.passage).toContain(duty.text.slice(0, 30));
  });
});

describe('001: California Judicial Council specification', () => {
  it('puts Business Systems Coordinator in the Business Systems family, distinguished from a referenced Business Systems Analyst', async () => {
    const c = await detail('judicial-council-of-california:business-systems-coordinator');
    const analyst = c.distinctions.find((d) => d.other.title === 'Business Systems Analyst')!;
    expect(analyst.other.specified).toBe(false);
    expect(analyst.statement).toMatch(/the latter works on projects requiring more technical expertise/);
    expect(analyst.source!.passage).toContain('distinguished from the Business Systems Analyst');
    const family = await graph.executor.runText('MATCH (f:JobFamily) RETURN f.name AS name', {}, 'READ');
    expect(family).toEqual([{ name: 'Business Systems' }]);
    expect(c.competencies.filter((k) => k.kind === 'KNOWLEDGE')).toHaveLength(14);
    expect(c.competencies.filter((k) => k.kind === 'SKILL')).toHaveLength(15);
  });

  it('reads four years of experience, or an associate degree and two years', async () => {
    const c = await detail('judicial-council-of-california:business-systems-coordinator');
    const byOption = new Map<number, typeof c.qualifications>();
    c.qualifications.forEach((q) => byOption.set(q.option, [...(byOption.get(q.option) ?? []), q]));
    const options = [...byOption.values()];
    expect(options.some((o) => o.some((q) => q.kind === 'EXPERIENCE' && q.months === 48))).toBe(true);
    expect(options.some((o) => o.some((q) => q.educationLevel === 'ASSOCIATE') && o.some((q) => q.kind === 'EXPERIENCE' && q.months === 24))).toBe(true);
  });
});

describe('002: Denver Career Service Authority specification', () => {
  it('distinguishes Operations Coordinator from four classes, each with its own statement', async () => {
    const c = await detail('city-and-county-of-denver:operations-coordinator');
    const others = c.distinctions.filter((d) => d.outgoing).map((d) => d.other.title).sort();
    expect(others).toEqual(['Administrator I', 'Program Administrator', 'Program Coordinator', 'Staff Assistant']);
    const statements = new Set(c.distinctions.map((d) => d.statement));
    expect(statements.size).toBe(4);
    expect(c.distinctions.find((d) => d.other.title === 'Staff Assistant')!.statement).toMatch(/paraprofessional/);
  });

  it('has its 17 competencies with definitions, a bachelor’s degree and three years, FLSA exempt, established 2009-03-08', async () => {
    const c = await detail('city-and-county-of-denver:operations-coordinator');
    const competencies = c.competencies.filter((k) => k.kind === 'COMPETENCY');
    expect(competencies).toHaveLength(17);
    expect(competencies.every((k) => (k.definition ?? '').length > 20)).toBe(true);
    expect(competencies.map((k) => k.competency.name)).toEqual(expect.arrayContaining(['Teamwork', 'Organizational Awareness', 'Information Management']));
    expect(c.qualifications.some((q) => q.educationLevel === 'BACHELOR')).toBe(true);
    expect(c.qualifications.some((q) => q.kind === 'EXPERIENCE' && q.months === 36)).toBe(true);
    expect(c.flsaStatus).toBe('EXEMPT');
    expect(c.establishedDate).toBe('2009-03-08');
    expect(c.supervisionReceived).toMatch(/general supervision/);
  });
});

describe('003 and 004: Montana job profiles', () => {
  it('classifies positions 31000 and 66029 in 151415 (band 5) and 436413 (band 3)', async () => {
    const [support, secretary] = await Promise.all([detail('state-of-montana:151415'), detail('state-of-montana:436413')]);
    expect([support.title, support.payBand, support.positions.map((p) => [p.number, p.workingTitle])]).toEqual(['Computer Support Specialist', '5', [['31000', 'Elections Help Desk Specialist']]]);
    expect([secretary.title, secretary.payBand, secretary.positions.map((p) => [p.number, p.workingTitle])]).toEqual(['Secretary', '3', [['66029', 'Records Management Technician']]]);
    expect(support.duties.map((d) => d.percentOfTime)).toEqual([50, 45, 5]);
    expect(secretary.duties.map((d) => d.percentOfTime)).toEqual([60, 30, 10]);
  });

  it('links the 11 behaviors both profiles list to the same 11 Competency nodes', async () => {
    const rows = await graph.executor.runText(
      `MATCH (:JobClass {id: 'state-of-montana:151415'})-[:REQUIRES {as: 'BEHAVIOR'}]->(k)<-[:REQUIRES {as: 'BEHAVIOR'}]-(:JobClass {id: 'state-of-montana:436413'})
       RETURN count(DISTINCT k) AS shared`, {}, 'READ');
    expect(rows).toEqual([{ shared: 11 }]);
  });
});

describe('loading again', () => {
  it('changes no counts when all seeds are ingested twice', async () => {
    const before = await graphCounts(graph.executor);
    const again = await ingestPaths(graph.executor, [SEEDS]);
    expect(again.every((r) => r.status === 'UNCHANGED')).toBe(true);
    const forced = await ingestPaths(graph.executor, [SEEDS], { force: true });
    expect(forced.every((r) => r.status === 'UPDATED')).toBe(true);
    expect(await graphCounts(graph.executor)).toEqual(before);
  });

  it('updates a document from an edited copy', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
    fs.copyFileSync(path.join(SEEDS, 'manifest.json'), path.join(dir, 'manifest.json'));
    const file = '000_063c8e4fea0a190a.txt';
    const edited = fs.readFileSync(path.join(SEEDS, file), 'utf8').replace('Business Operations Analyst 2\t62722S\t12', 'Business Operations Analyst 2\t62722S\t13').replace('Business Operations Analyst 2\t62722S\t41\t\t12', 'Business Operations Analyst 2\t62722S\t41\t\t13');
    expect(edited).not.toBe(fs.readFileSync(path.join(SEEDS, file), 'utf8'));
    fs.writeFileSync(path.join(dir, file), edited);
    const [report] = await ingestPaths(graph.executor, [path.join(dir, file)]);
    expect(report.status).toBe('UPDATED');
    expect((await detail('state-of-ohio:62722S')).payGrade).toBe('13');
    // Restore the original for the other tests.
    await ingestPaths(graph.executor, [path.join(SEEDS, file)]);
    expect((await detail('state-of-ohio:62722S')).payGrade).toBe('12');
  });
});
