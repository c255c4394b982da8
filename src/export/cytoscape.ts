/**
 * Cytoscape.js elements JSON ({elements: {nodes: [{data}], edges: [{data}]}}), the format cytoscape() and
 * Cytoscape desktop (File > Import > Network from file, .cyjs) both read. Properties are flattened into
 * `data` next to id/source/target, which Cytoscape reserves, so a property of that name is prefixed.
 */
import type { Subgraph } from '../model/subgraph';

type Data = Record<string, string | number | boolean | null>;

export interface CytoscapeJson {
  data: { name: string; truncated: boolean };
  elements: { nodes: { data: Data }[]; edges: { data: Data }[] };
}

const RESERVED = new Set(['id', 'source', 'target', 'parent', 'type', 'label']);

export function toCytoscape(graph: Subgraph, name = 'classFamily'): CytoscapeJson {
  return {
    data: { name, truncated: graph.truncated },
    elements: {
      nodes: graph.nodes.map((n) => ({ data: { ...props(n.properties), id: n.id, type: n.type, label: n.label } })),
      edges: graph.edges.map((e) => ({ data: { ...props(e.properties), id: e.id, source: e.source, target: e.target, type: e.type, label: e.type } })),
    },
  };
}

function props(properties: Data): Data {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [RESERVED.has(k) ? `prop_${k}` : k, v]));
}
