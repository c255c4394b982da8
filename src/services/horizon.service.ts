/**
 * Career horizon (every class reachable from a class within maxSteps and maxMonths, each with its best path)
 * and its reverse, feeder classes. The neighbourhood is read level by level (one round trip per step), the best
 * paths are computed in memory (src/model/career-horizon.ts), and the classes on them are read in one batch.
 */
import { badInput } from '../errors/app-error';
import type { Loaders } from '../loaders/loaders';
import type { JobClassRecord } from '../loaders/records';
import { bestPaths, linksByFrom, reverseLinks, type HorizonEntry, type StepLink } from '../model/career-horizon';
import type { HorizonRepository, LinkDirection } from '../repositories/horizon.repository';
import type { JobClassService } from './job-class.service';
import { payChange, payMovement } from './pay';
import { edgeView, type EdgeView } from './promotion.service';

export const HORIZON_MAX_STEPS = 6;
export const HORIZON_MAX_LIMIT = 500;

export type HorizonOrder = 'PAY' | 'MONTHS' | 'STEPS';

export interface HorizonArgs {
  maxSteps: number;
  maxMonths: number | null | undefined;
  includeInferred: boolean;
  orderBy: HorizonOrder;
  limit: number;
}

/** A step of a horizon path; `edges` are resolved lazily through a loader (see CareerStepResolver). */
export interface CareerStepView {
  from: JobClassRecord;
  to: JobClassRecord;
  explicit: boolean;
  monthsExperience: number | null;
  includeInferred: boolean;
}

export class HorizonService {
  constructor(
    private readonly loaders: Loaders,
    private readonly classes: JobClassService,
    private readonly horizon: HorizonRepository,
  ) {}

  careerHorizon(classId: string, args: HorizonArgs) {
    return this.reach(classId, 'up', args);
  }

  feederClasses(classId: string, args: HorizonArgs) {
    return this.reach(classId, 'down', args);
  }

  private async reach(classId: string, direction: LinkDirection, args: HorizonArgs) {
    validate(args);
    // The lookup and the first level go out together: an unknown class still ends in NOT_FOUND.
    const [origin, links] = await Promise.all([this.classes.get(classId), this.neighbourhood(classId, direction, args.maxSteps, args.includeInferred)]);
    const entries = bestPaths(classId, direction === 'up' ? linksByFrom(links) : reverseLinks(links), args.maxSteps).filter(
      (e) => args.maxMonths === null || args.maxMonths === undefined || e.months <= args.maxMonths,
    );
    const nodes = await this.classRecords([classId, ...entries.flatMap((e) => e.steps.map((s) => s.to))]);
    const classes = entries.map((e) => this.view(origin, nodes, e, direction, args.includeInferred));
    classes.sort(comparator(args.orderBy));
    return {
      origin,
      totalReachable: classes.length,
      classes: classes.slice(0, args.limit).map((c, i) => ({ ...c, rank: i + 1 })),
    };
  }

  /** Classes one step up (promotesTo) or down (promotedFrom), batched per nesting level by a loader. */
  async adjacent(classId: string, direction: LinkDirection, includeInferred: boolean) {
    const links = await (direction === 'up' ? this.loaders.promotionsFromClass : this.loaders.promotionsIntoClass).load(classId);
    return links
      .map((l) => {
        const edges = l.edges.map((e) => edgeView(e)).filter((e) => includeInferred || !e.inferred);
        this.loaders.jobClass.prime(l.other.id, l.other);
        return { jobClass: l.other, explicit: edges.some((e) => !e.inferred), monthsExperience: leastMonths(edges), edges };
      })
      .filter((l) => l.edges.length > 0);
  }

  /** The edges behind one step of a horizon path, batched across all steps of a request. */
  async stepEdges(step: CareerStepView): Promise<EdgeView[]> {
    const edges = await this.loaders.promotionEdges.load(`${step.from.id}>${step.to.id}`);
    return edges.map((e) => edgeView(e)).filter((e) => step.includeInferred || !e.inferred);
  }

