/**
 * Operations executed by graphql-jit (src/server/jit-gateway.ts, the default) answer as graphql-js's own execute
 * does (GRAPHQL_EXECUTOR=graphql-js): the same data for nested selections with fragments, aliases and variables;
 * each operation of a document by its name (compiled operations are cached by query and operation name);
 * variables graphql-jit refuses are decided by graphql-js; errors keep their codes and pass our formatter.
 */
import type { Graph } from '../../src/server/bootstrap';
import { createContext } from '../../src/server/context';
import { DocumentRepository } from '../../src/repositories/document.repository';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { postGraphQL } from '../support/http';
import { generateCorpus, SMALL_CORPUS } from '../../scripts/corpus/generate-corpus';

let graph: Graph;
let jit: TestApi;
let js: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  const repo = new DocumentRepository(graph.executor);
  for (const doc of generateCorpus(SMALL_CORPUS)) await repo.save(doc);
  jit = await createTestApi(graph.executor);
  js = await createTestApi(graph.executor, new Map(), { executeWith: 'graphql-js' });
}, 120_000);
afterAll(async () => {
  await jit.stop();
  await js.stop();
  await graph.close();
});

const NESTED = `query($first: Int!) {
  jobClasses(first: $first) {
    totalCount
    edges { node { ...Named series { id title levels { rank: id jobClass: title competencies { kind competency { id name } } } } } }
  }
}
fragment Named on JobClass { id title code }`;

describe('graphql-jit execution', () => {
  it('answers a nested read with fragments, aliases and variables exactly as graphql-js does, with the same statements', async () => {
    const compiled = await jit.run<{ jobClasses: { totalCount: number; edges: unknown[] } }>(NESTED, { first: 15 });
    const interpreted = await js.run(NESTED, { first: 15 });
    expect(compiled.errors).toBeUndefined();
    expect(compiled.data!.jobClasses.edges).toHaveLength(15);
    expect(compiled.data).toEqual(interpreted.data);
    expect(compiled.queries).toBe(interpreted.queries);
    // Compiled once, run again from the cache: the same answer.
    expect((await jit.run(NESTED, { first: 15 })).data).toEqual(compiled.data);
  });

  it('runs the operation a request names, for each name of one document', async () => {
    const document = 'query Places { jurisdictions { id } } query Classes { jobClasses(first: 2) { edges { node { id } } } }';
    const run = async (operationName: string) => {
      const response = await jit.apollo.executeOperation({ query: document, operationName }, { contextValue: createContext(graph.executor, 'reader') });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      expect(response.body.singleResult.errors).toBeUndefined();
      return Object.keys(response.body.singleResult.data ?? {});
    };
    expect(await run('Places')).toEqual(['jurisdictions']);
    expect(await run('Classes')).toEqual(['jobClasses']);
    expect(await run('Places')).toEqual(['jurisdictions']);
  });

  it('accepts an input object whose non-null field with a default is omitted (graphql-jit alone would refuse it)', async () => {
    const [classId] = ((await jit.run<{ jobClasses: { edges: { node: { id: string } }[] } }>('{ jobClasses(first: 1) { edges { node { id } } } }')).data!.jobClasses.edges).map((e) => e.node.id);
    const query = 'query($scope: FamilyScope!) { classFamily(scope: $scope) { nodes { id } } }';
    const compiled = await jit.run<{ classFamily: { nodes: { id: string }[] } }>(query, { scope: { classId } });
    expect(compiled.errors).toBeUndefined();
    expect(compiled.data!.classFamily.nodes.map((n) => n.id)).toContain(classId);
    expect(compiled.data).toEqual((await js.run(query, { scope: { classId } })).data);
  });

  it('refuses a bad variable with graphql-js message as a 400 BAD_USER_INPUT, and keeps resolver error codes', async () => {
    const server = await jit.listen();
    try {
      const bad = await postGraphQL(server.url, 'query($n: Int!) { jobClasses(first: $n) { edges { node { id } } } }', { n: 'ten' });
      expect(bad.status).toBe(400);
      expect(bad.json?.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Variable "\$n" got invalid value "ten"; Int cannot represent non-integer value/), extensions: { code: 'BAD_USER_INPUT' } });
      const missing = await postGraphQL(server.url, '{ jobClass(id: "nowhere:none") { id } }');
      const interpreted = await js.run('{ jobClass(id: "nowhere:none") { id } }');
      expect(missing.json?.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(missing.json?.errors?.[0]).toEqual(interpreted.errors?.[0]);
    } finally {
      await server.close();
    }
  });
});
