/** Looking up and listing classes; turns "absent" into NOT_FOUND and bad arguments into BAD_USER_INPUT. */
import { notFound } from '../errors/app-error';
import type { Loaders } from '../loaders/loaders';
import type { JobClassRecord, SeriesRecord } from '../loaders/records';
import type { JobClassRepository } from '../repositories/job-class.repository';
import type { JobClassFilter } from '../schema/job-class-filter.input';
import type { JobClassConnection } from '../schema/pagination.type';
import { decodeCursor, decodeOffsetCursor, encodeCursor, encodeOffsetCursor } from './cursor';
import { JobClassOrder } from '../schema/job-class-filter.input';
import type { JobClassFilterParams } from '../repositories/job-class.repository';
import { badInput } from '../errors/app-error';

export class JobClassService {
  constructor(
    private readonly loaders: Loaders,
    private readonly classes: JobClassRepository,
  ) {}

  async get(id: string): Promise<JobClassRecord> {
    const found = await this.loaders.jobClass.load(id);
    if (!found) throw notFound('JobClass', id);
    return found;
  }

  async getSeries(id: string): Promise<SeriesRecord> {
    const found = await this.loaders.series.load(id);
    if (!found) throw notFound('ClassSeries', id);
    return found;
  }

  async list(filter: JobClassFilter | null | undefined, first: number, after: string | null | undefined, orderBy: JobClassOrder = JobClassOrder.ID): Promise<JobClassConnection> {
    const params = {
      jurisdictionId: filter?.jurisdictionId ?? null,
      seriesId: filter?.seriesId ?? null,
      specified: filter?.specified ?? null,
      code: filter?.code ?? null,
      payGradeMin: filter?.payGradeMin ?? null,
      payGradeMax: filter?.payGradeMax ?? null,
      payBandMin: filter?.payBandMin ?? null,
      payBandMax: filter?.payBandMax ?? null,
      flsaStatus: filter?.flsaStatus ?? null,
      competencyId: filter?.competencyId ?? null,
    };
    checkRange(params.payGradeMin, params.payGradeMax, 'payGrade');
    checkRange(params.payBandMin, params.payBandMax, 'payBand');
    if (orderBy !== JobClassOrder.ID) return this.listOrdered(params, orderBy, first, after);
    const [rows, totalCount] = await Promise.all([this.classes.page(params, decodeCursor(after), first + 1), this.classes.count(params)]);
    const page = rows.slice(0, first) as unknown as JobClassRecord[];
    // Prime the per-request loader so nested fields of these classes do not refetch them.
    page.forEach((c) => this.loaders.jobClass.prime(c.id, c));
    return {
      edges: page.map((node) => ({ cursor: encodeCursor(node.id), node: node as never })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1].id) : null },
      totalCount,
    };
  }

  /** Title or pay order: offset cursors (a sort key is not unique, so keyset paging would need the id too). */
  private async listOrdered(params: JobClassFilterParams, orderBy: Exclude<JobClassOrder, JobClassOrder.ID>, first: number, after: string | null | undefined): Promise<JobClassConnection> {
    const skip = decodeOffsetCursor(after);
    const [rows, totalCount] = await Promise.all([this.classes.orderedPage(params, orderBy, skip, first + 1), this.classes.count(params)]);
    const page = rows.slice(0, first) as unknown as JobClassRecord[];
    page.forEach((c) => this.loaders.jobClass.prime(c.id, c));
    return {
      edges: page.map((node, i) => ({ cursor: encodeOffsetCursor(skip + i + 1), node: node as never })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeOffsetCursor(skip + page.length) : null },
      totalCount,
    };
  }
}

function checkRange(min: number | null, max: number | null, name: string): void {
  if (min !== null && max !== null && min > max) throw badInput(`${name}Min (${min}) is above ${name}Max (${max})`, `${name}Min`);
}
