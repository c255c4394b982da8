import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../server/context';
import { PlanAudit } from '../schema/audit.types';

@Resolver()
export class AuditResolver {
  @Query(() => PlanAudit, { description: "What looks wrong in an employer's plan: grade inversions, series gaps, promotion cycles, unspecified and unreachable classes, duplicate titles; each finding cites its passages." })
  planAudit(@Arg('jurisdictionId', () => ID) jurisdictionId: string, @Ctx() ctx: GraphContext) {
    return ctx.services.audit.planAudit(jurisdictionId);
  }
}
