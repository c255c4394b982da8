import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../server/context';
import type { DocumentRecord, JobClassRecord } from '../loaders/records';
import { JobClass } from '../schema/job-class.type';
import { SourceDocument } from '../schema/source-document.type';
import { ClassRevision, DocumentVersion } from '../schema/revision.types';

@Resolver(() => JobClass)
export class JobClassRevisionResolver {
  @FieldResolver(() => [ClassRevision], { description: 'Each version of this class loaded from its specification, oldest first, with what changed.' })
  revisions(@Root() c: JobClassRecord, @Ctx() ctx: GraphContext) {
    return ctx.services.revisions.revisions(c.id);
  }
}

@Resolver(() => ClassRevision)
export class ClassRevisionResolver {
  @FieldResolver(() => SourceDocument, { nullable: true })
  document(@Root() r: ClassRevision, @Ctx() ctx: GraphContext) {
    return ctx.loaders.document.load(r.doc);
  }
}

@Resolver(() => SourceDocument)
export class SourceDocumentVersionResolver {
  @FieldResolver(() => [DocumentVersion], { description: 'Earlier versions, kept when a revised document replaced them; oldest first.' })
  previousVersions(@Root() d: DocumentRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.versionsOfDocument.load(d.id);
  }
}
