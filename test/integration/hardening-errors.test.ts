/**
 * Finding 2: every failure is JSON in GraphQL's error shape (no HTML, stack traces or file paths), every
 * string and list argument has a length limit named in a BAD_USER_INPUT error that does not echo the value,
 * and ingestDocument never echoes Neo4j's index errors (over-long titles and keys are refused first).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Graph } from '../../src/server/bootstrap';
import { clearGraph, graphCounts, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { get, post, postGraphQL, type HttpAnswer } from '../support/http';
import { ingestDocument } from '../../src/ingest/pipeline';

let graph: Graph;
let api: TestApi;
let http: { url: string; close(): Promise<void> };
const EDITOR = { 'x-api-key': 'editor-key-errors-1' };
const FIXTURE = fs.readFileSync(path.resolve(__dirname, '../fixtures/specs-untuned/cedar-valley-usd-payroll-technician.txt'), 'utf8');
const INGEST = 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status error warnings } }';
const ingestInput = (text: string, extra: Record<string, unknown> = {}) => ({ input: { fileName: 'payroll.txt', text, jurisdiction: { id: 'errors-district', name: 'Errors District', kind: 'OTHER' }, ...extra } });

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  api = await createTestApi(graph.executor, new Map([['editor-key-errors-1', 'editor']]));
  http = await api.listen();
});
afterAll(async () => {
  await http.close();
  await api.stop();
  await graph.close();
});

/** JSON in GraphQL's shape, with nothing of the server's internals. */
function expectCleanJsonError(answer: HttpAnswer, status: number, code: string): string {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/application\/(graphql-response\+)?json/);
  expect(answer.text).not.toMatch(/<html|<pre|<!DOCTYPE/i);
  expect(answer.text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\/work\/|\.ts:\d+|\.js:\d+/);
  expect(answer.json?.errors?.[0].extensions?.code).toBe(code);
  return answer.json!.errors![0].message;
}

describe('failures outside GraphQL are JSON', () => {
  it('malformed JSON: 400 BAD_REQUEST', async () => {
    const message = expectCleanJsonError(await post(`${http.url}/graphql`, '{"query": "{ jurisdictions { id } }"'), 400, 'BAD_REQUEST');
    expect(message).toMatch(/not valid JSON/);
  });

  it('a body over the limit: 413, without reading it into GraphQL', async () => {
    const body = JSON.stringify({ query: '{ jurisdictions { id } }', variables: { pad: 'x'.repeat(9 * 1024 * 1024) } });
    const message = expectCleanJsonError(await post(`${http.url}/graphql`, body), 413, 'BAD_REQUEST');
    expect(message).toMatch(/larger than the 8 MB limit/);
  });

  it('an unknown path: 404 NOT_FOUND', async () => {
    expectCleanJsonError(await get(`${http.url}/no/such/thing`), 404, 'NOT_FOUND');
  });
});

describe('argument length limits', () => {
  it('a 100 KB id is refused naming the argument, and the answer does not echo it', async () => {
    const id = 'x'.repeat(100_000);
    const answer = await postGraphQL(http.url, 'query($id: ID!) { jobClass(id: $id) { id } }', { id });
    const message = expectCleanJsonError(answer, 400, 'BAD_USER_INPUT');
    expect(message).toMatch(/"id" is 100000 characters long; the limit is 1000/);
    expect(answer.text.length).toBeLessThan(1000);
  });

  it('a long literal argument is refused naming the argument', async () => {
    const answer = await postGraphQL(http.url, `{ search(text: "${'a'.repeat(300)}") { kind } }`);
    expect(expectCleanJsonError(answer, 400, 'BAD_USER_INPUT')).toMatch(/Argument "text" is 300 characters long; the limit is 200/);
  });

  it('a list argument with too many items is refused naming it', async () => {
    const answer = await postGraphQL(http.url, 'query($ids: [ID!]!) { sharedCompetencies(classIds: $ids) { id } }', { ids: Array.from({ length: 150 }, (_, i) => `c${i}`) });
    expect(expectCleanJsonError(answer, 400, 'BAD_USER_INPUT')).toMatch(/"\$ids" has 150 items; the limit is 100/);
  });

  it('an over-long ingest key is refused as input.key before any work', async () => {
    const before = await graphCounts(graph.executor);
    const answer = await postGraphQL(http.url, INGEST, ingestInput(FIXTURE, { key: 'k'.repeat(5000) }), EDITOR);
    expect(expectCleanJsonError(answer, 400, 'BAD_USER_INPUT')).toMatch(/"input\.key" is 5000 characters long; the limit is 200/);
    expect(await graphCounts(graph.executor)).toEqual(before);
  });
});

describe('ingestDocument never echoes Neo4j', () => {
  it('a title too long for an index is refused with a message naming the field, not an index error', async () => {
    const longTitle = FIXTURE.replace('Title: Payroll Technician', `Title: Payroll ${'Technician '.repeat(600)}`);
    const answer = await postGraphQL(http.url, INGEST, ingestInput(longTitle), EDITOR);
    expect(answer.json?.errors).toBeUndefined();
    const report = (answer.json?.data as { ingestDocument: { status: string; error: string } }).ingestDocument;
    expect(report.status).toBe('FAILED');
    // The layout-first segmenter does not take a 6,000-character line for a title at all; either way the
    // refusal is about the title, and Neo4j's index error never reaches the client.
    expect(report.error).toMatch(/title: is longer than 300 characters|missing a class title/);
    expect(report.error).not.toMatch(/Index\(|element|too large to index|Neo/);
  });

  it('a write failure from the driver is reported by what it means, without its text', async () => {
    // A hook throws a driver-shaped error mid-transaction: the report says what failed, not the error's text.
    const report = await ingestDocument(graph.executor, { fileName: 'payroll.txt', bytes: Buffer.from(FIXTURE), manifest: { file: 'payroll.txt', jurisdiction: { id: 'errors-district', name: 'Errors District', kind: 'OTHER' } } }, {
      afterStep: () => {
        throw Object.assign(new Error("Property value is too large to index, please see index documentation for limitations. Index: Index( id=7, name='class_title', type='RANGE' ) elementId=4:abc:12"), { code: 'Neo.ClientError.Statement.ArgumentError' });
      },
    });
    expect(report.status).toBe('FAILED');
    expect(report.error).toMatch(/too long for the graph's indexes/);
    expect(report.error).not.toMatch(/Index\(|elementId|class_title/);
  });
});
