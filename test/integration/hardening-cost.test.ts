/**
 * Finding 1: one anonymous read must not take the server down. The audit's query (jobClasses -> competencies
 * -> competency.requiredBy -> series.levels) over a generated plan with series of up to 200 classes and a
 * small shared competency pool: refused before any resolver runs whether the page size is literal, a
 * variable or left at its default; answered within the caps when small; /health keeps answering quickly
 * while the largest allowed reads run; and the runtime budgets hold even when the estimate would let a
 * query through.
 */
import { ApolloServer } from '@apollo/server';
import type { Graph } from '../../src/server/bootstrap';
import { DocumentRepository } from '../../src/repositories/document.repository';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { generateCorpus } from '../../scripts/corpus/generate-corpus';
import { get, postGraphQL } from '../support/http';
import { REQUEST_LIMITS } from '../../src/server/limits/request-limits';
import { requestBudgetPlugin } from '../../src/server/limits/request-budget.plugin';
import { createSchema } from '../../src/server/schema';
import { createContext } from '../../src/server/context';
import { GraphReadRepository } from '../../src/repositories/graph-read.repository';
import { startServerProcess } from '../support/server-process';

let graph: Graph;
let api: TestApi;
let http: { url: string; close(): Promise<void> };

const OOM = `query($n: Int) {
  jobClasses(first: $n) { edges { node { id competencies { competency { name requiredBy { id title series { levels { id title concept } } } } } } } }
}`;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  const repo = new DocumentRepository(graph.executor);
  // Long series and a pool of 8 competencies: every competency is required by about a hundred classes.
  for (const doc of generateCorpus({ jurisdictions: 1, seriesPerJurisdiction: 4, maxLevels: 200, crossLinksPerSeries: 1, distinctionsPerSeries: 1, competencyPool: 8, seed: 11 })) await repo.save(doc);
  api = await createTestApi(graph.executor);
  http = await api.listen();
}, 300_000);
afterAll(async () => {
  await http.close();
  await api.stop();
  await graph.close();
});

