import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../server/context';
import { CareerLadder, NextStep, PromotionPathResult } from '../schema/promotion.types';
import { ClassComparison, CompetencyMatch, SimilarClass } from '../schema/comparison.types';
import { Competency } from '../schema/competency.type';

@Resolver()
export class TraversalResolver {
  @Query(() => CareerLadder, { description: 'The levels of a series in order, with pay grade or band and what it takes to enter each level.' })
  careerLadder(@Arg('seriesId', () => ID) seriesId: string, @Ctx() ctx: GraphContext) {
    return ctx.services.promotions.careerLadder(seriesId);
  }

  @Query(() => [NextStep], { description: 'Classes one step up from a class (promotions) and lateral moves, each with its requirements and basis.' })
  nextSteps(
    @Arg('classId', () => ID) classId: string,
    @Arg('includeInferred', { defaultValue: true, description: 'false: explicit (qualification) edges only.' }) includeInferred: boolean,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.services.promotions.nextSteps(classId, includeInferred);
  }

  @Query(() => PromotionPathResult, { description: 'The shortest promotion path between two classes and up to `limit` alternatives, each step with its requirements; or the reason there is none. Bounded by maxSteps (at most 10) and a server-side timeout.' })
  promotionPaths(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxSteps', () => Int, { defaultValue: 6 }) maxSteps: number,
    @Arg('limit', () => Int, { defaultValue: 3 }) limit: number,
    @Arg('includeInferred', { defaultValue: true, description: 'false: explicit (qualification) edges only.' }) includeInferred: boolean,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.services.promotions.promotionPaths(from, to, maxSteps, limit, includeInferred);
  }

  @Query(() => ClassComparison, { description: 'Two classes side by side: the statements that distinguish them (both directions), competencies shared and not, pay, and a similarity score.' })
  compareClasses(@Arg('a', () => ID) a: string, @Arg('b', () => ID) b: string, @Arg('useEquivalences', { defaultValue: true, description: 'false: compare competencies by their own names only.' }) useEquivalences: boolean, @Ctx() ctx: GraphContext) {
    return ctx.services.comparison.compare(a, b, useEquivalences);
  }

  // Kept for existing clients: a bare list cannot say which equivalences joined its names, which the issue asks of
  // every folding query, so sharedRequirements (each document's own names plus equivalencesUsed) replaces it.
  @Query(() => [Competency], {
    description: 'Competencies every one of the given classes requires; with useEquivalences, names linked as equivalent count as one and the canonical name is shown.',
    deprecationReason: 'Use sharedRequirements: the same requirements with the name each document gives them and the equivalences used.',
  })
  sharedCompetencies(@Arg('classIds', () => [ID]) classIds: string[], @Arg('useEquivalences', { defaultValue: true, description: 'false: compare competencies by their own names only.' }) useEquivalences: boolean, @Ctx() ctx: GraphContext) {
    return ctx.services.comparison.sharedCompetencies(classIds, useEquivalences);
  }

  @Query(() => [CompetencyMatch], { description: 'Classes, across series and employers, that require a competency under this name or an equivalent one.' })
  classesRequiring(@Arg('competency', () => String) competency: string, @Arg('useEquivalences', { defaultValue: true, description: 'false: compare competencies by their own names only.' }) useEquivalences: boolean, @Ctx() ctx: GraphContext) {
    return ctx.services.comparison.classesRequiring(competency, useEquivalences);
  }

  @Query(() => [SimilarClass], { description: 'Classes ranked by what they require in common with a class, saying what that is.' })
  similarClasses(
    @Arg('classId', () => ID) classId: string,
    @Arg('limit', () => Int, { defaultValue: 10 }) limit: number,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.services.comparison.similarClasses(classId, limit);
  }
}
