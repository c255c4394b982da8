/**
 * Finding 6: keys scoped to jurisdictions, and the manifest's metadata as part of what decides UNCHANGED.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Graph } from '../../src/server/bootstrap';
import { clearGraph, graphCounts, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { postGraphQL } from '../support/http';
import { loadConfig } from '../../src/config/config';

let graph: Graph;
let api: TestApi;
let http: { url: string; close(): Promise<void> };
const TEXT = fs.readFileSync(path.resolve(__dirname, '../fixtures/specs-untuned/cedar-valley-usd-payroll-technician.txt'), 'utf8');
const INGEST = 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status error documentId } }';
const input = (jurisdiction: { id: string; name: string }, extra: Record<string, unknown> = {}) => ({ input: { fileName: 'payroll.txt', key: 'payroll', text: TEXT, jurisdiction: { ...jurisdiction, kind: 'OTHER' }, ...extra } });
const OHIO = { id: 'state-of-ohio', name: 'State of Ohio' };
const CITY = { id: 'city-x', name: 'City X' };

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  // The same parsing the server does for API_KEYS.
  const keys = loadConfig({ API_KEYS: 'ohio-only-key:editor:state-of-ohio,anywhere-key:editor' }).API_KEYS;
  api = await createTestApi(graph.executor, keys);
  http = await api.listen();
});
afterAll(async () => {
  await http.close();
  await api.stop();
  await graph.close();
});

const ingest = async (key: string, variables: Record<string, unknown>) => postGraphQL(http.url, INGEST, variables, { authorization: `Bearer ${key}` });
const report = (answer: Awaited<ReturnType<typeof ingest>>) => (answer.json?.data as { ingestDocument: { status: string; error: string | null } } | null)?.ingestDocument;

describe('scoped API keys', () => {
  it('refuses a write outside the key\'s jurisdictions with FORBIDDEN, writing nothing', async () => {
    const before = await graphCounts(graph.executor);
    const answer = await ingest('ohio-only-key', input(CITY));
    expect(answer.json?.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(answer.json?.errors?.[0].message).toMatch(/may write only into "state-of-ohio".*"city-x"/);
    expect(await graphCounts(graph.executor)).toEqual(before);
  });

  it('accepts a write inside them, and an unscoped key writes anywhere', async () => {
    expect(report(await ingest('ohio-only-key', input(OHIO)))?.status).toBe('CREATED');
    expect(report(await ingest('anywhere-key', input(CITY, { key: 'payroll-city' })))?.status).toBe('CREATED');
    const rows = await graph.executor.runText('MATCH (j:Jurisdiction) RETURN j.id AS id ORDER BY id', {}, 'READ');
    expect(rows.map((r) => r.id)).toEqual(['city-x', 'state-of-ohio']);
  });

  it('cannot rename another employer through a document naming it', async () => {
    const answer = await ingest('ohio-only-key', input({ id: 'city-x', name: 'Renamed City' }, { key: 'payroll-city' }));
    expect(answer.json?.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [row] = await graph.executor.runText('MATCH (j:Jurisdiction {id: "city-x"}) RETURN j.name AS name', {}, 'READ');
    expect(row.name).toBe('City X');
  });
});

describe('the manifest is part of the fingerprint', () => {
  it('unchanged text with a changed agency, URL or jurisdiction name is UPDATED and the change is written', async () => {
    expect(report(await ingest('ohio-only-key', input(OHIO)))?.status).toBe('UNCHANGED');
    expect(report(await ingest('ohio-only-key', input(OHIO, { agency: 'Department of Payroll' })))?.status).toBe('UPDATED');
    expect(report(await ingest('ohio-only-key', input(OHIO, { agency: 'Department of Payroll' })))?.status).toBe('UNCHANGED');
    expect(report(await ingest('ohio-only-key', input(OHIO, { agency: 'Department of Payroll', url: 'https://example.org/payroll' })))?.status).toBe('UPDATED');
    expect(report(await ingest('ohio-only-key', input({ id: 'state-of-ohio', name: 'Ohio, State of' }, { agency: 'Department of Payroll', url: 'https://example.org/payroll' })))?.status).toBe('UPDATED');
    const [row] = await graph.executor.runText(
      'MATCH (d:SourceDocument {key: "payroll"})-[:PUBLISHED_BY]->(j:Jurisdiction) OPTIONAL MATCH (d)-[:ISSUED_BY]->(a:Agency) RETURN d.url AS url, j.name AS jurisdiction, collect(a.name) AS agencies',
      {},
      'READ',
    );
    expect(row).toEqual({ url: 'https://example.org/payroll', jurisdiction: 'Ohio, State of', agencies: ['Department of Payroll'] });
  });
});
