import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../server/context';
import type { JobClassRecord } from '../loaders/records';
import { StepGap } from '../schema/gap.types';
import { SharedRequirements } from '../schema/shared-requirements.types';
import { PromotionStep } from '../schema/promotion.types';
import { CareerStep } from '../schema/horizon.types';

const equivalencesArg = { defaultValue: true, description: 'false: compare competencies by their own names only; true: also fold names linked as equivalent (the answer lists which).' };

@Resolver()
export class GapResolver {
  @Query(() => [StepGap], { description: 'For each step of a path (2 to 11 class ids in order), the competencies and qualifications gained and dropped, with their passages.' })
  pathGap(@Arg('classIds', () => [ID]) classIds: string[], @Arg('useEquivalences', equivalencesArg) useEquivalences: boolean, @Ctx() ctx: GraphContext) {
    return ctx.services.gaps.pathGap(classIds, useEquivalences);
  }

  @Query(() => SharedRequirements, { description: 'What 2 to 50 classes all require, each class keeping its document\'s names, and the equivalences used to join them.' })
  sharedRequirements(@Arg('classIds', () => [ID]) classIds: string[], @Arg('useEquivalences', equivalencesArg) useEquivalences: boolean, @Ctx() ctx: GraphContext) {
    return ctx.services.shared.shared(classIds, useEquivalences);
  }
}

@Resolver(() => PromotionStep)
export class PromotionStepGapResolver {
  @FieldResolver(() => StepGap, { description: 'What this step asks a person to gain and leaves behind.' })
  gap(@Root() step: { from: JobClassRecord; to: JobClassRecord }, @Arg('useEquivalences', equivalencesArg) useEquivalences: boolean, @Ctx() ctx: GraphContext) {
    return ctx.services.gaps.gap(step.from, step.to, useEquivalences);
  }
}

@Resolver(() => CareerStep)
export class CareerStepGapResolver {
  @FieldResolver(() => StepGap, { description: 'What this step asks a person to gain and leaves behind.' })
  gap(@Root() step: { from: JobClassRecord; to: JobClassRecord }, @Arg('useEquivalences', equivalencesArg) useEquivalences: boolean, @Ctx() ctx: GraphContext) {
    return ctx.services.gaps.gap(step.from, step.to, useEquivalences);
  }
}
