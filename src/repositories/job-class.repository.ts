/**
 * Listing and counting classes with filters, one page at a time in id order. The statement is chosen by the
 * most selective filter present (series, then code, then jurisdiction), so the page is found through an index
 * instead of a `$x IS NULL OR ...` predicate the planner cannot use; the other filters are checked on its rows.
 */
import type { Executor } from '../db/executor';

export interface JobClassFilterParams {
  jurisdictionId: string | null;
  seriesId: string | null;
  specified: boolean | null;
  code: string | null;
}

type Driving = 'in-series' | 'by-code' | 'in-jurisdiction' | 'all';

function drivingFilter(filter: JobClassFilterParams): Driving {
  if (filter.seriesId !== null) return 'in-series';
  if (filter.code !== null) return 'by-code';
  if (filter.jurisdictionId !== null) return 'in-jurisdiction';
  return 'all';
}

const PAGE: Record<Driving, string> = {
  'in-series': 'read/job-classes-page-in-series',
  'by-code': 'read/job-classes-page-by-code',
  'in-jurisdiction': 'read/job-classes-page-in-jurisdiction',
  all: 'read/job-classes-page',
};

const COUNT: Record<Driving, string> = {
  'in-series': 'read/job-classes-count-in-series',
  'by-code': 'read/job-classes-count-by-code',
  'in-jurisdiction': 'read/job-classes-count-in-jurisdiction',
  all: 'read/job-classes-count',
};

export class JobClassRepository {
  constructor(private readonly executor: Executor) {}

  async page(filter: JobClassFilterParams, after: string, limit: number): Promise<Record<string, unknown>[]> {
    const rows = await this.executor.read(PAGE[drivingFilter(filter)], { ...filter, after, limit });
    return rows.map((r) => r.value as Record<string, unknown>);
  }

  async count(filter: JobClassFilterParams): Promise<number> {
    const rows = await this.executor.read(COUNT[drivingFilter(filter)], { ...filter });
    return Number(rows[0]?.total ?? 0);
  }
}
