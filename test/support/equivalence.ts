/** What must not change when a document is read from another format: the facts, not their wording or spans. */
import type { NormalizedDocument } from '../../src/model/specification';

const norm = (s: string | undefined): string | undefined => s?.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function factsOf(doc: NormalizedDocument) {
  return {
    format: doc.source.format,
    jobFamily: norm(doc.jobFamily?.name),
    series: doc.series.map((s) => ({ code: s.code, title: norm(s.title) })),
    classes: doc.classes.map((c) => ({
      code: c.code,
      title: norm(c.title),
      payGrade: c.payGrade,
      payBand: c.payBand,
      bargainingUnit: c.bargainingUnit,
      flsaStatus: c.flsaStatus,
      promotions: c.promotionRequirements.map((p) => ({ from: norm(p.from.title), code: p.from.code, months: p.months })),
      distinctions: c.distinctions.map((d) => ({ other: norm(d.other.title), code: d.other.code })),
      competencies: c.competencies.map((k) => `${k.kind} ${norm(k.name)}`),
    })),
    positions: doc.positions.map((p) => ({ number: p.number, class: norm(p.jobClass.title) })),
  };
}
