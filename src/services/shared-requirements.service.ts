/**
 * What several classes require in common, each class keeping its document's names; with useEquivalences, names
 * linked as equivalent (CURATED or ANALYST) count as one and the links used are listed.
 */
import { badInput } from '../errors/app-error';
import type { Loaders } from '../loaders/loaders';
import type { CompetencyRecord, JobClassRecord } from '../loaders/records';
import type { JobClassService } from './job-class.service';

export class SharedRequirementsService {
  constructor(
    private readonly loaders: Loaders,
    private readonly classes: JobClassService,
  ) {}

  async shared(classIds: string[], useEquivalences: boolean) {
    const ids = [...new Set(classIds)];
    if (ids.length < 2 || ids.length > 50) throw badInput('give between 2 and 50 distinct class ids', 'classIds');
    const classes = await Promise.all(ids.map((id) => this.classes.get(id)));
    const requirements = await Promise.all(ids.map((id) => this.loaders.competenciesOfClass.load(id)));
    const competencyIds = [...new Set(requirements.flat().map((r) => r.competency.id))];
    const canonical = new Map<string, { id: string; name: string; basis: string }>();
    if (useEquivalences) {
      const found = await this.loaders.canonicalOfCompetency.loadMany(competencyIds);
      competencyIds.forEach((id, i) => {
        const c = found[i];
        if (c && !(c instanceof Error)) canonical.set(id, c);
      });
    }
    const fold = (k: CompetencyRecord) => canonical.get(k.id) ?? { id: k.id, name: k.name, basis: null };
    // For each class, folded id -> the names its document uses.
    const perClass = requirements.map((rs) => {
      const byKey = new Map<string, CompetencyRecord[]>();
      for (const r of rs) {
        const key = fold(r.competency).id;
        const names = byKey.get(key) ?? byKey.set(key, []).get(key)!;
        if (!names.some((n) => n.id === r.competency.id)) names.push(r.competency);
      }
      return byKey;
    });
    const keys = [...perClass[0].keys()].filter((k) => perClass.every((m) => m.has(k)));
    const out = keys.map((key) => {
      const asNamed = perClass.flatMap((m, i) => m.get(key)!.map((competency) => ({ jobClass: classes[i] as JobClassRecord, competency })));
      const names = asNamed.map((n) => n.competency);
      const head = canonical.get(names[0].id);
      return { competency: head ? { id: head.id, name: head.name } : names[0], asNamed };
    });
    const used = new Map<string, { from: CompetencyRecord; to: CompetencyRecord; canonical: { id: string; name: string }; basis: string }>();
    for (const r of out) {
      const [first, ...rest] = r.asNamed.map((n) => n.competency);
      for (const other of rest) {
        if (other.id === first.id) continue;
        const via = canonical.get(other.id) ?? canonical.get(first.id)!;
        used.set(`${first.id}>${other.id}`, { from: first, to: other, canonical: { id: via.id, name: via.name }, basis: via.basis });
      }
    }
    out.sort((a, b) => a.competency.name.localeCompare(b.competency.name));
    return { requirements: out, equivalencesUsed: [...used.values()] };
  }
}
