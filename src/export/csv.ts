/**
 * nodes.csv and edges.csv (RFC 4180, written by csv-stringify): fixed leading columns, then one column per
 * property name found in the subgraph, so the files load into Gephi's spreadsheet import, a spreadsheet or
 * Neo4j's LOAD CSV unchanged. Null and absent properties are empty cells.
 */
import { stringify } from 'csv-stringify/sync';
import type { Subgraph } from '../model/subgraph';

type Scalar = string | number | boolean | null | undefined;

export function nodesCsv(graph: Subgraph): string {
  const extra = propertyColumns(graph.nodes.map((n) => n.properties), ['id', 'type', 'label']);
  const rows = graph.nodes.map((n) => [n.id, n.type, n.label, ...extra.map((c) => n.properties[c])]);
  return write(['id', 'type', 'label', ...extra], rows);
}

export function edgesCsv(graph: Subgraph): string {
  const extra = propertyColumns(graph.edges.map((e) => e.properties), ['id', 'source', 'target', 'type']);
  const rows = graph.edges.map((e) => [e.id, e.source, e.target, e.type, ...extra.map((c) => e.properties[c])]);
  return write(['id', 'source', 'target', 'type', ...extra], rows);
}

/** Property names in first-seen-then-sorted order; names equal to a fixed column are left to the fixed one. */
function propertyColumns(all: Record<string, Scalar>[], fixed: string[]): string[] {
  const names = new Set<string>();
  for (const p of all) for (const k of Object.keys(p)) if (!fixed.includes(k)) names.add(k);
  return [...names].sort();
}

function write(header: string[], rows: Scalar[][]): string {
  // CRLF record separators as RFC 4180 says; booleans as true/false rather than csv-stringify's 1/''. A bare
  // LF or CR inside a value must be quoted too: csv-stringify quotes only the record delimiter itself.
  return stringify([header, ...rows.map((r) => r.map(cell))], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

function cell(value: Scalar): string {
  if (value === null || value === undefined) return '';
  return String(value);
}
