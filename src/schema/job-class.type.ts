import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A job class: one level of work with a title, usually a code, and a pay grade or band.' })
export class JobClass {
  @Field(() => ID, { description: '"<jurisdiction>:<code>", or "<jurisdiction>:<normalized title>" when the class has no code.' })
  id!: string;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field()
  title!: string;

  @Field({ description: 'False for a class known only because another document names it (not yet specified).' })
  specified!: boolean;

  @Field(() => Int, { nullable: true, description: 'Level within its series, 1 = lowest.' })
  level?: number | null;

  @Field(() => String, { nullable: true, description: 'Pay grade (ordinal within its own plan only).' })
  payGrade?: string | null;

  @Field(() => String, { nullable: true, description: 'Pay band (ordinal within its own plan only).' })
  payBand?: string | null;

  @Field(() => String, { nullable: true })
  bargainingUnit?: string | null;

  @Field(() => String, { nullable: true, description: 'EXEMPT or NON_EXEMPT under the FLSA.' })
  flsaStatus?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date the class was established.' })
  establishedDate?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date the specification took effect.' })
  effectiveDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Class concept, summary or general statement: what sets the level.' })
  concept?: string | null;

  @Field(() => String, { nullable: true })
  supervisionReceived?: string | null;

  @Field(() => String, { nullable: true })
  supervisionExercised?: string | null;

  @Field(() => String, { nullable: true })
  workingConditions?: string | null;

  jurisdictionId!: string;
}
