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

/** The levels of a series in order, with pay and entry requirements. */
export type CareerLadder = {
  levels: Array<LadderLevel>;
  series: ClassSeries;
};

/** Where a fact came from: a character span of a source document, and its text. */
export type Citation = {
  document: SourceDocument;
  /** Offset just past the last character of the passage. */
  end: Scalars['Int']['output'];
  /** True when the document only names the class (e.g. in a distinction) rather than specifying it. */
  mention: Scalars['Boolean']['output'];
  /** The passage itself, cut from the stored document text. */
  passage: Maybe<Scalars['String']['output']>;
  /** Offset of the first character of the passage in the document text. */
  start: Scalars['Int']['output'];
};

/** Two classes side by side. Each side (a, b) carries its concept, supervision, duties, qualifications and pay; this adds what relates them. */
export type ClassComparison = {
  a: JobClass;
  b: JobClass;
  onlyInA: Array<Competency>;
  onlyInB: Array<Competency>;
  /** True when a and b are on the same pay scale of the same employer (pay grades compare only within one plan). */
  payComparable: Scalars['Boolean']['output'];
  /** e.g. "pay band 5 vs 3", when comparable. */
  payDifference: Maybe<Scalars['String']['output']>;
  /** Competencies both require (equivalent names folded by SAME_AS). */
  sharedCompetencies: Array<Competency>;
  /** Jaccard similarity of the two competency sets, 0 to 1. */
  similarity: Scalars['Float']['output'];
  /** Statements distinguishing a from b and b from a. */
  statements: Array<ComparisonStatement>;
  /** Statements of a or b about a third class both of them are compared with. */
  thirdClassStatements: Array<ComparisonStatement>;
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

/** A class requiring a competency, and under which name. */
export type CompetencyMatch = {
  /** The names the class document uses (equivalents by SAME_AS included). */
  asNames: Array<Scalars['String']['output']>;
  jobClass: JobClass;
  /** KNOWLEDGE, SKILL, ABILITY, BEHAVIOR or COMPETENCY. */
  kinds: Array<Scalars['String']['output']>;
};

/** A class requiring a competency, as the class document states it. */
export type CompetencyRequirement = {
  competency: Competency;
  /** The document's own definition. */
  definition: Maybe<Scalars['String']['output']>;
  /** KNOWLEDGE, SKILL, ABILITY, BEHAVIOR or COMPETENCY. */
  kind: Scalars['String']['output'];
  /** The passage naming this requirement. */
  source: Citation;
};

/** A distinguishing statement between this class and another. */
export type Distinction = {
  other: JobClass;
  /** True when the statement is in this class's own document (this class distinguished from the other). */
  outgoing: Scalars['Boolean']['output'];
  /** The passage stating the distinction. */
  source: Citation;
  statement: Scalars['String']['output'];
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
  /** Minimum qualifications, clause by clause, grouped into alternatives by `option`. */
  qualifications: Array<Qualification>;
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
  jurisdictionId: InputMaybe<Scalars['ID']['input']>;
  seriesId: InputMaybe<Scalars['ID']['input']>;
  /** true: only classes with their own specification; false: only referenced ones. */
  specified: InputMaybe<Scalars['Boolean']['input']>;
};

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
  /** Parse a classification document and load it (needs an editor or admin API key). Loading the same key again updates it; the report says what happened. */
  ingestDocument: IngestReport;
};


export type MutationIngestDocumentArgs = {
  input: IngestDocumentInput;
};

/** A move available from a class: up (a promotion) or across (a lateral move). */
export type NextStep = {
  /** PROMOTION or LATERAL. */
  direction: Scalars['String']['output'];
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

/** One seat, classified into a class, with its working title. */
export type Position = {
  formerNumber: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The class this position is classified in. */
  jobClass: Maybe<JobClass>;
  number: Scalars['String']['output'];
  workingTitle: Maybe<Scalars['String']['output']>;
};

/** One reason a person in one class can move to another. */
export type PromotionEdge = {
  /** QUALIFICATION (a minimum-qualification clause names the lower class), SERIES_ORDER (consecutive levels of a series), DISTINCTION (a distinguishing statement says which does higher-level work) or PEER (compared, no direction known). */
  basis: Scalars['String']['output'];
  /** False only for explicit edges read from a qualification clause. */
  inferred: Scalars['Boolean']['output'];
  /** Months of experience in the lower class the clause asks for. */
  monthsExperience: Maybe<Scalars['Float']['output']>;
  /** Where that statement is in its document. */
  source: Maybe<Citation>;
  /** The clause or statement the edge rests on. */
  statement: Maybe<Scalars['String']['output']>;
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
  to: JobClass;
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
  /** One class by id; NOT_FOUND when there is none. */
  jobClass: JobClass;
  /** Classes in id order, a page at a time (cursor pagination). */
  jobClasses: JobClassConnection;
  /** Every jurisdiction in the graph. */
  jurisdictions: Array<Jurisdiction>;
  /** Classes one step up from a class (promotions) and lateral moves, each with its requirements and basis. */
  nextSteps: Array<NextStep>;
  /** The shortest promotion path between two classes and up to `limit` alternatives, each step with its requirements; or the reason there is none. Bounded by maxSteps (at most 10) and a server-side timeout. */
  promotionPaths: PromotionPathResult;
  /** Full-text search over class titles, concepts, duties and competency names. */
  search: Array<SearchHit>;
  /** Competencies every one of the given classes requires, equivalent names folded by SAME_AS. */
  sharedCompetencies: Array<Competency>;
  /** Classes ranked by what they require in common with a class, saying what that is. */
  similarClasses: Array<SimilarClass>;
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
};


export type QueryCompareClassesArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
};


export type QueryCompetenciesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  nameStartsWith: InputMaybe<Scalars['String']['input']>;
};


export type QueryJobClassArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJobClassesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<JobClassFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryNextStepsArgs = {
  classId: Scalars['ID']['input'];
  includeInferred?: Scalars['Boolean']['input'];
};


export type QueryPromotionPathsArgs = {
  from: Scalars['ID']['input'];
  includeInferred?: Scalars['Boolean']['input'];
  limit?: Scalars['Int']['input'];
  maxSteps?: Scalars['Int']['input'];
  to: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  first?: Scalars['Int']['input'];
  text: Scalars['String']['input'];
};


export type QuerySharedCompetenciesArgs = {
  classIds: Array<Scalars['ID']['input']>;
};


export type QuerySimilarClassesArgs = {
  classId: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
};

/** A full-text match: a class (by its title, concept or a duty) or a competency. */
export type SearchHit = {
  competency: Maybe<Competency>;
  jobClass: Maybe<JobClass>;
  kind: SearchHitKind;
  /** The text that matched. */
  matched: Maybe<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
};

export type SearchHitKind =
  | 'COMPETENCY'
  | 'JOB_CLASS';

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
  fileName: Scalars['String']['output'];
  /** The parser that read it (ohio-series, ca-judicial-council, denver-csa, montana-job-profile, generic). */
  format: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Stable identity across revisions (manifest id or file name). */
  key: Scalars['String']['output'];
  /** Length of the stored text in characters. */
  length: Scalars['Int']['output'];
  loadedAt: Scalars['String']['output'];
  /** SHA-256 of the loaded text; a reload with the same hash changes nothing. */
  sha256: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
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