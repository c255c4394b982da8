/**
 * planAudit: exact findings on the seeds; on a generated plan it finds each planted anomaly, and nothing else,
 * and on the same plan without plants it finds nothing.
 */
import path from 'node:path';
import type { Graph } from '../../src/server/bootstrap';
import { ingestPaths } from '../../src/ingest/pipeline';
import { DocumentRepository } from '../../src/repositories/document.repository';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { ANOMALIES, generateAuditPlan } from '../../scripts/corpus/generate-audit-plan';

let graph: Graph;
let api: TestApi;

const AUDIT = `query($j: ID!) { planAudit(jurisdictionId: $j) { jurisdiction { id } findings { kind message classes { id } series { id } citations { passage mention } } } }`;
interface Finding { kind: string; message: string; classes: { id: string }[]; series: { id: string } | null; citations: { passage: string; mention: boolean }[] }

async function audit(j: string): Promise<Finding[]> {
  const { data, errors } = await api.run<{ planAudit: { jurisdiction: { id: string }; findings: Finding[] } }>(AUDIT, { j });
  expect(errors).toBeUndefined();
  expect(data!.planAudit.jurisdiction.id).toBe(j);
  return data!.planAudit.findings;
}

beforeAll(async () => {
  graph = await openTestGraph();
  api = await createTestApi(graph.executor);
  await clearGraph(graph.executor);
}, 60_000);
afterAll(async () => {
  await api?.stop();
  await graph?.close();
});

describe('on the seeds', () => {
  beforeAll(async () => {
    await ingestPaths(graph.executor, [path.resolve(__dirname, '../../seeds')]);
  }, 120_000);

  it('Ohio: nothing wrong', async () => {
    expect(await audit('state-of-ohio')).toEqual([]);
  });

  it('Denver: four classes named but not specified, each cited where it is named', async () => {
    const findings = await audit('city-and-county-of-denver');
    expect(findings.map((f) => [f.kind, f.classes.map((c) => c.id)])).toEqual(
      ['administrator-i', 'program-administrator', 'program-coordinator', 'staff-assistant'].map((t) => ['UNSPECIFIED_CLASS', [`city-and-county-of-denver:${t}`]]),
    );
    for (const f of findings) {
      expect(f.citations.length).toBeGreaterThan(0);
      expect(f.citations.every((c) => c.mention)).toBe(true);
    }
    expect(findings.find((f) => f.classes[0].id.endsWith('staff-assistant'))!.citations.some((c) => /Staff Assistant/.test(c.passage))).toBe(true);
  });

  it('Montana: the two profiles are on no promotion path', async () => {
    const findings = await audit('state-of-montana');
    expect(findings.map((f) => [f.kind, f.classes.map((c) => c.id)])).toEqual([
      ['UNREACHABLE_CLASS', ['state-of-montana:151415']],
      ['UNREACHABLE_CLASS', ['state-of-montana:436413']],
    ]);
    expect(findings[0].citations[0].passage).toMatch(/Computer Support Specialist/);
  });

  it('an unknown jurisdiction is NOT_FOUND', async () => {
    const { errors } = await api.run(AUDIT, { j: 'nowhere' });
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('on a generated plan', () => {
  it('finds nothing in a clean plan', async () => {
    const { docs } = generateAuditPlan({ jurisdictionId: 'audit-clean', series: 14, seed: 2, plant: [] });
    const repo = new DocumentRepository(graph.executor);
    for (const doc of docs) await repo.save(doc);
    expect(await audit('audit-clean')).toEqual([]);
  }, 120_000);

  it('finds each planted anomaly, and nothing else, citing passages', async () => {
    const { docs, planted } = generateAuditPlan({ jurisdictionId: 'audit-planted', series: 14, seed: 2, plant: ANOMALIES });
    expect(planted.map((p) => p.kind).sort()).toEqual([...ANOMALIES].sort());
    const repo = new DocumentRepository(graph.executor);
    for (const doc of docs) await repo.save(doc);
    const findings = await audit('audit-planted');
    const key = (f: { kind: string; classIds: string[] }) => `${f.kind} ${[...f.classIds].sort().join(',')}`;
    expect(findings.map((f) => key({ kind: f.kind, classIds: f.classes.map((c) => c.id) })).sort()).toEqual(planted.map(key).sort());
    for (const f of findings) expect(f.citations.length).toBeGreaterThan(0);
    expect(findings.find((f) => f.kind === 'SERIES_GAP')!.message).toMatch(/^levels 1, 2, (3, )?\d: no level \d$/);
    expect(findings.find((f) => f.kind === 'PROMOTION_CYCLE')!.message).toMatch(/promote into one another/);
    expect(findings.find((f) => f.kind === 'GRADE_INVERSION')!.series!.id).toBe('audit-planted:series:S2X');
  }, 120_000);
});
