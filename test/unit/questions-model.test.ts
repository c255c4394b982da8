/** The pure logic behind the new questions: best paths, step gaps, plan audit checks, revision diffs, name scoring. */
import { bestPaths, linksByFrom, reverseLinks, type StepLink } from '../../src/model/career-horizon';
import { stepGap } from '../../src/model/step-gap';
import { auditPlan, cycles, type PlanClass } from '../../src/model/plan-audit';
import { diffSnapshots, type ClassSnapshot } from '../../src/model/revision-diff';
import { EquivalenceScorer } from '../../src/equivalence/proposer';
import { candidatePairs } from '../../src/equivalence/candidates';

const link = (from: string, to: string, months: number | null, explicit = true): StepLink => ({ from, to, months, explicit });

describe('bestPaths', () => {
  const links = linksByFrom([link('A', 'B', 24), link('B', 'D', 24), link('A', 'C', 0), link('C', 'E', 0), link('E', 'D', null, false)]);

  it('prefers fewer months, then fewer steps, and keeps a costlier path that fits when the cheaper one does not', () => {
    const three = new Map(bestPaths('A', links, 3).map((e) => [e.target, e]));
    expect(three.get('D')).toMatchObject({ months: 0, inferredSteps: 1 });
    expect(three.get('D')!.steps.map((s) => s.to)).toEqual(['C', 'E', 'D']);
    // Within 2 steps the cheap path is too long: the 48-month one is the best that fits.
    const two = new Map(bestPaths('A', links, 2).map((e) => [e.target, e]));
    expect(two.get('D')).toMatchObject({ months: 48, inferredSteps: 0 });
    expect(two.get('D')!.steps.map((s) => s.to)).toEqual(['B', 'D']);
    expect([...two.keys()].sort()).toEqual(['B', 'C', 'D', 'E']);
  });

  it('says when no step states months, and walks feeders backwards', () => {
    const [only] = bestPaths('C', links, 1);
    expect(only).toMatchObject({ target: 'E', months: 0, monthsStated: true });
    const inferredOnly = bestPaths('E', links, 1);
    expect(inferredOnly[0]).toMatchObject({ target: 'D', monthsStated: false, inferredSteps: 1 });
    const feeders = bestPaths('D', reverseLinks([...links.values()].flat()), 1).map((e) => e.target).sort();
    expect(feeders).toEqual(['B', 'E']);
  });

  it('never lists the origin, even on a cycle', () => {
    expect(bestPaths('X', linksByFrom([link('X', 'Y', 1), link('Y', 'X', 1)]), 5).map((e) => e.target)).toEqual(['Y']);
  });
});

describe('stepGap', () => {
  const req = (id: string) => ({ competency: { id, name: id } });
  it('gains and drops by name, folding equivalents and reporting each one used', () => {
    const lower = { competencies: [req('verbal'), req('typing')], qualifications: [{ kind: 'EXPERIENCE', text: '1 year as clerk.' }] };
    const higher = { competencies: [req('oral'), req('budgeting')], qualifications: [{ kind: 'EXPERIENCE', text: '1 Year as Clerk' }, { kind: 'EDUCATION', text: 'A degree' }] };
    const plain = stepGap(lower, higher);
    expect(plain.competenciesGained.map((c) => c.competency.id)).toEqual(['oral', 'budgeting']);
    expect(plain.equivalencesUsed).toEqual([]);
    expect(plain.qualificationsGained.map((q) => q.text)).toEqual(['A degree']);
    expect(plain.qualificationsDropped).toEqual([]);
    const folded = stepGap(lower, higher, new Map([['verbal', { id: 'oral', name: 'Oral', basis: 'CURATED' }]]));
    expect(folded.competenciesGained.map((c) => c.competency.id)).toEqual(['budgeting']);
    expect(folded.competenciesDropped.map((c) => c.competency.id)).toEqual(['typing']);
    expect(folded.competenciesKept).toBe(1);
    expect(folded.equivalencesUsed).toEqual([{ from: { id: 'verbal', name: 'verbal' }, to: { id: 'oral', name: 'oral' }, via: { id: 'oral', name: 'Oral', basis: 'CURATED' } }]);
  });
});

