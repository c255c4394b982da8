/** Listing and counting classes with filters, one page at a time in id order. */
import type { Executor } from '../db/executor';

export interface JobClassFilterParams {
  jurisdictionId: string | null;
  seriesId: string | null;
  specified: boolean | null;
  code: string | null;
  payGradeMin: number | null;
  payGradeMax: number | null;
  payBandMin: number | null;
  payBandMax: number | null;
  flsaStatus: string | null;
  competencyId: string | null;
}

export class JobClassRepository {
  constructor(private readonly executor: Executor) {}

  async page(filter: JobClassFilterParams, after: string, limit: number): Promise<Record<string, unknown>[]> {
    const rows = await this.executor.read('read/job-classes-page', { ...filter, after, limit });
    return rows.map((r) => r.value as Record<string, unknown>);
  }

  /** A page in title or pay order, by offset. */
  async orderedPage(filter: JobClassFilterParams, orderBy: 'TITLE' | 'PAY_ASC' | 'PAY_DESC', skip: number, limit: number): Promise<Record<string, unknown>[]> {
    const rows = await this.executor.read('read/job-classes-page-ordered', { ...filter, orderBy, skip, limit });
    return rows.map((r) => r.value as Record<string, unknown>);
  }

  async count(filter: JobClassFilterParams): Promise<number> {
    const rows = await this.executor.read('read/job-classes-count', { ...filter });
    return Number(rows[0]?.total ?? 0);
  }
}
