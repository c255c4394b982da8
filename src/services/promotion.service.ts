/**
 * Career ladders, next steps and promotion paths. Paths come from Neo4j's SHORTEST over PROMOTION_STEP (one
 * edge per move), together with the end classes and the edges behind each step in one statement, so every
 * step cites its basis and a request costs one round trip.
 */
import { badInput, notFound } from '../errors/app-error';
import type { Loaders } from '../loaders/loaders';
import type { CitationRecord, JobClassRecord } from '../loaders/records';
import type { TraversalRepository } from '../repositories/traversal.repository';
import { payMovement } from './pay';
import type { JobClassService } from './job-class.service';
import { provenanceOf, type Provenance } from '../schema/provenance.type';

export const MAX_STEPS = 10;
export const MAX_PATHS = 10;

export interface EdgeView {
  basis: string;
  inferred: boolean;
  monthsExperience: number | null;
  statement: string | null;
  source: CitationRecord | null;
  provenance: Provenance;
}

export function edgeView(r: Record<string, unknown>, basis?: string): EdgeView {
  const doc = r.doc as string | undefined;
  return {
    basis: basis ?? String(r.basis),
    inferred: basis ? true : Boolean(r.inferred),
    monthsExperience: (r.monthsExperience as number | null | undefined) ?? null,
    statement: (r.statement as string | null | undefined) ?? null,
    provenance: provenanceOf(r),
    source: doc && typeof r.start === 'number' && typeof r.end === 'number' && (r.end as number) > (r.start as number) ? { doc, start: r.start as number, end: r.end as number } : null,
  };
}

export class PromotionService {
  constructor(
    private readonly loaders: Loaders,
    private readonly classes: JobClassService,
    private readonly traversal: TraversalRepository,
  ) {}

  async careerLadder(seriesId: string) {
    const series = await this.classes.getSeries(seriesId);
    const levels = await this.loaders.levelsOfSeries.load(seriesId);
    const pairs = levels.slice(1).map((l, i) => ({ from: levels[i].id, to: l.id }));
    const [requirements, edges] = await Promise.all([
      Promise.all(levels.map((l) => this.loaders.qualificationsOfClass.load(l.id))),
      this.traversal.edgesBetween(pairs, true),
    ]);
    return {
      series,
      levels: levels.map((l, i) => ({
        rank: l.rank ?? i + 1,
        jobClass: l,
        payGrade: l.payGrade ?? null,
        payBand: l.payBand ?? null,
        requirements: requirements[i],
        fromPreviousLevel: i === 0 ? [] : (edges.get(`${levels[i - 1].id}>${l.id}`) ?? []).map((e) => edgeView(e)),
      })),
    };
  }

  async nextSteps(classId: string, includeInferred: boolean) {
    await this.classes.get(classId);
    const [up, lateral] = await Promise.all([this.traversal.nextSteps(classId, includeInferred), includeInferred ? this.traversal.lateralMoves(classId) : Promise.resolve([])]);
    const steps = [
      ...up.map((s) => ({ jobClass: s.target as unknown as JobClassRecord, direction: 'PROMOTION', edges: s.edges.map((e) => edgeView(e)) })),
      ...lateral.map((s) => ({ jobClass: s.target as unknown as JobClassRecord, direction: 'LATERAL', edges: s.statements.map((e) => edgeView(e, 'PEER')) })),
    ];
    const requirements = await Promise.all(steps.map((s) => this.loaders.qualificationsOfClass.load(s.jobClass.id)));
    return steps.map((s, i) => ({ ...s, inferred: s.edges.every((e) => e.inferred), requirements: requirements[i] }));
  }

  async promotionPaths(from: string, to: string, maxSteps: number, limit: number, includeInferred: boolean) {
    if (maxSteps < 1 || maxSteps > MAX_STEPS) throw badInput(`maxSteps must be between 1 and ${MAX_STEPS}`, 'maxSteps');
    if (limit < 1 || limit > MAX_PATHS) throw badInput(`limit must be between 1 and ${MAX_PATHS}`, 'limit');
    if (from === to) throw badInput('from and to are the same class', 'to');
    // One round trip: the end classes, the paths, their classes and every step's cited edges.
    const found = await this.traversal.pathsWithEdges(from, to, { includeInferred, maxSteps, limit });
    if (!found.from) throw notFound('JobClass', from);
    if (!found.to) throw notFound('JobClass', to);
    const [a, b] = [found.from as unknown as JobClassRecord, found.to as unknown as JobClassRecord];
    // Answered without a traversal: plans of different employers are not linked by promotion.
    if (a.jurisdictionId !== b.jurisdictionId) {
      return { found: false, reason: `${a.title} and ${b.title} belong to different employers (${a.jurisdictionId}, ${b.jurisdictionId}); promotion paths stay within one classification plan`, paths: [] };
    }
    if (!found.paths.length) {
      return {
        found: false,
        reason: `No promotion link from ${a.title} to ${b.title} within ${maxSteps} step${maxSteps === 1 ? '' : 's'}${includeInferred ? '' : ' using explicit (qualification) edges only; try includeInferred: true'}`,
        paths: [],
      };
    }
    const paths = found.paths.map((path) => {
      const nodes = path.nodes as unknown as JobClassRecord[];
      // Nested selections on the path's classes read these records instead of refetching them.
      nodes.forEach((n) => this.loaders.jobClass.prime(n.id, n));
      const edges = new Map(path.steps.map((st) => [`${st.from}>${st.to}`, st.edges]));
      const steps = nodes.slice(1).map((node, i) => ({
        from: nodes[i],
        to: node,
        edges: (edges.get(`${nodes[i].id}>${node.id}`) ?? []).map((e) => edgeView(e)),
      }));
      const months = steps.map((st) => minMonths(st.edges));
      return {
        length: steps.length,
        explicit: steps.every((st) => st.edges.some((e) => !e.inferred)),
        totalMonthsExperience: months.every((m) => m === null) ? null : months.reduce<number>((sum, m) => sum + (m ?? 0), 0),
        payMovement: payMovement(nodes[0], nodes[nodes.length - 1]),
        steps,
      };
    });
    return { found: true, reason: null, paths };
  }
}

function minMonths(edges: EdgeView[]): number | null {
  const stated = edges.map((e) => e.monthsExperience).filter((m): m is number => m !== null);
  return stated.length ? Math.min(...stated) : null;
}
