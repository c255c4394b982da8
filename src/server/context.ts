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

export type Role = 'reader' | 'editor' | 'admin';

export interface GraphContext {
  loaders: Loaders;
  services: { jobClasses: JobClassService; catalog: CatalogService };
  executor: Executor;
  role: Role;
  /** Cypher round trips made so far by this request (tests assert batching with it). */
  queryCount: () => number;
}

export function createContext(base: Executor, role: Role): GraphContext {
  let count = 0;
  const executor = base.withObserver(() => {
    count += 1;
  });
  const loaders = createLoaders(new GraphReadRepository(executor));
  return {
    loaders,
    services: {
      jobClasses: new JobClassService(loaders, new JobClassRepository(executor)),
      catalog: new CatalogService(new CatalogRepository(executor)),
    },
    executor,
    role,
    queryCount: () => count,
  };
}
