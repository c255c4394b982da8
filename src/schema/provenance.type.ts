import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "Whose word a fact is: the document's (DOCUMENT), or an analyst's correction of it (ANALYST, with who and why)." })
export class Provenance {
  @Field({ description: 'DOCUMENT or ANALYST.' })
  source!: string;

  @Field(() => String, { nullable: true, description: 'Who made the correction (ANALYST only).' })
  by?: string | null;

  @Field(() => String, { nullable: true, description: 'Why (ANALYST only).' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'The stored correction (ANALYST only); see `corrections`.' })
  correctionId?: string | null;
}

@ObjectType({ description: 'A class field an analyst set or removed.' })
export class FieldCorrection {
  @Field({ description: 'The field, e.g. payGrade.' })
  field!: string;

  @Field({ description: 'add, change or remove.' })
  action!: string;

  @Field(() => Provenance)
  provenance!: Provenance;
}

/** Provenance from the properties the writer puts on every asserted relationship (see analyst-props.ts). */
export function provenanceOf(r: { provenance?: unknown; correctedBy?: unknown; correctionReason?: unknown; correctionId?: unknown }): Provenance {
  return r.provenance === 'ANALYST'
    ? { source: 'ANALYST', by: (r.correctedBy as string) ?? null, reason: (r.correctionReason as string) ?? null, correctionId: (r.correctionId as string) ?? null }
    : { source: 'DOCUMENT', by: null, reason: null, correctionId: null };
}
