/**
 * The reads of one GraphQL request, each an auto-commit query with what is left of the request's time budget
 * as its server-side timeout.
 *
 * Why auto-commit: a managed transaction per statement cost about 6 ms here (BEGIN, COMMIT and the reset on
 * release); one explicit transaction per request still sent BEGIN and COMMIT, each its own socket write and
 * Neo4j wake-up, so a one-statement request made three writes where an auto-commit query makes one (RUN and PULL
 * go together). Loopback writes were the largest single cost of a nested read in our server's profile, and
 * Neo4j's own CPU per nested read fell by a third without them. Neo4j's transactions are read-committed, so a
 * transaction around a request's reads gave no snapshot that separate statements lack.
 *
 * A session runs one auto-commit query at a time, and DataLoader batches of one tick run together, so each
 * statement has a session of its own: a session is a small object, its connection comes from the driver's pool
 * and goes back to it when the result is read, with nothing sent to Neo4j.
 */
import type { Driver, Session } from 'neo4j-driver';

export class ReadScope {
  private readonly running = new Set<Session>();
  private readonly started = Date.now();

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    /** Server-side budget of all the request's reads together. */
    readonly timeoutMs: number,
  ) {}

  /** Runs `text` as an auto-commit query in a session of its own. */
  async run(text: string, params: Record<string, unknown>) {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    this.running.add(session);
    const timeout = Math.max(1, this.timeoutMs - (Date.now() - this.started));
    try {
      return await session.run(text, params, { timeout });
    } finally {
      this.running.delete(session);
      session.close().catch(() => undefined);
    }
  }

  /** Gives up what is still running (the response is sent); safe to call more than once. */
  async release(): Promise<void> {
    this.abandon();
  }

  /** Gives the running statements up without waiting for them (Neo4j stalled); later reads open fresh sessions. */
  abandon(): void {
    for (const session of this.running) session.close().catch(() => undefined);
    this.running.clear();
  }
}
