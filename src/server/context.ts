/**
 * The per-request GraphQL context: a scoped executor that counts this request's queries, fresh DataLoaders,
 * and services over them. Nothing here outlives the request.
 */
import type { Executor } from '../db/executor';
import { createLoaders, type Loaders } from '../loaders/loaders';
import { CatalogRepository } from '../repositories/catalog.repository';
import { GraphReadRepository } from '../repositories/graph-read.repository';
import { JobClassRepository } from '../repositories/job-class.repository';
import { CatalogService } from '../services/catalog.service';
import { JobClassService } from '../services/job-class.service';
import { TraversalRepository } from '../repositories/traversal.repository';
import { PromotionService } from '../services/promotion.service';
import { ComparisonService } from '../services/comparison.service';
import { FamilyRepository } from '../repositories/family.repository';
import { FamilyService } from '../services/family.service';

export type Role = 'reader' | 'editor' | 'admin';

export interface GraphContext {
  loaders: Loaders;
  services: { jobClasses: JobClassService; catalog: CatalogService; promotions: PromotionService; comparison: ComparisonService; family: FamilyService };
  executor: Executor;
  role: Role;
  /** Jurisdictions the caller's key may write into; null: any (or a reader, who may not write at all). */
  writeScope: string[] | null;
  /** Cypher round trips made so far by this request (tests assert batching with it). */
  queryCount: () => number;
}

/** Defaults for callers (tests) that do not pass limits; the server passes QUERY_TIMEOUT_MS. */
export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;

export interface ContextOptions {
  queryTimeoutMs?: number;
  writeScope?: string[] | null;
  /** The request's time budget; its database calls stop when it is used up. */
  requestTimeoutMs?: number;
}

export function createContext(base: Executor, role: Role, options: ContextOptions = {}): GraphContext {
  let count = 0;
  const observed = base.withObserver(() => {
    count += 1;
  });
  const executor = options.requestTimeoutMs ? observed.withDeadline(Date.now() + options.requestTimeoutMs) : observed;
  const loaders = createLoaders(new GraphReadRepository(executor));
  const jobClasses = new JobClassService(loaders, new JobClassRepository(executor));
  const traversal = new TraversalRepository(executor, options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS);
  return {
    loaders,
    services: {
      jobClasses,
      catalog: new CatalogService(new CatalogRepository(executor)),
      promotions: new PromotionService(loaders, jobClasses, traversal),
      comparison: new ComparisonService(loaders, jobClasses, traversal),
      family: new FamilyService(new FamilyRepository(executor, options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS)),
    },
    executor,
    role,
    writeScope: options.writeScope ?? null,
    queryCount: () => count,
  };
}
