/** The read API over the real graph: lookups, pagination, search, errors, and DataLoader batching. */
import type { Graph } from '../../src/server/bootstrap';
import { DocumentRepository } from '../../src/repositories/document.repository';
import { clearGraph, openTestGraph } from '../support/graph';
import { makeDocument } from '../support/documents';
import { createTestApi, type TestApi } from '../support/api';

let graph: Graph;
let api: TestApi;
const CLASS_COUNT = 25;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  api = await createTestApi(graph.executor);
  const repo = new DocumentRepository(graph.executor);
  // 25 classes in 5 series of 5 levels, each with duties and shared competencies.
  for (let s = 0; s < 5; s++) {
    const classes = Array.from({ length: 5 }, (_, l) => ({
      title: `Series ${s} Analyst ${l + 1}`,
      code: `S${s}L${l + 1}`,
      seriesKey: `S${s}`,
      level: l + 1,
      payGrade: String(10 + l),
      concept: l === 0 ? `Entry level analyst work in area ${s}, including reconciliation of ledgers.` : `Level ${l + 1} analyst work.`,
      duties: [`Performs task A of series ${s}.`, `Performs task B of series ${s}.`],
      competencies: [{ name: 'Customer Service' }, { name: `Specialty ${s}` }],
    }));
    await repo.save(makeDocument(`series-${s}`, 'pagetown', classes, { series: [{ key: `S${s}`, code: `SER${s}`, title: `Series ${s} Analyst`, span: { start: 0, end: 4 } }] }));
  }
});
afterAll(async () => {
  await api.stop();
  await graph.close();
});

describe('read API', () => {
  it('answers jurisdictions from Neo4j', async () => {
    const { data, errors } = await api.run('{ jurisdictions { id name classCount } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ jurisdictions: [{ id: 'pagetown', name: 'Jurisdiction pagetown', classCount: CLASS_COUNT }] });
  });

  it('returns a class with its series and levels in order', async () => {
    const { data, errors } = await api.run(`{
      jobClass(id: "pagetown:S2L3") { title payGrade specified series { id title levels { code } } jurisdiction { id } }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      jobClass: {
        title: 'Series 2 Analyst 3',
        payGrade: '12',
        specified: true,
        series: { id: 'pagetown:series:SER2', title: 'Series 2 Analyst', levels: ['S2L1', 'S2L2', 'S2L3', 'S2L4', 'S2L5'].map((code) => ({ code })) },
        jurisdiction: { id: 'pagetown' },
      },
    });
    const series = await api.run('{ classSeries(id: "pagetown:series:SER4") { levels { id level } } }');
    expect((series.data as { classSeries: { levels: { level: number }[] } }).classSeries.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
  });

  it('pages through every class exactly once with cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: { data?: { jobClasses: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number } } } =
        await api.run('query($after: String) { jobClasses(first: 10, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } totalCount } }', { after });
      const page = result.data!.jobClasses;
      expect(page.totalCount).toBe(CLASS_COUNT);
      seen.push(...page.edges.map((e) => e.node.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(CLASS_COUNT);
    expect(new Set(seen).size).toBe(CLASS_COUNT);
    expect([...seen].sort()).toEqual(seen);
  });

  it('filters classes by series', async () => {
    const { data } = await api.run('{ jobClasses(filter: { seriesId: "pagetown:series:SER1" }, first: 50) { totalCount edges { node { code } } } }');
    expect(data).toMatchObject({ jobClasses: { totalCount: 5 } });
  });

  it('finds classes by full-text search over titles, concepts and duties', async () => {
    const { data, errors } = await api.run('{ search(text: "reconciliation ledgers") { kind score jobClass { id } } }');
    expect(errors).toBeUndefined();
    const ids = (data as { search: { jobClass: { id: string } }[] }).search.map((h) => h.jobClass.id).sort();
    expect(ids).toEqual(['pagetown:S0L1', 'pagetown:S1L1', 'pagetown:S2L1', 'pagetown:S3L1', 'pagetown:S4L1']);
    const competencies = await api.run('{ search(text: "Specialty") { kind competency { name } } }');
    expect((competencies.data as { search: { kind: string }[] }).search.some((h) => h.kind === 'COMPETENCY')).toBe(true);
    // Lucene syntax in user text is matched literally, not interpreted.
    const hostile = await api.run('{ search(text: "task) OR (*:* AND \\"x") { kind } }');
    expect(hostile.errors).toBeUndefined();
  });

  it('gives NOT_FOUND for an unknown id and BAD_USER_INPUT for bad arguments', async () => {
    const missing = await api.run('{ jobClass(id: "pagetown:NOPE") { id } }');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(missing.errors?.[0].message).toContain('pagetown:NOPE');

    const tooMany = await api.run('{ jobClasses(first: 1000) { totalCount } }');
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0].message).toMatch(/first/);

    const badCursor = await api.run('{ jobClasses(first: 5, after: "not-a-cursor") { totalCount } }');
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const emptySearch = await api.run('{ search(text: "  ()  ") { kind } }');
    expect(emptySearch.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves each relationship field with one query per nesting level, however many parents', async () => {
    const query = `query($first: Int!) {
      jobClasses(first: $first) {
        edges { node {
          id
          jurisdiction { id }
          series { id levels { id } }
          duties { text source { passage document { fileName } } }
          competencies { kind competency { name requiredBy { id } } }
          distinctions { statement }
          positions { number }
          sources { start }
        } }
      }
    }`;
    const small = await api.run(query, { first: 2 });
    const large = await api.run(query, { first: 20 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    // The page (no count: totalCount is not asked), then one batch per field: jurisdiction, series, levels,
    // duties, passage, document, competencies, requiredBy, distinctions, positions, sources.
    expect(large.queries).toBe(1 + 11);
    expect(large.queries).toBe(small.queries);
    const nodes = (large.data as { jobClasses: { edges: { node: { duties: unknown[]; competencies: { competency: { requiredBy: unknown[] } }[] } }[] } }).jobClasses.edges;
    expect(nodes).toHaveLength(20);
    expect(nodes[0].node.duties).toHaveLength(2);
    expect(nodes[0].node.competencies.find((c) => c.competency.requiredBy.length === Math.min(CLASS_COUNT, 20))).toBeDefined();
  });
});
