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
  payGradeMin: number | null;
  payGradeMax: number | null;
  payBandMin: number | null;
  payBandMax: number | null;
  flsaStatus: string | null;
  competencyId: string | null;
}

type Driving = 'filtered' | 'in-series' | 'by-code' | 'in-jurisdiction' | 'all';

function drivingFilter(filter: JobClassFilterParams): Driving {
  // Pay ranges, FLSA and competency are checked row by row on the id seek; they are rarer than the others.
  if ([filter.payGradeMin, filter.payGradeMax, filter.payBandMin, filter.payBandMax, filter.flsaStatus, filter.competencyId].some((v) => v !== null)) return 'filtered';
  if (filter.seriesId !== null) return 'in-series';
  if (filter.code !== null) return 'by-code';
  if (filter.jurisdictionId !== null) return 'in-jurisdiction';
  return 'all';
}

const PAGE: Record<Driving, string> = {
  filtered: 'read/job-classes-page-filtered',
  'in-series': 'read/job-classes-page-in-series',
  'by-code': 'read/job-classes-page-by-code',
  'in-jurisdiction': 'read/job-classes-page-in-jurisdiction',
  all: 'read/job-classes-page',
};

const COUNT: Record<Driving, string> = {
  filtered: 'read/job-classes-count-filtered',
  'in-series': 'read/job-classes-count-in-series',
  'by-code': 'read/job-classes-count-by-code',
  'in-jurisdiction': 'read/job-classes-count-in-jurisdiction',
  all: 'read/job-classes-count',
};

export class JobClassRepository {
  constructor(private readonly executor: Executor) {}

  /** The page statement the filters drive (composed with a continuation by the look-ahead). */
  pageStatement(filter: JobClassFilterParams): string {
    return PAGE[drivingFilter(filter)];
  }

  async page(filter: JobClassFilterParams, after: string, limit: number): Promise<Record<string, unknown>[]> {
    const rows = await this.executor.read(this.pageStatement(filter), { ...filter, after, limit });
    return rows.map((r) => r.value as Record<string, unknown>);
  }

  /** A page in title or pay order, by offset. */
  async orderedPage(filter: JobClassFilterParams, orderBy: 'TITLE' | 'PAY_ASC' | 'PAY_DESC', skip: number, limit: number): Promise<Record<string, unknown>[]> {
    const rows = await this.executor.read('read/job-classes-page-ordered', { ...filter, orderBy, skip, limit });
    return rows.map((r) => r.value as Record<string, unknown>);
  }

  async count(filter: JobClassFilterParams): Promise<number> {
    const rows = await this.executor.read(COUNT[drivingFilter(filter)], { ...filter });
    return Number(rows[0]?.total ?? 0);
  }
}
