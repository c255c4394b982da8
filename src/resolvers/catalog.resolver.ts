import { Arg, Args, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../server/context';
import { Jurisdiction } from '../schema/jurisdiction.type';
import { CompetencyConnection, PageArgs } from '../schema/pagination.type';
import { SearchHit } from '../schema/search-hit.type';

@Resolver()
export class CatalogResolver {
  @Query(() => [Jurisdiction], { description: 'Every jurisdiction in the graph.' })
  jurisdictions(@Ctx() ctx: GraphContext) {
    return ctx.services.catalog.jurisdictions();
  }

  @Query(() => CompetencyConnection, { description: 'Competencies in name order, optionally those whose name starts with a prefix.' })
  competencies(
    @Args() page: PageArgs,
    @Arg('nameStartsWith', () => String, { nullable: true }) nameStartsWith: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.services.catalog.competencies(page.first, page.after, nameStartsWith);
  }

  @Query(() => [SearchHit], { description: 'Full-text search over class titles, concepts, duties and competency names, best first; pass the last hit\'s cursor as `after` for the next page.' })
  search(
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the last hit of the previous page.' }) after: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.services.catalog.search(text, first, after);
  }
}