  /** Every link within maxSteps of the class, read one level per round trip (each frontier only once). */
  private async neighbourhood(classId: string, direction: LinkDirection, maxSteps: number, includeInferred: boolean): Promise<StepLink[]> {
    const seen = new Set([classId]);
    const links: StepLink[] = [];
    let frontier = [classId];
    for (let level = 0; level < maxSteps && frontier.length; level++) {
      const found = await this.horizon.links(frontier, direction, includeInferred);
      links.push(...found);
      frontier = [];
      for (const l of found) {
        const next = direction === 'up' ? l.to : l.from;
        if (!seen.has(next)) {
          seen.add(next);
          frontier.push(next);
        }
      }
    }
    return links;
  }

  private async classRecords(ids: string[]): Promise<Map<string, JobClassRecord>> {
    const loaded = await this.loaders.jobClass.loadMany([...new Set(ids)]);
    return new Map(loaded.filter((c): c is JobClassRecord => !!c && !(c instanceof Error)).map((c) => [c.id, c]));
  }

  private view(origin: JobClassRecord, nodes: Map<string, JobClassRecord>, entry: HorizonEntry, direction: LinkDirection, includeInferred: boolean) {
    const target = nodes.get(entry.target)!;
    // Steps always read in the promotion direction: for feeders, from the feeder up to the origin.
    const walked = direction === 'up' ? entry.steps : [...entry.steps].reverse().map((s) => ({ ...s, from: s.to, to: s.from }));
    const [low, high] = direction === 'up' ? [origin, target] : [target, origin];
    const steps: CareerStepView[] = walked.map((s) => ({ from: nodes.get(s.from)!, to: nodes.get(s.to)!, explicit: s.explicit, monthsExperience: s.months, includeInferred }));
    return {
      jobClass: target,
      steps: steps.length,
      totalMonthsExperience: entry.monthsStated ? entry.months : null,
      explicit: entry.inferredSteps === 0,
      payMovement: payMovement(low, high),
      payChange: payChange(low, high),
      path: steps,
    };
  }
}

function leastMonths(edges: EdgeView[]): number | null {
  const stated = edges.map((e) => e.monthsExperience).filter((m): m is number => m !== null);
  return stated.length ? Math.min(...stated) : null;
}

type HorizonClassView = ReturnType<HorizonService['view']>;

function validate(args: HorizonArgs): void {
  if (!Number.isInteger(args.maxSteps) || args.maxSteps < 1 || args.maxSteps > HORIZON_MAX_STEPS) throw badInput(`maxSteps must be between 1 and ${HORIZON_MAX_STEPS}`, 'maxSteps');
  if (args.maxMonths !== null && args.maxMonths !== undefined && (!Number.isFinite(args.maxMonths) || args.maxMonths < 0)) throw badInput('maxMonths must be 0 or more', 'maxMonths');
  if (!Number.isInteger(args.limit) || args.limit < 1 || args.limit > HORIZON_MAX_LIMIT) throw badInput(`limit must be between 1 and ${HORIZON_MAX_LIMIT}`, 'limit');
}

/** PAY: the largest rise first (classes without a comparable pay last); then fewer months, fewer steps, id. */
function comparator(order: HorizonOrder): (a: HorizonClassView, b: HorizonClassView) => number {
  const months = (c: HorizonClassView) => c.totalMonthsExperience ?? 0;
  const byMonths = (a: HorizonClassView, b: HorizonClassView) => months(a) - months(b);
  const bySteps = (a: HorizonClassView, b: HorizonClassView) => a.steps - b.steps;
  const byPay = (a: HorizonClassView, b: HorizonClassView) => (b.payChange ?? -Infinity) - (a.payChange ?? -Infinity) || 0;
  const byId = (a: HorizonClassView, b: HorizonClassView) => (a.jobClass.id < b.jobClass.id ? -1 : a.jobClass.id > b.jobClass.id ? 1 : 0);
  const chain = order === 'PAY' ? [byPay, byMonths, bySteps] : order === 'MONTHS' ? [byMonths, bySteps] : [bySteps, byMonths];
  return (a, b) => {
    for (const f of [...chain, byId]) {
      const d = f(a, b);
      if (d) return d;
    }
    return 0;
  };
}
