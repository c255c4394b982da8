/**
 * Batched reads keyed by id. Every statement it runs takes `$ids` (or `$refs`) and returns `key, value` rows,
 * so one round trip answers a whole DataLoader batch.
 */
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

export interface SeriesTreeRow {
  series: Record<string, unknown> & { id: string };
  members: { id: string; rank: number }[];
  levels: { level: Record<string, unknown> & { id: string; rank: number }; competencies: unknown[] }[];
}

/**
 * The most items a list field without a page argument returns (lists collected by batch statements end at
 * `$cap`); the query cost counts each such list at this size.
 */
export const LIST_FIELD_CAP = 100;

export interface PassageRef {
  doc: string;
  start: number;
  end: number;
}

export class GraphReadRepository {
  constructor(private readonly executor: Executor) {}

  /** Runs a batch statement for `ids` (with `params` besides); the map holds a value for each id that has one. */
  async batch(statement: BatchStatement, ids: readonly string[], params: Record<string, unknown> = {}): Promise<Map<string, unknown>> {
    const rows = await this.executor.read(statement, { cap: LIST_FIELD_CAP, ...params, ids: [...ids] });
    return new Map(rows.map((row) => [String(row.key), row.value]));
  }

  /** Series of `classIds` with their levels and the levels' competencies (read/series-trees-by-class-ids). */
  async seriesTrees(classIds: readonly string[]): Promise<SeriesTreeRow[]> {
    return (await this.executor.read('read/series-trees-by-class-ids', { ids: [...classIds] })) as unknown as SeriesTreeRow[];
  }

  async passages(refs: readonly PassageRef[]): Promise<Map<string, string>> {
    const rows = await this.executor.read('read/passages', { refs: refs.map((r) => ({ ...r, key: passageKey(r) })) });
    return new Map(rows.map((row) => [String(row.key), String(row.value)]));
  }
}

export function passageKey(ref: PassageRef): string {
  return `${ref.doc}|${ref.start}|${ref.end}`;
}
