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
