import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JobClass } from './job-class.type';
import { Competency, CompetencyRequirement } from './competency.type';
import { Qualification } from './qualification.type';

export enum EquivalenceBasis {
  CURATED = 'CURATED',
  PROPOSED = 'PROPOSED',
  ANALYST = 'ANALYST',
}
registerEnumType(EquivalenceBasis, {
  name: 'EquivalenceBasis',
  description: 'Where an equivalence between two competency names comes from.',
  valuesConfig: {
    CURATED: { description: 'The curated alias table (graph/competency-aliases.json).' },
    PROPOSED: { description: 'Proposed by the lexical matcher, not yet reviewed.' },
    ANALYST: { description: 'Accepted by an analyst.' },
  },
});

@ObjectType({ description: 'Two differently named requirements an answer treated as the same one, and why.' })
export class UsedEquivalence {
  @Field(() => Competency, { description: 'The name in the first (lower) class.' })
  from!: Competency;

  @Field(() => Competency, { description: 'The name in the second (higher) class.' })
  to!: Competency;

  @Field(() => Competency, { description: 'The competency both are linked to.' })
  canonical!: Competency;

  @Field(() => EquivalenceBasis)
  basis!: EquivalenceBasis;
}

@ObjectType({ description: 'What a step asks a person to gain, and what it leaves behind, each with its passage.' })
export class StepGap {
  @Field(() => JobClass)
  from!: JobClass;

  @Field(() => JobClass)
  to!: JobClass;

  @Field(() => [CompetencyRequirement], { description: 'Required by the higher class, under its own document\'s name, and not by the lower one.' })
  competenciesGained!: CompetencyRequirement[];

  @Field(() => [CompetencyRequirement], { description: 'Required by the lower class and not by the higher one.' })
  competenciesDropped!: CompetencyRequirement[];

  @Field(() => Int, { description: 'Competencies both require.' })
  competenciesKept!: number;

  @Field(() => [Qualification], { description: 'Minimum-qualification clauses of the higher class whose wording the lower class does not have.' })
  qualificationsGained!: Qualification[];

  @Field(() => [Qualification], { description: 'Clauses of the lower class the higher one does not have.' })
  qualificationsDropped!: Qualification[];

  @Field(() => [UsedEquivalence], { description: 'Equivalences that made two names count as one (empty with useEquivalences: false).' })
  equivalencesUsed!: UsedEquivalence[];
}
