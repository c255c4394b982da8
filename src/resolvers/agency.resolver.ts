import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../server/context';
import type { DocumentRecord, JobClassRecord, PositionRecord } from '../loaders/records';
import { Agency } from '../schema/agency.type';
import { Jurisdiction } from '../schema/jurisdiction.type';
import { JobClass } from '../schema/job-class.type';
import { Position } from '../schema/position.type';
import { SourceDocument } from '../schema/source-document.type';
import { PageArgs } from '../schema/pagination.type';
import { PositionConnection } from '../schema/position-connection.type';
import { PositionFilter } from '../schema/position-filter.input';

@Resolver(() => Agency)
export class AgencyResolver {
  @FieldResolver(() => Jurisdiction)
  jurisdiction(@Root() a: Agency, @Ctx() ctx: GraphContext) {
    return ctx.loaders.jurisdiction.load(a.jurisdictionId);
  }
}

@Resolver(() => JobClass)
export class JobClassAgencyResolver {
  @FieldResolver(() => Agency, { nullable: true, description: 'The agency whose document specifies this class (for a referenced class, one that names it).' })
  agency(@Root() c: JobClassRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.agencyOfClass.load(c.id);
  }
}

@Resolver(() => Position)
export class PositionAgencyResolver {
  @Query(() => PositionConnection, { description: 'Positions in id order, a page at a time, by employer, agency, class, pay band or grade and working title.' })
  positions(@Arg('filter', () => PositionFilter, { nullable: true }) filter: PositionFilter | null, @Args() page: PageArgs, @Ctx() ctx: GraphContext) {
    return ctx.services.positions.list(filter, page.first, page.after);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency whose document describes this position.' })
  agency(@Root() p: PositionRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.agencyOfPosition.load(p.id);
  }
}

@Resolver(() => SourceDocument)
export class SourceDocumentAgencyResolver {
  @FieldResolver(() => Agency, { nullable: true, description: 'The agency that issued the document, when its manifest names one.' })
  agency(@Root() d: DocumentRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.agencyOfDocument.load(d.id);
  }
}
