import { Field, Float, ObjectType } from 'type-graphql';
import { JobClass } from './job-class.type';
import { UsedEquivalence } from './gap.types';
import { Citation } from './citation.type';
import { Competency } from './competency.type';

@ObjectType({ description: 'A distinguishing statement between two classes.' })
export class ComparisonStatement {
  @Field(() => JobClass, { description: 'The class whose document makes the statement.' })
  from!: JobClass;

  @Field(() => JobClass, { description: 'The class it is distinguished from.' })
  to!: JobClass;

  @Field()
  statement!: string;

  @Field(() => Citation, { nullable: true })
  source?: Citation | null;
}

@ObjectType({ description: 'Two classes side by side. Each side (a, b) carries its concept, supervision, duties, qualifications and pay; this adds what relates them.' })
export class ClassComparison {
  @Field(() => JobClass)
  a!: JobClass;

  @Field(() => JobClass)
  b!: JobClass;

  @Field(() => [ComparisonStatement], { description: 'Statements distinguishing a from b and b from a.' })
  statements!: ComparisonStatement[];

  @Field(() => [ComparisonStatement], { description: 'Statements of a or b about a third class both of them are compared with.' })
  thirdClassStatements!: ComparisonStatement[];

  @Field(() => [Competency], { description: "Competencies both require, under a's document's names (with useEquivalences, names linked as equivalent count as one; see equivalencesUsed)." })
  sharedCompetencies!: Competency[];

  @Field(() => [Competency])
  onlyInA!: Competency[];

  @Field(() => [Competency])
  onlyInB!: Competency[];

  @Field(() => [UsedEquivalence], { description: 'The equivalences that made two differently named requirements count as one (empty with useEquivalences: false).' })
  equivalencesUsed!: UsedEquivalence[];

  @Field(() => Float, { description: 'Jaccard similarity of the two competency sets, 0 to 1.' })
  similarity!: number;

  @Field({ description: 'True when a and b are on the same pay scale of the same employer (pay grades compare only within one plan).' })
  payComparable!: boolean;

  @Field(() => String, { nullable: true, description: 'e.g. "pay band 5 vs 3", when comparable.' })
  payDifference?: string | null;
}

@ObjectType({ description: 'A class ranked by what it requires in common with another.' })
export class SimilarClass {
  @Field(() => JobClass)
  jobClass!: JobClass;

  @Field(() => Float, { description: 'Jaccard similarity of competency sets, 0 to 1.' })
  score!: number;

  @Field(() => [Competency], { description: 'What the two share.' })
  shared!: Competency[];
}

@ObjectType({ description: 'A class requiring a competency, and under which name.' })
export class CompetencyMatch {
  @Field(() => JobClass)
  jobClass!: JobClass;

  @Field(() => [String], { description: 'The names the class document uses (equivalents by SAME_AS included).' })
  asNames!: string[];

  @Field(() => [String], { description: 'KNOWLEDGE, SKILL, ABILITY, BEHAVIOR or COMPETENCY.' })
  kinds!: string[];

  @Field({ description: 'True when the class requires it only under another, equivalent name (listed in asNames).' })
  viaEquivalence!: boolean;
}
