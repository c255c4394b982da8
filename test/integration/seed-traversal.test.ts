/** The traversal questions answered on the seed corpus: ladders, paths, next steps, comparison, competencies. */
import path from 'node:path';
import type { Graph } from '../../src/server/bootstrap';
import { ingestPaths } from '../../src/ingest/pipeline';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  await ingestPaths(graph.executor, [path.resolve(__dirname, '../../seeds')]);
  api = await createTestApi(graph.executor);
}, 120_000);
afterAll(async () => {
  await api.stop();
  await graph.close();
});

async function query<T>(q: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, errors } = await api.run<T>(q, variables);
  expect(errors).toBeUndefined();
  return data!;
}

it('careerLadder of 6272S is 62721S then 62722S, with what it takes to enter each', async () => {
  const { careerLadder } = await query<{ careerLadder: { levels: { rank: number; jobClass: { code: string }; payGrade: string; requirements: { text: string }[]; fromPreviousLevel: { basis: string; monthsExperience: number | null }[] }[] } }>(
    '{ careerLadder(seriesId: "state-of-ohio:series:6272S") { levels { rank jobClass { code } payGrade requirements { text } fromPreviousLevel { basis monthsExperience } } } }',
  );
  expect(careerLadder.levels.map((l) => [l.rank, l.jobClass.code, l.payGrade])).toEqual([[1, '62721S', '10'], [2, '62722S', '12']]);
  expect(careerLadder.levels[0].requirements.length).toBeGreaterThan(0);
  expect(careerLadder.levels[1].fromPreviousLevel).toEqual(expect.arrayContaining([{ basis: 'QUALIFICATION', monthsExperience: 6 }, { basis: 'SERIES_ORDER', monthsExperience: null }]));
});

it('promotionPaths 62721S -> 62722S is one explicit step of 6 months, pay grade 10 -> 12', async () => {
  const { promotionPaths } = await query<{ promotionPaths: { found: boolean; paths: { length: number; explicit: boolean; totalMonthsExperience: number; payMovement: string; steps: { edges: { basis: string; inferred: boolean; monthsExperience: number | null; source: { passage: string } | null }[] }[] }[] } }>(
    '{ promotionPaths(from: "state-of-ohio:62721S", to: "state-of-ohio:62722S") { found paths { length explicit totalMonthsExperience payMovement steps { edges { basis inferred monthsExperience source { passage } } } } } }',
  );
  expect(promotionPaths.found).toBe(true);
  const [best] = promotionPaths.paths;
  expect(best).toMatchObject({ length: 1, explicit: true, totalMonthsExperience: 6, payMovement: 'pay grade 10 -> 12' });
  const explicit = best.steps[0].edges.find((e) => !e.inferred)!;
  expect(explicit).toMatchObject({ basis: 'QUALIFICATION', monthsExperience: 6 });
  expect(explicit.source!.passage).toMatch(/6 mos\. exp\. as Business Operations Analyst 1/);
  // Explicit edges only: the same single step.
  const strict = await query<{ promotionPaths: { paths: { length: number }[] } }>('{ promotionPaths(from: "state-of-ohio:62721S", to: "state-of-ohio:62722S", includeInferred: false) { paths { length } } }');
  expect(strict.promotionPaths.paths.map((p) => p.length)).toEqual([1]);
});

it('says why there is no path between classes of different employers', async () => {
  const { promotionPaths } = await query<{ promotionPaths: { found: boolean; reason: string } }>('{ promotionPaths(from: "state-of-ohio:62721S", to: "state-of-montana:151415") { found reason } }');
  expect(promotionPaths).toEqual({ found: false, reason: expect.stringMatching(/different employers/) });
});

it('nextSteps of Business Systems Coordinator includes Business Systems Analyst, inferred, citing the statement', async () => {
  const { nextSteps } = await query<{ nextSteps: { jobClass: { title: string; specified: boolean }; direction: string; inferred: boolean; edges: { basis: string; statement: string; source: { passage: string } }[] }[] }>(
    '{ nextSteps(classId: "judicial-council-of-california:business-systems-coordinator") { jobClass { title specified } direction inferred edges { basis statement source { passage } } } }',
  );
  const analyst = nextSteps.find((s) => s.jobClass.title === 'Business Systems Analyst')!;
  expect(analyst).toMatchObject({ direction: 'PROMOTION', inferred: true, jobClass: { specified: false } });
  expect(analyst.edges[0].basis).toBe('DISTINCTION');
  expect(analyst.edges[0].statement).toMatch(/more technical expertise/);
  expect(analyst.edges[0].source.passage).toMatch(/distinguished from the Business Systems Analyst/);
  const explicitOnly = await query<{ nextSteps: unknown[] }>('{ nextSteps(classId: "judicial-council-of-california:business-systems-coordinator", includeInferred: false) { direction } }');
  expect(explicitOnly.nextSteps).toEqual([]);
});

