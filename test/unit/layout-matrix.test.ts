/**
 * The generated layout matrix (test/support/layout-matrix.ts): one specification in our own words, written in
 * each title, code, grade, heading, list, promotion and distinction form the real corpus showed, combined. Every
 * combination reads whole: the rules compose instead of each holding one document.
 */
import { scoreDocument } from '../../scripts/corpus/measure-real';
import { layoutMatrix, planTableMatrix, postingMatrix, seriesLevelsMatrix, seriesTitleMatrix } from '../support/layout-matrix';

const docs = layoutMatrix();

describe('layout matrix', () => {
  it('covers every variant of every feature', () => {
    const parts = docs.map((d) => d.name.replace(/\.txt$/, '').split('+'));
    // Six features per name; each feature's variants all occur.
    expect(parts.every((p) => p.length === 6)).toBe(true);
    for (let f = 0; f < 6; f++) expect(new Set(parts.map((p) => p[f])).size).toBeGreaterThanOrEqual(3);
    expect(docs.length).toBeGreaterThanOrEqual(150);
  });

  it.each(docs.map((d) => [d.name, d] as const))('%s reads whole', (_name, doc) => {
    const log: string[] = [];
    const score = scoreDocument(doc.text, doc.name, doc.expected, log);
    const short = Object.entries(score).filter(([, v]) => typeof v === 'object' && v.found !== v.expected).map(([k]) => k);
    expect({ short, log }).toEqual({ short: [], log: [] });
    expect(score.furnitureTitles).toBe(0);
    // The expectations are not empty: a class, its promotion, its distinction and four competencies were counted.
    expect([score.classes.expected, score.promotions.expected, score.distinctions.expected, score.competencies.expected]).toEqual([1, 1, 1, 4]);
  });

  it.each(seriesTitleMatrix().map((d) => [d.name, d.text.split('\n').find((l) => /Dock Attendant I\b/i.test(l)), d] as const))('%s ("%s") gives both levels', (_name, _title, doc) => {
    const log: string[] = [];
    const score = scoreDocument(doc.text, doc.name, doc.expected, log);
    expect({ found: score.classes.found, precise: score.classPrecision.found === score.classPrecision.expected, log }).toEqual({ found: 2, precise: true, log: [] });
  });

  it.each(seriesLevelsMatrix().map((d) => [d.name, d] as const))('%s: each level with its own code and grade', (_name, doc) => {
    const log: string[] = [];
    const score = scoreDocument(doc.text, doc.name, doc.expected, log);
    expect({ classes: score.classes, codes: score.codes, grades: score.grades, precise: score.classPrecision.found === score.classPrecision.expected, log }).toEqual({
      classes: { found: 3, expected: 3 },
      codes: { found: 3, expected: 3 },
      grades: { found: 3, expected: 3 },
      precise: true,
      log: [],
    });
  });

  it.each(planTableMatrix().map((d) => [d.name, d] as const))('%s: every row with its code and grade', (_name, doc) => {
    const log: string[] = [];
    const score = scoreDocument(doc.text, doc.name, doc.expected, log);
    expect({ classes: score.classes, codes: score.codes, grades: score.grades, log }).toEqual({ classes: { found: 5, expected: 5 }, codes: { found: 5, expected: 5 }, grades: { found: 5, expected: 5 }, log: [] });
  });

  it.each(postingMatrix().map((d) => [d.name, d] as const))('%s: the class under a posting head, nothing from its furniture', (_name, doc) => {
    const log: string[] = [];
    const score = scoreDocument(doc.text, doc.name, doc.expected, log);
    expect({ log, furniture: score.furnitureTitles, precise: score.classPrecision.found === score.classPrecision.expected }).toEqual({ log: [], furniture: 0, precise: true });
  });
});
