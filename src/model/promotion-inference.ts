/**
 * Reads a distinguishing statement for a promotion direction. "X is distinguished from Y in that the latter
 * works on more complex ..." says Y is the higher class; "Y performs paraprofessional work" where X is
 * professional says X is higher. Anything less clear yields no edge: an inferred edge must be defensible.
 */
export type InferredDirection = 'OTHER_IS_HIGHER' | 'OTHER_IS_LOWER';

const HIGHER = /\b(more (complex|advanced|difficult|specialized|technical|responsible)|higher[- ]level|higher level|advanced[- ]level|supervis(es|ory) (the|this)|full[- ]journey|senior[- ]level|escalated)\b/i;
const LOWER = /\b(paraprofessional|entry[- ]level|trainee|less complex|assist(s|ing) professional|limited scope)\b/i;

/** The direction a statement implies, or null when it implies none clearly. Looks only at what is said of the other class. */
export function inferPromotionFromDistinction(statement: string): InferredDirection | null {
  const aboutOther = otherClause(statement);
  const higher = HIGHER.test(aboutOther);
  const lower = LOWER.test(aboutOther);
  if (higher && !lower) return 'OTHER_IS_HIGHER';
  if (lower && !higher) return 'OTHER_IS_LOWER';
  return null;
}

/** The part of "A is distinguished from B in that/which/that ..." that describes B. */
function otherClause(statement: string): string {
  const match = statement.match(/distinguished from\s+(?!\s)(.*)$/is);
  return match ? match[1] : statement;
}
