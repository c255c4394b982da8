/**
 * DataLoaders over batch statements. Made fresh per request (in the GraphQL context), so caching never leaks
 * between requests or users; each batch is one Cypher round trip whose rows are put back in key order.
 */
import DataLoader from 'dataloader';
import type { BatchStatement, GraphReadRepository } from '../repositories/graph-read.repository';

/** One value (or null) per key. */
export function singleLoader<V>(repo: GraphReadRepository, statement: BatchStatement): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(async (ids) => {
    const found = await repo.batch(statement, ids);
    return ids.map((id) => (found.get(id) as V | undefined) ?? null);
  });
}

/** A list (possibly empty) per key. */
export function listLoader<V>(repo: GraphReadRepository, statement: BatchStatement): DataLoader<string, V[]> {
  return new DataLoader<string, V[]>(async (ids) => {
    const found = await repo.batch(statement, ids);
    return ids.map((id) => (found.get(id) as V[] | undefined) ?? []);
  });
}

/** Most a list loader made by `limitedListLoaders` returns per key when no limit is asked for. */
export const UNLIMITED = 1_000_000_000;

/**
 * List loaders whose statement takes `$limit` (items per key): one loader per limit asked in the request, so
 * `requiredBy(first: 5)` and `requiredBy` in one query each batch on their own.
 */
export function limitedListLoaders<V>(repo: GraphReadRepository, statement: BatchStatement): (limit: number | null) => DataLoader<string, V[]> {
  const byLimit = new Map<number, DataLoader<string, V[]>>();
  return (limit) => {
    const n = limit ?? UNLIMITED;
    let loader = byLimit.get(n);
    if (!loader) {
      loader = new DataLoader<string, V[]>(async (ids) => {
        const found = await repo.batch(statement, ids, { limit: n });
        return ids.map((id) => (found.get(id) as V[] | undefined) ?? []);
      });
      byLimit.set(n, loader);
    }
    return loader;
  };
}
