/**
 * Configuration from the environment, validated once at start. A bad value stops the process with a message
 * naming the variable, rather than failing later in a confusing way.
 */
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);

/** What an API key allows: a role, and the jurisdictions it may write into (null: any). */
export interface ApiKey {
  role: 'editor' | 'admin';
  jurisdictions: string[] | null;
}

const ConfigSchema = z.object({
  /** Unset: the product starts its own local Neo4j (graph/neo4j.sh) and connects to it. */
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).default('classgraph-local'),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]*$/, 'must be a database name').default('neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  /** The local instance `npm start` runs (graph/.neo4j/instances/<name>) and its HTTP (Browser) port. */
  NEO4J_INSTANCE: z.string().regex(/^[a-z][a-z0-9-]{0,30}$/, 'must be a lowercase instance name').default('main'),
  NEO4J_HTTP_PORT: port.default(7474),
  /** How long a managed transaction keeps retrying a lost connection before the request fails. */
  NEO4J_RETRY_MS: z.coerce.number().int().min(0).default(3000),
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  /** How long a request waits for a free connection from the pool before DATABASE_UNAVAILABLE. */
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  /** The longest one transaction may take: Neo4j stops it past this, and the client stops waiting just after. */
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100).default(20000),
  /** The same for loading one document (one write transaction holding all its statements). */
  NEO4J_WRITE_TIMEOUT_MS: z.coerce.number().int().min(100).default(120000),
  NEO4J_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  /** Time budget of one GraphQL request, all its database calls included. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30000),
  /** Time budget of parsing one document (in a worker thread); past it the document is refused. */
  PARSE_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
  /** Worker threads that parse documents (0: parse on the calling thread, for the CLI). */
  PARSE_WORKERS: z.coerce.number().int().min(0).max(16).default(2),
  /** Per-query budget for traversals (paths, neighbourhoods); Neo4j aborts the transaction past it. */
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
  /** What executes GraphQL operations: graphql-jit (compiled once per operation) or graphql-js's interpreter. */
  GRAPHQL_EXECUTOR: z.enum(['jit', 'graphql-js']).default('jit'),
  PORT: port.default(4000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Write access: comma-separated `key:role` pairs, e.g. "s3cret:editor,abc:admin". Reads need no key.
   * Unset means no one may write through the API (the CLI writes directly).
   */
  API_KEYS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const keys = new Map<string, ApiKey>();
      for (const pair of (value ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
        const [key, role, scope, ...rest] = pair.split(':');
        const jurisdictions = scope === undefined ? null : scope.split('|').map((j) => j.trim());
        if (!key || key.length < 8 || (role !== 'editor' && role !== 'admin') || rest.length || jurisdictions?.some((j) => !/^[a-z0-9][a-z0-9-]*$/.test(j))) {
          ctx.addIssue({
            code: 'custom',
            message: `"${pair.split(':')[0].slice(0, 4)}…" is not key:role[:jurisdiction|jurisdiction…] with a key of 8+ characters, role editor or admin, and jurisdiction ids in lowercase`,
          });
          return z.NEVER;
        }
        keys.set(key, { role, jurisdictions });
      }
      return keys;
    }),
  SEED_DIR: z.string().default('seeds'),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Thrown when the environment is invalid; the message lists every bad variable. */
export class ConfigError extends Error {}

/** Reads and validates configuration from `env` (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
