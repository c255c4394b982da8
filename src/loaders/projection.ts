/**
 * Which stored properties a selection reads, so a look-ahead statement returns those and not every property of
 * every node it passes (`{.*}` of each level and competency was most of that statement's cost in Neo4j and in
 * the driver's decoding). A plain field reads the property of its own name; a field resolver reads what
 * `RESOLVER_READS` says (besides `id`, which every node record carries). A test checks that every field resolver
 * of these types is listed here, so a new one cannot read a property the projection leaves out.
 */
export type ProjectedType = 'JobClass' | 'ClassSeries' | 'Competency' | 'CompetencyRequirement';

export const RESOLVER_READS: Record<ProjectedType, Record<string, readonly string[]>> = {
  JobClass: {
    specified: ['specified'],
    jurisdiction: [],
    series: [],
    duties: [],
    qualifications: [],
    competencies: [],
    distinctions: [],
    positions: [],
    fieldCorrections: [],
    sources: [],
    agency: [],
    revisions: [],
    promotesTo: [],
    promotedFrom: [],
  },
  ClassSeries: { levels: [], jobFamily: [], jurisdiction: ['jurisdictionId'] },
  Competency: { requiredBy: [], equivalentTo: [] },
  // A requirement is the REQUIRES relationship: `kind` is stored as `as`; the competency comes from its own node.
  CompetencyRequirement: {
    competency: [],
    kind: ['as'],
    source: ['doc', 'start', 'end'],
    provenance: ['provenance', 'correctedBy', 'correctionReason', 'correctionId'],
  },
};

/** Properties every record of the type carries whatever was selected. */
const ALWAYS: Record<ProjectedType, readonly string[]> = { JobClass: ['id'], ClassSeries: ['id'], Competency: ['id'], CompetencyRequirement: [] };

/** The stored properties that the selected fields of a `type` read, each once, in a stable order. */
export function propertiesFor(type: ProjectedType, selected: Iterable<string>): string[] {
  const properties = new Set(ALWAYS[type]);
  const resolved = RESOLVER_READS[type];
  for (const field of selected) {
    if (field.startsWith('__')) continue;
    for (const property of Object.hasOwn(resolved, field) ? resolved[field] : [field]) properties.add(property);
  }
  return [...properties];
}

/** A record from the values a statement returned for `properties`, in the same order. */
export function recordOf(properties: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (let i = 0; i < properties.length; i++) record[properties[i]] = values[i];
  return record;
}
