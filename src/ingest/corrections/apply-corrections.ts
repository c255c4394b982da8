/**
 * Applies stored corrections to a freshly parsed document, between parsing and writing, so a corrected fact is
 * written like any other (and retracted with its document). A correction that no longer applies is STALE, with
 * the reason: its class is gone, the document now states what the correction added, or no longer states what it
 * changed or removed. Pure: the input document is not modified.
 */
import type { AnalystNote, ClassRef, JobClassSpec, NormalizedDocument } from '../../model/specification';
import { competencyKey, normalizeTitle } from '../../model/keys';
import { describeCorrection, type ClassSelector, type CorrectableField, type Correction, type CorrectionOutcome, type StoredCorrection } from './correction';

export function applyCorrections(doc: NormalizedDocument, stored: StoredCorrection[]): { document: NormalizedDocument; outcomes: CorrectionOutcome[] } {
  const document: NormalizedDocument = structuredClone(doc);
  const outcomes = stored.map((s) => {
    const description = describeCorrection(s.correction);
    const cls = findClass(document.classes, s.correction.class);
    if (!cls) return outcome(s, description, null, `the document no longer has the class ${selectorText(s.correction.class)}`);
    const note: AnalystNote = { correctionId: s.id, by: s.correction.by, reason: s.correction.reason };
    const stale = applyOne(cls, s.correction, note);
    return outcome(s, description, { code: cls.code, title: cls.title }, stale);
  });
  return { document, outcomes };
}

function outcome(s: StoredCorrection, description: string, classRef: CorrectionOutcome['classRef'], stale: string | null): CorrectionOutcome {
  return { id: s.id, status: stale ? 'STALE' : 'APPLIED', reason: stale, classRef, description };
}

/** Applies one correction to its class; returns why it is stale, or null when applied. */
function applyOne(cls: JobClassSpec, c: Correction, note: AnalystNote): string | null {
  switch (c.kind) {
    case 'field':
      return applyField(cls, c.field, c.action, c.value, note);
    case 'promotion': {
      const i = cls.promotionRequirements.findIndex((p) => matches(p.from, c.from));
      const stated = cls.promotionRequirements[i];
      if (c.action === 'add') {
        if (stated) return `the document now states this promotion itself ("${stated.statement}")`;
        const from = toRef(c.from);
        const months = c.months !== undefined ? ` (${c.months} months)` : '';
        cls.promotionRequirements.push({ from, months: c.months, statement: c.statement ?? `Experience as ${from.code ?? from.title}${months} qualifies (analyst's correction)`, span: cls.span, analyst: note });
        return null;
      }
      if (!stated) return `the document no longer states a promotion from ${selectorText(c.from)}`;
      if (c.action === 'remove') {
        cls.promotionRequirements.splice(i, 1);
        return null;
      }
      if ((c.months === undefined || c.months === stated.months) && (!c.statement || c.statement === stated.statement)) return 'the document now says the same';
      cls.promotionRequirements[i] = { ...stated, months: c.months ?? stated.months, statement: c.statement ?? stated.statement, analyst: note };
      return null;
    }
    case 'distinction': {
      const i = cls.distinctions.findIndex((d) => matches(d.other, c.other));
      const stated = cls.distinctions[i];
      if (c.action === 'add') {
        if (stated) return `the document now states this distinction itself ("${stated.statement}")`;
        if (!c.statement) return 'an added distinction needs its statement';
        cls.distinctions.push({ other: toRef(c.other), statement: c.statement, span: cls.span, analyst: note });
        return null;
      }
      if (!stated) return `the document no longer distinguishes ${cls.title} from ${selectorText(c.other)}`;
      if (c.action === 'remove') {
        cls.distinctions.splice(i, 1);
        return null;
      }
      if (!c.statement || c.statement === stated.statement) return 'the document now says the same';
      cls.distinctions[i] = { ...stated, statement: c.statement, analyst: note };
      return null;
    }
    case 'competency': {
      const key = competencyKey(c.name);
      const i = cls.competencies.findIndex((k) => competencyKey(k.name) === key);
      const stated = cls.competencies[i];
      if (c.action === 'add') {
        if (stated) return `the document now names "${stated.name}" itself`;
        cls.competencies.push({ name: c.name, kind: c.competencyKind!, definition: c.definition, span: cls.span, analyst: note });
        return null;
      }
      if (!stated) return `the document no longer names "${c.name}"`;
      if (c.action === 'remove') {
        cls.competencies.splice(i, 1);
        return null;
      }
      if (stated.kind === c.competencyKind && (!c.definition || c.definition === stated.definition)) return 'the document now says the same';
      cls.competencies[i] = { ...stated, kind: c.competencyKind ?? stated.kind, definition: c.definition ?? stated.definition, analyst: note };
      return null;
    }
  }
}

const PASSAGE_FIELDS = new Set<CorrectableField>(['concept', 'supervisionReceived', 'supervisionExercised', 'workingConditions']);

function applyField(cls: JobClassSpec, field: CorrectableField, action: Correction['action'], value: string | number | undefined, note: AnalystNote): string | null {
  const record = cls as unknown as Record<string, unknown>;
  const current = record[field];
  const currentText = current === undefined || current === null ? undefined : PASSAGE_FIELDS.has(field) ? (current as { text: string }).text : String(current);
  if (action === 'remove') {
    if (currentText === undefined) return `the document no longer states ${field}`;
    delete record[field];
  } else {
    const wanted = String(value);
    if (currentText === wanted) return `the document now states ${field} = ${wanted} itself`;
    record[field] = PASSAGE_FIELDS.has(field) ? { text: wanted, span: cls.span } : field === 'level' ? Number(value) : wanted;
  }
  cls.fieldCorrections = [...(cls.fieldCorrections ?? []).filter((f) => f.field !== field), { ...note, field }];
  return null;
}

function selectorText(s: ClassSelector): string {
  return typeof s === 'string' ? s : (s.code ?? s.title!);
}

/** A selector matches a class (or a reference to one) by code, else by normalized title. */
function matches(ref: ClassRef, s: ClassSelector): boolean {
  const code = ref.code?.trim().toUpperCase();
  if (typeof s === 'string') return code === s.trim().toUpperCase() || normalizeTitle(ref.title) === normalizeTitle(s);
  if (s.code) return code === s.code.trim().toUpperCase() || (!code && !!s.title && normalizeTitle(ref.title) === normalizeTitle(s.title));
  return normalizeTitle(ref.title) === normalizeTitle(s.title!);
}

function findClass(classes: JobClassSpec[], s: ClassSelector): JobClassSpec | undefined {
  return classes.find((c) => matches(c, s));
}

/** A reference to the class a selector names; a bare string that looks like a code is taken as one. */
function toRef(s: ClassSelector): ClassRef {
  if (typeof s !== 'string') return { code: s.code, title: s.title ?? s.code! };
  return /\d/.test(s) && !/\s/.test(s) ? { code: s, title: s } : { title: s };
}
