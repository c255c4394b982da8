import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../server/context';
import { requireWriter } from '../server/auth';
import { IngestReport } from '../schema/ingest.types';
import { CorrectDocumentInput, StoredCorrection } from '../schema/correction.types';
import { CorrectionService } from '../services/correction.service';

@Resolver()
export class CorrectionResolver {
  @Mutation(() => IngestReport, { description: "Correct what a loaded document was read to say (needs an editor or admin API key): add, change or remove a class field, a promotion, a distinction or a competency, with a reason. Corrections are stored and re-applied whenever the document is loaded again; the report lists those that no longer apply." })
  correctDocument(@Arg('input', () => CorrectDocumentInput) input: CorrectDocumentInput, @Ctx() ctx: GraphContext) {
    requireWriter(ctx.role);
    return new CorrectionService(ctx.executor).correct(input);
  }

  @Mutation(() => IngestReport, { description: "Withdraw stored corrections of a document (editor or admin API key): they are deleted and the document is written again without them. A correction still in a corrections file comes back at the next load of that file." })
  withdrawCorrections(@Arg('documentId', () => ID) documentId: string, @Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: GraphContext) {
    requireWriter(ctx.role);
    return new CorrectionService(ctx.executor).withdraw(documentId, ids);
  }

  @Query(() => [StoredCorrection], { description: "The analyst's corrections of a document, with what its last load made of each (APPLIED or STALE)." })
  corrections(@Arg('documentId', () => ID) documentId: string, @Ctx() ctx: GraphContext) {
    return new CorrectionService(ctx.executor).list(documentId);
  }
}
