import { Field, Float, ObjectType } from 'type-graphql';
import { Competency } from './competency.type';
import { EquivalenceBasis } from './gap.types';

@ObjectType({ description: 'A visible equivalence link from a competency to another name.' })
export class CompetencyEquivalence {
  @Field(() => Competency)
  competency!: Competency;

  @Field(() => EquivalenceBasis)
  basis!: EquivalenceBasis;

  @Field(() => Float, { nullable: true, description: 'The proposer\'s score (0-1), when the link was proposed or reviewed.' })
  score?: number | null;
}

@ObjectType({ description: 'A proposed (or reviewed) equivalence between two competency names, with the evidence.' })
export class EquivalenceProposal {
  @Field(() => Competency)
  competency!: Competency;

  @Field(() => Competency)
  other!: Competency;

  @Field(() => Float, { nullable: true })
  score?: number | null;

  @Field(() => [String], { description: 'The evidence: same words, same stems, shared stems, synonyms (WordNet), shared definition.' })
  reasons!: string[];

  @Field({ description: 'PROPOSED, ACCEPTED or REJECTED.' })
  status!: string;
}
