import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../server/context';
import { FamilyScope, Subgraph } from '../schema/subgraph.type';

@Resolver()
export class FamilyResolver {
  @Query(() => Subgraph, { description: 'A class family as a subgraph (for graph explorers and exports): a series, job family, employer\'s plan or class and what lies within `hops` of it, at most maxNodes nodes (1 to 5000). NOT_FOUND for an unknown id; BAD_USER_INPUT unless exactly one id is given.' })
  classFamily(
    @Arg('scope', () => FamilyScope) scope: FamilyScope,
    @Arg('maxNodes', () => Int, { defaultValue: 500 }) maxNodes: number,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.services.family.classFamily(scope, maxNodes);
  }
}
