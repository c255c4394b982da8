/**
 * What one request may cost, in one place (README "Limits" documents each figure and how it differs from
 * graphql-armor's defaults). The static cost bounds the work before any resolver runs; the runtime budgets
 * (resolver count, result size, time) hold even if the estimate is wrong.
 */
import { LIST_FIELD_CAP } from '../../repositories/graph-read.repository';

export const REQUEST_LIMITS = {
  /** graphql-armor: depth 6 by default; our career ladders and class families nest deeper. */
  maxDepth: 12,
  /** Worst-case fields resolved (every list at its bound); armor's default 5000 counts only literal `first`. */
  maxCost: 50_000,
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
  'IngestReport.classes': 1000,
  'IngestReport.referencedClasses': 1000,
  'IngestReport.warnings': 1000,
};

/** Lists whose size is the page argument of the field above them (connections, path and subgraph results). */
export const PAGED_LISTS = new Set(['JobClassConnection.edges', 'CompetencyConnection.nodes', 'PromotionPathResult.paths', 'Subgraph.nodes', 'Subgraph.edges']);

/** The most items the list field `<type>.<field>` returns when it has no page argument. */
export function listCap(type: string, field: string): number {
  return FIELD_LIST_CAPS[`${type}.${field}`] ?? LIST_FIELD_CAP;
}

/** The largest an argument named first/limit/maxNodes may make a list, for cost purposes (else the list cap). */
export const PAGE_ARGUMENTS = ['first', 'limit', 'maxNodes'] as const;
