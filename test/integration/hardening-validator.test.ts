/**
 * Finding 5: parser output the validator used to reject. A duty's share of time over 100% is a warning and the
 * share is dropped (the document loads); a span ending before it starts is narrowed with a warning; UTF-16 with
 * an odd byte count is refused with a message saying so, not a bare RangeError.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Graph } from '../../src/server/bootstrap';
import { clearGraph, openTestGraph } from '../support/graph';
import { ingestDocument } from '../../src/ingest/pipeline';
import { normalizeDocument } from '../../src/ingest/normalize';
import { NormalizedDocumentSchema } from '../../src/model/specification';
import { makeDocument } from '../support/documents';

let graph: Graph;
const MONTANA = fs.readFileSync(path.resolve(__dirname, '../../seeds/003_58c46b486242a1cc.txt'), 'utf8');
const manifest = { file: 'm.txt', jurisdiction: { id: 'validator-state', name: 'Validator State', kind: 'STATE' as const } };

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
});
afterAll(() => graph.close());

describe('validator findings', () => {
  it('a 150% duty loads the document with a warning, the share dropped', async () => {
    expect(MONTANA).toMatch(/^50%$/m);
    const text = MONTANA.replace(/^50%$/m, '150%');
    const report = await ingestDocument(graph.executor, { fileName: 'm.txt', bytes: Buffer.from(text), manifest });
    expect(report.error).toBeNull();
    expect(report.status).toBe('CREATED');
    expect(report.warnings.join('\n')).toMatch(/share of time reads 150%.*dropped/);
    const rows = await graph.executor.runText('MATCH (:JobClass {jurisdictionId: "validator-state"})-[:HAS_DUTY]->(d:Duty) RETURN d.percentOfTime AS p', {}, 'READ');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.p === null || (Number(r.p) >= 0 && Number(r.p) <= 100))).toBe(true);
  });

  it('a span ending before its start is narrowed with a warning and the document validates and loads', async () => {
    const doc = makeDocument('two-lines', 'validator-state', [{ title: 'Two Line Clerk', code: 'TL1', duties: ['Files records.'] }]);
    const reversed = { ...doc, classes: doc.classes.map((c) => ({ ...c, duties: c.duties.map((d) => ({ ...d, span: { start: 9, end: 3 } })) })) };
    expect(NormalizedDocumentSchema.safeParse(reversed).success).toBe(false);
    const repaired = normalizeDocument(reversed);
    const parsed = NormalizedDocumentSchema.safeParse(repaired);
    expect(parsed.success).toBe(true);
    expect(repaired.warnings?.join('\n')).toMatch(/"Two Line Clerk" ended before it started/);
  });

  it('every two-line file either loads or is refused with a clear message (never a span error)', async () => {
    const lines = ['Title: Clerk', 'Class Code: 12', 'DUTIES', '150% Files records', '* * *', 'Knowledge of filing.', '   ', 'Distinguishing Characteristics', 'Clerk II', '-Or 6 mos. exp. as Clerk I, 123.'];
    for (const a of lines) {
      for (const b of lines) {
        const report = await ingestDocument(null, { fileName: 'two.txt', bytes: Buffer.from(`${a}\n${b}`), manifest }, { dryRun: true });
        if (report.error) expect(report.error).toMatch(/^two\.txt: /);
        expect(report.error ?? '').not.toMatch(/span end must not precede|RangeError/);
      }
    }
  });

  it('UTF-16BE with an odd number of bytes is refused with a clear message', async () => {
    const body = Buffer.from('Title: Clerk\nDuties: files.\n', 'utf16le').swap16();
    const odd = Buffer.concat([Buffer.from([0xfe, 0xff]), body, Buffer.from([0x41])]);
    const report = await ingestDocument(graph.executor, { fileName: 'be.txt', bytes: odd, manifest });
    expect(report.status).toBe('FAILED');
    expect(report.error).toMatch(/be\.txt: .*UTF-16 .*odd number of bytes/);
    expect(report.error).not.toMatch(/RangeError|swap16/);
  });
});
