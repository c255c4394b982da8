import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../server/context';
import type { JobClassRecord } from '../loaders/records';
import { CareerHorizon, CareerStep, HorizonOrder, PromotionLink } from '../schema/horizon.types';
import { JobClass } from '../schema/job-class.type';
import { PromotionEdge, PromotionStep } from '../schema/promotion.types';
import type { CareerStepView } from '../services/horizon.service';
import { payMovement } from '../services/pay';

const inferredArg = { defaultValue: true, description: 'false: explicit (qualification) edges only.' };

@Resolver()
export class HorizonResolver {
  @Query(() => CareerHorizon, { description: 'Every class reachable from a class within maxSteps (at most 6) and, if given, maxMonths of experience, each with its best path, cumulative months and pay movement, ranked.' })
  careerHorizon(
    @Arg('classId', () => ID) classId: string,
    @Arg('maxSteps', () => Int, { defaultValue: 3 }) maxSteps: number,
    @Arg('maxMonths', () => Int, { nullable: true, description: 'Only classes whose best path asks for at most this many months.' }) maxMonths: number | null,
    @Arg('includeInferred', inferredArg) includeInferred: boolean,
    @Arg('orderBy', () => HorizonOrder, { defaultValue: HorizonOrder.PAY }) orderBy: HorizonOrder,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'At most 500.' }) limit: number,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.services.horizon.careerHorizon(classId, { maxSteps, maxMonths, includeInferred, orderBy, limit });
  }

  @Query(() => CareerHorizon, { description: 'The reverse of careerHorizon: every class from which a path leads up to this one within the bounds, each with its best path (in promotion order), ranked.' })
  feederClasses(
    @Arg('classId', () => ID) classId: string,
    @Arg('maxSteps', () => Int, { defaultValue: 3 }) maxSteps: number,
    @Arg('maxMonths', () => Int, { nullable: true, description: 'Only classes whose best path asks for at most this many months.' }) maxMonths: number | null,
    @Arg('includeInferred', inferredArg) includeInferred: boolean,
    @Arg('orderBy', () => HorizonOrder, { defaultValue: HorizonOrder.STEPS }) orderBy: HorizonOrder,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'At most 500.' }) limit: number,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.services.horizon.feederClasses(classId, { maxSteps, maxMonths, includeInferred, orderBy, limit });
  }
}

@Resolver(() => CareerStep)
export class CareerStepResolver {
  @FieldResolver(() => [PromotionEdge], { description: 'Every edge supporting the move, explicit ones first.' })
  edges(@Root() step: CareerStepView, @Ctx() ctx: GraphContext) {
    return ctx.services.horizon.stepEdges(step);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Pay movement of this step, e.g. "pay grade 10 -> 12", when comparable.' })
  payMovement(@Root() step: CareerStepView) {
    return payMovement(step.from, step.to);
  }
}

@Resolver(() => PromotionStep)
export class PromotionStepPayResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Pay movement of this step, e.g. "pay grade 10 -> 12", when comparable.' })
  payMovement(@Root() step: { from: JobClassRecord; to: JobClassRecord }) {
    return payMovement(step.from, step.to);
  }
}

@Resolver(() => JobClass)
export class JobClassPromotionResolver {
  @FieldResolver(() => [PromotionLink], { description: 'Classes one promotion step up, batched (nested traversal costs one query per level).' })
  promotesTo(@Root() c: JobClassRecord, @Arg('includeInferred', inferredArg) includeInferred: boolean, @Ctx() ctx: GraphContext) {
    return ctx.services.horizon.adjacent(c.id, 'up', includeInferred);
  }

  @FieldResolver(() => [PromotionLink], { description: 'Classes one promotion step down (they promote into this one), batched.' })
  promotedFrom(@Root() c: JobClassRecord, @Arg('includeInferred', inferredArg) includeInferred: boolean, @Ctx() ctx: GraphContext) {
    return ctx.services.horizon.adjacent(c.id, 'down', includeInferred);
  }
}
