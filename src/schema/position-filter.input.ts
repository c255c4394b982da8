import { Field, Float, ID, InputType } from 'type-graphql';

@InputType({ description: 'Narrows positions; all given conditions must hold.' })
export class PositionFilter {
  @Field(() => ID, { nullable: true, description: 'The employer (jurisdiction).' })
  jurisdictionId?: string | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The class the position is classified in.' })
  classId?: string | null;

  @Field(() => Float, { nullable: true, description: "The class's pay band at least this (numeric bands only)." })
  payBandMin?: number | null;

  @Field(() => Float, { nullable: true })
  payBandMax?: number | null;

  @Field(() => Float, { nullable: true, description: "The class's pay grade at least this (numeric grades only)." })
  payGradeMin?: number | null;

  @Field(() => Float, { nullable: true })
  payGradeMax?: number | null;

  @Field(() => String, { nullable: true, description: 'Working title contains this text (case-insensitive).' })
  workingTitle?: string | null;
}
