/**
 * Loading through the API (credentials checked before any work) and hostile or malformed documents: each
 * gets a clear error or a partial result with warnings, never a crash, never a half-written document.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Graph } from '../../src/server/bootstrap';
import { ingestDocument } from '../../src/ingest/pipeline';
import { clearGraph, graphCounts, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { prng } from '../../scripts/corpus/generate-corpus';

const SEEDS = path.resolve(__dirname, '../../seeds');
const seed = (name: string) => fs.readFileSync(path.join(SEEDS, name), 'utf8');
const manifest = { file: 'x.txt', jurisdiction: { id: 'hostile-county', name: 'Hostile County', kind: 'COUNTY' as const } };
let graph: Graph;
let api: TestApi;

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status format classes warnings error relations } }`;
const input = (text: string, extra: Record<string, unknown> = {}) => ({ input: { fileName: 'spec.txt', text, jurisdiction: { id: 'api-city', name: 'API City', kind: 'CITY' }, ...extra } });

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  api = await createTestApi(graph.executor);
});
afterAll(async () => {
  await api.stop();
  await graph.close();
});

describe('ingestDocument mutation', () => {
  it('refuses readers before doing any work', async () => {
    const before = await graphCounts(graph.executor);
    const { errors } = await api.run(INGEST, input(seed('002_37210b2b56b219ee.txt')), 'reader');
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await graphCounts(graph.executor)).toEqual(before);
  });

  it('loads a document for an editor and reports what it did; loading it again is UNCHANGED', async () => {
    const first = await api.run<{ ingestDocument: { status: string; format: string; classes: string[] } }>(INGEST, input(seed('002_37210b2b56b219ee.txt')), 'editor');
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingestDocument).toMatchObject({ status: 'CREATED', format: 'denver-csa', classes: ['api-city:operations-coordinator'] });
    const again = await api.run<{ ingestDocument: { status: string } }>(INGEST, input(seed('002_37210b2b56b219ee.txt')), 'editor');
    expect(again.data!.ingestDocument.status).toBe('UNCHANGED');
  });

  it('rejects a bad jurisdiction and an oversized text as BAD_USER_INPUT', async () => {
    const badJurisdiction = await api.run(INGEST, input('Clerk', { jurisdiction: { id: 'Not A Slug!', name: 'x', kind: 'CITY' } }), 'editor');
    expect(badJurisdiction.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badJurisdiction.errors?.[0].message).toMatch(/jurisdiction/);
    const huge = await api.run(INGEST, input('a'.repeat(6 * 1024 * 1024)), 'editor');
    expect(huge.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(huge.errors?.[0].message).toMatch(/text.* the limit is 1048576/);
  });
});

describe('hostile and malformed documents', () => {
  const ingest = (name: string, bytes: Buffer) => ingestDocument(graph.executor, { fileName: name, bytes, manifest: { ...manifest, file: name } });

  it.each([
    ['empty.txt', Buffer.alloc(0), /empty/],
    ['binary.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3, 0, 255, 254])]), /binary/],
    ['huge.txt', Buffer.alloc(10 * 1024 * 1024, 'a'), /10.0 MB; a classification document is at most 1 MB/],
  ])('%s fails with a clear error and writes nothing', async (name, bytes, message) => {
    const before = await graphCounts(graph.executor);
    const report = await ingest(name, bytes);
    expect(report.status).toBe('FAILED');
    expect(report.error).toMatch(message);
    expect(report.error).toContain(name);
    expect(await graphCounts(graph.executor)).toEqual(before);
  });

  it('a text with no recognizable sections writes nothing and says so', async () => {
    const before = await graphCounts(graph.executor);
    const report = await ingest('noise.txt', Buffer.from('lorem ipsum dolor sit amet\n'.repeat(50)));
    expect(report.status).toBe('FAILED');
    expect(report.error).toMatch(/no job class/);
    expect(await graphCounts(graph.executor)).toEqual(before);
  });

  it('a UTF-16 copy of a seed reads like the original, with a warning', async () => {
    const text = seed('000_063c8e4fea0a190a.txt');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const report = await ingest('utf16.txt', utf16);
    expect(report.status).toBe('CREATED');
    expect(report.classes).toEqual(['hostile-county:62721S', 'hostile-county:62722S']);
    expect(report.warnings.join(' ')).toMatch(/UTF-16/);
  });

  it('random mutations of the seeds never crash the pipeline or leave a partial write', async () => {
    const random = prng(2026);
    const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map(seed);
    const mutate = (text: string): string => {
      const lines = text.split('\n');
      for (let i = 0; i < 1 + Math.floor(random() * 8); i++) {
        const at = Math.floor(random() * lines.length);
        const op = Math.floor(random() * 6);
        if (op === 0) lines.splice(at, 1 + Math.floor(random() * 20));
        else if (op === 1) lines.splice(at, 0, ...lines.slice(Math.floor(random() * lines.length), Math.floor(random() * lines.length)));
        else if (op === 2) lines[at] = (lines[at] ?? '').split('').reverse().join('');
        else if (op === 3) lines.splice(at, 0, String.fromCharCode(...Array.from({ length: 40 }, () => 1 + Math.floor(random() * 0xffff))).replace(/[\ud800-\udfff]/g, '?'));
        else if (op === 4) lines[at] = (lines[at] ?? '').toUpperCase().replace(/ /g, '\t');
        else lines.length = Math.max(1, Math.floor(lines.length * random()));
      }
      return lines.join('\n');
    };
    for (let i = 0; i < 60; i++) {
      const text = mutate(seeds[i % seeds.length]);
      const before = await graphCounts(graph.executor);
      const name = `fuzz-${i}.txt`;
      const report = await ingestDocument(graph.executor, { fileName: name, bytes: Buffer.from(text), manifest: { ...manifest, file: name, key: `fuzz-${i}` } });
      if (report.status === 'FAILED') {
        expect(report.error).toBeTruthy();
        expect(await graphCounts(graph.executor)).toEqual(before);
      } else {
        expect(['CREATED', 'UPDATED', 'UNCHANGED']).toContain(report.status);
      }
    }
  }, 300_000);
});
