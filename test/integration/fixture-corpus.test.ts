/**
 * Specifications of employers the format parsers were not written for (test/fixtures/specs*), read by the
 * generic parser and loaded into the real Neo4j: each employer from its manifest, a county series laid out as
 * a ladder, promotion paths from the qualification clauses, and competencies shared across employers.
 */
import path from 'node:path';
import type { Graph } from '../../src/server/bootstrap';
import { ingestPaths } from '../../src/ingest/pipeline';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';

const FIXTURES = path.resolve(__dirname, '../fixtures');
let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  const reports = await ingestPaths(graph.executor, ['specs', 'specs-untuned', 'specs-untuned-2'].map((dir) => path.join(FIXTURES, dir)));
  expect(reports.map((r) => [r.file, r.status, r.format])).toEqual(expect.arrayContaining([['lakeview-county-planner-series.txt', 'CREATED', 'generic']]));
  expect(reports.filter((r) => r.status !== 'CREATED')).toEqual([]);
  api = await createTestApi(graph.executor);
}, 120_000);
afterAll(async () => {
  await api.stop();
  await graph.close();
});

it('loads each employer under the jurisdiction its manifest names', async () => {
  const { data } = await api.run<{ jurisdictions: { id: string; kind: string }[] }>('{ jurisdictions { id kind } }');
  expect(data!.jurisdictions.map((j) => [j.id, j.kind]).sort()).toEqual([
    ['cedar-valley-usd', 'OTHER'], ['city-of-riverton', 'CITY'], ['harbor-city', 'CITY'], ['lakeview-county', 'COUNTY'], ['state-of-granite', 'STATE'], ['state-of-pinecrest', 'STATE'], ['superior-court-alder-county', 'COURT'],
  ]);
});

it('lays out the Planner I/II/III series as a ladder with the stated promotion requirements', async () => {
  const { data, errors } = await api.run<{ jobClass: { series: { id: string; levels: { code: string; payGrade: string }[] } } }>(
    '{ jobClass(id: "lakeview-county:3812") { series { id levels { code payGrade } } } }',
  );
  expect(errors).toBeUndefined();
  expect(data!.jobClass.series.levels.map((l) => [l.code, l.payGrade])).toEqual([['3811', '24'], ['3812', '27'], ['3813', '30']]);
  const paths = await api.run<{ promotionPaths: { found: boolean; paths: { length: number; explicit: boolean; totalMonthsExperience: number }[] } }>(
    '{ promotionPaths(from: "lakeview-county:3811", to: "lakeview-county:3813", includeInferred: false) { found paths { length explicit totalMonthsExperience } } }',
  );
  expect(paths.errors).toBeUndefined();
  expect(paths.data!.promotionPaths.paths[0]).toMatchObject({ length: 2, explicit: true, totalMonthsExperience: 36 });
});

it('finds the correctional officer ladder through titles that share no level numeral (Officer II -> Sergeant)', async () => {
  const paths = await api.run<{ promotionPaths: { paths: { length: number; explicit: boolean; totalMonthsExperience: number }[] } }>(
    '{ promotionPaths(from: "state-of-pinecrest:6150", to: "state-of-pinecrest:6152", includeInferred: false) { paths { length explicit totalMonthsExperience } } }',
  );
  expect(paths.errors).toBeUndefined();
  expect(paths.data!.promotionPaths.paths[0]).toMatchObject({ length: 2, explicit: true, totalMonthsExperience: 36 });
});

it('keeps a referenced class from a distinction until its own document arrives', async () => {
  const rows = await graph.executor.runText(
    `MATCH (c:JobClass {id: 'city-of-riverton:BPI-220'})-[:DISTINGUISHED_FROM]->(o:JobClass) RETURN o.title AS title, o.specified AS specified ORDER BY title`, {}, 'READ');
  expect(rows).toEqual([{ title: 'Plans Examiner', specified: false }, { title: 'Senior Building Inspector', specified: false }]);
});
