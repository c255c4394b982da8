/**
 * Finding 3 over the API: documents are parsed in worker threads with a time budget, so a hostile document
 * neither blocks other requests nor runs unbounded. The audit's case (66 KB with 60k spaces in the
 * qualifications) is ingested while /health is polled; a budget too small for a document refuses it clearly.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Graph } from '../../src/server/bootstrap';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { get, postGraphQL } from '../support/http';
import { ParsePool } from '../../src/ingest/parse-pool';

let graph: Graph;
let api: TestApi;
let http: { url: string; close(): Promise<void> };
const OHIO = fs.readFileSync(path.resolve(__dirname, '../../seeds/000_063c8e4fea0a190a.txt'), 'utf8');
const at = OHIO.indexOf('\n', OHIO.indexOf('\n', OHIO.search(/qualifications/i)) + 1) + 1;
const HOSTILE = `${OHIO.slice(0, at)}2 years of experience in${' '.repeat(60_000)}${OHIO.slice(at)}`;
const INGEST = 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status error } }';

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  api = await createTestApi(graph.executor, new Map([['parse-editor-key', 'editor']]));
  http = await api.listen();
});
afterAll(async () => {
  await http.close();
  await api.stop();
  await graph.close();
});

describe('parsing off the request thread', () => {
  it('ingests the audit\'s 60k-space document while /health keeps answering', async () => {
    expect(HOSTILE.length).toBeGreaterThan(60_000);
    const variables = { input: { fileName: 'ohio.txt', text: HOSTILE, jurisdiction: { id: 'parse-state', name: 'Parse State', kind: 'STATE' } } };
    // Warm the pool first (a dry run), so the measurement is of parsing, not of starting a thread.
    await postGraphQL(http.url, INGEST, { input: { ...variables.input, dryRun: true } }, { 'x-api-key': 'parse-editor-key' });
    const health: number[] = [];
    let done = false;
    const ingest = postGraphQL(http.url, INGEST, variables, { 'x-api-key': 'parse-editor-key' }).finally(() => (done = true));
    while (!done) {
      health.push((await get(`${http.url}/health`)).ms);
      await new Promise((r) => setTimeout(r, 10));
    }
    const answer = await ingest;
    expect(answer.json?.errors).toBeUndefined();
    expect((answer.json?.data as { ingestDocument: { status: string } }).ingestDocument.status).toBe('CREATED');
    expect(Math.max(...health)).toBeLessThan(100);
  });

  it('refuses a document that overruns its parse budget, with a message saying so, and keeps serving', async () => {
    const pool = new ParsePool({ workers: 1, timeoutMs: 1 });
    try {
      const big = Buffer.from(`${OHIO}\n`.repeat(100));
      await expect(pool.parse({ fileName: 'big.txt', bytes: big })).rejects.toThrow(/big\.txt: parsing took longer than 1 ms and was stopped/);
      // The pool replaces the stopped worker; a later document within a normal budget parses.
      const fresh = new ParsePool({ workers: 1, timeoutMs: 30_000 });
      try {
        const { document } = await fresh.parse({ fileName: 'ohio.txt', bytes: Buffer.from(OHIO) });
        expect(document.classes.length).toBeGreaterThan(0);
      } finally {
        await fresh.close();
      }
    } finally {
      await pool.close();
    }
  });
});
