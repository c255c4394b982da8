/**
 * The only code that runs Cypher. Reads go through `executeRead` (routed to followers on a cluster), writes
 * through `executeWrite`; the database is always named; every value is a parameter; driver errors become our
 * error codes. Observers see each round trip, which is how tests count queries per GraphQL request.
 */
import { Neo4jError, type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { CypherRegistry } from './cypher-registry';
import { mapNeo4jError } from './neo4j-error-map';
import { ReadScope } from './read-scope';
import { databaseStalled, requestBudgetExceeded } from '../errors/app-error';

export type Params = Record<string, unknown>;
export type Row = RecordShape;
export type QueryObserver = (event: { statement: string; mode: 'READ' | 'WRITE'; ms: number; rows: number }) => void;

export interface RunOptions {
  /** Server-side transaction timeout; Neo4j terminates the query past it. */
  timeoutMs?: number;
}

export interface ExecutorOptions {
  /**
   * The longest one transaction may take, enforced twice: Neo4j stops it past this (server side), and the
   * caller stops waiting shortly after (client side), so a stalled or unreachable Neo4j cannot hold a request.
   */
  statementTimeoutMs?: number;
  /** The same for a document's write transaction (all its statements together), which takes longer. */
  writeTimeoutMs?: number;
  /** Epoch ms by which this request must be done: no statement starts after it, none runs past it. */
  deadline?: number;
  observers?: QueryObserver[];
  /** The request's shared read transaction (see ReadScope), when reads are scoped to one request. */
  scope?: ReadScope;
}

/** Extra wait past the server-side timeout before the client gives up on an answer (Neo4j's own abort comes first). */
const STALL_GRACE_MS = 500;

/** Sessions of this process whose work has not settled (each holds a pooled connection), for /metrics. */
let sessionsInFlight = 0;
const DEFAULT_STATEMENT_TIMEOUT_MS = 20_000;
const DEFAULT_WRITE_TIMEOUT_MS = 120_000;

/** A handle on one open write transaction, for loading a document atomically with several statements. */
export interface WriteTx {
  run(statement: string, params?: Params): Promise<Row[]>;
}

export class Executor {
  private readonly observers: QueryObserver[];

  constructor(
    private readonly driver: Driver,
    readonly database: string,
    readonly registry: CypherRegistry,
    private readonly options: ExecutorOptions = {},
  ) {
    this.observers = options.observers ?? [];
  }

  /** A copy that also reports to `observer`: one per request, so counts never mix across requests. */
  withObserver(observer: QueryObserver): Executor {
    return new Executor(this.driver, this.database, this.registry, { ...this.options, observers: [...this.observers, observer] });
  }

  /**
   * A copy whose reads share one transaction (see ReadScope) with `timeoutMs` as the budget of all of them;
   * `release` must be called when the request is answered. Writes are unaffected.
   */
  forRequest(timeoutMs: number): { executor: Executor; release: () => Promise<void> } {
    // No longer than one transaction may take (NEO4J_TX_TIMEOUT_MS): a stalled Neo4j ends the request that soon.
    const scope = new ReadScope(this.driver, this.database, Math.min(timeoutMs, this.options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS));
    return { executor: new Executor(this.driver, this.database, this.registry, { ...this.options, scope }), release: () => scope.release() };
  }

  /** A copy whose statements all end by `deadline` (epoch ms): one per request, for its time budget. */
  withDeadline(deadline: number): Executor {
    return new Executor(this.driver, this.database, this.registry, { ...this.options, deadline });
  }

  /** The budget of the next statement: its own timeout, the executor's, and what is left of the request's. */
  private budget(timeoutMs: number | undefined, fallback = this.options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS): number {
    const own = timeoutMs ?? fallback;
    if (this.options.deadline === undefined) return own;
    const left = this.options.deadline - Date.now();
    if (left <= 0) throw requestBudgetExceeded();
    return Math.max(1, Math.min(own, left));
  }

  /**
   * Runs `work` in a fresh session and waits at most `timeoutMs` plus a grace for it: past that, Neo4j (or the
   * network) is stalled, the request ends with DATABASE_UNAVAILABLE, and the session is left to close by itself
   * when Neo4j answers again (awaiting it would wait for the stall).
   */
  private async inSession<T>(mode: 'READ' | 'WRITE', timeoutMs: number, context: () => string, work: (session: ReturnType<Driver['session']>) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    let timer: NodeJS.Timeout | undefined;
    let stalled = false;
    sessionsInFlight += 1;
    const running = work(session);
    running.then(
      () => (sessionsInFlight -= 1),
      () => (sessionsInFlight -= 1),
    );
    const watchdog = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        stalled = true;
        reject(databaseStalled(timeoutMs + STALL_GRACE_MS));
      }, timeoutMs + STALL_GRACE_MS);
    });
    try {
      return await Promise.race([running, watchdog]);
    } catch (error) {
      throw mapNeo4jError(error, { statement: context(), timeoutMs });
    } finally {
      clearTimeout(timer);
      if (stalled) {
        running.catch(() => undefined);
        session.close().catch(() => undefined);
      } else {
        await session.close().catch(() => undefined);
      }
    }
  }

  async read(statement: string, params: Params = {}, options: RunOptions = {}): Promise<Row[]> {
    const scope = this.options.scope;
    if (!scope) return this.execute('READ', statement, params, options);
    const waitMs = this.budget(options.timeoutMs, scope.timeoutMs) + STALL_GRACE_MS;
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const watchdog = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // Neo4j stopped answering: give the shared transaction up (its connection closes when Neo4j returns).
        scope.abandon();
        reject(databaseStalled(waitMs));
      }, waitMs);
    });
    try {
      const result = await Promise.race([scope.run(this.registry.get(statement).text, params), watchdog]);
      return this.observed(statement, 'READ', started, result.records.map((record) => record.toObject()));
    } catch (error) {
      // A lost connection gets the managed path's retries (NEO4J_RETRY_MS) instead of failing the request.
      if (isRetryable(error)) return this.execute('READ', statement, params, options);
      throw mapNeo4jError(error, { statement, timeoutMs: scope.timeoutMs });
    } finally {
      clearTimeout(timer);
    }
  }

  async write(statement: string, params: Params = {}, options: RunOptions = {}): Promise<Row[]> {
    return this.execute('WRITE', statement, params, options);
  }

  /**
   * Runs `work` in ONE write transaction: all its statements commit together or not at all. The driver may
   * retry `work` on a transient failure, so it must not have side effects outside the transaction.
   */
  async writeTransaction<T>(work: (tx: WriteTx) => Promise<T>, options: RunOptions = {}): Promise<T> {
    const timeoutMs = this.budget(options.timeoutMs, this.options.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS);
    let current = 'transaction';
    return this.inSession('WRITE', timeoutMs, () => current, (session) =>
      session.executeWrite(
        (tx) =>
          work({
            run: async (statement, params = {}) => {
              current = statement;
              return this.runIn(tx, 'WRITE', statement, params);
            },
          }),
        { timeout: timeoutMs },
      ),
    );
  }

  /** Runs raw Cypher text that is not in the registry: migrations and EXPLAIN checks only. */
  async runText(text: string, params: Params = {}, mode: 'READ' | 'WRITE' = 'WRITE'): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      const result = await session.run(text, params);
      return result.records.map((r) => r.toObject());
    } catch (error) {
      throw mapNeo4jError(error, { statement: text.slice(0, 60) });
    } finally {
      await session.close();
    }
  }

  private async execute(mode: 'READ' | 'WRITE', statement: string, params: Params, options: RunOptions): Promise<Row[]> {
    const timeoutMs = this.budget(options.timeoutMs);
    const work = (tx: ManagedTransaction) => this.runIn(tx, mode, statement, params);
    const config = { timeout: timeoutMs };
    return this.inSession(mode, timeoutMs, () => statement, (session) => (mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config)));
  }

  private async runIn(tx: ManagedTransaction, mode: 'READ' | 'WRITE', statement: string, params: Params): Promise<Row[]> {
    const started = Date.now();
    const result = await tx.run(this.registry.get(statement).text, params);
    return this.observed(statement, mode, started, result.records.map((record) => record.toObject()));
  }

  private observed(statement: string, mode: 'READ' | 'WRITE', started: number, rows: Row[]): Row[] {
    for (const observe of this.observers) observe({ statement, mode, ms: Date.now() - started, rows: rows.length });
    return rows;
  }

  /** Connections in use by unfinished work (stalled work included) and idle in the driver's pool. */
  poolStats(): { inUse: number; idle: number } {
    // The driver has no public pool figures; idle connections are read from its pool when it has the shape we know.
    const pool = (this.driver as unknown as { _connectionProvider?: { _connectionPool?: { _pools?: Record<string, unknown[]> } } })._connectionProvider?._connectionPool?._pools;
    const idle = pool ? Object.values(pool).reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0) : 0;
    return { inUse: sessionsInFlight, idle };
  }

  /** True when Neo4j answers a trivial query within `timeoutMs`. */
  async ping(timeoutMs = 2000): Promise<boolean> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      await Promise.race([
        session.executeRead((tx) => tx.run('RETURN 1')),
        new Promise((_, reject) => setTimeout(() => reject(new Error('ping timed out')), timeoutMs)),
      ]);
      return true;
    } catch {
      return false;
    } finally {
      session.close().catch(() => undefined);
    }
  }
}

/** Failures the driver's managed transactions would retry: lost connections, leader switches. */
function isRetryable(error: unknown): boolean {
  if (error instanceof Neo4jError) return error.retriable || error.code === 'ServiceUnavailable' || error.code === 'SessionExpired';
  const code = (error as { code?: string })?.code;
  return code === 'ECONNREFUSED' || code === 'ECONNRESET';
}
