/**
 * Competencies on the documents' own terms: equivalence is a visible link with its basis; the doubtful curated
 * pairs are gone; proposals are scored and stored; an analyst accepts or rejects them (editor only), and the
 * answers that fold equivalents use an accepted link and say so.
 */
import path from 'node:path';
import type { Graph } from '../../src/server/bootstrap';
import { ingestPaths } from '../../src/ingest/pipeline';
import { readAliasTable } from '../../src/ingest/competency-aliases';
import { competencyKey } from '../../src/model/keys';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  api = await createTestApi(graph.executor);
  await clearGraph(graph.executor);
  await ingestPaths(graph.executor, [path.resolve(__dirname, '../../seeds')]);
}, 120_000);
afterAll(async () => {
  await api?.stop();
  await graph?.close();
});

type Equivalents = { competencies: { nodes: { id: string; name: string; equivalentTo: { competency: { name: string }; basis: string; score: number | null }[] }[] } };
const EQUIVALENTS = 'query($p: String!) { competencies(nameStartsWith: $p, first: 5) { nodes { id name equivalentTo { competency { name } basis score } } } }';

async function equivalents(prefix: string) {
  const { data, errors } = await api.run<Equivalents>(EQUIVALENTS, { p: prefix });
  expect(errors).toBeUndefined();
  return data!.competencies.nodes[0];
}

it('the doubtful curated pairs are gone from the alias table and the graph', async () => {
  const members = new Map(readAliasTable().groups.flatMap((g) => g.members.map((m) => [competencyKey(m), g.canonical])));
  for (const doubtful of ['Planning and Evaluating', 'Efficiency and Focus', 'Interpersonal Relationship and Service Orientation', 'Maintaining effective working relationships with colleagues, customers, and the public', 'Collaboratively working with end users']) {
    expect({ doubtful, canonical: members.get(competencyKey(doubtful)) }).toEqual({ doubtful, canonical: undefined });
  }
  expect((await equivalents('Planning and Evaluating')).equivalentTo.filter((e) => e.basis !== 'PROPOSED')).toEqual([]);
});

it('shows curated equivalences as visible links with their basis, the requirement keeping its own name', async () => {
  const verbal = await equivalents('Verbal Communication');
  expect(verbal.name).toBe('Verbal Communication');
  expect(verbal.equivalentTo.map((e) => [e.competency.name, e.basis])).toEqual(expect.arrayContaining([['Oral Communication', 'CURATED'], ['Effectively communicating', 'CURATED']]));
  const { data } = await api.run<{ jobClass: { competencies: { competency: { name: string } }[] } }>('{ jobClass(id: "state-of-montana:151415") { competencies { competency { name } } } }');
  expect(data!.jobClass.competencies.map((c) => c.competency.name)).toEqual(expect.arrayContaining(['Verbal Communication', 'Efficiency and Focus']));
});