describe('plan audit checks', () => {
  const cls = (id: string, rank: number | null, payGrade: string | null, extra: Partial<PlanClass> = {}): PlanClass => ({ id, code: id, title: `Title ${id}`, specified: true, seriesId: rank === null ? null : 'S', rank, payGrade, payBand: null, ...extra });
  const edge = (from: string, to: string) => ({ from, to, doc: null, start: null, end: null, statement: null });

  it('finds each kind once and nothing in a clean plan', () => {
    const clean = [cls('a', 1, '5'), cls('b', 2, '7'), cls('c', 3, '9')];
    expect(auditPlan(clean, [edge('a', 'b'), edge('b', 'c')])).toEqual([]);
    const planted = [cls('a', 1, '5'), cls('b', 2, '4'), cls('c', 4, '9'), cls('lone', null, null), cls('ghost', null, null, { specified: false }), cls('dup', null, null, { title: 'Title a' })];
    const kinds = auditPlan(planted, [edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('ghost', 'a'), edge('a', 'dup')]).map((f) => `${f.kind} ${f.classIds.join(',')}`);
    expect(kinds.sort()).toEqual(['DUPLICATE_TITLE a,dup', 'GRADE_INVERSION a,b', 'PROMOTION_CYCLE a,b,c', 'SERIES_GAP a,b,c', 'UNREACHABLE_CLASS lone', 'UNSPECIFIED_CLASS ghost'].sort());
  });

  it('finds a self-loop and long cycles without recursion limits', () => {
    expect(cycles([edge('x', 'x')]).map((f) => f.classIds)).toEqual([['x']]);
    const ring = Array.from({ length: 20_000 }, (_, i) => edge(`n${i}`, `n${(i + 1) % 20_000}`));
    expect(cycles(ring)[0].classIds).toHaveLength(20_000);
  });
});

describe('diffSnapshots', () => {
  const snap = (over: Partial<ClassSnapshot> = {}): ClassSnapshot => ({ fields: { title: 'Clerk', payGrade: '5' }, promotesTo: [], promotedFrom: [], distinctions: [], competencies: ['Typing'], qualifications: [], duties: ['Files.'], ...over });
  it('lists changed fields and added and removed items, nothing for the same snapshot', () => {
    expect(diffSnapshots(snap(), snap())).toEqual([]);
    expect(diffSnapshots(snap(), snap({ fields: { title: 'Clerk', payGrade: '6', flsaStatus: 'EXEMPT' }, competencies: ['Filing'] }))).toEqual([
      { kind: 'FIELD', change: 'ADDED', item: 'flsaStatus', before: null, after: 'EXEMPT' },
      { kind: 'FIELD', change: 'CHANGED', item: 'payGrade', before: '5', after: '6' },
      { kind: 'COMPETENCY', change: 'REMOVED', item: 'Typing', before: 'Typing', after: null },
      { kind: 'COMPETENCY', change: 'ADDED', item: 'Filing', before: null, after: 'Filing' },
    ]);
  });
});

describe('equivalence scoring (without WordNet)', () => {
  const scorer = new EquivalenceScorer(null);
  const score = (a: string, b: string, da?: string, db?: string) => scorer.score({ id: a, name: a, definition: da }, { id: b, name: b, definition: db });
  it('treats spelling, hyphens, qualifiers and inflections as the same name', () => {
    expect(score('Problem-solving', 'Problem Solving')).toEqual({ score: 1, reasons: ['same words'] });
    expect(score('Organisational awareness', 'Organizational Awareness').score).toBe(1);
    expect(score('Negotiating', 'Negotiation skills')).toEqual({ score: 1, reasons: ['same stems'] });
  });
  it('keeps different figures and different subjects apart, and uses a shared definition', () => {
    expect(score('Lifting up to 30 pounds', 'Lifting up to 50 pounds')).toEqual({ score: 0, reasons: ['different figures'] });
    expect(score('Oral Communication', 'Written Communication').score).toBe(0.5);
    const defined = score('Tact', 'Diplomacy', 'Deals with people courteously and respectfully in difficult situations.', 'Deals courteously and respectfully with people in difficult situations.');
    expect(defined).toMatchObject({ score: 1, reasons: ['shared definition'] });
  });
  it('pairs for scoring only names that share something', () => {
    const items = ['Oral Communication', 'Written Communication', 'Budgeting', 'Problem-solving', 'Problem Solving'].map((n) => ({ id: n, name: n }));
    expect(candidatePairs(items).map(([a, b]) => `${a.name} | ${b.name}`).sort()).toEqual(['Oral Communication | Written Communication', 'Problem Solving | Problem-solving']);
  });
});
