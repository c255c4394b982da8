/** planAudit: one plan's anomalies (src/model/plan-audit.ts), each with its classes and cited passages. */
import { notFound } from '../errors/app-error';
import type { Loaders } from '../loaders/loaders';
import type { CitationRecord, JobClassRecord } from '../loaders/records';
import { auditPlan, type Finding } from '../model/plan-audit';
import type { AuditRepository } from '../repositories/audit.repository';

export class AuditService {
  constructor(
    private readonly loaders: Loaders,
    private readonly audit: AuditRepository,
  ) {}

  async planAudit(jurisdictionId: string) {
    const jurisdiction = await this.loaders.jurisdiction.load(jurisdictionId);
    if (!jurisdiction) throw notFound('Jurisdiction', jurisdictionId);
    const [classes, edges] = await Promise.all([this.audit.classes(jurisdictionId), this.audit.promotions(jurisdictionId)]);
    const findings = auditPlan(classes, edges);
    const ids = [...new Set(findings.flatMap((f) => f.classIds))];
    const [records, sources] = await Promise.all([this.loaders.jobClass.loadMany(ids), this.loaders.sourcesOfClass.loadMany(ids)]);
    const recordOf = new Map(ids.map((id, i) => [id, records[i] as JobClassRecord]));
    const sourcesOf = new Map(ids.map((id, i) => [id, (sources[i] instanceof Error ? [] : sources[i]) as CitationRecord[]]));
    return {
      jurisdiction,
      findings: await Promise.all(findings.map(async (f) => ({
        kind: f.kind,
        message: f.message,
        classes: f.classIds.map((id) => recordOf.get(id)!).filter(Boolean),
        series: f.seriesId ? await this.loaders.series.load(f.seriesId) : null,
        citations: citations(f, sourcesOf),
      }))),
    };
  }
}

/** Edge statements first; then each class's own specification passage, or its mentions when it has none. */
function citations(f: Finding, sourcesOf: Map<string, CitationRecord[]>): CitationRecord[] {
  const out: CitationRecord[] = [];
  const seen = new Set<string>();
  const add = (c: CitationRecord) => {
    const key = `${c.doc}|${c.start}|${c.end}`;
    if (c.end > c.start && !seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  };
  for (const e of f.edges) if (e.doc && e.start !== null && e.end !== null) add({ doc: e.doc, start: e.start, end: e.end, mention: false });
  for (const id of f.classIds) {
    const all = sourcesOf.get(id) ?? [];
    const own = all.filter((s) => !s.mention);
    (f.kind === 'UNSPECIFIED_CLASS' || !own.length ? all : own).forEach(add);
  }
  return out;
}
