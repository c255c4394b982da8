/** Looking up and listing classes; turns "absent" into NOT_FOUND and bad arguments into BAD_USER_INPUT. */
import { badInput, notFound } from '../errors/app-error';
import type { Loaders } from '../loaders/loaders';
import { attachSeriesTrees, reachesLevelCompetencies, seriesTreeProjection } from '../loaders/series-trees';
import { NOTHING_SELECTED, type Selection } from '../model/selection';
import type { GraphReadRepository } from '../repositories/graph-read.repository';
import type { JobClassRecord, SeriesRecord } from '../loaders/records';
import type { JobClassRepository } from '../repositories/job-class.repository';
import type { JobClassFilter } from '../schema/job-class-filter.input';
import type { JobClassConnection } from '../schema/pagination.type';
import { decodeCursor, decodeOffsetCursor, encodeCursor, encodeOffsetCursor } from './cursor';
import { JobClassOrder } from '../schema/job-class-filter.input';
import type { JobClassFilterParams } from '../repositories/job-class.repository';

/** Largest `first` of Competency.requiredBy. */
export const MAX_REQUIRED_BY = 1000;

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
  async list(
    filter: JobClassFilter | null | undefined,
    first: number,
    after: string | null | undefined,
    orderBy: JobClassOrder = JobClassOrder.ID,
    selection: Selection = NOTHING_SELECTED,
  ): Promise<Omit<JobClassConnection, 'totalCount'> & { readonly totalCount: Promise<number> }> {
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
    // A page read down to its levels' competencies gets them in the page's own statement instead of three nested
    // batches, hung on copies of the page's records: only this selection reads them (see loaders/prefetched.ts).
    const lookAhead = reachesLevelCompetencies(selection, 'edges.node') ? seriesTreeProjection(selection, 'edges.node') : null;
    const read = lookAhead
      ? await this.reads.pageWithSeriesTrees(this.classes.pageStatement(params), { ...params, after: decodeCursor(after), limit: first + 1 }, first, lookAhead)
      : { page: await this.classes.page(params, decodeCursor(after), first + 1), trees: null };
    const rows = read.page;
    const page = rows.slice(0, first) as unknown as JobClassRecord[];
    const nodes = lookAhead ? page.map((c) => ({ ...c })) : page;
    if (lookAhead && read.trees) attachSeriesTrees(nodes, read.trees, lookAhead);
    const classes = this.classes;
    let counted: Promise<number> | undefined;
    // Prime the per-request loader so nested fields of these classes do not refetch them.
    page.forEach((c) => this.loaders.jobClass.prime(c.id, c));
    return {
      edges: nodes.map((node) => ({ cursor: encodeCursor(node.id), node: node as never })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1].id) : null },
      get totalCount() {
        return (counted ??= classes.count(params));
      },
    };
  }

  /** Title or pay order: offset cursors (a sort key is not unique, so keyset paging would need the id too). */
  private async listOrdered(params: JobClassFilterParams, orderBy: Exclude<JobClassOrder, JobClassOrder.ID>, first: number, after: string | null | undefined): Promise<Omit<JobClassConnection, 'totalCount'> & { readonly totalCount: Promise<number> }> {
    const skip = decodeOffsetCursor(after);
    const rows = await this.classes.orderedPage(params, orderBy, skip, first + 1);
    const page = rows.slice(0, first) as unknown as JobClassRecord[];
    page.forEach((c) => this.loaders.jobClass.prime(c.id, c));
    const classes = this.classes;
    let counted: Promise<number> | undefined;
    return {
      edges: page.map((node, i) => ({ cursor: encodeOffsetCursor(skip + i + 1), node: node as never })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeOffsetCursor(skip + page.length) : null },
      get totalCount() {
        return (counted ??= classes.count(params));
      },
    };
  }
}

function checkRange(min: number | null, max: number | null, name: string): void {
  if (min !== null && max !== null && min > max) throw badInput(`${name}Min (${min}) is above ${name}Max (${max})`, `${name}Min`);
}
