/**
 * A generated plan for the plan audit: clean by construction (levels numbered without gaps, grades rising with
 * the level, promotions only towards a higher series or level so there is no cycle, unique titles, every class on
 * a path, every named class specified), plus any of six anomalies planted at known places. Returns the
 * documents and what a correct audit must find: exactly the planted anomalies.
 */
import { createHash } from 'node:crypto';
import { NormalizedDocumentSchema, type NormalizedDocument, type NormalizedDocumentInput } from '../../src/model/specification';
import { prng } from './generate-corpus';

export type Anomaly = 'GRADE_INVERSION' | 'SERIES_GAP' | 'PROMOTION_CYCLE' | 'UNSPECIFIED_CLASS' | 'UNREACHABLE_CLASS' | 'DUPLICATE_TITLE';
export const ANOMALIES: Anomaly[] = ['GRADE_INVERSION', 'SERIES_GAP', 'PROMOTION_CYCLE', 'UNSPECIFIED_CLASS', 'UNREACHABLE_CLASS', 'DUPLICATE_TITLE'];

export interface PlantedFinding {
  kind: Anomaly;
  classIds: string[];
}

type ClassSpec = NonNullable<NormalizedDocumentInput['classes']>[number];

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

export function generateAuditPlan(options: { jurisdictionId: string; series: number; seed: number; plant: Anomaly[] }): { docs: NormalizedDocument[]; planted: PlantedFinding[] } {
  const random = prng(options.seed);
  const j = options.jurisdictionId;
  const id = (code: string) => `${j}:${code}`;
  const code = (s: number, l: number) => `A${s}L${l}`;
  const title = (s: number, l: number) => `Audit Series ${s} Officer ${ROMAN[l - 1]}`;
  const plant = new Set(options.plant);
  const planted: PlantedFinding[] = [];
  // Series 2, 4 and 6 get three levels or more so the planted anomalies have room.
  const levels = Array.from({ length: options.series }, (_, s) => ([2, 4, 6].includes(s) ? 3 : 2) + Math.floor(random() * 2));
  const span = { start: 0, end: 12 };
  const series: { key: string; title: string; classes: ClassSpec[] }[] = [];
  for (let s = 0; s < options.series; s++) {
    const numbers = Array.from({ length: levels[s] }, (_, i) => i + 1);
    if (s === 4 && plant.has('SERIES_GAP')) numbers[numbers.length - 1] += 1; // e.g. 1, 2, 4
    const classes: ClassSpec[] = numbers.map((l) => ({ title: title(s, l), code: code(s, l), seriesKey: `S${s}`, level: l, payGrade: String(10 + l * 2 + (s % 3)), span, promotionRequirements: [], distinctions: [] }));
    if (s === 4 && plant.has('SERIES_GAP')) planted.push({ kind: 'SERIES_GAP', classIds: classes.map((c) => id(c.code!)) });
    if (s === 2 && plant.has('GRADE_INVERSION')) {
      classes[2].payGrade = String(Number(classes[1].payGrade) - 1);
      planted.push({ kind: 'GRADE_INVERSION', classIds: [id(classes[1].code!), id(classes[2].code!)] });
    }
    // Into each series' first level from the top of the series before it: promotions only go forward.
    if (s > 0) {
      const top = levels[s - 1] + (s - 1 === 4 && plant.has('SERIES_GAP') ? 1 : 0);
      classes[0].promotionRequirements!.push({ from: { title: title(s - 1, top), code: code(s - 1, top) }, months: 12, statement: `Or 12 months as ${title(s - 1, top)}.`, span });
    }
    if (s + 1 < options.series && random() < 0.5) {
      const c = classes[Math.floor(random() * classes.length)];
      c.distinctions!.push({ other: { title: title(s + 1, 1), code: code(s + 1, 1) }, statement: `The ${c.title} is distinguished from the ${title(s + 1, 1)} in that the latter performs more complex work.`, span });
    }
    if (s === 6 && plant.has('PROMOTION_CYCLE')) {
      const top = classes[classes.length - 1];
      classes[0].promotionRequirements!.push({ from: { title: top.title, code: top.code }, months: 6, statement: `Or 6 months as ${top.title}.`, span });
      planted.push({ kind: 'PROMOTION_CYCLE', classIds: classes.map((c) => id(c.code!)).sort() });
    }
    if (s === 8 && plant.has('UNSPECIFIED_CLASS')) {
      classes[0].promotionRequirements!.push({ from: { title: 'Audit Ghost Clerk', code: 'GHOST1' }, months: 24, statement: 'Or 24 months as Audit Ghost Clerk, GHOST1.', span });
      planted.push({ kind: 'UNSPECIFIED_CLASS', classIds: [id('GHOST1')] });
    }
    series.push({ key: `S${s}`, title: `Audit Series ${s} Officer`, classes });
  }
  if (plant.has('UNREACHABLE_CLASS')) {
    series.push({ key: 'LONE', title: 'Audit Lone Specialist', classes: [{ title: 'Audit Lone Specialist', code: 'LONE1', seriesKey: 'LONE', level: 1, payGrade: '20', span }] });
    planted.push({ kind: 'UNREACHABLE_CLASS', classIds: [id('LONE1')] });
  }
  if (plant.has('DUPLICATE_TITLE')) {
    series.push({ key: 'DUP', title: 'Audit Duplicate', classes: [{ title: title(10, 1), code: 'DUP1', seriesKey: 'DUP', level: 1, payGrade: '21', span, promotionRequirements: [{ from: { title: title(9, 1), code: code(9, 1) }, months: 12, statement: `Or 12 months as ${title(9, 1)}.`, span }] }] });
    planted.push({ kind: 'DUPLICATE_TITLE', classIds: [id(code(10, 1)), id('DUP1')].sort() });
  }
  const docs = series.map((s) => {
    const text = `Specification of the ${s.title} series. `.repeat(3);
    return NormalizedDocumentSchema.parse({
      source: { key: `${j}-${s.key}`, fileName: `${j}-${s.key}.txt`, sha256: createHash('sha256').update(JSON.stringify([j, s])).digest('hex'), format: 'generic', text },
      jurisdiction: { id: j, name: `Audit Employer ${j}`, kind: 'OTHER' },
      series: [{ key: s.key, code: `${s.key}X`, title: s.title, span }],
      classes: s.classes,
    });
  });
  return { docs, planted };
}
