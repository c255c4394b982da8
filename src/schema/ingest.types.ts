import { Field, InputType, Int, ObjectType } from 'type-graphql';

@InputType({ description: 'Where the document comes from: what its text does not say.' })
export class JurisdictionInput {
  @Field({ description: 'Lowercase slug, e.g. "state-of-montana".' })
  id!: string;

  @Field()
  name!: string;

  @Field({ defaultValue: 'OTHER', description: 'STATE, COUNTY, CITY, COURT or OTHER.' })
  kind!: string;
}

@InputType({ description: 'A classification document to load, as text.' })
export class IngestDocumentInput {
  @Field({ description: 'File name, for reports and provenance.' })
  fileName!: string;

  @Field({ description: 'The document text (at most 1 MB and 20,000 lines).' })
  text!: string;

  @Field(() => JurisdictionInput)
  jurisdiction!: JurisdictionInput;

  @Field(() => String, { nullable: true })
  agency?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Stable identity across revisions; defaults to the file name. Loading the same key again replaces that document.' })
  key?: string | null;

  @Field({ defaultValue: false, description: 'Parse and validate only.' })
  dryRun!: boolean;

  @Field({ defaultValue: false, description: 'Rewrite even when the text is unchanged.' })
  force!: boolean;
}

@ObjectType({ description: 'What loading one document did.' })
export class IngestReport {
  @Field()
  file!: string;

  @Field(() => String, { nullable: true })
  documentId!: string | null;

  @Field(() => String, { nullable: true, description: 'The parser that read it.' })
  format!: string | null;

  @Field({ description: 'CREATED, UPDATED, UNCHANGED, DRY_RUN or FAILED.' })
  status!: string;

  @Field(() => [String], { description: 'Classes the document specifies.' })
  classes!: string[];

  @Field(() => [String], { description: 'Classes it only names (created as referenced, not yet specified, when new).' })
  referencedClasses!: string[];

  @Field(() => Int)
  relations!: number;

  @Field(() => Int)
  competencies!: number;

  @Field(() => [String])
  warnings!: string[];

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => [String], { description: "An analyst's corrections applied to this load (\"<id>: <what>\")." })
  correctionsApplied!: string[];

  @Field(() => [String], { description: 'Stored corrections that no longer apply to the document as now read, each with why.' })
  correctionsStale!: string[];
}
