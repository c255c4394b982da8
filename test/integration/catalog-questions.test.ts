/**
 * Agency on classes, positions and documents; positions(); jobClasses filters and ordering; search paging;
 * closed value sets as enums; per-step pay in paths. Exact answers on the seeds, and on a generated plan the
 * filters agree with the same conditions evaluated in TypeScript over every class.
 */
import path from 'node:path';
import type { Graph } from '../../src/server/bootstrap';
import { ingestPaths } from '../../src/ingest/pipeline';
import { DocumentRepository } from '../../src/repositories/document.repository';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { generateCorpus, prng } from '../../scripts/corpus/generate-corpus';

let graph: Graph;
let api: TestApi;

async function query<T>(q: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, errors } = await api.run<T>(q, variables);
  expect(errors).toBeUndefined();
  return data!;
}

beforeAll(async () => {
  graph = await openTestGraph();
  api = await createTestApi(graph.executor);
}, 60_000);
afterAll(async () => {
  await api?.stop();
  await graph?.close();
});

const CLASS_IDS = `query($filter: JobClassFilter, $order: JobClassOrder, $first: Int, $after: String) {
  jobClasses(filter: $filter, orderBy: $order, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }
}`;
interface ClassPage { jobClasses: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string } }[] } }

/** Every id of a filtered, ordered listing, walking the pages. */
async function allClassIds(filter: Record<string, unknown> | null, order = 'ID', first = 7): Promise<{ ids: string[]; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const { jobClasses }: ClassPage = await query<ClassPage>(CLASS_IDS, { filter, order, first, after });
    totalCount = jobClasses.totalCount;
    ids.push(...jobClasses.edges.map((e) => e.node.id));
    if (!jobClasses.pageInfo.hasNextPage) return { ids, totalCount };
    after = jobClasses.pageInfo.endCursor;
  }
}

