import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../server/context';
import type { CompetencyRecord, PositionRecord } from '../loaders/records';
import { Competency } from '../schema/competency.type';
import { JobClass } from '../schema/job-class.type';
import { Position } from '../schema/position.type';

@Resolver(() => Competency)
export class CompetencyResolver {
  @FieldResolver(() => [JobClass], { description: 'Classes that require this competency under this exact name, in id order; `first` returns only the first n.' })
  requiredBy(@Root() k: CompetencyRecord, @Arg('first', () => Int, { nullable: true, description: 'At most this many classes, 1 to 1000.' }) first: number | null, @Ctx() ctx: GraphContext) {
    return ctx.services.jobClasses.requiredBy(k.id, first ?? null);
  }
}

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => JobClass, { nullable: true, description: 'The class this position is classified in.' })
  jobClass(@Root() p: PositionRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.classOfPosition.load(p.id);
  }
}
