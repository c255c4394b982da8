/** Looking up and listing classes; turns "absent" into NOT_FOUND and bad arguments into BAD_USER_INPUT. */
import { badInput, notFound } from '../errors/app-error';
import { prefetchSeriesTrees, type Loaders } from '../loaders/loaders';
import type { GraphReadRepository } from '../repositories/graph-read.repository';
import type { JobClassRecord, SeriesRecord } from '../loaders/records';
import type { JobClassRepository } from '../repositories/job-class.repository';
import type { JobClassFilter } from '../schema/job-class-filter.input';
import type { JobClassConnection } from '../schema/pagination.type';
import { decodeCursor, encodeCursor } from './cursor';

/** Largest `first` of Competency.requiredBy. */
export const MAX_REQUIRED_BY = 1000;

/** What the client selected below a field (see resolvers/look-ahead.ts). */
export interface Selection {
  has(path: string): boolean;
}
const NOTHING_SELECTED: Selection = { has: () => false };

export class JobClassService {
  constructor(
    private readonly loaders: Loaders,
    private readonly classes: JobClassRepository,
    private readonly reads: GraphReadRepository,
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

  /** The classes requiring a competency in id order, all of them or the first `first` (1 to 1000). */
  requiredBy(competencyId: string, first: number | null): Promise<JobClassRecord[]> {
    if (first !== null && (!Number.isInteger(first) || first < 1 || first > MAX_REQUIRED_BY)) throw badInput(`"first" must be between 1 and ${MAX_REQUIRED_BY}`, 'first');
    return this.loaders.classesRequiring(first).load(competencyId);
  }

  /** A page of classes; `totalCount` is a getter, so the count query runs only when a client asks for it. */
  async list(filter: JobClassFilter | null | undefined, first: number, after: string | null | undefined, selection: Selection = NOTHING_SELECTED): Promise<Omit<JobClassConnection, 'totalCount'> & { readonly totalCount: Promise<number> }> {
    const params = {
      jurisdictionId: filter?.jurisdictionId ?? null,
      seriesId: filter?.seriesId ?? null,
      specified: filter?.specified ?? null,
      code: filter?.code ?? null,
    };
    const rows = await this.classes.page(params, decodeCursor(after), first + 1);
    const page = rows.slice(0, first) as unknown as JobClassRecord[];
    const classes = this.classes;
    let counted: Promise<number> | undefined;
    // Prime the per-request loader so nested fields of these classes do not refetch them.
    page.forEach((c) => this.loaders.jobClass.prime(c.id, c));
    // A page read down to its levels' competencies gets them in one statement instead of three nested batches.
    if (page.length && selection.has('edges.node.series.levels.competencies')) {
      await prefetchSeriesTrees(this.reads, this.loaders, page.map((c) => c.id));
    }
    return {
      edges: page.map((node) => ({ cursor: encodeCursor(node.id), node: node as never })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1].id) : null },
      get totalCount() {
        return (counted ??= classes.count(params));
      },
    };
  }
}
