/**
 * Batched reads keyed by id. Every statement it runs takes `$ids` (or `$refs`) and returns `key, value` rows,
 * so one round trip answers a whole DataLoader batch.
 */
import { queryLimitExceeded } from '../errors/app-error';
import type { Executor } from '../db/executor';

/** Statements of the form `UNWIND $ids AS id ... RETURN id AS key, <x> AS value`. */
export type BatchStatement =
  | 'read/job-classes-by-ids'
  | 'read/jurisdiction-by-class-ids'
  | 'read/series-by-class-ids'
  | 'read/duties-by-class-ids'
  | 'read/qualifications-by-class-ids'
  | 'read/competencies-by-class-ids'
  | 'read/distinctions-by-class-ids'
  | 'read/positions-by-class-ids'
  | 'read/field-corrections-by-class-ids'
  | 'read/class-by-position-ids'
  | 'read/sources-by-class-ids'
  | 'read/documents-by-ids'
  | 'read/series-by-ids'
  | 'read/levels-by-series-ids'
  | 'read/family-by-series-ids'
  | 'read/jurisdiction-by-ids'
  | 'read/competencies-by-ids'
  | 'read/classes-by-competency-ids'
  | 'read/promotions-from-class-ids'
  | 'read/promotions-into-class-ids'
  | 'read/promotion-edges-by-pair-keys'
  | 'read/agency-by-class-ids'
  | 'read/agency-by-position-ids'
  | 'read/agency-by-document-ids'
  | 'read/canonical-by-competency-ids'
  | 'read/equivalents-by-competency-ids'
  | 'read/revisions-by-class-ids'
  | 'read/versions-by-document-ids';

/** The property names a look-ahead of series trees returns for each kind of record (see loaders/projection.ts). */
export interface SeriesTreeProjection {
  seriesProps: string[];
  levelProps: string[];
  competencyProps: string[];
  requirementProps: string[];
}

/** One series of read/page-then/series-trees: [series values, members, levels], values in projection order. */
export type SeriesTreeRow = [
  series: unknown[],
  members: { id: string; rank: number }[],
  /** [level values, rank, [competency values, requirement values][]] */
  levels: [unknown[], number, [unknown[], unknown[]][]][],
];

/**
 * The most items a list field without a page argument returns (lists collected by batch statements end at
 * `$cap`); the query cost counts each such list at this size.
 */
export const LIST_FIELD_CAP = 100;

/**
 * The most items (rows, and the entries of the lists they carry) one request may read through this repository.
 * The query cost bounds what an operation may ask for and the field budget what it resolves; this bounds what it
 * makes Neo4j send first, so a wide nesting of batches cannot fill the heap before any field is counted.
 */
export const MAX_FETCHED_ITEMS = 50_000;

const itemsIn = (rows: Record<string, unknown>[]): number => rows.reduce((n, row) => n + 1 + Object.values(row).reduce<number>((m, v) => m + (Array.isArray(v) ? v.length : 0), 0), 0);

export interface PassageRef {
  doc: string;
  start: number;
  end: number;
}

export class GraphReadRepository {
  /** Items read so far by this request (a repository is made per request). */
  private fetched = 0;

  constructor(
    private readonly executor: Executor,
    private readonly maxFetchedItems = MAX_FETCHED_ITEMS,
  ) {}

  /** Runs a batch statement for `ids` (with `params` besides); the map holds a value for each id that has one. */
  async batch(statement: BatchStatement, ids: readonly string[], params: Record<string, unknown> = {}): Promise<Map<string, unknown>> {
    const rows = this.count(await this.executor.read(statement, { cap: LIST_FIELD_CAP, ...params, ids: [...ids] }));
    return new Map(rows.map((row) => [String(row.key), row.value]));
  }

  /**
   * A page of classes (the rows of `pageStatement`, a job-classes-page statement) and, in the same statement,
   * the series trees of its first `first` classes (read/page-then/series-trees).
   */
  async pageWithSeriesTrees(pageStatement: string, params: Record<string, unknown>, first: number, projection: SeriesTreeProjection): Promise<{ page: Record<string, unknown>[]; trees: SeriesTreeRow[] }> {
    const [row] = await this.executor.read(`${pageStatement}+read/page-then/series-trees`, { cap: LIST_FIELD_CAP, ...params, ...projection, first });
    const page = (row?.page ?? []) as Record<string, unknown>[];
    const trees = (row?.trees ?? []) as SeriesTreeRow[];
    // The page's rows, each tree, its members and levels, and each level's competencies (a list inside a list).
    this.fetched += page.length + trees.reduce((n, [, members, levels]) => n + 1 + members.length + levels.reduce((m, level) => m + 1 + level[2].length, 0), 0);
    this.check();
    return { page, trees };
  }

  private count<T extends Record<string, unknown>>(rows: T[]): T[] {
    this.fetched += itemsIn(rows);
    this.check();
    return rows;
  }

  private check(): void {
    if (this.fetched > this.maxFetchedItems) {
      throw queryLimitExceeded(`The request read more than ${this.maxFetchedItems} items from the graph and was stopped; ask for smaller pages or fewer nested lists`, { maxFetchedItems: this.maxFetchedItems });
    }
  }

  async passages(refs: readonly PassageRef[]): Promise<Map<string, string>> {
    const rows = await this.executor.read('read/passages', { refs: refs.map((r) => ({ ...r, key: passageKey(r) })) });
    return new Map(rows.map((row) => [String(row.key), String(row.value)]));
  }
}

export function passageKey(ref: PassageRef): string {
  return `${ref.doc}|${ref.start}|${ref.end}`;
}
