import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphContext } from '../server/context';
import { requireJurisdiction, requireWriter } from '../server/auth';
import { IngestDocumentInput, IngestReport } from '../schema/ingest.types';
import { IngestService } from '../services/ingest.service';

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestReport, { description: 'Parse a classification document and load it (needs an editor or admin API key). Loading the same key again updates it; the report says what happened.' })
  ingestDocument(@Arg('input', () => IngestDocumentInput) input: IngestDocumentInput, @Ctx() ctx: GraphContext) {
    requireWriter(ctx.role);
    requireJurisdiction(ctx.writeScope, input.jurisdiction.id);
    return new IngestService(ctx.executor).ingest(input);
  }
}
