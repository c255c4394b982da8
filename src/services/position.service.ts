/** Positions (seats) by employer, agency, class, pay and working title. */
import { badInput } from '../errors/app-error';
import type { PositionRecord } from '../loaders/records';
import type { PositionFilterParams, PositionRepository } from '../repositories/position.repository';
import type { PositionFilter } from '../schema/position-filter.input';
import { decodeCursor, encodeCursor } from './cursor';

export class PositionService {
  constructor(private readonly positions: PositionRepository) {}

  async list(filter: PositionFilter | null | undefined, first: number, after: string | null | undefined) {
    const title = filter?.workingTitle?.trim().toLowerCase();
    if (title !== undefined && title.length > 200) throw badInput('workingTitle is limited to 200 characters', 'workingTitle');
    const params: PositionFilterParams = {
      jurisdictionId: filter?.jurisdictionId ?? null,
      agencyId: filter?.agencyId ?? null,
      classId: filter?.classId ?? null,
      payBandMin: filter?.payBandMin ?? null,
      payBandMax: filter?.payBandMax ?? null,
      payGradeMin: filter?.payGradeMin ?? null,
      payGradeMax: filter?.payGradeMax ?? null,
      workingTitle: title || null,
    };
    const [rows, totalCount] = await Promise.all([this.positions.page(params, decodeCursor(after), first + 1), this.positions.count(params)]);
    const nodes = rows.slice(0, first) as unknown as PositionRecord[];
    return {
      nodes,
      pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null },
      totalCount,
    };
  }
}
