import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { lookAhead } from './look-ahead';
import { prefetchedOr } from '../loaders/prefetched';
import type { GraphContext } from '../server/context';
import type { CitationRecord, JobClassRecord } from '../loaders/records';
import { JobClass } from '../schema/job-class.type';
import { Jurisdiction } from '../schema/jurisdiction.type';
import { ClassSeries } from '../schema/class-series.type';
import { Duty } from '../schema/duty.type';
import { Qualification } from '../schema/qualification.type';
import { CompetencyRequirement } from '../schema/competency.type';
import { Distinction } from '../schema/distinction.type';
import { Position } from '../schema/position.type';
import { Citation } from '../schema/citation.type';
import { JobClassConnection, ListArgs, PageArgs } from '../schema/pagination.type';
import { JobClassFilter, JobClassOrder } from '../schema/job-class-filter.input';
import { FieldCorrection } from '../schema/provenance.type';

@Resolver(() => JobClass)
export class JobClassResolver {
  @Query(() => JobClass, { description: 'One class by id; NOT_FOUND when there is none.' })
  jobClass(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext) {
    return ctx.services.jobClasses.get(id);
  }

  @Query(() => JobClassConnection, { description: 'Classes in id order (or by title or pay), a page at a time (cursor pagination).' })
  jobClasses(
    @Arg('filter', () => JobClassFilter, { nullable: true }) filter: JobClassFilter | null,
    @Args() page: PageArgs,
    @Arg('orderBy', () => JobClassOrder, { defaultValue: JobClassOrder.ID }) orderBy: JobClassOrder,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.jobClasses.list(filter, page.first, page.after, orderBy, lookAhead(info));
  }

  @FieldResolver(() => Boolean)
  specified(@Root() c: JobClassRecord) {
    return c.specified ?? false;
  }

  @FieldResolver(() => Jurisdiction)
  jurisdiction(@Root() c: JobClassRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.jurisdictionOfClass.load(c.id);
  }

  @FieldResolver(() => ClassSeries, { nullable: true, description: 'The series this class is a level of.' })
  series(@Root() c: JobClassRecord, @Ctx() ctx: GraphContext) {
    return prefetchedOr(c, 'series', () => ctx.loaders.seriesOfClass.load(c.id));
  }

  @FieldResolver(() => [Duty])
  duties(@Root() c: JobClassRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.dutiesOfClass.load(c.id);
  }

  @FieldResolver(() => [Qualification], { description: 'Minimum qualifications, clause by clause, grouped into alternatives by `option`.' })
  qualifications(@Root() c: JobClassRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.qualificationsOfClass.load(c.id);
  }

  @FieldResolver(() => [CompetencyRequirement], { description: 'Knowledge, skills, abilities, behaviors and competencies the class requires.' })
  competencies(@Root() c: JobClassRecord, @Ctx() ctx: GraphContext) {
    return prefetchedOr(c, 'competencies', () => ctx.loaders.competenciesOfClass.load(c.id));
  }

  @FieldResolver(() => [Distinction], { description: 'Distinguishing statements between this class and others, both directions.' })
  distinctions(@Root() c: JobClassRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.distinctionsOfClass.load(c.id);
  }

  @FieldResolver(() => [Position], { description: 'Positions classified in this class, the first `first` by number.' })
  async positions(@Root() c: JobClassRecord, @Args() { first }: ListArgs, @Ctx() ctx: GraphContext) {
    return (await ctx.loaders.positionsOfClass.load(c.id)).slice(0, first);
  }

  @FieldResolver(() => [FieldCorrection], { description: "Fields an analyst's correction set or removed, with who and why; every other field is as its document states it." })
  async fieldCorrections(@Root() c: JobClassRecord, @Ctx() ctx: GraphContext) {
    const rows = await ctx.loaders.fieldCorrectionsOfClass.load(c.id);
    return rows.map((r) => ({ field: r.field, action: r.action, provenance: { source: 'ANALYST', by: r.by, reason: r.reason, correctionId: r.correctionId } }));
  }

  @FieldResolver(() => [Citation], { description: 'Documents that specify or mention this class.' })
  sources(@Root() c: JobClassRecord, @Ctx() ctx: GraphContext): Promise<CitationRecord[]> {
    return ctx.loaders.sourcesOfClass.load(c.id);
  }
}

/**
 * `totalCount` is a getter whose count query runs only when a client selects it, so it answers a promise: a
 * field resolver says so (plain fields are read as properties without awaiting, see limits/field-budget.ts).
 */
@Resolver(() => JobClassConnection)
export class JobClassConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: { totalCount: Promise<number> | number }) {
    return connection.totalCount;
  }
}
