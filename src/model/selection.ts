/** What a client selected below a field (read by resolvers/look-ahead.ts), by dotted field path. */
export interface Selection {
  /** Whether the field at `path` ("edges.node.series") was selected. */
  has(path: string): boolean;
  /** The names of the fields selected directly under `path` (empty when none). */
  fieldsAt(path: string): readonly string[];
}

export const NOTHING_SELECTED: Selection = { has: () => false, fieldsAt: () => [] };
