import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../server/context';
import { prefetchedOr } from '../loaders/prefetched';
import type { SeriesRecord } from '../loaders/records';
import { ClassSeries } from '../schema/class-series.type';
import { JobClass } from '../schema/job-class.type';
import { JobFamily } from '../schema/job-family.type';
import { Jurisdiction } from '../schema/jurisdiction.type';

@Resolver(() => ClassSeries)
export class ClassSeriesResolver {
  @Query(() => ClassSeries, { description: 'One class series by id; NOT_FOUND when there is none.' })
  classSeries(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext) {
    return ctx.services.jobClasses.getSeries(id);
  }

  @FieldResolver(() => [JobClass], { description: 'The levels of the series, lowest first.' })
  levels(@Root() s: SeriesRecord, @Ctx() ctx: GraphContext) {
    return prefetchedOr(s, 'levels', () => ctx.loaders.levelsOfSeries.load(s.id));
  }

  @FieldResolver(() => JobFamily, { nullable: true })
  jobFamily(@Root() s: SeriesRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.familyOfSeries.load(s.id);
  }

  @FieldResolver(() => Jurisdiction, { nullable: true })
  jurisdiction(@Root() s: SeriesRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.jurisdiction.load(s.jurisdictionId);
  }
}
