/**
 * What one request may cost, in one place (README "Limits" documents each figure and how it differs from
 * graphql-armor's defaults). The static cost bounds the work before any resolver runs; the runtime budgets
 * (resolver count, result size, time) hold even if the estimate is wrong.
 */
import { LIST_FIELD_CAP } from '../../repositories/graph-read.repository';

export const REQUEST_LIMITS = {
  /** graphql-armor: depth 6 by default; our career ladders and class families nest deeper. */
  maxDepth: 12,
  /**
   * Worst-case fields resolved (every list at its bound); armor's default 5000 counts only literal `first`.
   * Every list counted at its cap makes ordinary explorer reads look huge (20 classes > series > levels >
   * competencies > the first 10 classes requiring each: 1.44M), so this only refuses shapes that are absurd at
   * their caps (the audit's query: 1.8M at a page of 10, 18M at 100); what a request really does is bounded while
   * it runs: maxResolvers fields, maxResultChars, and MAX_FETCHED_ITEMS read from Neo4j (graph-read.repository).
   */
  maxCost: 1_500_000,
  maxAliases: 15,
  maxTokens: 4000,
  maxDirectives: 20,
  /** Items any list field without a page argument returns at most (Cypher collects at most this many). */
  listFieldCap: LIST_FIELD_CAP,
  /** Field resolutions per request, counted while executing. */
  maxResolvers: 60_000,
  /** Characters of string values in one response, counted while executing. */
  maxResultChars: 8 * 1024 * 1024,
  /** Characters of any string argument unless a longer one is named below. */
  maxStringArgument: 1000,
  /** Items of any list argument. */
  maxListArgument: 100,
  /** Request body, parsed by Express before GraphQL sees it. */
  maxBodyBytes: 8 * 1024 * 1024,
} as const;

/** Per-argument string limits that differ from maxStringArgument, by "<field>.<argument path>". */
export const STRING_ARGUMENT_LIMITS: Record<string, number> = {
  // The service measures the document limit (1 MB) in bytes; a character is at least one byte.
  'ingestDocument.input.text': 1024 * 1024,
  'ingestDocument.input.key': 200,
  'ingestDocument.input.fileName': 200,
  'ingestDocument.input.url': 2000,
  'search.text': 200,
};

/**
 * Lists known to be small, held to a lower cap than listFieldCap (the server slices them to it, and the cost
 * counts them at it). Keyed by "<Type>.<field>".
 */
export const FIELD_LIST_CAPS: Record<string, number> = {
  'ClassSeries.levels': 50,
  'JobClass.competencies': 60,
  'JobClass.duties': 50,
  'CareerLadder.levels': 50,
  'JobClass.qualifications': 50,
  'JobClass.distinctions': 50,
  'JobClass.sources': 20,
  'PromotionPath.steps': 10,
  'PromotionStep.edges': 10,
  'NextStep.edges': 10,
  'NextStep.requirements': 50,
  'LadderLevel.fromPreviousLevel': 10,
  'LadderLevel.requirements': 50,
  'CompetencyMatch.asNames': 10,
  'CompetencyMatch.kinds': 5,
  // Questions (issue 11): a path has at most 10 steps, a class at most 60 requirements.
  'Query.pathGap': 10,
  'Query.nextSteps': 50,
  'Query.sharedCompetencies': 60,
  'Query.jurisdictions': 1000,
  'JobClass.promotesTo': 20,
  'JobClass.promotedFrom': 20,
  'JobClass.revisions': 20,
  'JobClass.fieldCorrections': 50,
  'PromotionLink.edges': 10,
  'SourceDocument.previousVersions': 20,
  'Competency.equivalentTo': 20,
  'ClassRevision.changes': 100,
  'HorizonClass.path': 6, // HORIZON_MAX_STEPS
  'CareerStep.edges': 10,
  'StepGap.competenciesGained': 60,
  'StepGap.competenciesDropped': 60,
  'StepGap.qualificationsGained': 50,
  'StepGap.qualificationsDropped': 50,
  'StepGap.equivalencesUsed': 60,
  'ClassComparison.statements': 50,
  'ClassComparison.thirdClassStatements': 50,
  'ClassComparison.sharedCompetencies': 60,
  'ClassComparison.onlyInA': 60,
  'ClassComparison.onlyInB': 60,
  'ClassComparison.equivalencesUsed': 60,
  'SimilarClass.shared': 60,
  'SharedRequirements.requirements': 60,
  'SharedRequirements.equivalencesUsed': 60,
  'SharedRequirement.asNamed': 50,
  'EquivalenceProposal.reasons': 10,
  // A plan's audit lists up to 500 findings, each naming a few classes and passages.
  'PlanAudit.findings': 500,
  'AuditFinding.classes': 20,
  'AuditFinding.citations': 20,
  'IngestReport.classes': 1000,
  'IngestReport.referencedClasses': 1000,
  'IngestReport.warnings': 1000,
};

/** Lists whose size is the page argument of the field above them (connections, path and subgraph results). */
export const PAGED_LISTS = new Set(['JobClassConnection.edges', 'CompetencyConnection.nodes', 'PositionConnection.nodes', 'PromotionPathResult.paths', 'Subgraph.nodes', 'Subgraph.edges', 'CareerHorizon.classes']);

/** The most items the list field `<type>.<field>` returns when it has no page argument. */
export function listCap(type: string, field: string): number {
  return FIELD_LIST_CAPS[`${type}.${field}`] ?? LIST_FIELD_CAP;
}

/** The largest an argument named first/limit/maxNodes may make a list, for cost purposes (else the list cap). */
export const PAGE_ARGUMENTS = ['first', 'limit', 'maxNodes'] as const;
