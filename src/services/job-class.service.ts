/** Looking up and listing classes; turns "absent" into NOT_FOUND and bad arguments into BAD_USER_INPUT. */
import { notFound } from '../errors/app-error';
import type { Loaders } from '../loaders/loaders';
import type { JobClassRecord, SeriesRecord } from '../loaders/records';
import type { JobClassRepository } from '../repositories/job-class.repository';
import type { JobClassFilter } from '../schema/job-class-filter.input';
import type { JobClassConnection } from '../schema/pagination.type';
import { decodeCursor, encodeCursor } from './cursor';

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

  async list(filter: JobClassFilter | null | undefined, first: number, after: string | null | undefined): Promise<JobClassConnection> {
    const params = {
      jurisdictionId: filter?.jurisdictionId ?? null,
      seriesId: filter?.seriesId ?? null,
      specified: filter?.specified ?? null,
      code: filter?.code ?? null,
    };
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
}
