/**
 * The normalized specification model: everything a classification document yields, independent of its layout.
 * Parsers produce a `NormalizedDocument`; the graph writer consumes one. Runtime validation (zod) guards the
 * boundary so a parser bug or a hand-written JSON document is rejected with a message naming the bad field.
 */
import { z } from 'zod';

/** A half-open character range [start, end) into the source document's text. */
export const SpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: 'span end must not precede start' });
export type Span = z.infer<typeof SpanSchema>;

export const CompetencyKindSchema = z.enum(['KNOWLEDGE', 'SKILL', 'ABILITY', 'BEHAVIOR', 'COMPETENCY']);
export type CompetencyKind = z.infer<typeof CompetencyKindSchema>;

/** Ordinal education levels: comparable across employers, unlike pay grades. */
export const EducationLevelSchema = z.enum([
  'NONE',
  'HIGH_SCHOOL',
  'SOME_COLLEGE',
  'ASSOCIATE',
  'BACHELOR',
  'MASTER',
  'DOCTORATE',
]);
export type EducationLevel = z.infer<typeof EducationLevelSchema>;
export const EDUCATION_RANK: Record<EducationLevel, number> = {
  NONE: 0,
  HIGH_SCHOOL: 1,
  SOME_COLLEGE: 2,
  ASSOCIATE: 3,
  BACHELOR: 4,
  MASTER: 5,
  DOCTORATE: 6,
};

export const FlsaStatusSchema = z.enum(['EXEMPT', 'NON_EXEMPT']);
export type FlsaStatus = z.infer<typeof FlsaStatusSchema>;

const text = z.string().trim().min(1);
/** Titles, codes, names and keys are indexed by Neo4j, whose index entries have a size limit: keep them short. */
const name = text.max(300, 'is longer than 300 characters (a title, code or name)');
const key = text.max(200, 'is longer than 200 characters (a key)');

/** A passage of prose with where it came from. */
export const TextPassageSchema = z.object({ text, span: SpanSchema });
export type TextPassage = z.infer<typeof TextPassageSchema>;

/**
 * Set on a fact an analyst's correction added or changed (see src/ingest/corrections): who, why, and which
 * stored correction. Facts without it come from the document itself.
 */
export const AnalystNoteSchema = z.object({ correctionId: text, by: text, reason: text });
export type AnalystNote = z.infer<typeof AnalystNoteSchema>;

/** A reference to another class by what the document says of it: a code when it gives one, else the title. */
export const ClassRefSchema = z.object({ title: name, code: name.optional() });
export type ClassRef = z.infer<typeof ClassRefSchema>;

export const DutySchema = z.object({
  text,
  percentOfTime: z.number().min(0).max(100).optional(),
  essential: z.boolean(),
  span: SpanSchema,
});
export type Duty = z.infer<typeof DutySchema>;

export const QualificationKindSchema = z.enum(['EDUCATION', 'EXPERIENCE', 'LICENSE', 'SUBSTITUTION', 'OTHER']);
export type QualificationKind = z.infer<typeof QualificationKindSchema>;

/**
 * One clause of the minimum qualifications. `option` groups clauses joined by "and" into one alternative;
 * alternatives ("-Or ...", "OR") get distinct option numbers, starting at 1.
 */
export const QualificationSchema = z.object({
  kind: QualificationKindSchema,
  text,
  option: z.number().int().positive(),
  educationLevel: EducationLevelSchema.optional(),
  months: z.number().nonnegative().optional(),
  subject: text.optional(),
  span: SpanSchema,
});
export type Qualification = z.infer<typeof QualificationSchema>;

export const CompetencyRequirementSchema = z.object({
  name: text,
  kind: CompetencyKindSchema,
  definition: text.optional(),
  span: SpanSchema,
  analyst: AnalystNoteSchema.optional(),
});
export type CompetencyRequirement = z.infer<typeof CompetencyRequirementSchema>;

/** "X is distinguished from Y ..." read from X's document: a statement about how this class differs from `other`. */
export const DistinctionSchema = z.object({ other: ClassRefSchema, statement: text, span: SpanSchema, analyst: AnalystNoteSchema.optional() });
export type Distinction = z.infer<typeof DistinctionSchema>;

/** An explicit promotion requirement: experience in `from` qualifies for this class ("6 mos. exp. as X, 62721S"). */
export const PromotionRequirementSchema = z.object({
  from: ClassRefSchema,
  months: z.number().nonnegative().optional(),
  statement: text,
  span: SpanSchema,
  analyst: AnalystNoteSchema.optional(),
});
export type PromotionRequirement = z.infer<typeof PromotionRequirementSchema>;

/**
 * A statement that this class leads to another ("the next higher class is X", "may advance to X"): a promotion the
 * document implies without a qualification clause, so it becomes an inferred edge with the statement as its basis.
 */
export const AdvancementSchema = z
  .object({
    /** The class this one leads to; absent when `from` is given. */
    to: ClassRefSchema.optional(),
    /** A class that leads to this one ("a Clerk I is promoted to the Clerk II level" read in the Clerk II's text). */
    from: ClassRefSchema.optional(),
    statement: text,
    span: SpanSchema,
  })
  .refine((a) => !!a.to !== !!a.from, { message: 'an advancement names exactly one of to and from' });
export type Advancement = z.infer<typeof AdvancementSchema>;

