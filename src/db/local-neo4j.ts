/**
 * Starts and stops the project's own Neo4j (graph/neo4j.sh) for `npm start` and `npm test` when NEO4J_URI is
 * unset. The script owns installation and configuration; this only calls it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fromRoot } from '../config/paths';

export interface LocalInstance {
  instance: string;
  boltPort: number;
  httpPort: number;
  password: string;
}

const SCRIPT = fromRoot('graph', 'neo4j.sh');

function scriptEnv(local: LocalInstance): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_INSTANCE: local.instance,
    NEO4J_BOLT_PORT: String(local.boltPort),
    NEO4J_HTTP_PORT: String(local.httpPort),
    NEO4J_PASSWORD: local.password,
  };
}

function run(command: 'start' | 'stop' | 'status', local: LocalInstance): number {
  return spawnSync('bash', [SCRIPT, command], { stdio: 'inherit', env: scriptEnv(local) }).status ?? 1;
}

/** Like start/stop, without blocking the event loop (a server in this process keeps answering meanwhile). */
export function runLocalNeo4jAsync(command: 'start' | 'stop', local: LocalInstance): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [SCRIPT, command], { stdio: 'inherit', env: scriptEnv(local) });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`graph/neo4j.sh ${command} exited with ${code}`))));
  });
}

export function startLocalNeo4j(local: LocalInstance): void {
  if (run('start', local) !== 0) throw new Error('The local Neo4j did not start (see the messages above).');
}

export function stopLocalNeo4j(local: LocalInstance): void {
  run('stop', local);
}
