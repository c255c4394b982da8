/**
 * promotionPaths on a generated corpus (hundreds of series, cross-series links) agrees with a brute-force
 * reference search written in TypeScript; and each query-safety limit is tested by a query that exceeds it.
 */
import type { Graph } from '../../src/server/bootstrap';
import { DocumentRepository } from '../../src/repositories/document.repository';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { generateCorpus, prng, SMALL_CORPUS } from '../../scripts/corpus/generate-corpus';
import { ReferencePaths, type StepEdge } from '../../scripts/corpus/reference-paths';
import { QUERY_LIMITS } from '../../src/server/query-limits';
import { makeDocument } from '../support/documents';

let graph: Graph;
let api: TestApi;
let reference: ReferencePaths;
let classIds: string[];

const PATHS = `query($from: ID!, $to: ID!, $max: Int!, $limit: Int!, $inf: Boolean!) {
  promotionPaths(from: $from, to: $to, maxSteps: $max, limit: $limit, includeInferred: $inf) {
    found reason
    paths { length explicit totalMonthsExperience steps { from { id } to { id } edges { basis inferred monthsExperience statement } } }
  }
}`;

interface PathsResult {
  promotionPaths: { found: boolean; reason: string | null; paths: { length: number; explicit: boolean; steps: { from: { id: string }; to: { id: string }; edges: { basis: string; inferred: boolean }[] }[] }[] };
}

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  const repo = new DocumentRepository(graph.executor);
  const docs = generateCorpus(SMALL_CORPUS);
  for (const doc of docs) await repo.save(doc);
  api = await createTestApi(graph.executor);
  // The reference is built from the PROMOTES_TO edges themselves, not from the derived PROMOTION_STEP edges.
  const rows = await graph.executor.runText('MATCH (a:JobClass)-[r:PROMOTES_TO]->(b:JobClass) RETURN a.id AS from, b.id AS to, collect(r.inferred) AS inferred', {}, 'READ');
  reference = new ReferencePaths(rows.map((r) => ({ from: String(r.from), to: String(r.to), explicit: (r.inferred as boolean[]).some((i) => !i) }) satisfies StepEdge));
  classIds = (await graph.executor.runText('MATCH (c:JobClass {jurisdictionId: "gen-0"}) RETURN c.id AS id ORDER BY id', {}, 'READ')).map((r) => String(r.id));
}, 300_000);
afterAll(async () => {
  await api.stop();
  await graph.close();
});