describe('on the seeds', () => {
  beforeAll(async () => {
    await clearGraph(graph.executor);
    await ingestPaths(graph.executor, [path.resolve(__dirname, '../../seeds')]);
  }, 120_000);

  it('gives the agency of a class (specified or referenced), a position and a document', async () => {
    const data = await query<Record<string, { agency: { id: string; name: string; jurisdiction: { id: string } } | null; sources?: { document: { agency: { name: string } } }[] }>>(`{
      ohio: jobClass(id: "state-of-ohio:62721S") { agency { id name jurisdiction { id } } sources { document { agency { name } } } }
      referenced: jobClass(id: "judicial-council-of-california:business-systems-analyst") { agency { id name jurisdiction { id } } }
      denver: jobClass(id: "city-and-county-of-denver:operations-coordinator") { agency { id name jurisdiction { id } } }
    }`);
    expect(data.ohio.agency).toEqual({ id: 'state-of-ohio:agency:secretary-of-state', name: 'Secretary of State', jurisdiction: { id: 'state-of-ohio' } });
    expect(data.ohio.sources!.map((s) => s.document.agency.name)).toEqual(['Secretary of State']);
    expect(data.referenced.agency).toEqual({ id: 'judicial-council-of-california:agency:judicial-council-of-california', name: 'Judicial Council of California', jurisdiction: { id: 'judicial-council-of-california' } });
    expect(data.denver.agency!.name).toBe('Career Service Authority');
  });

  it('lists positions by agency, class, pay band and working title', async () => {
    type Positions = { positions: { totalCount: number; nodes: { number: string; workingTitle: string; agency: { name: string }; jobClass: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const q = 'query($filter: PositionFilter, $first: Int, $after: String) { positions(filter: $filter, first: $first, after: $after) { totalCount nodes { number workingTitle agency { name } jobClass { id } } pageInfo { hasNextPage endCursor } } }';
    const all = await query<Positions>(q, { filter: { agencyId: 'state-of-montana:agency:secretary-of-state' } });
    expect(all.positions.nodes.map((p) => [p.number, p.workingTitle, p.agency.name, p.jobClass.id])).toEqual([
      ['31000', 'Elections Help Desk Specialist', 'Secretary of State', 'state-of-montana:151415'],
      ['66029', 'Records Management Technician', 'Secretary of State', 'state-of-montana:436413'],
    ]);
    expect(all.positions.totalCount).toBe(2);
    const first = await query<Positions>(q, { filter: { jurisdictionId: 'state-of-montana' }, first: 1 });
    expect(first.positions).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ number: '31000' }] });
    const second = await query<Positions>(q, { filter: { jurisdictionId: 'state-of-montana' }, first: 1, after: first.positions.pageInfo.endCursor });
    expect(second.positions).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ number: '66029' }] });
    expect((await query<Positions>(q, { filter: { workingTitle: 'help DESK' } })).positions.nodes.map((p) => p.number)).toEqual(['31000']);
    expect((await query<Positions>(q, { filter: { payBandMin: 4 } })).positions.nodes.map((p) => p.number)).toEqual(['31000']);
    expect((await query<Positions>(q, { filter: { classId: 'state-of-montana:436413' } })).positions.nodes.map((p) => p.number)).toEqual(['66029']);
    expect((await query<Positions>(q, { filter: { agencyId: 'state-of-ohio:agency:secretary-of-state' } })).positions.totalCount).toBe(0);
  });

  it('filters jobClasses by pay grade, pay band, FLSA status and competency, and orders them', async () => {
    expect((await allClassIds({ payGradeMin: 11 })).ids).toEqual(['state-of-ohio:62722S']);
    expect((await allClassIds({ payGradeMin: 10, payGradeMax: 12 })).ids).toEqual(['state-of-ohio:62721S', 'state-of-ohio:62722S']);
    expect((await allClassIds({ payBandMax: 4 })).ids).toEqual(['state-of-montana:436413']);
    expect((await allClassIds({ flsaStatus: 'EXEMPT' })).ids).toEqual(['city-and-county-of-denver:operations-coordinator']);
    expect((await allClassIds({ flsaStatus: 'NON_EXEMPT', payBandMin: 1 })).ids).toEqual(['state-of-montana:436413']);
    const [shared] = await graph.executor.runText('MATCH (a:JobClass {id: "state-of-montana:151415"})-[:REQUIRES]->(k:Competency)<-[:REQUIRES]-(:JobClass {id: "state-of-montana:436413"}) RETURN k.id AS id ORDER BY id LIMIT 1', {}, 'READ');
    expect((await allClassIds({ competencyId: shared.id })).ids).toEqual(['state-of-montana:151415', 'state-of-montana:436413']);
    const byPay = await allClassIds(null, 'PAY_DESC', 3);
    expect(byPay.ids.slice(0, 4)).toEqual(['state-of-ohio:62722S', 'state-of-ohio:62721S', 'state-of-montana:151415', 'state-of-montana:436413']);
    expect(byPay.ids).toHaveLength(byPay.totalCount);
    expect((await allClassIds(null, 'PAY_ASC', 2)).ids.slice(0, 4)).toEqual(['state-of-montana:436413', 'state-of-montana:151415', 'state-of-ohio:62721S', 'state-of-ohio:62722S']);
    const byTitle = await allClassIds({ jurisdictionId: 'city-and-county-of-denver' }, 'TITLE', 2);
    expect(byTitle.ids).toEqual(['administrator-i', 'operations-coordinator', 'program-administrator', 'program-coordinator', 'staff-assistant'].map((t) => `city-and-county-of-denver:${t}`));
    const inverted = await api.run(CLASS_IDS, { filter: { payGradeMin: 12, payGradeMax: 10 } });
    expect(inverted.errors?.[0]).toMatchObject({ message: expect.stringMatching(/payGradeMin \(12\) is above payGradeMax \(10\)/), extensions: { code: 'BAD_USER_INPUT' } });
    const badCursor = await api.run(CLASS_IDS, { order: 'TITLE', after: 'bm90LWEtY3Vyc29y' });
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages search results with cursors: the pages add up to one long list', async () => {
    type Hits = { search: { cursor: string; kind: string; jobClass: { id: string } | null; competency: { id: string } | null }[] };
    const q = 'query($text: String!, $first: Int!, $after: String) { search(text: $text, first: $first, after: $after) { cursor kind jobClass { id } competency { id } } }';
    const key = (h: Hits['search'][number]) => h.jobClass?.id ?? h.competency!.id;
    const whole = (await query<Hits>(q, { text: 'business', first: 6 })).search;
    expect(whole.length).toBeGreaterThanOrEqual(4);
    const first = (await query<Hits>(q, { text: 'business', first: 2 })).search;
    const second = (await query<Hits>(q, { text: 'business', first: 2, after: first[1].cursor })).search;
    const third = (await query<Hits>(q, { text: 'business', first: 2, after: second[1].cursor })).search;
    expect([...first, ...second, ...third].map(key)).toEqual(whole.map(key));
    const bad = await api.run(q, { text: 'business', first: 2, after: 'garbage' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives direction and basis as enums and the pay movement of each path step', async () => {
    const { nextSteps, promotionPaths } = await query<{ nextSteps: { direction: string; edges: { basis: string }[] }[]; promotionPaths: { paths: { steps: { payMovement: string | null }[] }[] } }>(
      '{ nextSteps(classId: "state-of-ohio:62721S") { direction edges { basis } } promotionPaths(from: "state-of-ohio:62721S", to: "state-of-ohio:62722S") { paths { steps { payMovement } } } }',
    );
    expect(nextSteps).toEqual([{ direction: 'PROMOTION', edges: [{ basis: 'QUALIFICATION' }, { basis: 'SERIES_ORDER' }] }]);
    expect(promotionPaths.paths[0].steps).toEqual([{ payMovement: 'pay grade 10 -> 12' }]);
    const { __type } = await query<{ __type: { enumValues: { name: string }[] } }>('{ __type(name: "PromotionBasis") { enumValues { name } } }');
    expect(__type.enumValues.map((v) => v.name)).toEqual(['QUALIFICATION', 'SERIES_ORDER', 'DISTINCTION', 'PEER']);
  });
});

