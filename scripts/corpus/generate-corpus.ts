/**
 * A synthetic classification plan for tests and benchmarks: jurisdictions with series of levels, shared
 * competencies, explicit cross-series promotion requirements ("12 months as X") and distinguishing statements
 * that imply a direction ("X does more complex work"). Deterministic for a given seed.
 */
import { createHash } from 'node:crypto';
import { NormalizedDocumentSchema, type NormalizedDocument, type NormalizedDocumentInput } from '../../src/model/specification';

export interface CorpusOptions {
  jurisdictions: number;
  seriesPerJurisdiction: number;
  /** Levels per series are drawn from 1..maxLevels. */
  maxLevels: number;
  /** Explicit cross-series promotion requirements per series. */
  crossLinksPerSeries: number;
  /** Distinguishing statements per series naming a class of another series. */
  distinctionsPerSeries: number;
  competencyPool: number;
  seed: number;
}

export const SMALL_CORPUS: CorpusOptions = { jurisdictions: 2, seriesPerJurisdiction: 150, maxLevels: 5, crossLinksPerSeries: 2, distinctionsPerSeries: 1, competencyPool: 120, seed: 7 };

/** mulberry32: a tiny seeded PRNG, so a corpus is reproducible from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** One document per series; classes are coded J<j>S<s>L<l>. */
export function generateCorpus(options: CorpusOptions): NormalizedDocument[] {
  return [...corpusDocuments(options)];
}

/** The same documents one at a time, so a large corpus never has to be held whole (bench:load at 100k). */
export function* corpusDocuments(options: CorpusOptions): Generator<NormalizedDocument> {
  const random = prng(options.seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  for (let j = 0; j < options.jurisdictions; j++) {
    const jurisdiction = { id: `gen-${j}`, name: `Generated Employer ${j}`, kind: 'OTHER' as const };
    const levels = Array.from({ length: options.seriesPerJurisdiction }, () => 1 + Math.floor(random() * options.maxLevels));
    const code = (s: number, l: number) => `J${j}S${s}L${l}`;
    const title = (s: number, l: number) => `Generated Series ${s} Specialist ${ROMAN[l - 1] ?? l}`;
    for (let s = 0; s < options.seriesPerJurisdiction; s++) {
      const text = `Series ${s} of employer ${j}. `.repeat(4);
      const span = { start: 0, end: 10 };
      const classes: NormalizedDocumentInput['classes'] = [];
      for (let l = 1; l <= levels[s]; l++) {
        const competencies = Array.from({ length: 3 + Math.floor(random() * 4) }, () => ({ name: `Competency ${Math.floor(random() * options.competencyPool)}`, kind: 'COMPETENCY' as const, span }));
        classes.push({
          title: title(s, l),
          code: code(s, l),
          seriesKey: `S${s}`,
          level: l,
          payGrade: String(5 + l * 2 + (s % 3)),
          concept: { text: `Level ${l} work in generated series ${s}.`, span },
          duties: [{ text: `Performs generated duty ${s}.${l}.`, essential: true, span }],
          competencies,
          qualifications: [{ kind: 'EXPERIENCE', text: `${l * 12} months of related experience`, option: 1, months: l * 12, span }],
          promotionRequirements: [],
          distinctions: [],
          span,
        });
      }
      for (let x = 0; x < options.crossLinksPerSeries; x++) {
        const other = Math.floor(random() * options.seriesPerJurisdiction);
        if (other === s) continue;
        const target = pick(classes);
        const fromLevel = 1 + Math.floor(random() * levels[other]);
        target.promotionRequirements!.push({ from: { title: title(other, fromLevel), code: code(other, fromLevel) }, months: 6 + Math.floor(random() * 4) * 6, statement: `Or experience as ${title(other, fromLevel)}, ${code(other, fromLevel)}.`, span });
      }
      for (let x = 0; x < options.distinctionsPerSeries; x++) {
        const other = Math.floor(random() * options.seriesPerJurisdiction);
        if (other === s) continue;
        const cls = pick(classes);
        const otherLevel = 1 + Math.floor(random() * levels[other]);
        const otherTitle = title(other, otherLevel);
        const statement = random() < 0.5
          ? `The ${cls.title} is distinguished from the ${otherTitle} in that the latter performs more complex work.`
          : `The ${cls.title} is distinguished from the ${otherTitle}, which performs paraprofessional work.`;
        cls.distinctions!.push({ other: { title: otherTitle, code: code(other, otherLevel) }, statement, span });
      }
      yield NormalizedDocumentSchema.parse({
          source: { key: `gen-${j}-series-${s}`, fileName: `gen-${j}-series-${s}.txt`, sha256: createHash('sha256').update(`${options.seed}:${j}:${s}:${JSON.stringify(classes)}`).digest('hex'), format: 'generic', text },
          jurisdiction,
          series: [{ key: `S${s}`, code: `J${j}S${s}`, title: `Generated Series ${s} Specialist`, span }],
          classes,
        });
    }
  }
}
