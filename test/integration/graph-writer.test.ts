/** The graph writer against the real Neo4j: idempotent, atomic, and revisions replace only their own facts. */
import type { Graph } from '../../src/server/bootstrap';
import { DocumentRepository } from '../../src/repositories/document.repository';
import { clearGraph, graphCounts, openTestGraph } from '../support/graph';
import { makeDocument } from '../support/documents';

let graph: Graph;
let repo: DocumentRepository;

beforeAll(async () => {
  graph = await openTestGraph();
  repo = new DocumentRepository(graph.executor);
});
beforeEach(() => clearGraph(graph.executor));
afterAll(() => graph.close());

const seriesDoc = (duties: string[], extraCompetency?: string) =>
  makeDocument(
    'ladder',
    'testland',
    [
      { title: 'Clerk 1', code: 'C1', seriesKey: 'S', level: 1, payGrade: '5', duties, competencies: [{ name: 'Accuracy' }, { name: 'Customer Service' }] },
      {
        title: 'Clerk 2',
        code: 'C2',
        seriesKey: 'S',
        level: 2,
        payGrade: '7',
        competencies: [{ name: 'Accuracy' }, ...(extraCompetency ? [{ name: extraCompetency }] : [])],
        promotions: [{ title: 'Clerk 1', code: 'C1', months: 6 }],
        distinctions: [{ title: 'Clerk Supervisor', statement: 'Clerk 2 is distinguished from the Clerk Supervisor, which supervises the unit.' }],
      },
    ],
    { series: [{ key: 'S', code: 'S100', title: 'Clerk', span: { start: 0, end: 5 } }] },
  );

async function rows(cypher: string, params = {}) {
  return graph.executor.runText(cypher, params, 'READ');
}

