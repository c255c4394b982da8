/** Jurisdictions, competencies and full-text search. */
import type { Executor } from '../db/executor';

export interface SearchRow {
  kind: 'JOB_CLASS' | 'COMPETENCY';
  score: number;
  value: Record<string, unknown>;
  matched: string | null;
}

export class CatalogRepository {
  constructor(private readonly executor: Executor) {}

  async jurisdictions(): Promise<Record<string, unknown>[]> {
    return (await this.executor.read('read/jurisdictions-all')).map((r) => r.value as Record<string, unknown>);
  }

  async competencies(after: string, limit: number, prefix: string | null): Promise<Record<string, unknown>[]> {
    return (await this.executor.read('read/competencies-page', { after, limit, prefix })).map((r) => r.value as Record<string, unknown>);
  }

  async search(query: string, limit: number, skip = 0): Promise<SearchRow[]> {
    return (await this.executor.read('read/search', { query, limit, skip })) as unknown as SearchRow[];
  }
}
