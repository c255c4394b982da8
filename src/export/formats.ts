/**
 * The export formats by name, shared by the HTTP routes and the CLI so both name, type and render a family
 * the same way. Names double as file suffixes ("<id>.nodes.csv").
 */
import type { Subgraph } from '../model/subgraph';
import { slugify } from '../model/keys';
import { toGraphML } from './graphml';
import { toCytoscape } from './cytoscape';
import { edgesCsv, nodesCsv } from './csv';

export interface ExportFormat {
  name: string;
  contentType: string;
  render(graph: Subgraph, title: string): string;
}

export const EXPORT_FORMATS: ExportFormat[] = [
  { name: 'graphml', contentType: 'application/graphml+xml; charset=utf-8', render: (g, title) => toGraphML(g, { graphId: title }) },
  { name: 'cyjs', contentType: 'application/json; charset=utf-8', render: (g, title) => `${JSON.stringify(toCytoscape(g, title), null, 2)}\n` },
  { name: 'json', contentType: 'application/json; charset=utf-8', render: (g) => `${JSON.stringify(g, null, 2)}\n` },
  { name: 'nodes.csv', contentType: 'text/csv; charset=utf-8; header=present', render: (g) => nodesCsv(g) },
  { name: 'edges.csv', contentType: 'text/csv; charset=utf-8; header=present', render: (g) => edgesCsv(g) },
];

export const FORMAT_NAMES = EXPORT_FORMATS.map((f) => f.name);

export function findFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name);
}

/** Splits "<id>.<format>" on the longest known format suffix (ids may themselves contain dots). */
export function splitFileName(file: string): { id: string; format: ExportFormat } | null {
  const format = [...EXPORT_FORMATS].sort((a, b) => b.name.length - a.name.length).find((f) => file.endsWith(`.${f.name}`) && file.length > f.name.length + 1);
  return format ? { id: file.slice(0, -(format.name.length + 1)), format } : null;
}

/** A file name safe in a Content-Disposition header and on any file system. */
export function exportFileName(id: string, format: ExportFormat): string {
  const base = slugify(id) || 'family';
  return `${base}.${format.name}`;
}
