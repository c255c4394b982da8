/**
 * An analyst's corrections against the real Neo4j: a missed promotion added in a corrections file appears in
 * promotionPaths with ANALYST provenance, survives reloads (with or without the file: it is stored in the graph),
 * and is reported stale once a revised document states the promotion itself. Then the correctDocument mutation.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../../src/server/bootstrap';
import { ingestPaths } from '../../src/ingest/pipeline';
import { clearGraph, graphCounts, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';

const SEED = fs.readFileSync(path.resolve(__dirname, '../../seeds/000_063c8e4fea0a190a.txt'), 'utf8');
const CLAUSE = '-Or 6 mos. exp. as Business Operations Analyst 1, 62721S.';
/** The specification as if extraction had missed (or the publisher had dropped) the promotion clause. */
const MISSED = SEED.replace(CLAUSE, '');
const LOW = 'state-of-ohio:62721S';
const HIGH = 'state-of-ohio:62722S';
const DOC_ID = 'doc:ohio-6272S';

const PATHS = `query($from: ID!, $to: ID!, $inferred: Boolean!) { promotionPaths(from: $from, to: $to, includeInferred: $inferred) {
  found paths { steps { edges { basis inferred monthsExperience statement provenance { source by reason correctionId } } } } } }`;
const CORRECTIONS = `query($id: ID!) { corrections(documentId: $id) { id kind action description by reason origin status staleReason classId } }`;
const CORRECT = `mutation($input: CorrectDocumentInput!) { correctDocument(input: $input) { status correctionsApplied correctionsStale error } }`;
const CLASS = `query($id: ID!) { jobClass(id: $id) { payGrade fieldCorrections { field action provenance { source by reason } }
  competencies { competency { name } kind provenance { source by reason } } distinctions { statement provenance { source } } } }`;

interface Edge { basis: string; inferred: boolean; monthsExperience: number | null; statement: string; provenance: { source: string; by: string | null; reason: string | null; correctionId: string | null } }
type PathsData = { promotionPaths: { found: boolean; paths: { steps: { edges: Edge[] }[] }[] } };

