import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JobClass } from './job-class.type';
import { Citation } from './citation.type';
import { Qualification } from './qualification.type';
import { ClassSeries } from './class-series.type';
import { Provenance } from './provenance.type';

export enum PromotionBasis {
  QUALIFICATION = 'QUALIFICATION',
  SERIES_ORDER = 'SERIES_ORDER',
  DISTINCTION = 'DISTINCTION',
  PEER = 'PEER',
}
registerEnumType(PromotionBasis, {
  name: 'PromotionBasis',
  description: 'What a move between two classes rests on.',
  valuesConfig: {
    QUALIFICATION: { description: 'A minimum-qualification clause names the lower class (explicit).' },
    SERIES_ORDER: { description: 'Consecutive levels of a series (inferred).' },
    DISTINCTION: { description: 'A distinguishing statement says which class does higher-level work (inferred).' },
    PEER: { description: 'A statement compares the two, no direction known (lateral moves only).' },
  },
});

export enum StepDirection {
  PROMOTION = 'PROMOTION',
  LATERAL = 'LATERAL',
}
registerEnumType(StepDirection, { name: 'StepDirection', description: 'Up (a promotion) or across (a lateral move between peers).' });

@ObjectType({ description: 'One reason a person in one class can move to another.' })
export class PromotionEdge {
  @Field(() => PromotionBasis)
  basis!: PromotionBasis;

  @Field({ description: 'False only for explicit edges read from a qualification clause.' })
  inferred!: boolean;

  @Field(() => Float, { nullable: true, description: 'Months of experience in the lower class the clause asks for.' })
  monthsExperience?: number | null;

  @Field(() => String, { nullable: true, description: 'The clause or statement the edge rests on.' })
  statement?: string | null;

  @Field(() => Citation, { nullable: true, description: 'Where that statement is in its document.' })
  source?: Citation | null;

  @Field(() => Provenance, { description: "The document's word (DOCUMENT), or an analyst's correction (ANALYST, with who and why)." })
  provenance!: Provenance;
}

@ObjectType({ description: 'One move from a class to the next along a path.' })
export class PromotionStep {
  @Field(() => JobClass)
  from!: JobClass;

  @Field(() => JobClass)
  to!: JobClass;

  @Field(() => [PromotionEdge], { description: 'Every edge supporting the move, explicit ones first.' })
  edges!: PromotionEdge[];
}

@ObjectType({ description: 'A promotion path with its totals.' })
export class PromotionPath {
  @Field(() => Int, { description: 'Number of steps.' })
  length!: number;

  @Field({ description: 'True when every step has an explicit (qualification) edge.' })
  explicit!: boolean;

  @Field(() => Float, { nullable: true, description: 'Sum over the steps of the least experience any edge asks for; null when no step states one.' })
  totalMonthsExperience?: number | null;

  @Field(() => String, { nullable: true, description: 'Pay movement, e.g. "pay grade 10 -> 12", when both ends are on one comparable scale.' })
  payMovement?: string | null;

  @Field(() => [PromotionStep])
  steps!: PromotionStep[];
}

@ObjectType({ description: 'Promotion paths between two classes, or why there are none.' })
export class PromotionPathResult {
  @Field()
  found!: boolean;

  @Field(() => String, { nullable: true, description: 'Why no path was found (different employers, no link within maxSteps, ...).' })
  reason?: string | null;

  @Field(() => [PromotionPath], { description: 'Shortest first; the first is a shortest path, the rest alternatives.' })
  paths!: PromotionPath[];
}

@ObjectType({ description: 'A move available from a class: up (a promotion) or across (a lateral move).' })
export class NextStep {
  @Field(() => JobClass)
  jobClass!: JobClass;

  @Field(() => StepDirection)
  direction!: StepDirection;

  @Field({ description: 'True when every supporting edge is inferred.' })
  inferred!: boolean;

  @Field(() => [PromotionEdge], { description: 'The edges (or, for lateral moves, the comparing statements) behind the move.' })
  edges!: PromotionEdge[];

  @Field(() => [Qualification], { description: "The target class's minimum qualifications: what the step requires." })
  requirements!: Qualification[];
}

@ObjectType({ description: 'One level of a career ladder and what it takes to enter it.' })
export class LadderLevel {
  @Field(() => Int)
  rank!: number;

  @Field(() => JobClass)
  jobClass!: JobClass;

  @Field(() => String, { nullable: true })
  payGrade?: string | null;

  @Field(() => String, { nullable: true })
  payBand?: string | null;

  @Field(() => [Qualification], { description: 'Minimum qualifications to enter this level (alternatives grouped by option).' })
  requirements!: Qualification[];

  @Field(() => [PromotionEdge], { description: 'Edges from the level below into this one (empty for the first level).' })
  fromPreviousLevel!: PromotionEdge[];
}

@ObjectType({ description: 'The levels of a series in order, with pay and entry requirements.' })
export class CareerLadder {
  @Field(() => ClassSeries)
  series!: ClassSeries;

  @Field(() => [LadderLevel])
  levels!: LadderLevel[];
}
