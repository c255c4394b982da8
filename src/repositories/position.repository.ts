/** Listing and counting positions with filters, one page at a time in id order. */
import type { Executor } from '../db/executor';

export interface PositionFilterParams {
  jurisdictionId: string | null;
  agencyId: string | null;
  classId: string | null;
  payBandMin: number | null;
  payBandMax: number | null;
  payGradeMin: number | null;
  payGradeMax: number | null;
  workingTitle: string | null;
}

export class PositionRepository {
  constructor(private readonly executor: Executor) {}

  async page(filter: PositionFilterParams, after: string, limit: number): Promise<Record<string, unknown>[]> {
    return (await this.executor.read('read/positions-page', { ...filter, after, limit })).map((r) => r.value as Record<string, unknown>);
  }

  async count(filter: PositionFilterParams): Promise<number> {
    const rows = await this.executor.read('read/positions-count', { ...filter });
    return Number(rows[0]?.total ?? 0);
  }
}
