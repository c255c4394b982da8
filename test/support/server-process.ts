/**
 * The real server (src/main.ts) in a child process, as `npm start` runs it, against the tests' Neo4j: for
 * measurements that must not include the test runner's own heap and compiler (latency of /health), and for
 * checking what the process itself does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { TEST_INSTANCE } from './test-env';

const ROOT = path.resolve(__dirname, '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts src/main.ts with `env` on top of a test environment; resolves once /health answers. */
export async function startServerProcess(env: Record<string, string> = {}, execArgv: string[] = []): Promise<ServerProcess> {
  const port = await freePort();
  const uri = process.env.NEO4J_URI ?? `bolt://127.0.0.1:${TEST_INSTANCE.boltPort}`;
  const child = spawn(process.execPath, [...execArgv, '-r', path.join(ROOT, 'test/support/ts-register.js'), path.join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NEO4J_URI: uri,
      NEO4J_PASSWORD: process.env.NEO4J_URI ? (process.env.NEO4J_PASSWORD ?? '') : TEST_INSTANCE.password,
      SEED_DIR: path.join(ROOT, 'test', 'no-seeds-here'),
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /health within 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}
