/**
 * Finding 4: Neo4j stalled. The test instance is paused with SIGSTOP for 20 s while a server with short
 * timeouts (transaction 2 s, pool acquisition 1.5 s, three connections) keeps being asked: every request ends
 * within the configured timeout (plus the 0.5 s grace) with DATABASE_UNAVAILABLE and a retry hint, the pool's
 * own message never reaches a client or an ingest report, and once Neo4j resumes it answers again within 1 s.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../../src/config/paths';
import { loadConfig } from '../../src/config/config';
import { createDriver, type Driver } from '../../src/db/driver';
import { Executor } from '../../src/db/executor';
import type { Graph } from '../../src/server/bootstrap';
import { ingestDocument } from '../../src/ingest/pipeline';
import { DocumentRepository } from '../../src/repositories/document.repository';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { postGraphQL, type HttpAnswer } from '../support/http';
import { makeDocument } from '../support/documents';
import { closeSharedParsePool } from '../../src/ingest/parse-pool';
import { TEST_INSTANCE, testEnv } from '../support/test-env';

const TX_TIMEOUT_MS = 2000;
const BOUND_MS = TX_TIMEOUT_MS + 500 + 700; // the timeout, the client's grace, and slack for a busy machine
const PAUSE_MS = 20_000;

let graph: Graph;
let driver: Driver;
let api: TestApi;
let http: { url: string; close(): Promise<void> };
const managed = !process.env.NEO4J_URI;
const pidFile = fromRoot('graph', '.neo4j', 'instances', TEST_INSTANCE.instance, 'neo4j.pid');
const TEXT = fs.readFileSync(path.resolve(__dirname, '../fixtures/specs-untuned/cedar-valley-usd-payroll-technician.txt'), 'utf8');

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  await new DocumentRepository(graph.executor).save(makeDocument('stall', 'stallville', [{ title: 'Watchman', code: 'W1' }]));
  const config = loadConfig({ ...testEnv(), NEO4J_CONNECT_TIMEOUT_MS: '1000', NEO4J_ACQUISITION_TIMEOUT_MS: '1500', NEO4J_MAX_POOL_SIZE: '3', NEO4J_RETRY_MS: '0' });
  driver = createDriver(config);
  const executor = new Executor(driver, config.NEO4J_DATABASE, graph.executor.registry, { statementTimeoutMs: TX_TIMEOUT_MS, writeTimeoutMs: TX_TIMEOUT_MS });
  api = await createTestApi(executor, new Map([['stall-editor-key', 'editor']]));
  http = await api.listen();
});
afterAll(async () => {
  await http.close();
  await api.stop();
  await closeSharedParsePool();
  await driver.close();
  await graph.close();
});

const READ = '{ jurisdictions { id } jobClasses(first: 2) { totalCount edges { node { title } } } }';
const INGEST = 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status error } }';

function expectUnavailable(answer: HttpAnswer): void {
  expect(answer.ms).toBeLessThan(BOUND_MS);
  const error = answer.json?.errors?.[0];
  expect(error?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
  expect(error?.extensions).toMatchObject({ retryable: true, retryAfterSeconds: expect.any(Number) });
  expect(answer.text).not.toMatch(/Pool status|acquisition timed out|Idle conn/i);
}

(managed ? describe : describe.skip)('Neo4j paused with SIGSTOP', () => {
  it('ends every request within the timeout with DATABASE_UNAVAILABLE, and recovers within 1 s of resume', async () => {
    expect((await postGraphQL(http.url, READ)).json?.errors).toBeUndefined(); // the pool holds a live connection
    // The parse workers start before the pause, so the ingest below measures the database wait only.
    const warm = await postGraphQL(http.url, INGEST, { input: { fileName: 'payroll.txt', text: TEXT, dryRun: true, jurisdiction: { id: 'stallville', name: 'Stallville', kind: 'CITY' } } }, { 'x-api-key': 'stall-editor-key' });
    expect(warm.json?.errors).toBeUndefined();
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
    expect(pid).toBeGreaterThan(1);
    const answers: HttpAnswer[] = [];
    const reports: string[] = [];
    const pausedAt = Date.now();
    process.kill(pid, 'SIGSTOP');
    let resumedAt = 0;
    try {
      // Concurrent reads (more than the pool holds), an API ingest, a CLI-style ingest, then reads in a row.
      const burst = await Promise.all([
        ...Array.from({ length: 6 }, () => postGraphQL(http.url, READ)),
        postGraphQL(http.url, INGEST, { input: { fileName: 'payroll.txt', text: TEXT, jurisdiction: { id: 'stallville', name: 'Stallville', kind: 'CITY' } } }, { 'x-api-key': 'stall-editor-key' }),
      ]);
      answers.push(...burst);
      const started = Date.now();
      const cli = await ingestDocument(graphExecutorFor(driver), { fileName: 'payroll.txt', bytes: Buffer.from(TEXT), manifest: { file: 'payroll.txt', jurisdiction: { id: 'stallville', name: 'Stallville', kind: 'CITY' } } });
      expect(Date.now() - started).toBeLessThan(BOUND_MS);
      reports.push(cli.error ?? '');
      while (Date.now() - pausedAt < PAUSE_MS - BOUND_MS) answers.push(await postGraphQL(http.url, READ));
    } finally {
      const left = PAUSE_MS - (Date.now() - pausedAt);
      if (left > 0) await new Promise((r) => setTimeout(r, left));
      process.kill(pid, 'SIGCONT');
      resumedAt = Date.now();
    }
    expect(answers.length).toBeGreaterThan(8);
    for (const answer of answers) expectUnavailable(answer);
    expect(reports[0]).toMatch(/not written: The graph database is unavailable/);
    expect(reports[0]).not.toMatch(/Pool status|acquisition timed out/i);

    // Back to normal: the first request after resume that succeeds comes within 1 s.
    let recoveredAfter = Infinity;
    while (Date.now() - resumedAt < 5000) {
      const answer = await postGraphQL(http.url, READ);
      if (!answer.json?.errors) {
        recoveredAfter = Date.now() - resumedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(recoveredAfter).toBeLessThan(1000);
  }, 90_000);
});

/** An executor on the stalled test's short-timeout driver, as the CLI would use for `ingest`. */
function graphExecutorFor(d: Driver): Executor {
  return new Executor(d, graph.executor.database, graph.executor.registry, { statementTimeoutMs: TX_TIMEOUT_MS, writeTimeoutMs: TX_TIMEOUT_MS });
}
