/**
 * An analyst's correction of what a document was read to say: add, change or remove a class field, a promotion
 * (with months), a distinction or a competency, each with who made it and why. Classes are named the way the
 * document names them: by code, else by title (a plain string is tried as a code first, then as a title).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CompetencyKindSchema, FlsaStatusSchema } from '../../model/specification';
import { competencyKey, normalizeTitle } from '../../model/keys';

const text = z.string().trim().min(1);

export const ClassSelectorSchema = z.union([
  text,
  z
    .object({ code: text.optional(), title: text.optional() })
    .strict()
    .refine((s) => s.code || s.title, { message: 'name the class by code or title' }),
]);
export type ClassSelector = z.infer<typeof ClassSelectorSchema>;

/** Class fields a correction may set or remove (the id-bearing code is not one of them). */
export const CORRECTABLE_FIELDS = [
  'title',
  'payGrade',
  'payBand',
  'bargainingUnit',
  'flsaStatus',
  'level',
  'establishedDate',
  'effectiveDate',
  'concept',
  'supervisionReceived',
  'supervisionExercised',
  'workingConditions',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

const base = {
  action: z.enum(['add', 'change', 'remove']),
  class: ClassSelectorSchema,
  reason: text,
  by: text,
};

const FieldCorrectionSchema = z.object({ ...base, kind: z.literal('field'), field: z.enum(CORRECTABLE_FIELDS), value: z.union([text, z.number()]).optional() }).strict();
const PromotionCorrectionSchema = z
  .object({ ...base, kind: z.literal('promotion'), from: ClassSelectorSchema, months: z.number().nonnegative().max(600).optional(), statement: text.optional() })
  .strict();
const DistinctionCorrectionSchema = z.object({ ...base, kind: z.literal('distinction'), other: ClassSelectorSchema, statement: text.optional() }).strict();
const CompetencyCorrectionSchema = z
  .object({ ...base, kind: z.literal('competency'), name: text, competencyKind: CompetencyKindSchema.optional(), definition: text.optional() })
  .strict();

export const CorrectionSchema = z
  .discriminatedUnion('kind', [FieldCorrectionSchema, PromotionCorrectionSchema, DistinctionCorrectionSchema, CompetencyCorrectionSchema])
  .superRefine((c, ctx) => {
    const issue = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
    if (c.kind === 'field') {
      if (c.action === 'remove' && c.value !== undefined) issue('a removal takes no value', 'value');
      if (c.action !== 'remove' && c.value === undefined) issue(`"${c.action}" needs the value`, 'value');
      if (c.value === undefined) return;
      if (c.field === 'title' && c.action === 'remove') issue('a class keeps its title (change it instead)', 'field');
      if (c.field === 'level' && !(Number.isInteger(Number(c.value)) && Number(c.value) > 0)) issue('level is a whole number from 1', 'value');
      if (c.field === 'flsaStatus' && !FlsaStatusSchema.safeParse(c.value).success) issue('flsaStatus is EXEMPT or NON_EXEMPT', 'value');
      if (/Date$/.test(c.field) && !/^\d{4}-\d{2}-\d{2}$/.test(String(c.value))) issue('dates are YYYY-MM-DD', 'value');
    }
    if (c.kind === 'competency' && c.action !== 'remove' && !c.competencyKind) issue('say which kind (KNOWLEDGE, SKILL, ABILITY, BEHAVIOR, COMPETENCY)', 'competencyKind');
  });
export type Correction = z.infer<typeof CorrectionSchema>;

/** A correction as stored: with its identity, where it came from, and what applying it last did. */
export interface StoredCorrection {
  id: string;
  correction: Correction;
  origin: 'FILE' | 'API';
  createdAt: string;
}

/** How a correction fared against the document as now read. */
export interface CorrectionOutcome {
  id: string;
  status: 'APPLIED' | 'STALE';
  /** Why it no longer applies (STALE only). */
  reason: string | null;
  /** The corrected class as the document names it (code or title), when found. */
  classRef: { code?: string; title: string } | null;
  description: string;
}

const selectorKey = (s: ClassSelector) => (typeof s === 'string' ? `s:${s.trim().toUpperCase()}` : s.code ? `c:${s.code.trim().toUpperCase()}` : `t:${normalizeTitle(s.title!)}`);

/**
 * A correction's identity within a document: what it corrects, not what it says, so restating a correction (in
 * the file or through the API) replaces the earlier one instead of adding a second.
 */
export function correctionId(documentKey: string, c: Correction): string {
  const target =
    c.kind === 'field' ? c.field : c.kind === 'promotion' ? selectorKey(c.from) : c.kind === 'distinction' ? selectorKey(c.other) : competencyKey(c.name);
  const digest = createHash('sha1').update(JSON.stringify([documentKey, c.kind, selectorKey(c.class), target])).digest('hex').slice(0, 16);
  return `correction:${digest}`;
}

const selectorText = (s: ClassSelector) => (typeof s === 'string' ? s : (s.code ?? s.title!));

/** One line for reports: "add promotion 62721S -> 62722S (6 months)". */
export function describeCorrection(c: Correction): string {
  const cls = selectorText(c.class);
  switch (c.kind) {
    case 'field':
      return `${c.action} ${c.field} of ${cls}${c.value !== undefined ? ` = ${c.value}` : ''}`;
    case 'promotion':
      return `${c.action} promotion ${selectorText(c.from)} -> ${cls}${c.months !== undefined ? ` (${c.months} months)` : ''}`;
    case 'distinction':
      return `${c.action} distinction of ${cls} from ${selectorText(c.other)}`;
    case 'competency':
      return `${c.action} competency "${c.name}" of ${cls}`;
  }
}

/** zod issues as one message naming each bad field. */
export function correctionIssues(error: z.ZodError, where: string): string {
  return error.issues
    .slice(0, 10)
    .map((i) => `${where}${i.path.length ? `.${i.path.join('.')}` : ''}: ${i.message}`)
    .join('; ');
}