let graph: Graph;
let api: TestApi;
let dir: string;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  api = await createTestApi(graph.executor);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corrections-'));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ version: 1, documents: [{ file: 'ohio.txt', key: 'ohio-6272S', jurisdiction: { id: 'state-of-ohio', name: 'State of Ohio', kind: 'STATE' } }] }));
});
afterAll(async () => {
  await api.stop();
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const load = async (text: string, options: { force?: boolean } = {}) => {
  fs.writeFileSync(path.join(dir, 'ohio.txt'), text);
  const [report] = await ingestPaths(graph.executor, [dir], options);
  expect(report.error).toBeNull();
  return report;
};
const explicitEdges = async (): Promise<Edge[] | null> => {
  const { data, errors } = await api.run<PathsData>(PATHS, { from: LOW, to: HIGH, inferred: false });
  expect(errors).toBeUndefined();
  return data!.promotionPaths.found ? data!.promotionPaths.paths[0].steps[0].edges : null;
};

describe('corrections file beside a document', () => {
  it('adds a missed promotion with months, shown in promotionPaths as ANALYST; kept across reloads; stale once the document states it', async () => {
    const file = path.join(dir, 'ohio.txt.corrections.yaml');
    await load(MISSED);
    expect(await explicitEdges()).toBeNull();

    fs.writeFileSync(
      file,
      [
        'version: 1',
        'by: j.rivera',
        'corrections:',
        '  - kind: promotion',
        '    action: add',
        '    class: 62722S',
        '    from: 62721S',
        '    months: 6',
        '    reason: The posted specification lost its "6 months as Analyst 1" clause; the union agreement keeps it.',
      ].join('\n'),
    );
    const corrected = await load(MISSED);
    expect(corrected.status).toBe('UPDATED');
    expect(corrected.correctionsApplied).toEqual([expect.stringMatching(/add promotion 62721S -> 62722S \(6 months\)/)]);
    const edges = await explicitEdges();
    expect(edges).toEqual([
      expect.objectContaining({ basis: 'QUALIFICATION', inferred: false, monthsExperience: 6, provenance: expect.objectContaining({ source: 'ANALYST', by: 'j.rivera', reason: expect.stringMatching(/union agreement/) }) }),
    ]);

    // The same text and the same corrections: nothing to do.
    expect((await load(MISSED)).status).toBe('UNCHANGED');
    // Without the file, forced: the correction is stored in the graph and applied again.
    fs.rmSync(file);
    const forced = await load(MISSED, { force: true });
    expect(forced.correctionsApplied).toHaveLength(1);
    expect((await explicitEdges())?.[0].provenance).toMatchObject({ source: 'ANALYST', by: 'j.rivera' });

    // A revision that states the promotion itself makes the correction moot: reported stale, the edge is the document's.
    const revised = await load(SEED);
    expect(revised.status).toBe('UPDATED');
    expect(revised.correctionsApplied).toEqual([]);
    expect(revised.correctionsStale).toEqual([expect.stringMatching(/add promotion 62721S -> 62722S.*stale, the document now states this promotion itself/)]);
    const after = await explicitEdges();
    expect(after).toHaveLength(1);
    expect(after![0]).toMatchObject({ monthsExperience: 6, provenance: { source: 'DOCUMENT', by: null } });
    const { data } = await api.run<{ corrections: { status: string; staleReason: string; origin: string; by: string }[] }>(CORRECTIONS, { id: DOC_ID });
    expect(data!.corrections).toEqual([expect.objectContaining({ status: 'STALE', origin: 'FILE', by: 'j.rivera', staleReason: expect.stringMatching(/now states this promotion/) })]);
  });
});

describe('correctDocument mutation', () => {
  const input = (corrections: Record<string, unknown>[], documentId = DOC_ID) => ({ input: { documentId, by: 'a.chen', corrections } });

  it('refuses readers, bad corrections and unknown documents before writing anything', async () => {
    const before = await graphCounts(graph.executor);
    const payGrade = { kind: 'field', action: 'change', class: { code: '62722S' }, field: 'payGrade', value: '13', reason: 'Reassigned in the 2026 plan.' };
    expect((await api.run(CORRECT, input([payGrade]), 'reader')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noValue = await api.run(CORRECT, input([{ ...payGrade, value: null }]), 'editor');
    expect(noValue.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(noValue.errors?.[0].message).toMatch(/corrections\[0\]\.value: "change" needs the value/);
    const unknownDoc = await api.run(CORRECT, input([payGrade], 'doc:nope'), 'editor');
    expect(unknownDoc.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await graphCounts(graph.executor)).toEqual(before);
  });

  it('changes a field and adds a competency, with ANALYST provenance; a correction of a missing class is stale', async () => {
    const { data, errors } = await api.run<{ correctDocument: { status: string; correctionsApplied: string[]; correctionsStale: string[] } }>(
      CORRECT,
      input([
        { kind: 'field', action: 'change', class: { code: '62722S' }, field: 'payGrade', value: '13', reason: 'Reassigned in the 2026 plan.' },
        { kind: 'competency', action: 'add', class: { code: '62722S' }, name: 'Process mapping', competencyKind: 'SKILL', reason: 'Named in the posting, not the spec.' },
        { kind: 'field', action: 'change', class: { code: '99999X' }, field: 'payGrade', value: '1', reason: 'Wrong document.' },
      ]),
      'editor',
    );
    expect(errors).toBeUndefined();
    expect(data!.correctDocument.status).toBe('UPDATED');
    expect(data!.correctDocument.correctionsApplied).toEqual(expect.arrayContaining([expect.stringMatching(/change payGrade of 62722S = 13/), expect.stringMatching(/add competency "Process mapping"/)]));
    expect(data!.correctDocument.correctionsStale).toEqual(expect.arrayContaining([expect.stringMatching(/stale, the document no longer has the class 99999X/), expect.stringMatching(/add promotion.*stale/)]));

    const { data: cls } = await api.run<{ jobClass: { payGrade: string; fieldCorrections: unknown[]; competencies: { competency: { name: string }; provenance: { source: string; by: string } }[]; distinctions: unknown[] } }>(CLASS, { id: HIGH });
    expect(cls!.jobClass.payGrade).toBe('13');
    expect(cls!.jobClass.fieldCorrections).toEqual([{ field: 'payGrade', action: 'change', provenance: { source: 'ANALYST', by: 'a.chen', reason: 'Reassigned in the 2026 plan.' } }]);
    const added = cls!.jobClass.competencies.find((k) => k.competency.name === 'Process mapping');
    expect(added?.provenance).toEqual({ source: 'ANALYST', by: 'a.chen', reason: 'Named in the posting, not the spec.' });
    expect(cls!.jobClass.competencies.filter((k) => k.provenance.source === 'DOCUMENT').length).toBeGreaterThan(0);

    // Reloading the document keeps every correction (they are stored), and the report says so.
    const reload = await load(SEED, { force: true });
    expect(reload.correctionsApplied).toHaveLength(2);
    const { data: again } = await api.run<{ jobClass: { payGrade: string } }>(CLASS, { id: HIGH });
    expect(again!.jobClass.payGrade).toBe('13');
  });

  it('withdraws a correction: deleted, and the document written again without it', async () => {
    const WITHDRAW = 'mutation($doc: ID!, $ids: [ID!]!) { withdrawCorrections(documentId: $doc, ids: $ids) { status correctionsApplied } }';
    const { data: list } = await api.run<{ corrections: { id: string; description: string }[] }>(CORRECTIONS, { id: DOC_ID });
    const payGrade = list!.corrections.find((c) => /payGrade/.test(c.description))!;
    expect((await api.run(WITHDRAW, { doc: DOC_ID, ids: ['correction:nope'] }, 'editor')).errors?.[0].message).toMatch(/no such correction of doc:ohio-6272S: correction:nope/);
    const { data, errors } = await api.run<{ withdrawCorrections: { status: string; correctionsApplied: string[] } }>(WITHDRAW, { doc: DOC_ID, ids: [payGrade.id] }, 'editor');
    expect(errors).toBeUndefined();
    expect(data!.withdrawCorrections.correctionsApplied).toEqual([expect.stringMatching(/Process mapping/)]);
    const { data: cls } = await api.run<{ jobClass: { payGrade: string; fieldCorrections: unknown[] } }>(CLASS, { id: HIGH });
    expect(cls!.jobClass).toMatchObject({ payGrade: '12', fieldCorrections: [] });
    const { data: after } = await api.run<{ corrections: { id: string }[] }>(CORRECTIONS, { id: DOC_ID });
    expect(after!.corrections.map((c) => c.id)).not.toContain(payGrade.id);
    expect(after!.corrections).toHaveLength(list!.corrections.length - 1);
  });
});
