/**
 * CPU time one contender's process spends per request, which a shared machine disturbs less than req/s:
 * starts the contender (as bench:compare does), warms it up, then reads its user + system time from /proc
 * around a timed autocannon run. Linux only. Runs over the corpus bench:compare loaded.
 *
 *   npm run bench:cpu -- <ours|neo4j-graphql|bare-driver|bare-apollo> <nested4|trivial> [seconds]
 *
 * GRAPHQL_EXECUTOR=graphql-js compares our server without graphql-jit.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { fork } from 'node:child_process';
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/observability/logger';
import { connectGraph } from '../../src/server/bootstrap';
import { runAutocannon } from './measure';
import type { Role } from './serve';
import { nestedRead, trivialQuery, type PageStart, type Workload } from './workloads';

/** Clock ticks of user + system CPU the process has used (fields 14 and 15 of /proc/<pid>/stat). */
function cpuTicks(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * The Neo4j server's pid, so its CPU per request is read too: NEO4J_PID, or the pid file of the local instance
 * named by NEO4J_INSTANCE (graph/neo4j.sh); undefined when neither is there (a remote Neo4j).
 */
function neo4jProcess(): number | undefined {
  if (process.env.NEO4J_PID) return Number(process.env.NEO4J_PID);
  const file = path.join(__dirname, '../../../graph/.neo4j/instances', process.env.NEO4J_INSTANCE ?? 'bench', 'run/neo4j.pid');
  return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').trim()) : undefined;
}

async function main() {
  const [role, which, secondsArg] = process.argv.slice(2) as [Role, string, string | undefined];
  const seconds = Number(secondsArg ?? 10);
  const config = loadConfig(process.env);
  const graph = await connectGraph(config, createLogger('warn'), { startLocal: false });
  const rows = await graph.executor.runText('MATCH (c:JobClass {specified: true}) WITH c ORDER BY c.id SKIP 100 LIMIT 8 RETURN c.id AS id, c.jurisdictionId AS j', {}, 'READ');
  await graph.close();
  const starts: PageStart[] = rows.map((r) => ({ jurisdictionId: String(r.j), after: String(r.id) }));
  const workload = (which === 'trivial' ? trivialQuery : nestedRead(null)) as Workload<PageStart | null>;
  const contender = workload.contenders[role];
  if (!contender || !['trivial', 'nested4'].includes(which)) throw new Error(`usage: cpu-per-request <role> <nested4|trivial> [seconds]; ${role} does not serve ${which}`);
  const requests = (which === 'trivial' ? [null] : starts).map((input) => contender.request(input));

  const child = fork(path.join(__dirname, 'serve.js'), [role, String(config.PORT)], { env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production' } });
  try {
    await new Promise((resolve, reject) => (child.once('message', resolve), child.once('exit', (code) => reject(new Error(`${role} exited with ${code}`)))));
    await runAutocannon(config.PORT, requests, workload.connections, 3);
    const neo4jPid = neo4jProcess();
    const before = cpuTicks(child.pid!);
    const neo4jBefore = neo4jPid ? cpuTicks(neo4jPid) : 0;
    const run = await runAutocannon(config.PORT, requests, workload.connections, seconds);
    const ticks = cpuTicks(child.pid!) - before;
    const neo4jTicks = neo4jPid ? cpuTicks(neo4jPid) - neo4jBefore : 0;
    const requestsDone = run.requestsPerSecond * seconds;
    const perRequest = (t: number) => ((t * 10_000) / requestsDone).toFixed(0);
    console.log(
      `${role} ${which}: ${run.requestsPerSecond.toFixed(1)} req/s, ${perRequest(ticks)} us of CPU per request (${ticks / 100} s over ${requestsDone} requests)` +
        (neo4jPid ? `; Neo4j ${perRequest(neo4jTicks)} us per request` : '') +
        (run.errors ? `, ${run.errors} errors` : ''),
    );
  } finally {
    child.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