it('proposes equivalences (editor only), scored with their evidence, never within an existing group', async () => {
  const q = 'mutation { proposeEquivalences(minScore: 0.65) { competency { id name } other { id name } score reasons status } }';
  const denied = await api.run(q, {}, 'reader');
  expect(denied.errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  const { data, errors } = await api.run<{ proposeEquivalences: { competency: { id: string; name: string }; other: { id: string; name: string }; score: number; reasons: string[]; status: string }[] }>(q, {}, 'editor');
  expect(errors).toBeUndefined();
  const proposals = data!.proposeEquivalences;
  expect(proposals.length).toBeGreaterThan(0);
  const groups = new Map(readAliasTable().groups.flatMap((g) => g.members.map((m) => [competencyKey(m), competencyKey(g.canonical)])));
  for (const p of proposals) {
    expect(p.score).toBeGreaterThanOrEqual(0.65);
    expect(p.reasons.length).toBeGreaterThan(0);
    expect(p.status).toBe('PROPOSED');
    const [ga, gb] = [groups.get(p.competency.id) ?? p.competency.id, groups.get(p.other.id) ?? p.other.id];
    expect(ga).not.toBe(gb);
  }
  // Montana's "Demonstrate advanced problem-solving skills" and Denver's "Problem Solving" are one requirement.
  const problem = proposals.find((p) => [p.competency.name, p.other.name].includes('Demonstrate advanced problem-solving skills'));
  expect(problem && [problem.competency.name, problem.other.name].sort()).toEqual(['Demonstrate advanced problem-solving skills', 'Problem Solving']);
  expect(problem!.score).toBe(1);
  // Proposals are visible on the competency but folded by nothing until accepted.
  const toProblemSolving = (await equivalents('Demonstrate advanced')).equivalentTo.filter((e) => e.competency.name === 'Problem Solving');
  expect(toProblemSolving).toEqual([{ competency: { name: 'Problem Solving' }, basis: 'PROPOSED', score: 1 }]);
});

it('an accepted proposal becomes an ANALYST link that folding uses and reports; a rejected one is not proposed again', async () => {
  const accept = 'mutation($a: ID!, $b: ID!, $ok: Boolean!) { reviewEquivalence(a: $a, b: $b, accept: $ok) { status } }';
  const [a, b] = ['demonstrate-advanced-problem-solving-skills', 'problem-solving'];
  const gapBefore = await api.run<{ pathGap: { equivalencesUsed: unknown[]; competenciesKept: number }[] }>('{ pathGap(classIds: ["state-of-montana:151415", "city-and-county-of-denver:operations-coordinator"]) { competenciesKept equivalencesUsed { basis } } }');
  const { data, errors } = await api.run<{ reviewEquivalence: { status: string } }>(accept, { a, b, ok: true }, 'editor');
  expect(errors).toBeUndefined();
  expect(data!.reviewEquivalence.status).toBe('ACCEPTED');
  expect((await equivalents('Demonstrate advanced')).equivalentTo).toEqual(expect.arrayContaining([expect.objectContaining({ competency: { name: 'Problem Solving' }, basis: 'ANALYST' })]));
  const gap = await api.run<{ pathGap: { equivalencesUsed: { from: { name: string }; to: { name: string }; basis: string }[]; competenciesKept: number }[] }>('{ pathGap(classIds: ["state-of-montana:151415", "city-and-county-of-denver:operations-coordinator"]) { competenciesKept equivalencesUsed { from { name } to { name } basis } } }');
  expect(gap.data!.pathGap[0].equivalencesUsed).toEqual(expect.arrayContaining([{ from: { name: 'Demonstrate advanced problem-solving skills' }, to: { name: 'Problem Solving' }, basis: 'ANALYST' }]));
  expect(gap.data!.pathGap[0].competenciesKept).toBe(gapBefore.data!.pathGap[0].competenciesKept + 1);
  const without = await api.run<{ pathGap: { equivalencesUsed: unknown[] }[] }>('{ pathGap(classIds: ["state-of-montana:151415", "city-and-county-of-denver:operations-coordinator"], useEquivalences: false) { equivalencesUsed { basis } } }');
  expect(without.data!.pathGap[0].equivalencesUsed).toEqual([]);
  // Rejecting unlinks it, and proposing again keeps the analyst's word.
  expect((await api.run<{ reviewEquivalence: { status: string } }>(accept, { a, b, ok: false }, 'editor')).data!.reviewEquivalence.status).toBe('REJECTED');
  expect((await equivalents('Demonstrate advanced')).equivalentTo.filter((e) => e.competency.name === 'Problem Solving')).toEqual([]);
  const again = await api.run<{ proposeEquivalences: { competency: { id: string }; other: { id: string } }[] }>('mutation { proposeEquivalences { competency { id } other { id } } }', {}, 'editor');
  expect(again.data!.proposeEquivalences.some((p) => [p.competency.id, p.other.id].sort().join() === [a, b].sort().join())).toBe(false);
  const rejected = await api.run<{ equivalenceProposals: { competency: { id: string }; other: { id: string } }[] }>('{ equivalenceProposals(status: "REJECTED") { competency { id } other { id } } }');
  expect(rejected.data!.equivalenceProposals.map((p) => [p.competency.id, p.other.id].sort().join())).toEqual([[a, b].sort().join()]);
});

it('compareClasses, sharedCompetencies and classesRequiring take useEquivalences and say which equivalences they used', async () => {
  type Compare = { compareClasses: { sharedCompetencies: { name: string }[]; onlyInA: { name: string }[]; onlyInB: { name: string }[]; equivalencesUsed: { from: { name: string }; to: { name: string }; canonical: { name: string }; basis: string }[] } };
  const q = 'query($eq: Boolean!) { compareClasses(a: "state-of-montana:151415", b: "city-and-county-of-denver:operations-coordinator", useEquivalences: $eq) { sharedCompetencies { name } onlyInA { name } onlyInB { name } equivalencesUsed { from { name } to { name } canonical { name } basis } } }';
  const folded = (await api.run<Compare>(q, { eq: true })).data!.compareClasses;
  // Montana says "Verbal Communication", Denver "Oral Communication": one requirement, each side keeping its name.
  expect(folded.equivalencesUsed).toEqual(expect.arrayContaining([{ from: { name: 'Verbal Communication' }, to: { name: 'Oral Communication' }, canonical: { name: 'Oral Communication' }, basis: 'CURATED' }]));
  expect(folded.sharedCompetencies.map((k) => k.name)).toEqual(expect.arrayContaining(['Verbal Communication', 'Organizational Awareness']));
  expect(folded.onlyInB.map((k) => k.name)).not.toContain('Oral Communication');
  // The doubtful pair no longer folds: Efficiency and Focus (Montana) and Planning and Evaluating (Denver) stay apart.
  expect(folded.onlyInA.map((k) => k.name)).toContain('Efficiency and Focus');
  expect(folded.onlyInB.map((k) => k.name)).toContain('Planning and Evaluating');
  const literal = (await api.run<Compare>(q, { eq: false })).data!.compareClasses;
  expect(literal.equivalencesUsed).toEqual([]);
  expect(literal.sharedCompetencies.map((k) => k.name)).not.toContain('Verbal Communication');
  expect(literal.onlyInB.map((k) => k.name)).toContain('Oral Communication');

  const requiring = await api.run<{ folded: { jobClass: { id: string }; asNames: string[]; viaEquivalence: boolean }[]; literal: { jobClass: { id: string } }[] }>(
    '{ folded: classesRequiring(competency: "Verbal Communication") { jobClass { id } asNames viaEquivalence } literal: classesRequiring(competency: "Verbal Communication", useEquivalences: false) { jobClass { id } } }',
  );
  expect(requiring.data!.literal.map((c) => c.jobClass.id)).toEqual(['state-of-montana:151415', 'state-of-montana:436413']);
  const denver = requiring.data!.folded.find((c) => c.jobClass.id === 'city-and-county-of-denver:operations-coordinator')!;
  expect(denver).toMatchObject({ asNames: ['Oral Communication'], viaEquivalence: true });
  expect(requiring.data!.folded.find((c) => c.jobClass.id === 'state-of-montana:151415')!.viaEquivalence).toBe(false);

  const shared = await api.run<{ folded: { name: string }[]; literal: { name: string }[] }>(
    '{ folded: sharedCompetencies(classIds: ["state-of-montana:151415", "city-and-county-of-denver:operations-coordinator"]) { name } literal: sharedCompetencies(classIds: ["state-of-montana:151415", "city-and-county-of-denver:operations-coordinator"], useEquivalences: false) { name } }',
  );
  expect(shared.data!.folded.map((k) => k.name)).toContain('Oral Communication');
  expect(shared.data!.literal.map((k) => k.name)).not.toContain('Oral Communication');
  expect(shared.data!.literal.map((k) => k.name)).toContain('Organizational Awareness');
});

it('sharedRequirements keeps each class document\'s names and lists the equivalences that joined them', async () => {
  type Shared = { sharedRequirements: { requirements: { competency: { name: string }; asNamed: { jobClass: { id: string }; competency: { name: string } }[] }[]; equivalencesUsed: { from: { name: string }; to: { name: string }; basis: string }[] }; sharedCompetencies: { name: string }[] };
  const q = 'query($eq: Boolean!) { sharedRequirements(classIds: ["state-of-montana:151415", "city-and-county-of-denver:operations-coordinator"], useEquivalences: $eq) { requirements { competency { name } asNamed { jobClass { id } competency { name } } } equivalencesUsed { from { name } to { name } basis } } sharedCompetencies(classIds: ["state-of-montana:151415", "city-and-county-of-denver:operations-coordinator"], useEquivalences: $eq) { name } }';
  const folded = (await api.run<Shared>(q, { eq: true })).data!;
  const oral = folded.sharedRequirements.requirements.find((r) => r.competency.name === 'Oral Communication')!;
  expect(oral.asNamed).toEqual([
    { jobClass: { id: 'state-of-montana:151415' }, competency: { name: 'Verbal Communication' } },
    { jobClass: { id: 'city-and-county-of-denver:operations-coordinator' }, competency: { name: 'Oral Communication' } },
  ]);
  expect(folded.sharedRequirements.equivalencesUsed).toEqual(expect.arrayContaining([{ from: { name: 'Verbal Communication' }, to: { name: 'Oral Communication' }, basis: 'CURATED' }]));
  // The same requirements as sharedCompetencies, which shows only the folded names.
  expect(folded.sharedRequirements.requirements.map((r) => r.competency.name).sort()).toEqual(folded.sharedCompetencies.map((k) => k.name).sort());
  const literal = (await api.run<Shared>(q, { eq: false })).data!;
  expect(literal.sharedRequirements.equivalencesUsed).toEqual([]);
  expect(literal.sharedRequirements.requirements.map((r) => r.competency.name).sort()).toEqual(literal.sharedCompetencies.map((k) => k.name).sort());
  expect(literal.sharedRequirements.requirements.map((r) => r.competency.name)).toContain('Organizational Awareness');
  expect(literal.sharedRequirements.requirements.map((r) => r.competency.name)).not.toContain('Oral Communication');
});
