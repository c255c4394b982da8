/**
 * classFamily: a series, job family, employer's plan or class as a subgraph, grown hop by hop from the
 * scope's own nodes and cut at maxNodes (nearest nodes kept). The GraphQL query, the export routes and the
 * CLI all read families through here, so they agree on what a family is.
 */
import { createHash } from 'node:crypto';
import { badInput, notFound } from '../errors/app-error';
import type { Subgraph, SubgraphEdge, SubgraphEdgeType, SubgraphNode, SubgraphNodeType } from '../model/subgraph';
import type { FamilyEdgeRow, FamilyNodeRow, FamilyRepository, FamilyRows, FamilyScopeKind } from '../repositories/family.repository';

export const MAX_HOPS = 3;
export const MAX_NODES = 5000;

/** What the caller asks for: exactly one id is set. */
export interface FamilyScopeArgs {
  seriesId?: string | null;
  jobFamilyId?: string | null;
  jurisdictionId?: string | null;
  classId?: string | null;
  hops?: number | null;
}

const SCOPE_FIELDS: { field: keyof Omit<FamilyScopeArgs, 'hops'>; kind: FamilyScopeKind; entity: string }[] = [
  { field: 'seriesId', kind: 'series', entity: 'ClassSeries' },
  { field: 'jobFamilyId', kind: 'jobFamily', entity: 'JobFamily' },
  { field: 'jurisdictionId', kind: 'jurisdiction', entity: 'Jurisdiction' },
  { field: 'classId', kind: 'class', entity: 'JobClass' },
];

export class FamilyService {
  constructor(private readonly families: FamilyRepository) {}

  async classFamily(scope: FamilyScopeArgs, maxNodes = 500): Promise<Subgraph> {
    const given = SCOPE_FIELDS.filter((s) => scope[s.field] !== undefined && scope[s.field] !== null);
    if (given.length !== 1) {
      throw badInput(`FamilyScope takes exactly one of ${SCOPE_FIELDS.map((s) => s.field).join(', ')}; ${given.length ? `got ${given.map((s) => s.field).join(', ')}` : 'got none'}`, 'scope');
    }
    const hops = scope.hops ?? 1;
    if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) throw badInput(`hops must be between 1 and ${MAX_HOPS}`, 'hops');
    if (!Number.isInteger(maxNodes) || maxNodes < 1 || maxNodes > MAX_NODES) throw badInput(`maxNodes must be between 1 and ${MAX_NODES}`, 'maxNodes');
    const { field, kind, entity } = given[0];
    const id = String(scope[field]);
    if (!id.trim()) throw badInput(`${field} is empty`, field);

    // One round trip: the core, every hop and the edges among the kept nodes (FamilyRepository.family).
    const family = await this.families.family(kind, id, hops, maxNodes);
    if (!family.nodes.length) throw notFound(entity, id);
    return toSubgraph(family);
  }
}

/** A family's rows as the subgraph every reader gets: nodes in their order, edges with stable ids, each once. */
export function toSubgraph(rows: FamilyRows): Subgraph {
  return { nodes: rows.nodes.map(toNode), edges: dedupe(rows.edges.map(toEdge)), truncated: rows.truncated };
}

/** Export formats read only scalars; anything else (lists, maps) is left out rather than flattened. */
function scalars(props: Record<string, unknown>): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(props ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
  }
  return out;
}

function caption(type: SubgraphNodeType, p: Record<string, unknown>): string {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
  switch (type) {
    case 'JobClass':
      return [text(p.code), text(p.title)].filter(Boolean).join(' ') || String(p.id);
    case 'ClassSeries':
      return text(p.title) ?? text(p.code) ?? String(p.id);
    case 'Position':
      return text(p.workingTitle) ?? text(p.number) ?? String(p.id);
    default:
      return text(p.name) ?? String(p.id);
  }
}

function toNode(row: FamilyNodeRow): SubgraphNode {
  return { id: String(row.node.id), type: row.label, label: caption(row.label, row.node), properties: scalars(row.node) };
}

/**
 * Edge ids are built from what the writer MERGEs each relationship on (its document, and basis / as /
 * statement), so parallel edges asserted by different documents keep distinct, stable ids.
 */
function toEdge(row: FamilyEdgeRow): SubgraphEdge {
  const p = row.properties ?? {};
  const parts = [p.doc, p.basis, p.as, typeof p.statement === 'string' && row.type === 'DISTINGUISHED_FROM' ? shortHash(p.statement) : undefined];
  const discriminator = parts.filter((x) => x !== undefined && x !== null).join('/');
  return { id: `${row.source}|${row.type}|${row.target}|${discriminator}`, source: row.source, target: row.target, type: row.type as SubgraphEdgeType, properties: scalars(p) };
}

function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 10);
}

function dedupe(edges: SubgraphEdge[]): SubgraphEdge[] {
  return [...new Map(edges.map((e) => [e.id, e])).values()];
}
