/**
 * The per-request GraphQL context: a scoped executor that counts this request's queries and runs its reads in
 * one shared transaction, fresh DataLoaders, and services over them. Nothing here outlives the request.
 * Loaders and services are built the first time a resolver asks for them, so a request pays only for what
 * it touches (`{ __typename }` builds none).
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

export interface Services {
  readonly jobClasses: JobClassService;
  readonly catalog: CatalogService;
  readonly promotions: PromotionService;
  readonly comparison: ComparisonService;
  readonly family: FamilyService;
  readonly horizon: HorizonService;
  readonly positions: PositionService;
  readonly gaps: GapService;
  readonly audit: AuditService;
  readonly equivalences: EquivalenceService;
  readonly revisions: RevisionService;
  readonly shared: SharedRequirementsService;
}

export interface GraphContext {
  readonly loaders: Loaders;
  readonly services: Services;
  readonly executor: Executor;
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

/** One request's services, each made on first use (getters on the prototype: nothing per request until then). */
class RequestServices implements Services {
  private made: { -readonly [K in keyof Services]?: Services[K] } = {};

  constructor(private readonly request: RequestParts) {}

  get jobClasses() {
    return (this.made.jobClasses ??= new JobClassService(this.request.loaders, new JobClassRepository(this.request.executor), this.request.reads));
  }
  get catalog() {
    return (this.made.catalog ??= new CatalogService(new CatalogRepository(this.request.executor)));
  }
  get promotions() {
    return (this.made.promotions ??= new PromotionService(this.request.loaders, this.jobClasses, this.request.traversal));
  }
  get comparison() {
    return (this.made.comparison ??= new ComparisonService(this.request.loaders, this.jobClasses, this.request.traversal));
  }
  get family() {
    return (this.made.family ??= new FamilyService(new FamilyRepository(this.request.executor, this.request.queryTimeoutMs)));
  }
  get gaps() {
    return (this.made.gaps ??= new GapService(this.request.loaders, this.jobClasses));
  }
  get revisions() {
    return (this.made.revisions ??= new RevisionService(this.request.loaders));
  }
  get shared() {
    return (this.made.shared ??= new SharedRequirementsService(this.request.loaders, this.jobClasses));
  }
  get equivalences() {
    return (this.made.equivalences ??= new EquivalenceService(this.request.loaders, new EquivalenceRepository(this.request.executor)));
  }
  get audit() {
    return (this.made.audit ??= new AuditService(this.request.loaders, new AuditRepository(this.request.executor, this.request.queryTimeoutMs)));
  }
  get positions() {
    return (this.made.positions ??= new PositionService(new PositionRepository(this.request.executor)));
  }
  get horizon() {
    return (this.made.horizon ??= new HorizonService(this.request.loaders, this.jobClasses, new HorizonRepository(this.request.executor, this.request.queryTimeoutMs)));
  }
}

/** What the request's resolvers share: the read repository, loaders, traversal and services, each made when first asked for. */
class RequestParts {
  readonly services: Services = new RequestServices(this);
  private madeReads: GraphReadRepository | undefined;
  private madeLoaders: Loaders | undefined;
  private madeTraversal: TraversalRepository | undefined;

  constructor(
    readonly executor: Executor,
    readonly queryTimeoutMs: number,
  ) {}

  get reads(): GraphReadRepository {
    return (this.madeReads ??= new GraphReadRepository(this.executor));
  }
  get loaders(): Loaders {
    return (this.madeLoaders ??= createLoaders(this.reads));
  }
  get traversal(): TraversalRepository {
    return (this.madeTraversal ??= new TraversalRepository(this.executor, this.queryTimeoutMs));
  }
}

/**
 * The context object. Apollo shallow-copies it for each operation (own properties onto the same prototype),
 * so everything made lazily lives in the one RequestParts both copies point to: the service that primes
 * the loaders and the resolvers that read them must see the same loaders.
 */
class RequestContext implements GraphContext {
  constructor(
    private readonly parts: RequestParts,
    readonly executor: Executor,
    public role: Role,
    public writeScope: string[] | null,
    readonly queryCount: () => number,
    readonly release: () => Promise<void>,
  ) {}

  get loaders(): Loaders {
    return this.parts.loaders;
  }
  get services(): Services {
    return this.parts.services;
  }
}

export function createContext(base: Executor, role: Role, options: ContextOptions = {}): GraphContext {
  let count = 0;
  // One read transaction for all the request's reads, bounded by the reads' budget and the request's own.
  const queryTimeoutMs = options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
  const scoped = base.forRequest(Math.min(queryTimeoutMs, options.requestTimeoutMs ?? Infinity));
  const observed = scoped.executor.withObserver(() => {
    count += 1;
  });
  const executor = options.requestTimeoutMs ? observed.withDeadline(Date.now() + options.requestTimeoutMs) : observed;
  return new RequestContext(new RequestParts(executor, queryTimeoutMs), executor, role, options.writeScope ?? null, () => count, scoped.release);
}
