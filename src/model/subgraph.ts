/**
 * A piece of the graph to look at: typed nodes and edges with stable ids (the natural keys). classFamily
 * returns one; the GraphML, Cytoscape.js and CSV exporters and the explorer page all read this one shape.
 */
export type SubgraphNodeType = 'Jurisdiction' | 'Agency' | 'JobFamily' | 'ClassSeries' | 'JobClass' | 'Position' | 'Competency';
export type SubgraphEdgeType = 'IN' | 'IN_FAMILY' | 'HAS_LEVEL' | 'PROMOTES_TO' | 'DISTINGUISHED_FROM' | 'REQUIRES' | 'SAME_AS' | 'CLASSIFIED_AS';

export interface SubgraphNode {
  /** Natural key, e.g. "state-of-ohio:62721S". */
  id: string;
  type: SubgraphNodeType;
  /** Caption for display: a class's code and title, a competency's name. */
  label: string;
  /** Scalar properties only (strings, numbers, booleans, null). */
  properties: Record<string, string | number | boolean | null>;
}

export interface SubgraphEdge {
  /** Stable: "<source>|<type>|<target>|<discriminator>". */
  id: string;
  source: string;
  target: string;
  type: SubgraphEdgeType;
  properties: Record<string, string | number | boolean | null>;
}

export interface Subgraph {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
  /** True when the node cap cut the subgraph short. */
  truncated: boolean;
}
