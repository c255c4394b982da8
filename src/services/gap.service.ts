/** The gap along a path: per step, competencies and qualifications gained and dropped, with their passages. */
import { badInput } from '../errors/app-error';
import type { Loaders } from '../loaders/loaders';
import type { JobClassRecord } from '../loaders/records';
import { stepGap, type Equivalence } from '../model/step-gap';
import type { JobClassService } from './job-class.service';

export const MAX_GAP_CLASSES = 11;

export class GapService {
  constructor(
    private readonly loaders: Loaders,
    private readonly classes: JobClassService,
  ) {}

  /** Gaps of consecutive pairs of a path given as class ids (e.g. the classes of a promotionPaths answer). */
  async pathGap(classIds: string[], useEquivalences: boolean) {
    if (classIds.length < 2 || classIds.length > MAX_GAP_CLASSES) throw badInput(`give a path of 2 to ${MAX_GAP_CLASSES} class ids`, 'classIds');
    const nodes = await Promise.all(classIds.map((id) => this.classes.get(id)));
    return Promise.all(nodes.slice(1).map((to, i) => this.gap(nodes[i], to, useEquivalences)));
  }

  /** One step's gap; the loaders batch every step of a request into one query per kind of fact. */
  async gap(from: JobClassRecord, to: JobClassRecord, useEquivalences: boolean) {
    const [fc, tc, fq, tq] = await Promise.all([
      this.loaders.competenciesOfClass.load(from.id),
      this.loaders.competenciesOfClass.load(to.id),
      this.loaders.qualificationsOfClass.load(from.id),
      this.loaders.qualificationsOfClass.load(to.id),
    ]);
    const canonical = new Map<string, Equivalence>();
    if (useEquivalences) {
      const ids = [...new Set([...fc, ...tc].map((c) => c.competency.id))];
      const found = await this.loaders.canonicalOfCompetency.loadMany(ids);
      ids.forEach((id, i) => {
        const c = found[i];
        if (c && !(c instanceof Error)) canonical.set(id, c);
      });
    }
    const gap = stepGap({ competencies: fc, qualifications: fq }, { competencies: tc, qualifications: tq }, canonical);
    return {
      from,
      to,
      ...gap,
      equivalencesUsed: gap.equivalencesUsed.map((u) => ({ from: u.from, to: u.to, canonical: { id: u.via.id, name: u.via.name }, basis: u.via.basis })),
    };
  }
}