describe('graph writer', () => {
  it('loads a document and, loaded again, changes no counts', async () => {
    const first = await repo.save(seriesDoc(['Files records.', 'Answers phones.']));
    expect(first.status).toBe('CREATED');
    const after1 = await graphCounts(graph.executor);
    expect(after1.nodes).toBeGreaterThan(8);

    const second = await repo.save(seriesDoc(['Files records.', 'Answers phones.']));
    expect(second.status).toBe('UNCHANGED');
    expect(await graphCounts(graph.executor)).toEqual(after1);

    // Forcing a full rewrite of the same content is idempotent too.
    const forced = await repo.save(seriesDoc(['Files records.', 'Answers phones.']), { force: true });
    expect(forced.status).toBe('UPDATED');
    expect(await graphCounts(graph.executor)).toEqual(after1);
  });

  it('writes series levels, explicit and inferred promotions, and a referenced class', async () => {
    await repo.save(seriesDoc(['Files records.']));
    const levels = await rows('MATCH (:ClassSeries {id: "testland:series:S100"})-[r:HAS_LEVEL]->(c) RETURN c.id AS id ORDER BY r.rank');
    expect(levels.map((r) => r.id)).toEqual(['testland:C1', 'testland:C2']);
    const promotions = await rows('MATCH (a)-[r:PROMOTES_TO]->(b) RETURN a.id AS a, b.id AS b, r.basis AS basis, r.inferred AS inferred, r.monthsExperience AS months ORDER BY basis');
    expect(promotions).toEqual([
      // "which supervises the unit" says the other class is higher: an inferred edge citing the statement.
      { a: 'testland:C2', b: 'testland:clerk-supervisor', basis: 'DISTINCTION', inferred: true, months: null },
      { a: 'testland:C1', b: 'testland:C2', basis: 'QUALIFICATION', inferred: false, months: 6 },
      { a: 'testland:C1', b: 'testland:C2', basis: 'SERIES_ORDER', inferred: true, months: null },
    ]);
    const referenced = await rows('MATCH (c:JobClass {id: "testland:clerk-supervisor"}) RETURN c.specified AS specified, c.title AS title');
    expect(referenced).toEqual([{ specified: false, title: 'Clerk Supervisor' }]);
  });

  it('completes a referenced class in place when its own document arrives', async () => {
    await repo.save(seriesDoc(['Files records.']));
    await repo.save(makeDocument('supervisor', 'testland', [{ title: 'Clerk Supervisor', code: 'C9', payGrade: '9' }]));
    const classes = await rows('MATCH (c:JobClass {normTitle: "clerk-supervisor"}) RETURN c.id AS id, c.specified AS specified, c.payGrade AS grade');
    expect(classes).toEqual([{ id: 'testland:C9', specified: true, grade: '9' }]);
    const distinction = await rows('MATCH (:JobClass {id: "testland:C2"})-[r:DISTINGUISHED_FROM]->(o) RETURN o.id AS id');
    expect(distinction).toEqual([{ id: 'testland:C9' }]);
  });

  it('rolls back everything when a load fails half-way', async () => {
    await repo.save(seriesDoc(['Files records.']));
    const before = await graphCounts(graph.executor);
    const revised = seriesDoc(['Sorts mail.', 'Greets visitors.'], 'Diplomacy');
    await expect(
      repo.save(revised, {
        afterStep: (step) => {
          if (step === 'write/upsert-competencies') throw new Error('simulated failure after competencies');
        },
      }),
    ).rejects.toThrow('simulated failure');
    expect(await graphCounts(graph.executor)).toEqual(before);
    const duties = await rows('MATCH (:JobClass {id: "testland:C1"})-[:HAS_DUTY]->(d) RETURN d.text AS text');
    expect(duties).toEqual([{ text: 'Files records.' }]);

    // A fresh document failing half-way leaves nothing at all.
    await clearGraph(graph.executor);
    const empty = await graphCounts(graph.executor);
    await expect(
      repo.save(revised, {
        afterStep: (step) => {
          if (step === 'write/upsert-duties') throw new Error('simulated failure');
        },
      }),
    ).rejects.toThrow();
    expect(await graphCounts(graph.executor)).toEqual(empty);
    expect(await rows('MATCH (n) WHERE NOT n:Migration RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });

  it('replaces a revised document’s own facts and leaves other documents’ facts alone', async () => {
    await repo.save(seriesDoc(['Files records.', 'Answers phones.'], 'Diplomacy'));
    // A second document also says Clerk 1 requires Accuracy, and adds its own competency.
    await repo.save(makeDocument('profile', 'testland', [{ title: 'Clerk 1', code: 'C1', competencies: [{ name: 'Accuracy' }, { name: 'Attendance' }] }]));

    await repo.save(seriesDoc(['Sorts mail.']));

    const duties = await rows('MATCH (:JobClass {id: "testland:C1"})-[:HAS_DUTY]->(d) RETURN d.text AS text ORDER BY text');
    expect(duties.map((d) => d.text)).toEqual(['Sorts mail.']);
    // Diplomacy was only in the dropped part of the revision: the node is gone.
    expect(await rows('MATCH (k:Competency {id: "diplomacy"}) RETURN k.id AS id')).toEqual([]);
    // The other document's facts survive the revision.
    const c1 = await rows('MATCH (:JobClass {id: "testland:C1"})-[r:REQUIRES]->(k) RETURN k.id AS id, r.doc AS doc ORDER BY id, doc');
    expect(c1).toEqual([
      { id: 'accuracy', doc: 'doc:ladder' },
      { id: 'accuracy', doc: 'doc:profile' },
      { id: 'attendance', doc: 'doc:profile' },
      { id: 'customer-service', doc: 'doc:ladder' },
    ]);
  });

  it('releases a class a revision no longer specifies and removes it when nothing else refers to it', async () => {
    await repo.save(makeDocument('pair', 'testland', [{ title: 'Alpha', code: 'A1', duties: ['Does alpha.'] }, { title: 'Beta', code: 'B1' }]));
    await repo.save(makeDocument('pair', 'testland', [{ title: 'Alpha', code: 'A1', duties: ['Does alpha.'] }]));
    expect(await rows('MATCH (c:JobClass) RETURN c.id AS id ORDER BY id')).toEqual([{ id: 'testland:A1' }]);
  });
});
