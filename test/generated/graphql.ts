import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: any; output: any; }
};

/** A department or office of an employer that issues specifications and holds positions. */
export type Agency = {
  /** "<jurisdiction>:agency:<normalized name>". */
  id: Scalars['ID']['output'];
  jurisdiction: Jurisdiction;
  name: Scalars['String']['output'];
};

/** One thing that looks wrong in a plan, with the classes involved and the passages it rests on. */
export type AuditFinding = {
  /** The passages behind the finding: the promotion statements of a cycle, the specifications (or, for unspecified classes, the mentions) of the classes. */
  citations: Array<Citation>;
  classes: Array<JobClass>;
  kind: AuditFindingKind;
  message: Scalars['String']['output'];
  series: Maybe<ClassSeries>;
};

export type AuditFindingKind =
  /** One title under different codes. */
  | 'DUPLICATE_TITLE'
  /** A higher level of a series has a lower pay grade (or band) than the level below it. */
  | 'GRADE_INVERSION'
  /** Classes promote into one another in a cycle. */
  | 'PROMOTION_CYCLE'
  /** A series skips a level number. */
  | 'SERIES_GAP'
  /** A specified class no promotion path reaches: on no path at all, or a level above the first of its series that no edge leads to. */
  | 'UNREACHABLE_CLASS'
  /** A class other documents name but none specifies. */
  | 'UNSPECIFIED_CLASS';

/** Classes reachable from a class (career horizon) or feeding into it, ranked. */
export type CareerHorizon = {
  classes: Array<HorizonClass>;
  origin: JobClass;
  /** Classes within the bounds, before `limit`. */
  totalReachable: Scalars['Int']['output'];
};

/** The levels of a series in order, with pay and entry requirements. */
export type CareerLadder = {
  levels: Array<LadderLevel>;
  series: ClassSeries;
};

/** One move along a career path, with its own requirements and pay. */
export type CareerStep = {
  /** Every edge supporting the move, explicit ones first. */
  edges: Array<PromotionEdge>;
  /** True when an explicit (qualification) edge supports the move. */
  explicit: Scalars['Boolean']['output'];
  from: JobClass;
  /** What this step asks a person to gain and leaves behind. */
  gap: StepGap;
  /** Least experience in `from` any supporting edge asks for; null when none states one. */
  monthsExperience: Maybe<Scalars['Float']['output']>;
  /** Pay movement of this step, e.g. "pay grade 10 -> 12", when comparable. */
  payMovement: Maybe<Scalars['String']['output']>;
  to: JobClass;
};


/** One move along a career path, with its own requirements and pay. */
export type CareerStepGapArgs = {
  useEquivalences?: Scalars['Boolean']['input'];
};

export type ChangeType =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

/** Where a fact came from: a character span of a source document, and its text. */
export type Citation = {
  document: SourceDocument;
  /** Offset just past the last character of the passage. */
  end: Scalars['Int']['output'];
  /** True when the document only names the class (e.g. in a distinction) rather than specifying it. */
  mention: Scalars['Boolean']['output'];
  /** Page of the original where the passage begins, when the original is paginated (PDF); null otherwise. */
  page: Maybe<Scalars['Int']['output']>;
  /** The passage itself, cut from the stored document text. */
  passage: Maybe<Scalars['String']['output']>;
  /** Offset of the first character of the passage in the document text. */
  start: Scalars['Int']['output'];
};

/** Two classes side by side. Each side (a, b) carries its concept, supervision, duties, qualifications and pay; this adds what relates them. */
export type ClassComparison = {
  a: JobClass;
  b: JobClass;
  /** The equivalences that made two differently named requirements count as one (empty with useEquivalences: false). */
  equivalencesUsed: Array<UsedEquivalence>;
  onlyInA: Array<Competency>;
  onlyInB: Array<Competency>;
  /** True when a and b are on the same pay scale of the same employer (pay grades compare only within one plan). */
  payComparable: Scalars['Boolean']['output'];
  /** e.g. "pay band 5 vs 3", when comparable. */
  payDifference: Maybe<Scalars['String']['output']>;
  /** Competencies both require, under a's document's names (with useEquivalences, names linked as equivalent count as one; see equivalencesUsed). */
  sharedCompetencies: Array<Competency>;
  /** Jaccard similarity of the two competency sets, 0 to 1. */
  similarity: Scalars['Float']['output'];
  /** Statements distinguishing a from b and b from a. */
  statements: Array<ComparisonStatement>;
  /** Statements of a or b about a third class both of them are compared with. */
  thirdClassStatements: Array<ComparisonStatement>;
};

/** A version of a class, as one load of its specification left it. */
export type ClassRevision = {
  /** What changed since the previous revision: fields, edges, competencies, qualifications and duties added and removed. */
  changes: Array<RevisionChange>;
  document: Maybe<SourceDocument>;
  /** True for the first version loaded (its changes are empty). */
  first: Scalars['Boolean']['output'];
  loadedAt: Scalars['String']['output'];
  /** SHA-256 of the document version. */
  sha256: Scalars['String']['output'];
};

/** A class as its document names it: by code, or by title. */
export type ClassSelectorInput = {
  code: InputMaybe<Scalars['String']['input']>;
  title: InputMaybe<Scalars['String']['input']>;
};

