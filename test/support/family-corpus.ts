/**
 * Data for the class-family tests: a small generated plan (series of levels, shared competencies, cross-series
 * promotions and distinctions) plus one hand-written document with what the generator leaves out (an agency,
 * a job family, positions) and text that needs escaping in every export format. Written through the graph
 * writer, never through the parsers.
 */
import type { Executor } from '../../src/db/executor';
import { DocumentRepository } from '../../src/repositories/document.repository';
import { generateCorpus } from '../../scripts/corpus/generate-corpus';
import { makeDocument } from './documents';

export const FAMILY_TEST = {
  jurisdictionId: 'fam-test',
  seriesId: 'fam-test:series:BA',
  jobFamilyId: 'fam-test:family:business-systems',
  agencyId: 'fam-test:agency:department-of-testing',
  lowClassId: 'fam-test:BA1',
  highClassId: 'fam-test:BA3',
  /** A title with every character XML, CSV and JSON must escape. */
  awkwardTitle: 'Analyst "Data" & <Systems>, Level I; \'quoted\'',
  generatedJurisdictionId: 'gen-0',
  generatedSeriesId: 'gen-0:series:J0S3',
};

export async function loadFamilyCorpus(executor: Executor): Promise<void> {
  const repo = new DocumentRepository(executor);
  for (const doc of generateCorpus({ jurisdictions: 1, seriesPerJurisdiction: 25, maxLevels: 4, crossLinksPerSeries: 2, distinctionsPerSeries: 1, competencyPool: 30, seed: 11 })) {
    await repo.save(doc);
  }
  const span = { start: 0, end: 10 };
  await repo.save(
    makeDocument(
      'fam-test-ba',
      FAMILY_TEST.jurisdictionId,
      [
        { title: FAMILY_TEST.awkwardTitle, code: 'BA1', seriesKey: 'BA', level: 1, payGrade: '10', competencies: [{ name: 'Data analysis', definition: 'Line one,\nline "two"' }, { name: 'Writing' }] },
        { title: 'Business Analyst 2', code: 'BA2', seriesKey: 'BA', level: 2, payGrade: '12', competencies: [{ name: 'Data analysis' }, { name: 'Negotiation' }], promotions: [{ title: FAMILY_TEST.awkwardTitle, code: 'BA1', months: 12 }] },
        {
          title: 'Business Analyst 3',
          code: 'BA3',
          seriesKey: 'BA',
          level: 3,
          payGrade: '14',
          competencies: [{ name: 'Negotiation' }],
          distinctions: [{ title: 'Systems Auditor', code: 'SA1', statement: 'The Business Analyst 3 is distinguished from the Systems Auditor, which performs more complex work.' }],
        },
      ],
      {
        agency: { name: 'Department of Testing' },
        jobFamily: { name: 'Business Systems', span },
        series: [{ key: 'BA', code: 'BA', title: 'Business Analyst', span }],
        positions: [
          { number: '0001', workingTitle: 'Junior analyst', jobClass: { title: FAMILY_TEST.awkwardTitle, code: 'BA1' }, span },
          { number: '0002', jobClass: { title: 'Business Analyst 3', code: 'BA3' }, span },
        ],
      },
    ),
  );
}

export interface ReferenceFamily {
  nodeKeys: Set<string>;
  edgeCount: number;
}

/** Relationship types a family is grown over (IN only between an agency and its jurisdiction). */
const GROW_TYPES = ['HAS_LEVEL', 'IN_FAMILY', 'PROMOTES_TO', 'DISTINGUISHED_FROM', 'REQUIRES', 'SAME_AS', 'CLASSIFIED_AS'];
const DRAWN_TYPES = [...GROW_TYPES, 'IN'];
const LABELS = ['Jurisdiction', 'Agency', 'JobFamily', 'ClassSeries', 'JobClass', 'Position', 'Competency'];

/**
 * classFamily computed independently: every relationship read once with a plain MATCH, then the scope's
 * members and a breadth-first search over an undirected adjacency in TypeScript. No node cap.
 */
export async function referenceFamily(executor: Executor, scope: { label: string; id: string }, hops: number): Promise<ReferenceFamily> {
  const rows = await executor.runText(
    'MATCH (a)-[r]->(b) WHERE type(r) IN $types RETURN [l IN labels(a) WHERE l IN $labels][0] AS al, a.id AS a, type(r) AS t, [l IN labels(b) WHERE l IN $labels][0] AS bl, b.id AS b',
    { types: DRAWN_TYPES, labels: LABELS },
    'READ',
  );
  const rels = rows.filter((r) => r.al && r.bl).map((r) => ({ from: `${r.al}|${r.a}`, type: String(r.t), to: `${r.bl}|${r.b}` }));
  const root = `${scope.label}|${scope.id}`;
  const into = (type: string, target: string) => rels.filter((r) => r.type === type && r.to === target).map((r) => r.from);
  const outOf = (type: string, source: string) => rels.filter((r) => r.type === type && r.from === source).map((r) => r.to);
  let core: string[] = [root];
  if (scope.label === 'ClassSeries') core.push(...outOf('HAS_LEVEL', root));
  if (scope.label === 'JobFamily') {
    const series = into('IN_FAMILY', root);
    core.push(...series, ...series.flatMap((s) => outOf('HAS_LEVEL', s)));
  }
  if (scope.label === 'Jurisdiction') core.push(...into('IN', root).filter((k) => /^(Agency|JobFamily|ClassSeries|JobClass)\|/.test(k)));
  core = [...new Set(core)];
  const adjacency = new Map<string, Set<string>>();
  const link = (a: string, b: string) => (adjacency.get(a) ?? adjacency.set(a, new Set()).get(a)!).add(b);
  for (const r of rels) {
    const grows = GROW_TYPES.includes(r.type) || (r.type === 'IN' && r.from.startsWith('Agency|') && r.to.startsWith('Jurisdiction|'));
    if (grows) {
      link(r.from, r.to);
      link(r.to, r.from);
    }
  }
  const selected = new Set(core);
  let frontier = core;
  for (let hop = 0; hop < hops; hop++) {
    const next = [...new Set(frontier.flatMap((k) => [...(adjacency.get(k) ?? [])]))].filter((k) => !selected.has(k));
    next.forEach((k) => selected.add(k));
    frontier = next;
  }
  return { nodeKeys: selected, edgeCount: rels.filter((r) => selected.has(r.from) && selected.has(r.to)).length };
}
