import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';

@InputType({ description: 'A class as its document names it: by code, or by title.' })
export class ClassSelectorInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;
}

@InputType({ description: "One correction of what a document was read to say (the shape of an entry in a corrections file)." })
export class CorrectionInput {
  @Field({ description: 'field, promotion, distinction or competency.' })
  kind!: string;

  @Field({ description: 'add, change or remove.' })
  action!: string;

  @Field(() => ClassSelectorInput, { description: 'The class corrected (for a promotion, the class promoted to).' })
  class!: ClassSelectorInput;

  @Field(() => String, { nullable: true, description: 'kind field: which (payGrade, payBand, title, level, concept, ...).' })
  field?: string | null;

  @Field(() => String, { nullable: true, description: 'kind field: the value to set (not for remove).' })
  value?: string | null;

  @Field(() => ClassSelectorInput, { nullable: true, description: 'kind promotion: the class promoted from.' })
  from?: ClassSelectorInput | null;

  @Field(() => Float, { nullable: true, description: 'kind promotion: months of experience in the lower class.' })
  months?: number | null;

  @Field(() => String, { nullable: true, description: 'kind promotion or distinction: the statement.' })
  statement?: string | null;

  @Field(() => ClassSelectorInput, { nullable: true, description: 'kind distinction: the other class.' })
  other?: ClassSelectorInput | null;

  @Field(() => String, { nullable: true, description: 'kind competency: its name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'kind competency: KNOWLEDGE, SKILL, ABILITY, BEHAVIOR or COMPETENCY.' })
  competencyKind?: string | null;

  @Field(() => String, { nullable: true, description: 'kind competency: the definition.' })
  definition?: string | null;

  @Field({ description: 'Why the document, as read, is wrong.' })
  reason!: string;
}

@InputType({ description: "Corrections of one loaded document; stored in the graph and applied to every later load of it." })
export class CorrectDocumentInput {
  @Field(() => ID, { description: 'The SourceDocument id ("doc:<key>").' })
  documentId!: string;

  @Field({ description: 'Who is correcting (kept with each correction).' })
  by!: string;

  @Field(() => [CorrectionInput])
  corrections!: CorrectionInput[];
}

@ObjectType({ description: "A stored correction and what the last load of its document made of it." })
export class StoredCorrection {
  @Field(() => ID)
  id!: string;

  @Field()
  kind!: string;

  @Field()
  action!: string;

  @Field({ description: 'What it does, in one line.' })
  description!: string;

  @Field()
  by!: string;

  @Field()
  reason!: string;

  @Field({ description: 'FILE (a corrections file beside the document) or API (correctDocument).' })
  origin!: string;

  @Field()
  createdAt!: string;

  @Field({ description: 'APPLIED, or STALE when it no longer applies to the document as now read.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'Why it is stale.' })
  staleReason?: string | null;

  @Field(() => String, { nullable: true, description: 'The class it applies to.' })
  classId?: string | null;
}
