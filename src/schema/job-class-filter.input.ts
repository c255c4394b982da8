import { Field, Float, ID, InputType, registerEnumType } from 'type-graphql';

export enum FlsaStatus {
  EXEMPT = 'EXEMPT',
  NON_EXEMPT = 'NON_EXEMPT',
}
registerEnumType(FlsaStatus, { name: 'FlsaStatus', description: 'Status under the Fair Labor Standards Act.' });

export enum JobClassOrder {
  ID = 'ID',
  TITLE = 'TITLE',
  PAY_ASC = 'PAY_ASC',
  PAY_DESC = 'PAY_DESC',
}
registerEnumType(JobClassOrder, {
  name: 'JobClassOrder',
  description: 'Order of jobClasses. Pay is the numeric grade, else the numeric band (comparable within one plan only); classes without one come last.',
});

@InputType({ description: 'Narrows jobClasses; all given conditions must hold.' })
export class JobClassFilter {
  @Field(() => ID, { nullable: true })
  jurisdictionId?: string | null;

  @Field(() => ID, { nullable: true })
  seriesId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only classes with their own specification; false: only referenced ones.' })
  specified?: boolean | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => Float, { nullable: true, description: 'Pay grade at least this (numeric grades only).' })
  payGradeMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'Pay grade at most this (numeric grades only).' })
  payGradeMax?: number | null;

  @Field(() => Float, { nullable: true, description: 'Pay band at least this (numeric bands only).' })
  payBandMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'Pay band at most this (numeric bands only).' })
  payBandMax?: number | null;

  @Field(() => FlsaStatus, { nullable: true })
  flsaStatus?: FlsaStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only classes requiring this competency (under this very name).' })
  competencyId?: string | null;
}