describe('on a generated plan', () => {
  interface Row { id: string; title: string; jurisdictionId: string; payGrade: string | null; competencies: string[] }
  let rows: Row[];

  beforeAll(async () => {
    await clearGraph(graph.executor);
    const repo = new DocumentRepository(graph.executor);
    for (const doc of generateCorpus({ jurisdictions: 2, seriesPerJurisdiction: 40, maxLevels: 5, crossLinksPerSeries: 1, distinctionsPerSeries: 1, competencyPool: 30, seed: 5 })) await repo.save(doc);
    rows = (await graph.executor.runText('MATCH (c:JobClass) OPTIONAL MATCH (c)-[:REQUIRES]->(k:Competency) RETURN c.id AS id, c.title AS title, c.jurisdictionId AS jurisdictionId, c.payGrade AS payGrade, collect(k.id) AS competencies', {}, 'READ')) as unknown as Row[];
  }, 300_000);

  it('jobClasses filters and orders agree with the same conditions computed over every class', async () => {
    const random = prng(23);
    const competencyIds = [...new Set(rows.flatMap((r) => r.competencies))].sort();
    for (let i = 0; i < 12; i++) {
      const min = 6 + Math.floor(random() * 8);
      const max = min + Math.floor(random() * 6);
      const filter: Record<string, unknown> = { payGradeMin: min, payGradeMax: max, jurisdictionId: random() < 0.5 ? 'gen-0' : null };
      if (random() < 0.5) filter.competencyId = competencyIds[Math.floor(random() * competencyIds.length)];
      const order = (['ID', 'TITLE', 'PAY_DESC', 'PAY_ASC'] as const)[i % 4];
      const expected = rows
        .filter((r) => r.payGrade !== null && Number(r.payGrade) >= min && Number(r.payGrade) <= max)
        .filter((r) => !filter.jurisdictionId || r.jurisdictionId === filter.jurisdictionId)
        .filter((r) => !filter.competencyId || r.competencies.includes(filter.competencyId as string));
      const cmp: Record<typeof order, (a: Row, b: Row) => number> = {
        ID: () => 0,
        TITLE: (a, b) => (a.title.toLowerCase() < b.title.toLowerCase() ? -1 : a.title.toLowerCase() > b.title.toLowerCase() ? 1 : 0),
        PAY_DESC: (a, b) => Number(b.payGrade) - Number(a.payGrade),
        PAY_ASC: (a, b) => Number(a.payGrade) - Number(b.payGrade),
      };
      expected.sort((a, b) => cmp[order](a, b) || (a.id < b.id ? -1 : 1));
      const got = await allClassIds(filter, order, 25);
      expect({ filter, order, ids: got.ids }).toEqual({ filter, order, ids: expected.map((r) => r.id) });
      expect(got.totalCount).toBe(expected.length);
    }
  }, 120_000);
});
