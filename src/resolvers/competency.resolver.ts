import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../server/context';
import type { CompetencyRecord, PositionRecord } from '../loaders/records';
import { Competency } from '../schema/competency.type';
import { JobClass } from '../schema/job-class.type';
import { Position } from '../schema/position.type';
import { ListArgs } from '../schema/pagination.type';

@Resolver(() => Competency)
export class CompetencyResolver {
  @FieldResolver(() => [JobClass], { description: 'Classes that require this competency under this exact name, the first `first` by id (classCount says how many in all).' })
  requiredBy(@Root() k: CompetencyRecord, @Args() { first }: ListArgs, @Ctx() ctx: GraphContext) {
    return ctx.services.jobClasses.requiredBy(k.id, first);
  }
}

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => JobClass, { nullable: true, description: 'The class this position is classified in.' })
  jobClass(@Root() p: PositionRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.classOfPosition.load(p.id);
  }
}
