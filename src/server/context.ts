/**
 * The per-request GraphQL context: a scoped executor that counts this request's queries and runs its reads in
 * one shared transaction, fresh DataLoaders, and services over them. Nothing here outlives the request.
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
import { HorizonRepository } from '../repositories/horizon.repository';
import { HorizonService } from '../services/horizon.service';
import { PositionRepository } from '../repositories/position.repository';
import { PositionService } from '../services/position.service';
import { GapService } from '../services/gap.service';
import { AuditRepository } from '../repositories/audit.repository';
import { AuditService } from '../services/audit.service';
import { EquivalenceRepository } from '../repositories/equivalence.repository';
import { EquivalenceService } from '../services/equivalence.service';
import { RevisionService } from '../services/revision.service';
import { SharedRequirementsService } from '../services/shared-requirements.service';

export type Role = 'reader' | 'editor' | 'admin';

export interface GraphContext {
  loaders: Loaders;
  services: { jobClasses: JobClassService; catalog: CatalogService; promotions: PromotionService; comparison: ComparisonService; family: FamilyService; horizon: HorizonService; positions: PositionService; gaps: GapService; audit: AuditService; equivalences: EquivalenceService; revisions: RevisionService; shared: SharedRequirementsService };
  executor: Executor;
  role: Role;
  /** Jurisdictions the caller's key may write into; null: any (or a reader, who may not write at all). */
  writeScope: string[] | null;
  /** Cypher round trips made so far by this request (tests assert batching with it). */
  queryCount: () => number;
  /** Ends the request's shared read transaction; called once the response is sent (app.ts). */
  release: () => Promise<void>;
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
  // One read transaction for all the request's reads, bounded by the reads' budget and the request's own.
  const readBudget = Math.min(options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS, options.requestTimeoutMs ?? Infinity);
  const scoped = base.forRequest(readBudget);
  const observed = scoped.executor.withObserver(() => {
    count += 1;
  });
  const executor = options.requestTimeoutMs ? observed.withDeadline(Date.now() + options.requestTimeoutMs) : observed;
  const reads = new GraphReadRepository(executor);
  const loaders = createLoaders(reads);
  const jobClasses = new JobClassService(loaders, new JobClassRepository(executor), reads);
  const traversal = new TraversalRepository(executor, options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS);
  return {
    loaders,
    services: {
      jobClasses,
      catalog: new CatalogService(new CatalogRepository(executor)),
      promotions: new PromotionService(loaders, jobClasses, traversal),
      comparison: new ComparisonService(loaders, jobClasses, traversal),
      family: new FamilyService(new FamilyRepository(executor, options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS)),
      gaps: new GapService(loaders, jobClasses),
      revisions: new RevisionService(loaders),
      shared: new SharedRequirementsService(loaders, jobClasses),
      equivalences: new EquivalenceService(loaders, new EquivalenceRepository(executor)),
      audit: new AuditService(loaders, new AuditRepository(executor, options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS)),
      positions: new PositionService(new PositionRepository(executor)),
      horizon: new HorizonService(loaders, jobClasses, new HorizonRepository(executor, options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS)),
    },
    executor,
    role,
    writeScope: options.writeScope ?? null,
    queryCount: () => count,
    release: scoped.release,
  };
}
