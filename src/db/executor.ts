/**
 * The only code that runs Cypher. Reads go through `executeRead` (routed to followers on a cluster), writes
 * through `executeWrite`; the database is always named; every value is a parameter; driver errors become our
 * error codes. Observers see each round trip, which is how tests count queries per GraphQL request.
 */
import { Neo4jError, type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { CypherRegistry } from './cypher-registry';
import { mapNeo4jError } from './neo4j-error-map';
import { ReadScope } from './read-scope';

export type Params = Record<string, unknown>;
export type Row = RecordShape;
export type QueryObserver = (event: { statement: string; mode: 'READ' | 'WRITE'; ms: number; rows: number }) => void;

export interface RunOptions {
  /** Server-side transaction timeout; Neo4j terminates the query past it. */
  timeoutMs?: number;
}

/** A handle on one open write transaction, for loading a document atomically with several statements. */
export interface WriteTx {
  run(statement: string, params?: Params): Promise<Row[]>;
}

export class Executor {
  constructor(
    private readonly driver: Driver,
    readonly database: string,
    readonly registry: CypherRegistry,
    private readonly observers: QueryObserver[] = [],
    private readonly scope?: ReadScope,
  ) {}

  /** A copy that also reports to `observer`: one per request, so counts never mix across requests. */
  withObserver(observer: QueryObserver): Executor {
    return new Executor(this.driver, this.database, this.registry, [...this.observers, observer], this.scope);
  }

  /**
   * A copy whose reads share one transaction (see ReadScope) with `timeoutMs` as the budget of all of them;
   * `release` must be called when the request is answered. Writes are unaffected.
   */
  forRequest(timeoutMs: number): { executor: Executor; release: () => Promise<void> } {
    const scope = new ReadScope(this.driver, this.database, timeoutMs);
    return { executor: new Executor(this.driver, this.database, this.registry, this.observers, scope), release: () => scope.release() };
  }

  async read(statement: string, params: Params = {}, options: RunOptions = {}): Promise<Row[]> {
    if (!this.scope) return this.execute('READ', statement, params, options);
    const started = Date.now();
    try {
      const result = await this.scope.run(this.registry.get(statement).text, params);
      return this.observed(statement, 'READ', started, result.records.map((record) => record.toObject()));
    } catch (error) {
      // A lost connection gets the managed path's retries (NEO4J_RETRY_MS) instead of failing the request.
      if (isRetryable(error)) return this.execute('READ', statement, params, options);
      throw mapNeo4jError(error, { statement, timeoutMs: this.scope.timeoutMs });
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
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    let current = 'transaction';
    try {
      return await session.executeWrite(
        (tx) =>
          work({
            run: async (statement, params = {}) => {
              current = statement;
              return this.runIn(tx, 'WRITE', statement, params);
            },
          }),
        { timeout: options.timeoutMs },
      );
    } catch (error) {
      throw mapNeo4jError(error, { statement: current, timeoutMs: options.timeoutMs });
    } finally {
      await session.close();
    }
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
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      const work = (tx: ManagedTransaction) => this.runIn(tx, mode, statement, params);
      const config = { timeout: options.timeoutMs };
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw mapNeo4jError(error, { statement, timeoutMs: options.timeoutMs });
    } finally {
      await session.close();
    }
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
