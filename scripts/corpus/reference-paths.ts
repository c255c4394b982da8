/**
 * A brute-force reference for promotion paths, independent of Cypher: BFS distances, then enumeration of
 * trails (no edge used twice, as Neo4j's SHORTEST matches) in increasing length, pruned by distance to the target.
 */
export interface StepEdge {
  from: string;
  to: string;
  explicit: boolean;
}

export class ReferencePaths {
  private readonly out = new Map<string, StepEdge[]>();
  private readonly into = new Map<string, StepEdge[]>();

  constructor(edges: StepEdge[]) {
    for (const e of edges) {
      (this.out.get(e.from) ?? this.out.set(e.from, []).get(e.from)!).push(e);
      (this.into.get(e.to) ?? this.into.set(e.to, []).get(e.to)!).push(e);
    }
  }

  /** Steps from every node to `target` (reverse BFS), using only allowed edges. */
  private distancesTo(target: string, includeInferred: boolean): Map<string, number> {
    const dist = new Map([[target, 0]]);
    let frontier = [target];
    while (frontier.length) {
      const next: string[] = [];
      for (const node of frontier) {
        for (const e of this.into.get(node) ?? []) {
          if (!includeInferred && !e.explicit) continue;
          if (!dist.has(e.from)) {
            dist.set(e.from, dist.get(node)! + 1);
            next.push(e.from);
          }
        }
      }
      frontier = next;
    }
    return dist;
  }

  /** Lengths of the `limit` shortest trails from `from` to `to` of at most maxSteps, ascending. */
  shortestLengths(from: string, to: string, maxSteps: number, limit: number, includeInferred: boolean): number[] {
    const dist = this.distancesTo(to, includeInferred);
    if (!dist.has(from) || dist.get(from)! > maxSteps) return [];
    const lengths: number[] = [];
    for (let length = dist.get(from)!; length <= maxSteps && lengths.length < limit; length++) {
      const count = this.countTrails(from, to, length, dist, includeInferred, new Set(), limit - lengths.length);
      for (let i = 0; i < count; i++) lengths.push(length);
    }
    return lengths.slice(0, limit);
  }

  /** Is `nodes` a path of allowed edges? */
  isPath(nodes: string[], includeInferred: boolean): boolean {
    return nodes.slice(1).every((to, i) => (this.out.get(nodes[i]) ?? []).some((e) => e.to === to && (includeInferred || e.explicit)));
  }

  private countTrails(node: string, target: string, remaining: number, dist: Map<string, number>, includeInferred: boolean, used: Set<StepEdge>, cap: number): number {
    if (remaining === 0) return node === target ? 1 : 0;
    let count = 0;
    for (const e of this.out.get(node) ?? []) {
      if (count >= cap) break;
      if ((!includeInferred && !e.explicit) || used.has(e)) continue;
      const d = dist.get(e.to);
      if (d === undefined || d > remaining - 1) continue;
      used.add(e);
      count += this.countTrails(e.to, target, remaining - 1, dist, includeInferred, used, cap - count);
      used.delete(e);
    }
    return count;
  }
}
