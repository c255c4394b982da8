import { Field, Int, ObjectType } from 'type-graphql';
import { SourceDocument } from './source-document.type';

@ObjectType({ description: 'Where a fact came from: a character span of a source document, and its text.' })
export class Citation {
  @Field(() => SourceDocument)
  document!: SourceDocument;

  @Field(() => Int, { description: 'Offset of the first character of the passage in the document text.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character of the passage.' })
  end!: number;

  @Field({ description: 'True when the document only names the class (e.g. in a distinction) rather than specifying it.' })
  mention!: boolean;

  @Field(() => String, { nullable: true, description: 'The passage itself, cut from the stored document text.' })
  passage?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page of the original where the passage begins, when the original is paginated (PDF); null otherwise.' })
  page?: number | null;
}
