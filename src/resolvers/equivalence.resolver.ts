import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../server/context';
import type { CompetencyRecord } from '../loaders/records';
import { requireWriter } from '../server/auth';
import { Competency } from '../schema/competency.type';
import { CompetencyEquivalence, EquivalenceProposal } from '../schema/equivalence.types';
import { PROPOSAL_THRESHOLD } from '../equivalence/proposer';

@Resolver(() => Competency)
export class EquivalenceResolver {
  @FieldResolver(() => [CompetencyEquivalence], { description: 'Other names this competency is linked to as equivalent (CURATED, ANALYST) or proposed to be (PROPOSED, not folded by any query).' })
  equivalentTo(@Root() k: CompetencyRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.equivalentsOfCompetency.load(k.id);
  }

  @Query(() => [EquivalenceProposal], { description: 'Stored equivalence proposals by status (PROPOSED, ACCEPTED, REJECTED), best first.' })
  equivalenceProposals(
    @Arg('status', () => String, { defaultValue: 'PROPOSED' }) status: string,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.services.equivalences.proposals(status, limit);
  }

  @Mutation(() => [EquivalenceProposal], { description: 'Scores pairs of competency names (lexical normalization, stems, WordNet synonyms, shared definitions) and stores those at or above minScore as PROPOSED; an analyst\'s earlier decisions are kept. Needs an editor key.' })
  proposeEquivalences(
    @Arg('minScore', () => Float, { defaultValue: PROPOSAL_THRESHOLD }) minScore: number,
    @Arg('limit', () => Int, { defaultValue: 200 }) limit: number,
    @Ctx() ctx: GraphContext,
  ) {
    requireWriter(ctx.role);
    return ctx.services.equivalences.propose(minScore, limit);
  }

  @Mutation(() => EquivalenceProposal, { description: 'Accepts (links them, basis ANALYST) or rejects (unlinks them, and the pair is not proposed again) an equivalence between two competencies. Needs an editor key.' })
  reviewEquivalence(@Arg('a', () => ID) a: string, @Arg('b', () => ID) b: string, @Arg('accept') accept: boolean, @Ctx() ctx: GraphContext) {
    requireWriter(ctx.role);
    return ctx.services.equivalences.review(a, b, accept);
  }
}