it('compareClasses of Operations Coordinator and Program Administrator returns the statement between them', async () => {
  const { compareClasses } = await query<{ compareClasses: { statements: { from: { title: string }; to: { title: string }; statement: string }[]; thirdClassStatements: unknown[] } }>(
    '{ compareClasses(a: "city-and-county-of-denver:operations-coordinator", b: "city-and-county-of-denver:program-administrator") { statements { from { title } to { title } statement } thirdClassStatements { statement } } }',
  );
  expect(compareClasses.statements).toHaveLength(1);
  expect(compareClasses.statements[0]).toMatchObject({ from: { title: 'Operations Coordinator' }, to: { title: 'Program Administrator' } });
  expect(compareClasses.statements[0].statement).toMatch(/Program Administrator performs full performance professional level work/);
});

it('compareClasses of the two Montana classes shows the 11 shared behaviors and pay band 5 vs 3', async () => {
  const { compareClasses } = await query<{ compareClasses: { sharedCompetencies: { name: string }[]; payComparable: boolean; payDifference: string; similarity: number } }>(
    '{ compareClasses(a: "state-of-montana:151415", b: "state-of-montana:436413") { sharedCompetencies { name } payComparable payDifference similarity } }',
  );
  const shared = compareClasses.sharedCompetencies.map((k) => k.name);
  // On the documents' own terms: the Montana profiles' names, not the alias table's.
  expect(shared).toEqual(expect.arrayContaining(['Verbal Communication', 'Written Communication', 'Flexible at Work', 'Working with Others', 'Responsive to Work Needs', 'Takes Action', 'Forward Looking', 'Efficiency and Focus', 'Accuracy', 'Attendance', 'Organizational Awareness']));
  expect(compareClasses).toMatchObject({ payComparable: true, payDifference: 'pay band 5 vs 3' });
  expect(compareClasses.similarity).toBeGreaterThan(0.3);
});

it('classesRequiring("Organizational Awareness") spans Denver and Montana', async () => {
  const { classesRequiring } = await query<{ classesRequiring: { jobClass: { jurisdiction: { id: string } } }[] }>('{ classesRequiring(competency: "Organizational Awareness") { jobClass { jurisdiction { id } } } }');
  expect(new Set(classesRequiring.map((c) => c.jobClass.jurisdiction.id))).toEqual(new Set(['city-and-county-of-denver', 'state-of-montana']));
});

it('classesRequiring follows SAME_AS: "Verbal Communication" finds Denver’s Oral Communication and the court’s "effectively communicating"', async () => {
  const { classesRequiring } = await query<{ classesRequiring: { jobClass: { jurisdiction: { id: string } }; asNames: string[] }[] }>('{ classesRequiring(competency: "Verbal Communication") { jobClass { jurisdiction { id } } asNames } }');
  const jurisdictions = new Set(classesRequiring.map((c) => c.jobClass.jurisdiction.id));
  expect(jurisdictions).toEqual(new Set(['city-and-county-of-denver', 'state-of-montana', 'judicial-council-of-california']));
  expect(classesRequiring.flatMap((c) => c.asNames)).toEqual(expect.arrayContaining(['Oral Communication', 'Verbal Communication']));
});

it('sharedCompetencies and similarClasses say what classes have in common', async () => {
  const { sharedCompetencies } = await query<{ sharedCompetencies: { name: string }[] }>('{ sharedCompetencies(classIds: ["state-of-montana:151415", "state-of-montana:436413", "city-and-county-of-denver:operations-coordinator"]) { name } }');
  expect(sharedCompetencies.map((k) => k.name)).toEqual(expect.arrayContaining(['Organizational Awareness', 'Oral Communication']));
  const { similarClasses } = await query<{ similarClasses: { jobClass: { id: string }; score: number; shared: { name: string }[] }[] }>('{ similarClasses(classId: "state-of-montana:151415", limit: 5) { jobClass { id } score shared { name } } }');
  expect(similarClasses[0].jobClass.id).toBe('state-of-montana:436413');
  expect(similarClasses[0].shared.length).toBeGreaterThanOrEqual(11);
  expect(similarClasses.map((s) => s.score)).toEqual([...similarClasses.map((s) => s.score)].sort((a, b) => b - a));
  const unknown = await api.run('{ classesRequiring(competency: "Underwater Basket Weaving") { jobClass { id } } }');
  expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
});
