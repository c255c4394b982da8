/**
 * Configuration from the environment, validated once at start. A bad value stops the process with a message
 * naming the variable, rather than failing later in a confusing way.
 */
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);

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
  /** How long a managed transaction keeps retrying a lost connection before the request fails. */
  NEO4J_RETRY_MS: z.coerce.number().int().min(0).default(3000),
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  /** Per-query budget for traversals (paths, neighbourhoods); Neo4j aborts the transaction past it. */
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
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
      const keys = new Map<string, 'editor' | 'admin'>();
      for (const pair of (value ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
        const [key, role] = pair.split(':');
        if (!key || key.length < 8 || (role !== 'editor' && role !== 'admin')) {
          ctx.addIssue({ code: 'custom', message: `"${pair}" is not key:role with a key of 8+ characters and role editor or admin` });
          return z.NEVER;
        }
        keys.set(key, role);
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