export const JobClassSpecSchema = z.object({
  title: name,
  code: name.optional(),
  /** Key of the series in `NormalizedDocument.series` this class is a level of. */
  seriesKey: name.optional(),
  /** 1-based level within the series, lowest first. */
  level: z.number().int().positive().optional(),
  payGrade: text.optional(),
  payBand: text.optional(),
  bargainingUnit: text.optional(),
  flsaStatus: FlsaStatusSchema.optional(),
  /** ISO date (YYYY-MM-DD). */
  establishedDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  effectiveDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  concept: TextPassageSchema.optional(),
  supervisionReceived: TextPassageSchema.optional(),
  supervisionExercised: TextPassageSchema.optional(),
  workingConditions: TextPassageSchema.optional(),
  duties: z.array(DutySchema).default([]),
  qualifications: z.array(QualificationSchema).default([]),
  competencies: z.array(CompetencyRequirementSchema).default([]),
  distinctions: z.array(DistinctionSchema).default([]),
  promotionRequirements: z.array(PromotionRequirementSchema).default([]),
  advancement: z.array(AdvancementSchema).default([]),
  /** The job family a plan table puts the class in (specifications name one family per document instead). */
  jobFamily: text.optional(),
  /** Fields an analyst's correction set or removed. */
  fieldCorrections: z.array(AnalystNoteSchema.extend({ field: text })).optional(),
  span: SpanSchema,
});
export type JobClassSpec = z.infer<typeof JobClassSpecSchema>;

export const SeriesSpecSchema = z.object({
  /** Unique within the document; the series code when there is one. */
  key: name,
  code: name.optional(),
  title: name,
  purpose: TextPassageSchema.optional(),
  span: SpanSchema,
});
export type SeriesSpec = z.infer<typeof SeriesSpecSchema>;

export const JobFamilySpecSchema = z.object({ name, definition: TextPassageSchema.optional(), span: SpanSchema });
export type JobFamilySpec = z.infer<typeof JobFamilySpecSchema>;

export const PositionSpecSchema = z.object({
  number: name,
  workingTitle: name.optional(),
  /** The class the position is classified in: must match a class of this document by code or title. */
  jobClass: ClassRefSchema,
  formerNumber: name.optional(),
  /** The agency the position is in, when a position table says. */
  agency: name.optional(),
  span: SpanSchema,
});
export type PositionSpec = z.infer<typeof PositionSpecSchema>;

export const SourceFormatSchema = z.enum(['ohio-series', 'ca-judicial-council', 'denver-csa', 'montana-job-profile', 'generic', 'plan-table']);
export type SourceFormat = z.infer<typeof SourceFormatSchema>;

export const SourceDocumentSpecSchema = z.object({
  /** Stable identity of the document across revisions (manifest id, else the file name). */
  key: key,
  fileName: key,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: SourceFormatSchema,
  url: z.string().url().optional(),
  text: z.string(),
  /** The original's media type (text/html, application/pdf, ...) and the sha256 of its bytes, not of `text`. */
  mediaType: z.string().min(1).optional(),
  originalSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** Pages of a paginated original as [start, end) offsets into `text`. */
  pages: z.array(z.object({ page: z.number().int().positive(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).optional(),
});
export type SourceDocumentSpec = z.infer<typeof SourceDocumentSpecSchema>;

export const JurisdictionSpecSchema = z.object({
  /** Stable slug, e.g. "state-of-montana". */
  id: z.string().max(100, 'is longer than 100 characters').regex(/^[a-z0-9][a-z0-9-]*$/, 'jurisdiction id must be a lowercase slug'),
  name: name,
  kind: z.enum(['STATE', 'COUNTY', 'CITY', 'COURT', 'OTHER']).default('OTHER'),
});
export type JurisdictionSpec = z.infer<typeof JurisdictionSpecSchema>;

export const NormalizedDocumentSchema = z
  .object({
    source: SourceDocumentSpecSchema,
    jurisdiction: JurisdictionSpecSchema,
    agency: z.object({ name }).optional(),
    jobFamily: JobFamilySpecSchema.optional(),
    series: z.array(SeriesSpecSchema).default([]),
    classes: z.array(JobClassSpecSchema).default([]),
    positions: z.array(PositionSpecSchema).default([]),
    warnings: z.array(z.string()).default([]),
  })
  .superRefine((doc, ctx) => {
    const seriesKeys = new Set(doc.series.map((s) => s.key));
    doc.classes.forEach((c, i) => {
      if (c.seriesKey && !seriesKeys.has(c.seriesKey)) {
        ctx.addIssue({ code: 'custom', path: ['classes', i, 'seriesKey'], message: `unknown series "${c.seriesKey}"` });
      }
    });
    const textLength = doc.source.text.length;
    const checkSpan = (span: Span, path: (string | number)[]): void => {
      if (span.end > textLength) {
        ctx.addIssue({ code: 'custom', path, message: `span ${span.start}-${span.end} is past the end of the text (${textLength})` });
      }
    };
    doc.classes.forEach((c, i) => checkSpan(c.span, ['classes', i, 'span']));
    doc.positions.forEach((p, i) => checkSpan(p.span, ['positions', i, 'span']));
  });
export type NormalizedDocument = z.infer<typeof NormalizedDocumentSchema>;
export type NormalizedDocumentInput = z.input<typeof NormalizedDocumentSchema>;