describe('generated corpus', () => {
  it('is the size the issue asks for', async () => {
    const [row] = await graph.executor.runText('MATCH (c:JobClass) WITH count(c) AS classes MATCH (s:ClassSeries) RETURN classes, count(s) AS series', {}, 'READ');
    expect(Number(row.classes)).toBeGreaterThan(700);
    expect(Number(row.series)).toBe(300);
  });

  it('promotionPaths agrees with the brute-force reference on random pairs', async () => {
    const random = prng(42);
    let withPath = 0;
    for (let i = 0; i < 120; i++) {
      const from = classIds[Math.floor(random() * classIds.length)];
      // Half the pairs are drawn from nodes reachable from `from`, so both outcomes are well covered.
      const to = classIds[Math.floor(random() * classIds.length)];
      if (from === to) continue;
      const includeInferred = random() < 0.7;
      const maxSteps = 2 + Math.floor(random() * 6);
      const limit = 1 + Math.floor(random() * 4);
      const expected = reference.shortestLengths(from, to, maxSteps, limit, includeInferred);
      const { data, errors } = await api.run<PathsResult>(PATHS, { from, to, max: maxSteps, limit, inf: includeInferred });
      expect(errors).toBeUndefined();
      const result = data!.promotionPaths;
      expect({ pair: [from, to], found: result.found }).toEqual({ pair: [from, to], found: expected.length > 0 });
      if (!result.found) {
        expect(result.reason).toMatch(/No promotion link/);
        continue;
      }
      withPath += 1;
      expect(result.paths.map((p) => p.length)).toEqual(expected);
      for (const path of result.paths) {
        const nodes = [path.steps[0].from.id, ...path.steps.map((s) => s.to.id)];
        expect(nodes[0]).toBe(from);
        expect(nodes[nodes.length - 1]).toBe(to);
        expect(reference.isPath(nodes, includeInferred)).toBe(true);
        for (const step of path.steps) {
          expect(step.edges.length).toBeGreaterThan(0);
          if (!includeInferred) expect(step.edges.every((e) => !e.inferred)).toBe(true);
        }
      }
    }
    expect(withPath).toBeGreaterThan(5);
  }, 300_000);

  it('finds paths along series and across series', async () => {
    // Pairs with a known path: walk forward from random classes along reference edges.
    const random = prng(9);
    let checked = 0;
    for (let i = 0; i < 200 && checked < 40; i++) {
      const from = classIds[Math.floor(random() * classIds.length)];
      const next = await graph.executor.runText('MATCH (a:JobClass {id: $id})-[:PROMOTES_TO*2..3]->(b:JobClass) WHERE b <> a RETURN DISTINCT b.id AS id LIMIT 3', { id: from }, 'READ');
      for (const row of next) {
        const to = String(row.id);
        const expected = reference.shortestLengths(from, to, 6, 3, true);
        const { data } = await api.run<PathsResult>(PATHS, { from, to, max: 6, limit: 3, inf: true });
        expect(data!.promotionPaths.found).toBe(true);
        expect(data!.promotionPaths.paths.map((p) => p.length)).toEqual(expected);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(40);
  }, 300_000);

  it('answers "no path" at once for classes of different employers', async () => {
    const { data } = await api.run<PathsResult>(PATHS, { from: 'gen-0:J0S1L1', to: 'gen-1:J1S1L1', max: 10, limit: 3, inf: true });
    expect(data!.promotionPaths.found).toBe(false);
    expect(data!.promotionPaths.reason).toMatch(/different employers/);
  });

  it('rejects maxSteps over 10 and unknown classes', async () => {
    const tooFar = await api.run(PATHS, { from: classIds[0], to: classIds[1], max: 11, limit: 3, inf: true });
    expect(tooFar.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooFar.errors?.[0].message).toMatch(/maxSteps/);
    const unknown = await api.run(PATHS, { from: 'gen-0:NOPE', to: classIds[1], max: 3, limit: 3, inf: true });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('stops a traversal that runs past its timeout with QUERY_TIMEOUT, and the timeout is never hit at the default', async () => {
    // A dense plan: 4000 classes that all require one competency, so similarClasses has real work to do.
    const dense = Array.from({ length: 4000 }, (_, i) => ({ title: `Dense ${i}`, code: `D${i}`, competencies: [{ name: 'Everyone Needs This' }, { name: `Dense Skill ${i % 50}` }, { name: `Dense Skill ${(i * 7) % 50}` }] }));
    await new DocumentRepository(graph.executor).save(makeDocument('dense', 'gen-dense', dense));
    const strict = await createTestApi(graph.executor, undefined, { queryTimeoutMs: 1 });
    try {
      let timedOut = 0;
      for (const id of ['gen-dense:D0', 'gen-dense:D1', 'gen-dense:D2', 'gen-dense:D3', 'gen-dense:D4']) {
        const { errors } = await strict.run('query($id: ID!) { similarClasses(classId: $id, limit: 100) { score } }', { id });
        if (errors) {
          expect(errors[0].extensions?.code).toBe('QUERY_TIMEOUT');
          timedOut += 1;
        }
      }
      expect(timedOut).toBeGreaterThan(0);
    } finally {
      await strict.stop();
    }
    const dense0 = await api.run<{ similarClasses: { score: number }[] }>('{ similarClasses(classId: "gen-dense:D0", limit: 5) { score } }');
    expect(dense0.errors).toBeUndefined();
    expect(dense0.data!.similarClasses).toHaveLength(5);
    for (const id of classIds.slice(0, 50)) {
      const { errors } = await api.run('query($id: ID!) { similarClasses(classId: $id, limit: 20) { score } nextSteps(classId: $id) { direction } }', { id });
      expect(errors).toBeUndefined();
    }
  }, 120_000);
});

describe('query limits', () => {
  /** All error messages for an operation, as a client sees them over HTTP (some limits reject at parse time). */
  const over = async (query: string) => {
    const http = await api.listen();
    try {
      const response = await fetch(`${http.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
      expect(response.status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors?.length).toBeGreaterThan(0);
      return body.errors!.map((e) => e.message).join('\n');
    } finally {
      await http.close();
    }
  };

  it('rejects a query nested deeper than the depth limit', async () => {
    let selection = 'id';
    for (let i = 0; i < QUERY_LIMITS.maxDepth; i++) selection = `distinctions { other { ${selection} } }`;
    expect(await over(`{ jobClass(id: "gen-0:J0S0L1") { ${selection} } }`)).toMatch(/depth/i);
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: jurisdictions { id }`).join(' ');
    expect(await over(`{ ${aliases} }`)).toMatch(/alias/i);
  });

  it('rejects an operation whose cost is over the limit', async () => {
    const fields = 'id title duties { text } competencies { competency { name requiredBy { id title series { levels { id title } } } } }';
    const body = Array.from({ length: 12 }, (_, i) => `c${i}: jobClasses(first: 100) { edges { node { ${fields} } } }`).join(' ');
    expect(await over(`{ ${body} }`)).toMatch(/cost/i);
  });

  it('rejects an operation with too many tokens', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => 'id').join(' ');
    expect(await over(`{ jurisdictions { ${fields} } }`)).toMatch(/token/i);
  });

  it('rejects too many directives', async () => {
    const directives = Array.from({ length: QUERY_LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    expect(await over(`{ jurisdictions ${directives} { id } }`)).toMatch(/directive/i);
  });
});
