/**
 * Starts and stops the project's own Neo4j (graph/neo4j.sh) for `npm start` and `npm test` when NEO4J_URI is
 * unset. The script owns installation and configuration; this only calls it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface LocalInstance {
  instance: string;
  boltPort: number;
  httpPort: number;
  password: string;
}

const SCRIPT = path.resolve(__dirname, '../../graph/neo4j.sh');

function run(command: 'start' | 'stop' | 'status', local: LocalInstance): number {
  const result = spawnSync('bash', [SCRIPT, command], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NEO4J_INSTANCE: local.instance,
      NEO4J_BOLT_PORT: String(local.boltPort),
      NEO4J_HTTP_PORT: String(local.httpPort),
      NEO4J_PASSWORD: local.password,
    },
  });
  return result.status ?? 1;
}

export function startLocalNeo4j(local: LocalInstance): void {
  if (run('start', local) !== 0) throw new Error('The local Neo4j did not start (see the messages above).');
}

export function stopLocalNeo4j(local: LocalInstance): void {
  run('stop', local);
}
