import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A classification document as loaded: the origin of every fact in the graph.' })
export class SourceDocument {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable identity across revisions (manifest id or file name).' })
  key!: string;

  @Field()
  fileName!: string;

  @Field({ description: 'SHA-256 of the stored text; reloading the same text from the same original (originalSha256) changes nothing.' })
  sha256!: string;

  @Field({ description: 'The parser that read it (ohio-series, ca-judicial-council, denver-csa, montana-job-profile, generic).' })
  format!: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field()
  loadedAt!: string;

  @Field(() => Int, { description: 'Length of the stored text in characters.' })
  length!: number;

  @Field(() => String, { nullable: true, description: 'Media type of the original (text/plain, text/markdown, text/html, application/pdf, or the .docx type); the stored text was read from it.' })
  mediaType?: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the original file\'s bytes, to find the very file a fact came from.' })
  originalSha256?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of pages of a paginated original (PDF) that hold text; null otherwise.' })
  pageCount?: number | null;
}
