/** Corrections without a database: validation, identity, applying to a document, staleness, files, the dry-run facts. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyCorrections } from '../../src/ingest/corrections/apply-corrections';
import { CorrectionSchema, correctionId, type Correction } from '../../src/ingest/corrections/correction';
import { readCorrectionsFile } from '../../src/ingest/corrections/corrections-file';
import { documentFacts } from '../../src/ingest/corrections/facts';
import { makeDocument } from '../support/documents';

const doc = makeDocument('unit', 'unitland', [
  { title: 'Clerk 1', code: 'C1', payGrade: '5', competencies: [{ name: 'Accuracy', kind: 'SKILL' }] },
  {
    title: 'Clerk 2',
    code: 'C2',
    payGrade: '7',
    promotions: [{ title: 'Clerk 1', code: 'C1', months: 6 }],
    distinctions: [{ title: 'Clerk Supervisor', statement: 'Clerk 2 does not supervise.' }],
  },
]);
const who = { by: 'j.rivera', reason: 'checked against the plan' };
const correction = (c: Record<string, unknown>): Correction => CorrectionSchema.parse({ ...who, ...c });
const apply = (...cs: Record<string, unknown>[]) =>
  applyCorrections(
    doc,
    cs.map((c, i) => ({ id: `k${i}`, correction: correction(c), origin: 'FILE', createdAt: '2026-01-01' })),
  );

describe('applying corrections', () => {
  it('adds a missed promotion with months and marks it as the analyst\'s; the input document is untouched', () => {
    const { document, outcomes } = apply({ kind: 'promotion', action: 'add', class: 'C1', from: { title: 'Trainee' }, months: 3 });
    expect(outcomes[0]).toMatchObject({ status: 'APPLIED', reason: null, classRef: { code: 'C1', title: 'Clerk 1' } });
    expect(document.classes[0].promotionRequirements).toEqual([
      expect.objectContaining({ from: { title: 'Trainee' }, months: 3, analyst: { correctionId: 'k0', ...who } }),
    ]);
    expect(doc.classes[0].promotionRequirements).toEqual([]);
  });

  it('is stale when the document states the added promotion itself, or no longer has what is changed or removed', () => {
    const { outcomes } = apply(
      { kind: 'promotion', action: 'add', class: 'C2', from: 'C1', months: 12 },
      { kind: 'promotion', action: 'remove', class: 'C2', from: 'Trainee' },
      { kind: 'field', action: 'change', class: 'C2', field: 'payGrade', value: '7' },
      { kind: 'field', action: 'remove', class: 'C1', field: 'payBand' },
      { kind: 'competency', action: 'change', class: 'C2', name: 'Accuracy', competencyKind: 'SKILL' },
      { kind: 'distinction', action: 'add', class: 'C9', other: 'C1', statement: 'x' },
    );
    expect(outcomes.map((o) => [o.status, o.reason])).toEqual([
      ['STALE', expect.stringMatching(/now states this promotion itself/)],
      ['STALE', 'the document no longer states a promotion from Trainee'],
      ['STALE', 'the document now states payGrade = 7 itself'],
      ['STALE', 'the document no longer states payBand'],
      ['STALE', 'the document no longer names "Accuracy"'],
      ['STALE', 'the document no longer has the class C9'],
    ]);
  });

  it('changes and removes stated facts and class fields, recording which fields an analyst set', () => {
    const { document, outcomes } = apply(
      { kind: 'promotion', action: 'change', class: 'Clerk 2', from: 'C1', months: 9 },
      { kind: 'distinction', action: 'remove', class: 'C2', other: { title: 'Clerk supervisor' } },
      { kind: 'field', action: 'change', class: 'C1', field: 'payGrade', value: '6' },
      { kind: 'field', action: 'add', class: 'C1', field: 'concept', value: 'Entry level.' },
      { kind: 'competency', action: 'change', class: 'C1', name: 'accuracy.', competencyKind: 'ABILITY' },
    );
    expect(outcomes.every((o) => o.status === 'APPLIED')).toBe(true);
    const [c1, c2] = document.classes;
    expect(c2.promotionRequirements[0]).toMatchObject({ months: 9, statement: 'exp. as Clerk 1', analyst: { correctionId: 'k0' } });
    expect(c2.distinctions).toEqual([]);
    expect(c1.payGrade).toBe('6');
    expect(c1.concept).toEqual({ text: 'Entry level.', span: c1.span });
    expect(c1.fieldCorrections?.map((f) => f.field)).toEqual(['payGrade', 'concept']);
    expect(c1.competencies[0]).toMatchObject({ name: 'Accuracy', kind: 'ABILITY', analyst: { correctionId: 'k4' } });
  });
});

describe('correction validation and identity', () => {
  it('names the bad field', () => {
    const bad = CorrectionSchema.safeParse({ ...who, kind: 'field', action: 'change', class: 'C1', field: 'flsaStatus', value: 'sometimes' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ['value'], message: 'flsaStatus is EXEMPT or NON_EXEMPT' });
    expect(CorrectionSchema.safeParse({ ...who, kind: 'promotion', action: 'add', class: {}, from: 'C1' }).success).toBe(false);
    expect(CorrectionSchema.safeParse({ ...who, kind: 'colour', action: 'add', class: 'C1' }).success).toBe(false);
  });

  it('identifies a correction by what it corrects, so restating it replaces it', () => {
    const a = correction({ kind: 'promotion', action: 'add', class: 'c2', from: 'C1', months: 6 });
    const b = correction({ kind: 'promotion', action: 'change', class: 'C2', from: 'c1', months: 9, by: 'someone else' });
    const other = correction({ kind: 'promotion', action: 'add', class: 'C2', from: 'C0' });
    expect(correctionId('doc-a', a)).toBe(correctionId('doc-a', b));
    expect(correctionId('doc-a', a)).not.toBe(correctionId('doc-a', other));
    expect(correctionId('doc-a', a)).not.toBe(correctionId('doc-b', a));
  });
});

describe('corrections files and the dry-run facts', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corrections-unit-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads YAML and JSON, with a default author', () => {
    const yaml = path.join(dir, 'a.txt.corrections.yaml');
    fs.writeFileSync(yaml, 'version: 1\nby: j.rivera\ncorrections:\n  - {kind: promotion, action: add, class: C2, from: C1, months: 6, reason: lost clause}\n');
    expect(readCorrectionsFile(yaml)).toEqual([{ kind: 'promotion', action: 'add', class: 'C2', from: 'C1', months: 6, reason: 'lost clause', by: 'j.rivera' }]);
    const json = path.join(dir, 'a.txt.corrections.json');
    fs.writeFileSync(json, JSON.stringify({ version: 1, corrections: [{ kind: 'field', action: 'remove', class: 'C1', field: 'payBand', reason: 'r', by: 'b' }] }));
    expect(readCorrectionsFile(json)).toHaveLength(1);
  });

  it('refuses a bad file naming the file and each bad entry', () => {
    const file = path.join(dir, 'b.txt.corrections.yaml');
    fs.writeFileSync(file, 'version: 1\ncorrections:\n  - {kind: promotion, action: add, class: C2, from: C1, reason: no author}\n  - {kind: field, action: add, class: C1, field: colour, value: red, by: x, reason: y}\n');
    expect(() => readCorrectionsFile(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: corrections\\[0\\]\\.by: Required; corrections\\[1\\]\\.field: Invalid enum value`));
    fs.writeFileSync(file, 'version: 1\ncorrections: [\n');
    expect(() => readCorrectionsFile(file)).toThrow(/not valid YAML/);
  });

  it('prints every fact in the shape of a correction, so an entry copied from dry-run output is a valid correction', () => {
    const facts = documentFacts(doc);
    expect(facts).toEqual(
      expect.arrayContaining([
        { kind: 'field', class: 'C1', field: 'payGrade', value: '5' },
        { kind: 'promotion', class: 'C2', from: 'C1', months: 6, statement: 'exp. as Clerk 1' },
        { kind: 'competency', class: 'C1', name: 'Accuracy', competencyKind: 'SKILL' },
      ]),
    );
    for (const fact of facts) expect(CorrectionSchema.safeParse({ ...fact, action: 'change', ...who }).success).toBe(true);
  });
});