/** Classes of one kind of work at rising levels (a career ladder). */
export type ClassSeries = {
  code: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jobFamily: Maybe<JobFamily>;
  jurisdiction: Maybe<Jurisdiction>;
  /** The levels of the series, lowest first. */
  levels: Array<JobClass>;
  /** The series purpose or definition, as the document states it. */
  purpose: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** A distinguishing statement between two classes. */
export type ComparisonStatement = {
  /** The class whose document makes the statement. */
  from: JobClass;
  source: Maybe<Citation>;
  statement: Scalars['String']['output'];
  /** The class it is distinguished from. */
  to: JobClass;
};

/** A knowledge, skill, ability, behavior or competency; one node per normalized name across all documents. */
export type Competency = {
  /** How many classes require it. */
  classCount: Maybe<Scalars['Int']['output']>;
  /** Other names this competency is linked to as equivalent (CURATED, ANALYST) or proposed to be (PROPOSED, not folded by any query). */
  equivalentTo: Array<CompetencyEquivalence>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Classes that require this competency under this exact name, the first `first` by id (classCount says how many in all). */
  requiredBy: Array<JobClass>;
};


/** A knowledge, skill, ability, behavior or competency; one node per normalized name across all documents. */
export type CompetencyRequiredByArgs = {
  first?: Scalars['Int']['input'];
};

export type CompetencyConnection = {
  nodes: Array<Competency>;
  pageInfo: PageInfo;
};

/** A visible equivalence link from a competency to another name. */
export type CompetencyEquivalence = {
  basis: EquivalenceBasis;
  competency: Competency;
  /** The proposer's score (0-1), when the link was proposed or reviewed. */
  score: Maybe<Scalars['Float']['output']>;
};

/** A class requiring a competency, and under which name. */
export type CompetencyMatch = {
  /** The names the class document uses (equivalents by SAME_AS included). */
  asNames: Array<Scalars['String']['output']>;
  jobClass: JobClass;
  /** KNOWLEDGE, SKILL, ABILITY, BEHAVIOR or COMPETENCY. */
  kinds: Array<Scalars['String']['output']>;
  /** True when the class requires it only under another, equivalent name (listed in asNames). */
  viaEquivalence: Scalars['Boolean']['output'];
};

/** A class requiring a competency, as the class document states it. */
export type CompetencyRequirement = {
  competency: Competency;
  /** The document's own definition. */
  definition: Maybe<Scalars['String']['output']>;
  /** KNOWLEDGE, SKILL, ABILITY, BEHAVIOR or COMPETENCY. */
  kind: Scalars['String']['output'];
  /** The document's word, or an analyst's correction (who, why). */
  provenance: Provenance;
  /** The passage naming this requirement. */
  source: Citation;
};

/** Corrections of one loaded document; stored in the graph and applied to every later load of it. */
export type CorrectDocumentInput = {
  /** Who is correcting (kept with each correction). */
  by: Scalars['String']['input'];
  corrections: Array<CorrectionInput>;
  /** The SourceDocument id ("doc:<key>"). */
  documentId: Scalars['ID']['input'];
};

/** One correction of what a document was read to say (the shape of an entry in a corrections file). */
export type CorrectionInput = {
  /** add, change or remove. */
  action: Scalars['String']['input'];
  /** The class corrected (for a promotion, the class promoted to). */
  class: ClassSelectorInput;
  /** kind competency: KNOWLEDGE, SKILL, ABILITY, BEHAVIOR or COMPETENCY. */
  competencyKind: InputMaybe<Scalars['String']['input']>;
  /** kind competency: the definition. */
  definition: InputMaybe<Scalars['String']['input']>;
  /** kind field: which (payGrade, payBand, title, level, concept, ...). */
  field: InputMaybe<Scalars['String']['input']>;
  /** kind promotion: the class promoted from. */
  from: InputMaybe<ClassSelectorInput>;
  /** field, promotion, distinction or competency. */
  kind: Scalars['String']['input'];
  /** kind promotion: months of experience in the lower class. */
  months: InputMaybe<Scalars['Float']['input']>;
  /** kind competency: its name. */
  name: InputMaybe<Scalars['String']['input']>;
  /** kind distinction: the other class. */
  other: InputMaybe<ClassSelectorInput>;
  /** Why the document, as read, is wrong. */
  reason: Scalars['String']['input'];
  /** kind promotion or distinction: the statement. */
  statement: InputMaybe<Scalars['String']['input']>;
  /** kind field: the value to set (not for remove). */
  value: InputMaybe<Scalars['String']['input']>;
};

/** A distinguishing statement between this class and another. */
export type Distinction = {
  other: JobClass;
  /** True when the statement is in this class's own document (this class distinguished from the other). */
  outgoing: Scalars['Boolean']['output'];
  /** The document's word, or an analyst's correction (who, why). */
  provenance: Provenance;
  /** The passage stating the distinction. */
  source: Citation;
  statement: Scalars['String']['output'];
};

/** An earlier version of a document, kept when a revision replaced it. */
export type DocumentVersion = {
  fileName: Scalars['String']['output'];
  length: Scalars['Int']['output'];
  loadedAt: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
};

/** A duty of a class, with the share of time when the document gives one. */
export type Duty = {
  essential: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  order: Scalars['Int']['output'];
  percentOfTime: Maybe<Scalars['Float']['output']>;
  /** The passage this duty was read from. */
  source: Citation;
  text: Scalars['String']['output'];
};

/** Where an equivalence between two competency names comes from. */
export type EquivalenceBasis =
  /** Accepted by an analyst. */
  | 'ANALYST'
  /** The curated alias table (graph/competency-aliases.json). */
  | 'CURATED'
  /** Proposed by the lexical matcher, not yet reviewed. */
  | 'PROPOSED';

/** A proposed (or reviewed) equivalence between two competency names, with the evidence. */
export type EquivalenceProposal = {
  competency: Competency;
  other: Competency;
  /** The evidence: same words, same stems, shared stems, synonyms (WordNet), shared definition. */
  reasons: Array<Scalars['String']['output']>;
  score: Maybe<Scalars['Float']['output']>;
  /** PROPOSED, ACCEPTED or REJECTED. */
  status: Scalars['String']['output'];
};

/** Where a class family is centred: exactly one of the ids, and how many hops to reach out. */
export type FamilyScope = {
  /** One class. */
  classId: InputMaybe<Scalars['ID']['input']>;
  /** Hops out from those nodes over promotion, distinction, competency, position and series links, 1 to 3. */
  hops: Scalars['Int']['input'];
  /** A job family: the family, its series and their levels. */
  jobFamilyId: InputMaybe<Scalars['ID']['input']>;
  /** An employer's plan: the jurisdiction and its agencies, families, series and classes. */
  jurisdictionId: InputMaybe<Scalars['ID']['input']>;
  /** A class series: the series and its levels. */
  seriesId: InputMaybe<Scalars['ID']['input']>;
};

/** A class field an analyst set or removed. */
export type FieldCorrection = {
  /** add, change or remove. */
  action: Scalars['String']['output'];
  /** The field, e.g. payGrade. */
  field: Scalars['String']['output'];
  provenance: Provenance;
};

/** Status under the Fair Labor Standards Act. */
export type FlsaStatus =
  | 'EXEMPT'
  | 'NON_EXEMPT';

/** A class reachable from (or feeding into) another, with the best path between them. */
export type HorizonClass = {
  /** True when every step has an explicit (qualification) edge. */
  explicit: Scalars['Boolean']['output'];
  jobClass: JobClass;
  /** The best path (least months, then fewest steps, then fewest inferred steps), in promotion order. */
  path: Array<CareerStep>;
  /** Rise in grade or band from the lower to the higher end (negative: a fall); null when not comparable. */
  payChange: Maybe<Scalars['Float']['output']>;
  /** Pay movement from the lower to the higher end, e.g. "pay grade 10 -> 12", when comparable. */
  payMovement: Maybe<Scalars['String']['output']>;
  /** 1 = first in the requested order. */
  rank: Scalars['Int']['output'];
  /** Steps on the best path. */
  steps: Scalars['Int']['output'];
  /** Months of experience summed over the best path (steps that state none count 0); null when no step states any. */
  totalMonthsExperience: Maybe<Scalars['Float']['output']>;
};

/** How reachable classes are ranked; ties fall to fewer months, then fewer steps, then id. */
export type HorizonOrder =
  /** Least experience along the best path first. */
  | 'MONTHS'
  /** Largest rise in pay grade or band first; classes whose pay is not comparable last. */
  | 'PAY'
  /** Fewest steps first. */
  | 'STEPS';

/** A classification document to load, as text. */
export type IngestDocumentInput = {
  agency: InputMaybe<Scalars['String']['input']>;
  /** Parse and validate only. */
  dryRun: Scalars['Boolean']['input'];
  /** File name, for reports and provenance. */
  fileName: Scalars['String']['input'];
  /** Rewrite even when the text is unchanged. */
  force: Scalars['Boolean']['input'];
  jurisdiction: JurisdictionInput;
  /** Stable identity across revisions; defaults to the file name. Loading the same key again replaces that document. */
  key: InputMaybe<Scalars['String']['input']>;
  /** The document text (at most 1 MB and 20,000 lines). */
  text: Scalars['String']['input'];
  url: InputMaybe<Scalars['String']['input']>;
};

/** What loading one document did. */
export type IngestReport = {
  /** Classes the document specifies. */
  classes: Array<Scalars['String']['output']>;
  competencies: Scalars['Int']['output'];
  /** An analyst's corrections applied to this load ("<id>: <what>"). */
  correctionsApplied: Array<Scalars['String']['output']>;
  /** Stored corrections that no longer apply to the document as now read, each with why. */
  correctionsStale: Array<Scalars['String']['output']>;
  documentId: Maybe<Scalars['String']['output']>;
  error: Maybe<Scalars['String']['output']>;
  file: Scalars['String']['output'];
  /** The parser that read it. */
  format: Maybe<Scalars['String']['output']>;
  /** Classes it only names (created as referenced, not yet specified, when new). */
  referencedClasses: Array<Scalars['String']['output']>;
  relations: Scalars['Int']['output'];
  /** CREATED, UPDATED, UNCHANGED, DRY_RUN or FAILED. */
  status: Scalars['String']['output'];
  warnings: Array<Scalars['String']['output']>;
};

/** A job class: one level of work with a title, usually a code, and a pay grade or band. */
export type JobClass = {
  /** The agency whose document specifies this class (for a referenced class, one that names it). */
  agency: Maybe<Agency>;
  bargainingUnit: Maybe<Scalars['String']['output']>;
  code: Maybe<Scalars['String']['output']>;
  /** Knowledge, skills, abilities, behaviors and competencies the class requires. */
  competencies: Array<CompetencyRequirement>;
  /** Class concept, summary or general statement: what sets the level. */
  concept: Maybe<Scalars['String']['output']>;
  /** Distinguishing statements between this class and others, both directions. */
  distinctions: Array<Distinction>;
  duties: Array<Duty>;
  /** ISO date the specification took effect. */
  effectiveDate: Maybe<Scalars['String']['output']>;
  /** ISO date the class was established. */
  establishedDate: Maybe<Scalars['String']['output']>;
  /** Fields an analyst's correction set or removed, with who and why; every other field is as its document states it. */
  fieldCorrections: Array<FieldCorrection>;
  /** EXEMPT or NON_EXEMPT under the FLSA. */
  flsaStatus: Maybe<Scalars['String']['output']>;
  /** "<jurisdiction>:<code>", or "<jurisdiction>:<normalized title>" when the class has no code. */
  id: Scalars['ID']['output'];
  jurisdiction: Jurisdiction;
  /** Level within its series, 1 = lowest. */
  level: Maybe<Scalars['Int']['output']>;
  /** Pay band (ordinal within its own plan only). */
  payBand: Maybe<Scalars['String']['output']>;
  /** Pay grade (ordinal within its own plan only). */
  payGrade: Maybe<Scalars['String']['output']>;
  /** Positions classified in this class, the first `first` by number. */
  positions: Array<Position>;
  /** Classes one promotion step down (they promote into this one), batched. */
  promotedFrom: Array<PromotionLink>;
  /** Classes one promotion step up, batched (nested traversal costs one query per level). */
  promotesTo: Array<PromotionLink>;
  /** Minimum qualifications, clause by clause, grouped into alternatives by `option`. */
  qualifications: Array<Qualification>;
  /** Each version of this class loaded from its specification, oldest first, with what changed. */
  revisions: Array<ClassRevision>;
  /** The series this class is a level of. */
  series: Maybe<ClassSeries>;
  /** Documents that specify or mention this class. */
  sources: Array<Citation>;
  /** False for a class known only because another document names it (not yet specified). */
  specified: Scalars['Boolean']['output'];
  supervisionExercised: Maybe<Scalars['String']['output']>;
  supervisionReceived: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  workingConditions: Maybe<Scalars['String']['output']>;
};


/** A job class: one level of work with a title, usually a code, and a pay grade or band. */
export type JobClassPositionsArgs = {
  first?: Scalars['Int']['input'];
};


/** A job class: one level of work with a title, usually a code, and a pay grade or band. */
export type JobClassPromotedFromArgs = {
  includeInferred?: Scalars['Boolean']['input'];
};


/** A job class: one level of work with a title, usually a code, and a pay grade or band. */
export type JobClassPromotesToArgs = {
  includeInferred?: Scalars['Boolean']['input'];
};

export type JobClassConnection = {
  edges: Array<JobClassEdge>;
  pageInfo: PageInfo;
  /** Classes matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type JobClassEdge = {
  cursor: Scalars['String']['output'];
  node: JobClass;
};

/** Narrows jobClasses; all given conditions must hold. */
export type JobClassFilter = {
  code: InputMaybe<Scalars['String']['input']>;
  /** Only classes requiring this competency (under this very name). */
  competencyId: InputMaybe<Scalars['ID']['input']>;
  flsaStatus: InputMaybe<FlsaStatus>;
  jurisdictionId: InputMaybe<Scalars['ID']['input']>;
  /** Pay band at most this (numeric bands only). */
  payBandMax: InputMaybe<Scalars['Float']['input']>;
  /** Pay band at least this (numeric bands only). */
  payBandMin: InputMaybe<Scalars['Float']['input']>;
  /** Pay grade at most this (numeric grades only). */
  payGradeMax: InputMaybe<Scalars['Float']['input']>;
  /** Pay grade at least this (numeric grades only). */
  payGradeMin: InputMaybe<Scalars['Float']['input']>;
  seriesId: InputMaybe<Scalars['ID']['input']>;
  /** true: only classes with their own specification; false: only referenced ones. */
  specified: InputMaybe<Scalars['Boolean']['input']>;
};

/** Order of jobClasses. Pay is the numeric grade, else the numeric band (comparable within one plan only); classes without one come last. */
export type JobClassOrder =
  | 'ID'
  | 'PAY_ASC'
  | 'PAY_DESC'
  | 'TITLE';

/** A broad grouping of class series ("Business Systems Job Family"). */
export type JobFamily = {
  definition: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** An employer that keeps a classification plan: a state, county, city or court. */
export type Jurisdiction = {
  /** Classes (specified or referenced) in this jurisdiction. */
  classCount: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** STATE, COUNTY, CITY, COURT or OTHER. */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Where the document comes from: what its text does not say. */
export type JurisdictionInput = {
  /** Lowercase slug, e.g. "state-of-montana". */
  id: Scalars['String']['input'];
  /** STATE, COUNTY, CITY, COURT or OTHER. */
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** One level of a career ladder and what it takes to enter it. */
export type LadderLevel = {
  /** Edges from the level below into this one (empty for the first level). */
  fromPreviousLevel: Array<PromotionEdge>;
  jobClass: JobClass;
  payBand: Maybe<Scalars['String']['output']>;
  payGrade: Maybe<Scalars['String']['output']>;
  rank: Scalars['Int']['output'];
  /** Minimum qualifications to enter this level (alternatives grouped by option). */
  requirements: Array<Qualification>;
};

export type Mutation = {
  /** Correct what a loaded document was read to say (needs an editor or admin API key): add, change or remove a class field, a promotion, a distinction or a competency, with a reason. Corrections are stored and re-applied whenever the document is loaded again; the report lists those that no longer apply. */
  correctDocument: IngestReport;
  /** Parse a classification document and load it (needs an editor or admin API key). Loading the same key again updates it; the report says what happened. */
  ingestDocument: IngestReport;
  /** Scores pairs of competency names (lexical normalization, stems, WordNet synonyms, shared definitions) and stores those at or above minScore as PROPOSED; an analyst's earlier decisions are kept. Needs an editor key. */
  proposeEquivalences: Array<EquivalenceProposal>;
  /** Accepts (links them, basis ANALYST) or rejects (unlinks them, and the pair is not proposed again) an equivalence between two competencies. Needs an editor key. */
  reviewEquivalence: EquivalenceProposal;
  /** Withdraw stored corrections of a document (editor or admin API key): they are deleted and the document is written again without them. A correction still in a corrections file comes back at the next load of that file. */
  withdrawCorrections: IngestReport;
};


export type MutationCorrectDocumentArgs = {
  input: CorrectDocumentInput;
};


export type MutationIngestDocumentArgs = {
  input: IngestDocumentInput;
};


export type MutationProposeEquivalencesArgs = {
  limit?: Scalars['Int']['input'];
  minScore?: Scalars['Float']['input'];
};


export type MutationReviewEquivalenceArgs = {
  a: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
  b: Scalars['ID']['input'];
};


export type MutationWithdrawCorrectionsArgs = {
  documentId: Scalars['ID']['input'];
  ids: Array<Scalars['ID']['input']>;
};

/** A move available from a class: up (a promotion) or across (a lateral move). */
export type NextStep = {
  direction: StepDirection;
  /** The edges (or, for lateral moves, the comparing statements) behind the move. */
  edges: Array<PromotionEdge>;
  /** True when every supporting edge is inferred. */
  inferred: Scalars['Boolean']['output'];
  jobClass: JobClass;
  /** The target class's minimum qualifications: what the step requires. */
  requirements: Array<Qualification>;
};

export type PageInfo = {
  /** Pass as `after` to get the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** What looks wrong in one employer's classification plan. */
export type PlanAudit = {
  /** Grouped by kind, in a stable order. */
  findings: Array<AuditFinding>;
  jurisdiction: Jurisdiction;
};

/** One seat, classified into a class, with its working title. */
export type Position = {
  /** The agency whose document describes this position. */
  agency: Maybe<Agency>;
  formerNumber: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The class this position is classified in. */
  jobClass: Maybe<JobClass>;
  number: Scalars['String']['output'];
  workingTitle: Maybe<Scalars['String']['output']>;
};

export type PositionConnection = {
  nodes: Array<Position>;
  pageInfo: PageInfo;
  /** Positions matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Narrows positions; all given conditions must hold. */
export type PositionFilter = {
  agencyId: InputMaybe<Scalars['ID']['input']>;
  /** The class the position is classified in. */
  classId: InputMaybe<Scalars['ID']['input']>;
  /** The employer (jurisdiction). */
  jurisdictionId: InputMaybe<Scalars['ID']['input']>;
  payBandMax: InputMaybe<Scalars['Float']['input']>;
  /** The class's pay band at least this (numeric bands only). */
  payBandMin: InputMaybe<Scalars['Float']['input']>;
  payGradeMax: InputMaybe<Scalars['Float']['input']>;
  /** The class's pay grade at least this (numeric grades only). */
  payGradeMin: InputMaybe<Scalars['Float']['input']>;
  /** Working title contains this text (case-insensitive). */
  workingTitle: InputMaybe<Scalars['String']['input']>;
};

/** What a move between two classes rests on. */
export type PromotionBasis =
  /** A distinguishing statement says which class does higher-level work (inferred). */
  | 'DISTINCTION'
  /** A statement compares the two, no direction known (lateral moves only). */
  | 'PEER'
  /** A minimum-qualification clause names the lower class (explicit). */
  | 'QUALIFICATION'
  /** Consecutive levels of a series (inferred). */
  | 'SERIES_ORDER';

/** One reason a person in one class can move to another. */
export type PromotionEdge = {
  basis: PromotionBasis;
  /** False only for explicit edges read from a qualification clause. */
  inferred: Scalars['Boolean']['output'];
  /** Months of experience in the lower class the clause asks for. */
  monthsExperience: Maybe<Scalars['Float']['output']>;
  /** The document's word (DOCUMENT), or an analyst's correction (ANALYST, with who and why). */
  provenance: Provenance;
  /** Where that statement is in its document. */
  source: Maybe<Citation>;
  /** The clause or statement the edge rests on. */
  statement: Maybe<Scalars['String']['output']>;
};

/** A class one promotion step away, with the edges behind the move. */
export type PromotionLink = {
  /** Every edge supporting the move, explicit ones first. */
  edges: Array<PromotionEdge>;
  /** True when an explicit (qualification) edge supports the move. */
  explicit: Scalars['Boolean']['output'];
  jobClass: JobClass;
  /** Least experience any supporting edge asks for. */
  monthsExperience: Maybe<Scalars['Float']['output']>;
};

/** A promotion path with its totals. */
export type PromotionPath = {
  /** True when every step has an explicit (qualification) edge. */
  explicit: Scalars['Boolean']['output'];
  /** Number of steps. */
  length: Scalars['Int']['output'];
  /** Pay movement, e.g. "pay grade 10 -> 12", when both ends are on one comparable scale. */
  payMovement: Maybe<Scalars['String']['output']>;
  steps: Array<PromotionStep>;
  /** Sum over the steps of the least experience any edge asks for; null when no step states one. */
  totalMonthsExperience: Maybe<Scalars['Float']['output']>;
};

/** Promotion paths between two classes, or why there are none. */
export type PromotionPathResult = {
  found: Scalars['Boolean']['output'];
  /** Shortest first; the first is a shortest path, the rest alternatives. */
  paths: Array<PromotionPath>;
  /** Why no path was found (different employers, no link within maxSteps, ...). */
  reason: Maybe<Scalars['String']['output']>;
};

/** One move from a class to the next along a path. */
export type PromotionStep = {
  /** Every edge supporting the move, explicit ones first. */
  edges: Array<PromotionEdge>;
  from: JobClass;
  /** What this step asks a person to gain and leaves behind. */
  gap: StepGap;
  /** Pay movement of this step, e.g. "pay grade 10 -> 12", when comparable. */
  payMovement: Maybe<Scalars['String']['output']>;
  to: JobClass;
};


/** One move from a class to the next along a path. */
export type PromotionStepGapArgs = {
  useEquivalences?: Scalars['Boolean']['input'];
};

/** Whose word a fact is: the document's (DOCUMENT), or an analyst's correction of it (ANALYST, with who and why). */
export type Provenance = {
  /** Who made the correction (ANALYST only). */
  by: Maybe<Scalars['String']['output']>;
  /** The stored correction (ANALYST only); see `corrections`. */
  correctionId: Maybe<Scalars['String']['output']>;
  /** Why (ANALYST only). */
  reason: Maybe<Scalars['String']['output']>;
  /** DOCUMENT or ANALYST. */
  source: Scalars['String']['output'];
};

/** One clause of the minimum qualifications; clauses with the same option form one alternative. */
export type Qualification = {
  /** NONE, HIGH_SCHOOL, SOME_COLLEGE, ASSOCIATE, BACHELOR, MASTER or DOCTORATE. */
  educationLevel: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** EDUCATION, EXPERIENCE, LICENSE, SUBSTITUTION or OTHER. */
  kind: Scalars['String']['output'];
  /** Months of experience or training the clause asks for. */
  months: Maybe<Scalars['Float']['output']>;
  /** Alternative this clause belongs to ("-Or ..." starts a new one). */
  option: Scalars['Int']['output'];
  /** The passage this clause was read from. */
  source: Citation;
  subject: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type Query = {
  /** Every class reachable from a class within maxSteps (at most 6) and, if given, maxMonths of experience, each with its best path, cumulative months and pay movement, ranked. */
  careerHorizon: CareerHorizon;
  /** The levels of a series in order, with pay grade or band and what it takes to enter each level. */
  careerLadder: CareerLadder;
  /** A class family as a subgraph (for graph explorers and exports): a series, job family, employer's plan or class and what lies within `hops` of it, at most maxNodes nodes (1 to 5000). NOT_FOUND for an unknown id; BAD_USER_INPUT unless exactly one id is given. */
  classFamily: Subgraph;
  /** One class series by id; NOT_FOUND when there is none. */
  classSeries: ClassSeries;
  /** Classes, across series and employers, that require a competency under this name or an equivalent one. */
  classesRequiring: Array<CompetencyMatch>;
  /** Two classes side by side: the statements that distinguish them (both directions), competencies shared and not, pay, and a similarity score. */
  compareClasses: ClassComparison;
  /** Competencies in name order, optionally those whose name starts with a prefix. */
  competencies: CompetencyConnection;
  /** The analyst's corrections of a document, with what its last load made of each (APPLIED or STALE). */
  corrections: Array<StoredCorrection>;
  /** Stored equivalence proposals by status (PROPOSED, ACCEPTED, REJECTED), best first. */
  equivalenceProposals: Array<EquivalenceProposal>;
  /** The reverse of careerHorizon: every class from which a path leads up to this one within the bounds, each with its best path (in promotion order), ranked. */
  feederClasses: CareerHorizon;
  /** One class by id; NOT_FOUND when there is none. */
  jobClass: JobClass;
  /** Classes in id order (or by title or pay), a page at a time (cursor pagination). */
  jobClasses: JobClassConnection;
  /** Every jurisdiction in the graph. */
  jurisdictions: Array<Jurisdiction>;
  /** Classes one step up from a class (promotions) and lateral moves, each with its requirements and basis. */
  nextSteps: Array<NextStep>;
  /** For each step of a path (2 to 11 class ids in order), the competencies and qualifications gained and dropped, with their passages. */
  pathGap: Array<StepGap>;
  /** What looks wrong in an employer's plan: grade inversions, series gaps, promotion cycles, unspecified and unreachable classes, duplicate titles; each finding cites its passages. */
  planAudit: PlanAudit;
  /** Positions in id order, a page at a time, by employer, agency, class, pay band or grade and working title. */
  positions: PositionConnection;
  /** The shortest promotion path between two classes and up to `limit` alternatives, each step with its requirements; or the reason there is none. Bounded by maxSteps (at most 10) and a server-side timeout. */
  promotionPaths: PromotionPathResult;
  /** Full-text search over class titles, concepts, duties and competency names, best first; pass the last hit's cursor as `after` for the next page. */
  search: Array<SearchHit>;
  /**
   * Competencies every one of the given classes requires; with useEquivalences, names linked as equivalent count as one and the canonical name is shown.
   * @deprecated Use sharedRequirements: the same requirements with the name each document gives them and the equivalences used.
   */
  sharedCompetencies: Array<Competency>;
  /** What 2 to 50 classes all require, each class keeping its document's names, and the equivalences used to join them. */
  sharedRequirements: SharedRequirements;
  /** Classes ranked by what they require in common with a class, saying what that is. */
  similarClasses: Array<SimilarClass>;
};


export type QueryCareerHorizonArgs = {
  classId: Scalars['ID']['input'];
  includeInferred?: Scalars['Boolean']['input'];
  limit?: Scalars['Int']['input'];
  maxMonths: InputMaybe<Scalars['Int']['input']>;
  maxSteps?: Scalars['Int']['input'];
  orderBy?: HorizonOrder;
};


export type QueryCareerLadderArgs = {
  seriesId: Scalars['ID']['input'];
};


export type QueryClassFamilyArgs = {
  maxNodes?: Scalars['Int']['input'];
  scope: FamilyScope;
};


export type QueryClassSeriesArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClassesRequiringArgs = {
  competency: Scalars['String']['input'];
  useEquivalences?: Scalars['Boolean']['input'];
};


export type QueryCompareClassesArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  useEquivalences?: Scalars['Boolean']['input'];
};


export type QueryCompetenciesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  nameStartsWith: InputMaybe<Scalars['String']['input']>;
};


export type QueryCorrectionsArgs = {
  documentId: Scalars['ID']['input'];
};


export type QueryEquivalenceProposalsArgs = {
  limit?: Scalars['Int']['input'];
  status?: Scalars['String']['input'];
};


export type QueryFeederClassesArgs = {
  classId: Scalars['ID']['input'];
  includeInferred?: Scalars['Boolean']['input'];
  limit?: Scalars['Int']['input'];
  maxMonths: InputMaybe<Scalars['Int']['input']>;
  maxSteps?: Scalars['Int']['input'];
  orderBy?: HorizonOrder;
};


export type QueryJobClassArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJobClassesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<JobClassFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: JobClassOrder;
};


export type QueryNextStepsArgs = {
  classId: Scalars['ID']['input'];
  includeInferred?: Scalars['Boolean']['input'];
};


export type QueryPathGapArgs = {
  classIds: Array<Scalars['ID']['input']>;
  useEquivalences?: Scalars['Boolean']['input'];
};


export type QueryPlanAuditArgs = {
  jurisdictionId: Scalars['ID']['input'];
};


export type QueryPositionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PositionFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryPromotionPathsArgs = {
  from: Scalars['ID']['input'];
  includeInferred?: Scalars['Boolean']['input'];
  limit?: Scalars['Int']['input'];
  maxSteps?: Scalars['Int']['input'];
  to: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  text: Scalars['String']['input'];
};


export type QuerySharedCompetenciesArgs = {
  classIds: Array<Scalars['ID']['input']>;
  useEquivalences?: Scalars['Boolean']['input'];
};


export type QuerySharedRequirementsArgs = {
  classIds: Array<Scalars['ID']['input']>;
  useEquivalences?: Scalars['Boolean']['input'];
};


export type QuerySimilarClassesArgs = {
  classId: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
};

/** The name one class's document uses for a shared requirement. */
export type RequirementName = {
  competency: Competency;
  jobClass: JobClass;
};

/** One change a revision made to a class. */
export type RevisionChange = {
  after: Maybe<Scalars['String']['output']>;
  before: Maybe<Scalars['String']['output']>;
  change: ChangeType;
  /** The field (FIELD), else the item added or removed (a competency name, a clause, "<class id> (<basis>, <n> months)"). */
  item: Scalars['String']['output'];
  kind: RevisionChangeKind;
};

/** What part of a class a change is in. */
export type RevisionChangeKind =
  | 'COMPETENCY'
  | 'DISTINCTION'
  | 'DUTY'
  | 'FIELD'
  | 'PROMOTED_FROM'
  | 'PROMOTES_TO'
  | 'QUALIFICATION';

/** A full-text match: a class (by its title, concept or a duty) or a competency. */
export type SearchHit = {
  competency: Maybe<Competency>;
  /** Pass as `after` to get the hits after this one. */
  cursor: Scalars['String']['output'];
  jobClass: Maybe<JobClass>;
  kind: SearchHitKind;
  /** The text that matched. */
  matched: Maybe<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
};

export type SearchHitKind =
  | 'COMPETENCY'
  | 'JOB_CLASS';

/** A requirement every one of the classes has, with the name each document gives it. */
export type SharedRequirement = {
  asNamed: Array<RequirementName>;
  /** The competency the names fold to (the common name when all documents use one). */
  competency: Competency;
};

/** What a set of classes requires in common, on the documents' own terms. */
export type SharedRequirements = {
  /** The equivalences that joined differently named requirements (empty with useEquivalences: false). */
  equivalencesUsed: Array<UsedEquivalence>;
  requirements: Array<SharedRequirement>;
};

/** A class ranked by what it requires in common with another. */
export type SimilarClass = {
  jobClass: JobClass;
  /** Jaccard similarity of competency sets, 0 to 1. */
  score: Scalars['Float']['output'];
  /** What the two share. */
  shared: Array<Competency>;
};

/** A classification document as loaded: the origin of every fact in the graph. */
export type SourceDocument = {
  /** The agency that issued the document, when its manifest names one. */
  agency: Maybe<Agency>;
  fileName: Scalars['String']['output'];
  /** The parser that read it (ohio-series, ca-judicial-council, denver-csa, montana-job-profile, generic). */
  format: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Stable identity across revisions (manifest id or file name). */
  key: Scalars['String']['output'];
  /** Length of the stored text in characters. */
  length: Scalars['Int']['output'];
  loadedAt: Scalars['String']['output'];
  /** Media type of the original (text/plain, text/markdown, text/html, application/pdf, or the .docx type); the stored text was read from it. */
  mediaType: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the original file's bytes, to find the very file a fact came from. */
  originalSha256: Maybe<Scalars['String']['output']>;
  /** Number of pages of a paginated original (PDF) that hold text; null otherwise. */
  pageCount: Maybe<Scalars['Int']['output']>;
  /** Earlier versions, kept when a revised document replaced them; oldest first. */
  previousVersions: Array<DocumentVersion>;
  /** SHA-256 of the stored text; reloading the same text from the same original (originalSha256) changes nothing. */
  sha256: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};

/** Up (a promotion) or across (a lateral move between peers). */
export type StepDirection =
  | 'LATERAL'
  | 'PROMOTION';

/** What a step asks a person to gain, and what it leaves behind, each with its passage. */
export type StepGap = {
  /** Required by the lower class and not by the higher one. */
  competenciesDropped: Array<CompetencyRequirement>;
  /** Required by the higher class, under its own document's name, and not by the lower one. */
  competenciesGained: Array<CompetencyRequirement>;
  /** Competencies both require. */
  competenciesKept: Scalars['Int']['output'];
  /** Equivalences that made two names count as one (empty with useEquivalences: false). */
  equivalencesUsed: Array<UsedEquivalence>;
  from: JobClass;
  /** Clauses of the lower class the higher one does not have. */
  qualificationsDropped: Array<Qualification>;
  /** Minimum-qualification clauses of the higher class whose wording the lower class does not have. */
  qualificationsGained: Array<Qualification>;
  to: JobClass;
};

/** A stored correction and what the last load of its document made of it. */
export type StoredCorrection = {
  action: Scalars['String']['output'];
  by: Scalars['String']['output'];
  /** The class it applies to. */
  classId: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['String']['output'];
  /** What it does, in one line. */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  /** FILE (a corrections file beside the document) or API (correctDocument). */
  origin: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  /** Why it is stale. */
  staleReason: Maybe<Scalars['String']['output']>;
  /** APPLIED, or STALE when it no longer applies to the document as now read. */
  status: Scalars['String']['output'];
};

/** A piece of the graph to draw or export: nodes, edges, and whether maxNodes cut it short. */
export type Subgraph = {
  edges: Array<SubgraphEdge>;
  nodes: Array<SubgraphNode>;
  /** True when the node cap cut the subgraph short (the nodes nearest the scope are kept). */
  truncated: Scalars['Boolean']['output'];
};

/** A relationship of a subgraph, between two node ids. */
export type SubgraphEdge = {
  /** Stable: "<source>|<type>|<target>|<discriminator>" (document, basis or kind). */
  id: Scalars['ID']['output'];
  /** Scalar properties of the relationship. */
  properties: Scalars['JSON']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: SubgraphEdgeType;
};

/** The Neo4j relationship type of a subgraph edge. */
export type SubgraphEdgeType =
  | 'CLASSIFIED_AS'
  | 'DISTINGUISHED_FROM'
  | 'HAS_LEVEL'
  | 'IN'
  | 'IN_FAMILY'
  | 'PROMOTES_TO'
  | 'REQUIRES'
  | 'SAME_AS';

/** A node of a subgraph: its natural key, label, caption and scalar properties. */
export type SubgraphNode = {
  /** Natural key, e.g. "state-of-ohio:62721S". */
  id: Scalars['ID']['output'];
  /** Caption for display: a class's code and title, a competency's name. */
  label: Scalars['String']['output'];
  /** Scalar properties of the node (strings, numbers, booleans, null). */
  properties: Scalars['JSON']['output'];
  type: SubgraphNodeType;
};

/** The Neo4j label of a subgraph node. */
export type SubgraphNodeType =
  | 'Agency'
  | 'ClassSeries'
  | 'Competency'
  | 'JobClass'
  | 'JobFamily'
  | 'Jurisdiction'
  | 'Position';

/** Two differently named requirements an answer treated as the same one, and why. */
export type UsedEquivalence = {
  basis: EquivalenceBasis;
  /** The competency both are linked to. */
  canonical: Competency;
  /** The name in the first (lower) class. */
  from: Competency;
  /** The name in the second (higher) class. */
  to: Competency;
};

export type ClassDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClassDetailQuery = { jobClass: { id: string, code: string | null, title: string, specified: boolean, level: number | null, payGrade: string | null, payBand: string | null, bargainingUnit: string | null, flsaStatus: string | null, establishedDate: string | null, concept: string | null, supervisionReceived: string | null, supervisionExercised: string | null, jurisdiction: { id: string, name: string }, series: { id: string, code: string | null, title: string, levels: Array<{ id: string, code: string | null, title: string, payGrade: string | null }> } | null, duties: Array<{ text: string, percentOfTime: number | null, essential: boolean, source: { passage: string | null } }>, qualifications: Array<{ kind: string, text: string, option: number, educationLevel: string | null, months: number | null, subject: string | null, source: { passage: string | null } }>, competencies: Array<{ kind: string, definition: string | null, competency: { id: string, name: string }, source: { passage: string | null } }>, distinctions: Array<{ statement: string, outgoing: boolean, other: { id: string, title: string, specified: boolean }, source: { passage: string | null, document: { fileName: string } } }>, positions: Array<{ number: string, workingTitle: string | null }>, sources: Array<{ mention: boolean, passage: string | null, document: { fileName: string, format: string, sha256: string } }> } };

export type SeriesLadderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SeriesLadderQuery = { classSeries: { id: string, code: string | null, title: string, levels: Array<{ id: string, code: string | null, title: string, payGrade: string | null, level: number | null }> } };

export type FindClassesQueryVariables = Exact<{
  filter: InputMaybe<JobClassFilter>;
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type FindClassesQuery = { jobClasses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string | null, title: string, specified: boolean } }> } };

export type CompetencyClassesQueryVariables = Exact<{
  prefix: Scalars['String']['input'];
}>;


export type CompetencyClassesQuery = { competencies: { nodes: Array<{ id: string, name: string, classCount: number | null, requiredBy: Array<{ id: string, title: string, jurisdiction: { id: string } }> }> } };


export const ClassDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"payGrade"}},{"kind":"Field","name":{"kind":"Name","value":"payBand"}},{"kind":"Field","name":{"kind":"Name","value":"bargainingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"flsaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"establishedDate"}},{"kind":"Field","name":{"kind":"Name","value":"concept"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionReceived"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionExercised"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"payGrade"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"percentOfTime"}},{"kind":"Field","name":{"kind":"Name","value":"essential"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"distinctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"outgoing"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passage"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"workingTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mention"}},{"kind":"Field","name":{"kind":"Name","value":"passage"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClassDetailQuery, ClassDetailQueryVariables>;
export const SeriesLadderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeriesLadder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"payGrade"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<SeriesLadderQuery, SeriesLadderQueryVariables>;
export const FindClassesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindClasses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobClassFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindClassesQuery, FindClassesQueryVariables>;
export const CompetencyClassesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompetencyClasses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"nameStartsWith"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classCount"}},{"kind":"Field","name":{"kind":"Name","value":"requiredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompetencyClassesQuery, CompetencyClassesQueryVariables>;