import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JobClass } from './job-class.type';
import { PromotionEdge } from './promotion.types';

export enum HorizonOrder {
  PAY = 'PAY',
  MONTHS = 'MONTHS',
  STEPS = 'STEPS',
}
registerEnumType(HorizonOrder, {
  name: 'HorizonOrder',
  description: 'How reachable classes are ranked; ties fall to fewer months, then fewer steps, then id.',
  valuesConfig: {
    PAY: { description: 'Largest rise in pay grade or band first; classes whose pay is not comparable last.' },
    MONTHS: { description: 'Least experience along the best path first.' },
    STEPS: { description: 'Fewest steps first.' },
  },
});

@ObjectType({ description: 'One move along a career path, with its own requirements and pay.' })
export class CareerStep {
  @Field(() => JobClass)
  from!: JobClass;

  @Field(() => JobClass)
  to!: JobClass;

  @Field({ description: 'True when an explicit (qualification) edge supports the move.' })
  explicit!: boolean;

  @Field(() => Float, { nullable: true, description: 'Least experience in `from` any supporting edge asks for; null when none states one.' })
  monthsExperience?: number | null;
}

@ObjectType({ description: 'A class reachable from (or feeding into) another, with the best path between them.' })
export class HorizonClass {
  @Field(() => Int, { description: '1 = first in the requested order.' })
  rank!: number;

  @Field(() => JobClass)
  jobClass!: JobClass;

  @Field(() => Int, { description: 'Steps on the best path.' })
  steps!: number;

  @Field(() => Float, { nullable: true, description: 'Months of experience summed over the best path (steps that state none count 0); null when no step states any.' })
  totalMonthsExperience?: number | null;

  @Field({ description: 'True when every step has an explicit (qualification) edge.' })
  explicit!: boolean;

  @Field(() => String, { nullable: true, description: 'Pay movement from the lower to the higher end, e.g. "pay grade 10 -> 12", when comparable.' })
  payMovement?: string | null;

  @Field(() => Float, { nullable: true, description: 'Rise in grade or band from the lower to the higher end (negative: a fall); null when not comparable.' })
  payChange?: number | null;

  @Field(() => [CareerStep], { description: 'The best path (least months, then fewest steps, then fewest inferred steps), in promotion order.' })
  path!: CareerStep[];
}

@ObjectType({ description: 'Classes reachable from a class (career horizon) or feeding into it, ranked.' })
export class CareerHorizon {
  @Field(() => JobClass)
  origin!: JobClass;

  @Field(() => Int, { description: 'Classes within the bounds, before `limit`.' })
  totalReachable!: number;

  @Field(() => [HorizonClass])
  classes!: HorizonClass[];
}

@ObjectType({ description: 'A class one promotion step away, with the edges behind the move.' })
export class PromotionLink {
  @Field(() => JobClass)
  jobClass!: JobClass;

  @Field({ description: 'True when an explicit (qualification) edge supports the move.' })
  explicit!: boolean;

  @Field(() => Float, { nullable: true, description: 'Least experience any supporting edge asks for.' })
  monthsExperience?: number | null;

  @Field(() => [PromotionEdge], { description: 'Every edge supporting the move, explicit ones first.' })
  edges!: PromotionEdge[];
}
