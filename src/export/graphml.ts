/**
 * GraphML (for Gephi, yEd, Cytoscape desktop, graphology): one <key> per property name and domain, typed from
 * the values it holds, so readers keep numbers and booleans as such. Every text is XML-escaped.
 */
import type { Subgraph, SubgraphEdge, SubgraphNode } from '../model/subgraph';

type Scalar = string | number | boolean | null;
type AttrType = 'string' | 'boolean' | 'int' | 'long' | 'double';

interface KeyDecl {
  id: string;
  domain: 'node' | 'edge';
  name: string;
  type: AttrType;
}

/** The attributes every node and edge carries besides its properties (they name the graph's own fields). */
const NODE_BUILTINS = ['type', 'label'] as const;
const EDGE_BUILTINS = ['type'] as const;

export function toGraphML(graph: Subgraph, options: { graphId?: string } = {}): string {
  const nodeKeys = declareKeys('node', graph.nodes, NODE_BUILTINS);
  const edgeKeys = declareKeys('edge', graph.edges, EDGE_BUILTINS);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys.values(), ...edgeKeys.values()].map((k) => `  <key id="${esc(k.id)}" for="${k.domain}" attr.name="${esc(k.name)}" attr.type="${k.type}"/>`),
    `  <graph id="${esc(options.graphId ?? 'classFamily')}" edgedefault="directed">`,
  ];
  for (const node of graph.nodes) {
    lines.push(`    <node id="${esc(node.id)}">`);
    lines.push(...dataLines(nodeKeys, { type: node.type, label: node.label, ...node.properties }));
    lines.push('    </node>');
  }
  for (const edge of graph.edges) {
    lines.push(`    <edge id="${esc(edge.id)}" source="${esc(edge.source)}" target="${esc(edge.target)}">`);
    lines.push(...dataLines(edgeKeys, { type: edge.type, ...edge.properties }));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** One key per property name, typed by the widest type its values need (mixed kinds fall back to string). */
function declareKeys(domain: 'node' | 'edge', items: (SubgraphNode | SubgraphEdge)[], builtins: readonly string[]): Map<string, KeyDecl> {
  const types = new Map<string, Set<AttrType>>(builtins.map((b) => [b, new Set<AttrType>(['string'])]));
  for (const item of items) {
    for (const [name, value] of Object.entries(item.properties)) {
      // A property named like a builtin would collide with it; builtins win (they are the graph's fields).
      if (builtins.includes(name)) continue;
      if (!types.has(name)) types.set(name, new Set());
      if (value !== null) types.get(name)!.add(attrType(value));
    }
  }
  const prefix = domain === 'node' ? 'n' : 'e';
  return new Map([...types].map(([name, seen], i) => [name, { id: `${prefix}${i}`, domain, name, type: widest(seen) }]));
}

function attrType(value: Exclude<Scalar, null>): AttrType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? (Math.abs(value) > 2 ** 31 - 1 ? 'long' : 'int') : 'double';
  return 'string';
}

function widest(seen: Set<AttrType>): AttrType {
  if (!seen.size) return 'string';
  if (seen.size === 1) return [...seen][0];
  const numeric = [...seen].every((t) => t === 'int' || t === 'long' || t === 'double');
  if (!numeric) return 'string';
  return seen.has('double') ? 'double' : 'long';
}

function dataLines(keys: Map<string, KeyDecl>, values: Record<string, Scalar>): string[] {
  const out: string[] = [];
  for (const [name, key] of keys) {
    const value = values[name];
    // GraphML has no null: an absent <data> is the reader's default, which is what null means here.
    if (value === undefined || value === null) continue;
    out.push(`      <data key="${key.id}">${esc(String(value))}</data>`);
  }
  return out;
}

/**
 * XML 1.0 escaping; characters XML 1.0 cannot carry at all (most C0 controls) are dropped. Line breaks and tabs
 * become character references so attribute values keep them (a reader normalizes literal ones to spaces).
 */
export function esc(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