describe('the audit query over a generated plan', () => {
  it('is a plan where the query would be huge: long series, competencies shared by many classes', async () => {
    const [row] = await graph.executor.runText(
      'MATCH (s:ClassSeries)-[:HAS_LEVEL]->(c) WITH s, count(c) AS levels WITH max(levels) AS longest MATCH (k:Competency)<-[:REQUIRES]-(c:JobClass) WITH longest, k, count(c) AS n RETURN longest, max(n) AS widest',
      {},
      'READ',
    );
    expect(Number(row.longest)).toBeGreaterThan(REQUEST_LIMITS.listFieldCap);
    expect(Number(row.widest)).toBeGreaterThan(REQUEST_LIMITS.listFieldCap);
  });

  it.each([
    ['first: $n with n = 100', { n: 100 }],
    ['first left at its default', {}],
    ['first: $n with n = 10', { n: 10 }],
  ])('is refused before any resolver runs with %s', async (_label, variables) => {
    const answer = await postGraphQL(http.url, OOM, variables);
    expect(answer.status).toBe(400);
    expect(answer.json?.data).toBeUndefined();
    expect(answer.json?.errors?.[0].extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
    expect(answer.json?.errors?.[0].message).toMatch(new RegExp(`fields .*limit is ${REQUEST_LIMITS.maxCost}\\b`));
    expect(answer.text.length).toBeLessThan(2000);
  });

  it('is refused with a literal page size too, and when a fragment hides the nesting', async () => {
    const literal = await postGraphQL(http.url, OOM.replace('query($n: Int)', 'query').replace('first: $n', 'first: 10'), {});
    expect(literal.json?.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_LIMIT_EXCEEDED', cost: expect.any(Number) } });
    const fragment = await postGraphQL(
      http.url,
      'query($n: Int) { jobClasses(first: $n) { edges { node { ...C } } } } fragment C on JobClass { competencies { competency { requiredBy(first: 100) { series { levels { id } } } } } }',
      { n: 10 },
    );
    expect(fragment.json?.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_LIMIT_EXCEEDED', cost: expect.any(Number) } });
  });

  it('answers a smaller page of the audit query within the runtime budgets, or stops it with one error', async () => {
    // At a page of 5 the worst case (900,000 fields) is under the static limit: the runtime budgets decide.
    const answer = await postGraphQL(http.url, OOM.replace('query($n: Int)', 'query').replace('first: $n', 'first: 5'), {});
    if (answer.json?.errors) {
      expect(answer.json.errors).toHaveLength(1);
      expect(answer.json.errors[0].extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
      expect(answer.json.data ?? null).toBeNull();
    }
    expect(answer.text.length).toBeLessThan(REQUEST_LIMITS.maxResultChars * 2);
  });

  it('counts a selection @skip or @include leaves out as execution does: not at all', async () => {
    const guarded = 'query($n: Int, $deep: Boolean!) { jobClasses(first: $n) { edges { node { id competencies @include(if: $deep) { competency { requiredBy(first: 100) { series { levels { id } } } } } } } } }';
    const off = await postGraphQL(http.url, guarded, { n: 5, deep: false });
    expect(off.json?.errors).toBeUndefined();
    const on = await postGraphQL(http.url, guarded, { n: 5, deep: true });
    expect(on.json?.errors?.[0].extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
  });

  it('answers the same shape at small sizes, every list within its cap', async () => {
    const answer = await postGraphQL(
      http.url,
      'query($n: Int) { jobClasses(first: $n) { edges { node { id competencies { competency { requiredBy(first: 3) { id series { levels { id } } } } } } } } }',
      { n: 2 },
    );
    expect(answer.status).toBe(200);
    expect(answer.json?.errors).toBeUndefined();
    type Shape = { jobClasses: { edges: { node: { competencies: { competency: { requiredBy: { series: { levels: unknown[] } | null }[] } }[] } }[] } };
    const edges = (answer.json?.data as unknown as Shape).jobClasses.edges;
    expect(edges).toHaveLength(2);
    const requiredBy = edges.flatMap((e) => e.node.competencies.flatMap((k) => k.competency.requiredBy));
    expect(requiredBy.length).toBeGreaterThan(0);
    for (const edge of edges) for (const k of edge.node.competencies) expect(k.competency.requiredBy.length).toBeLessThanOrEqual(3);
    const levels = requiredBy.map((r) => r.series?.levels.length ?? 0);
    expect(Math.max(...levels)).toBeLessThanOrEqual(50); // ClassSeries.levels is capped at 50
  });

  it('keeps /health under 100 ms while the audit query is refused and large allowed reads run', async () => {
    // The real server in its own process (as `npm start` runs it), so the test runner's heap is not measured.
    const server = await startServerProcess({ NODE_ENV: 'production' });
    try {
      await healthWhileBusy(server.url);
    } finally {
      await server.stop();
    }
  }, 180_000);
});

async function healthWhileBusy(url: string): Promise<void> {
  {
    const http = { url };
    const big = 'query { jobClasses(first: 20) { edges { node { id title competencies { kind competency { name requiredBy(first: 5) { id title } } } } } } }';
    // Warm-up: the first requests compile and cache what later ones reuse.
    for (let i = 0; i < 3; i++) await postGraphQL(http.url, big);
    const health: number[] = [];
    let done = false;
    const work = Promise.all([
      ...Array.from({ length: 3 }, () => postGraphQL(http.url, big)),
      ...Array.from({ length: 3 }, () => postGraphQL(http.url, OOM, { n: 100 })),
    ]).finally(() => (done = true));
    while (!done) {
      const answer = await get(`${http.url}/health`);
      expect(answer.status).toBe(200);
      health.push(answer.ms);
      await new Promise((r) => setTimeout(r, 10));
    }
    const answers = await work;
    expect(answers.slice(0, 3).every((a) => a.status === 200 && !a.json?.errors)).toBe(true);
    expect(answers.slice(3).every((a) => a.json?.errors?.[0].extensions?.code === 'QUERY_LIMIT_EXCEEDED')).toBe(true);
    expect(health.length).toBeGreaterThan(2);
    expect(Math.max(...health)).toBeLessThan(100);
  }
}

describe('runtime budgets', () => {
  it('stops a request that resolves more fields than allowed, answering with one error and no data', async () => {
    const apollo = new ApolloServer({ schema: await createSchema(), plugins: [requestBudgetPlugin({ maxCost: 1e9, maxResolvers: 300, maxResultChars: 1e9 })] });
    await apollo.start();
    try {
      const response = await apollo.executeOperation(
        { query: '{ jobClasses(first: 100) { edges { node { id title code level payGrade } } } }' },
        { contextValue: createContext(graph.executor, 'reader') },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      expect(response.body.singleResult.data).toBeUndefined();
      expect(response.body.singleResult.errors).toHaveLength(1);
      expect(response.body.singleResult.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_LIMIT_EXCEEDED' }, message: expect.stringMatching(/more than 300 fields/) });
    } finally {
      await apollo.stop();
    }
  });

  it('stops a request whose answer grows past the result-size budget', async () => {
    const apollo = new ApolloServer({ schema: await createSchema(), plugins: [requestBudgetPlugin({ maxCost: 1e9, maxResolvers: 1e9, maxResultChars: 2000 })] });
    await apollo.start();
    try {
      const response = await apollo.executeOperation({ query: '{ jobClasses(first: 100) { edges { node { id title } } } }' }, { contextValue: createContext(graph.executor, 'reader') });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      expect(response.body.singleResult.data).toBeUndefined();
      expect(response.body.singleResult.errors?.[0].message).toMatch(/past 2000 characters/);
    } finally {
      await apollo.stop();
    }
  });

  it('stops reading once a request has read more items from Neo4j than its budget', async () => {
    const reads = new GraphReadRepository(graph.executor, 200);
    const [row] = await graph.executor.runText('MATCH (c:JobClass) WITH c ORDER BY c.id LIMIT 100 RETURN collect(c.id) AS ids', {}, 'READ');
    const ids = row.ids as string[];
    // 100 classes with several competencies each: well over 200 items in one batch.
    await expect(reads.batch('read/competencies-by-class-ids', ids)).rejects.toMatchObject({ extensions: { code: 'QUERY_LIMIT_EXCEEDED', maxFetchedItems: 200 } });
    const small = new GraphReadRepository(graph.executor, 200);
    await expect(small.batch('read/competencies-by-class-ids', ids.slice(0, 2))).resolves.toBeInstanceOf(Map);
  });

  it('ends a request that has used up its time budget with QUERY_TIMEOUT', async () => {
    const slow = await createTestApi(graph.executor, new Map(), { requestTimeoutMs: 1 });
    const server = await slow.listen();
    try {
      // The budget is gone before the second nesting level's batch starts.
      await new Promise((r) => setTimeout(r, 5));
      const answer = await postGraphQL(server.url, '{ jobClasses(first: 5) { edges { node { id competencies { kind } } } } }');
      expect(answer.json?.errors?.[0].extensions?.code).toBe('QUERY_TIMEOUT');
      expect(answer.json?.errors?.[0].message).toMatch(/budget/);
    } finally {
      await server.close();
      await slow.stop();
    }
  });
});
