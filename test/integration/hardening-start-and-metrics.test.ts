/**
 * Finding 7: `npm start` (connectGraph) starts the local instance named by NEO4J_INSTANCE on NEO4J_BOLT_PORT
 * and NEO4J_HTTP_PORT, not a hard-coded "main" on 7474. And the operations surface: access logs with
 * request ids (src/server/access-log.ts) and Prometheus metrics on /metrics.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { loadConfig } from '../../src/config/config';
import { connectGraph, type Graph } from '../../src/server/bootstrap';
import { createLogger } from '../../src/observability/logger';
import { openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { get, postGraphQL } from '../support/http';
import { TEST_INSTANCE, testEnv } from '../support/test-env';

describe('npm start honours NEO4J_INSTANCE and NEO4J_HTTP_PORT', () => {
  (process.env.NEO4J_URI ? it.skip : it)('connects through the named local instance (already running: the script reports it and connects)', async () => {
    const env: NodeJS.ProcessEnv = { ...testEnv(), NEO4J_INSTANCE: TEST_INSTANCE.instance, NEO4J_HTTP_PORT: String(TEST_INSTANCE.httpPort) };
    delete env.NEO4J_URI;
    // With instance "main" on 7474 hard-coded, this would start a second server on the test's bolt port and fail.
    const graph = await connectGraph(loadConfig(env), createLogger('silent'));
    try {
      expect(await graph.executor.ping()).toBe(true);
      const browser = await fetch(`http://127.0.0.1:${TEST_INSTANCE.httpPort}/`);
      expect(browser.status).toBeLessThan(500);
    } finally {
      await graph.close();
    }
  }, 120_000);
});

describe('access logs and metrics', () => {
  let graph: Graph;
  let api: TestApi;
  let http: { url: string; close(): Promise<void> };
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    graph = await openTestGraph();
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    api = await createTestApi(graph.executor, new Map(), { logger: pino({ level: 'info' }, sink) });
    http = await api.listen();
  });
  afterAll(async () => {
    await http.close();
    await api.stop();
    await graph.close();
  });

  it('logs one line per request with its id, echoed in x-request-id (a given id is kept)', async () => {
    const answer = await postGraphQL(http.url, '{ jurisdictions { id } }', {}, { 'x-request-id': 'trace-abc-123' });
    expect(answer.headers.get('x-request-id')).toBe('trace-abc-123');
    const generated = await postGraphQL(http.url, '{ jurisdictions { id } }');
    const id = generated.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 50));
    const logged = lines.filter((l) => (l.req as { id?: string } | undefined)?.id === 'trace-abc-123' || (l.req as { id?: string } | undefined)?.id === id);
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({ req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 }, responseTime: expect.any(Number) });
  });

  it('serves Prometheus metrics: request rate and latency, errors by code, Neo4j round trips and pool', async () => {
    await postGraphQL(http.url, '{ jobClass(id: "nowhere:none") { id } }');
    const metrics = await get(`${http.url}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/text\/plain/);
    expect(metrics.text).toMatch(/http_requests_total\{method="POST",route="\/graphql",status="200"\} \d+/);
    expect(metrics.text).toMatch(/http_request_duration_seconds_bucket\{le="0.1",method="POST",route="\/graphql"\} \d+/);
    expect(metrics.text).toMatch(/graphql_errors_total\{code="NOT_FOUND"\} 1/);
    expect(metrics.text).toMatch(/neo4j_query_duration_seconds_count\{mode="READ"\} [1-9]/);
    expect(metrics.text).toMatch(/neo4j_pool_connections\{state="in_use"\} \d+/);
    expect(metrics.text).toMatch(/neo4j_pool_connections\{state="idle"\} \d+/);
    expect(metrics.text).toMatch(/process_cpu_seconds_total/);
  });
});
