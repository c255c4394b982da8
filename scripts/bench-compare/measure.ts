/** One timed run of autocannon against one contender: requests per second and latency percentiles. */
import autocannon from 'autocannon';
import type { HttpRequest } from './workloads';

export interface RunFigures {
  requestsPerSecond: number;
  latenciesMs: number[];
  errors: number;
}

/** Sends `requests` round-robin for `seconds` over `connections` keep-alive connections to 127.0.0.1:`port`. */
export async function runAutocannon(port: number, requests: HttpRequest[], connections: number, seconds: number): Promise<RunFigures> {
  let next = 0;
  const latenciesMs: number[] = [];
  let errors = 0;
  let done!: (r: autocannon.Result) => void;
  let fail!: (e: unknown) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ((done = resolve), (fail = reject)));
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    timeout: 30,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => {
          const r = requests[next++ % requests.length];
          return { ...req, path: r.path, body: r.body };
        },
      },
    ],
  }, (error, result) => (error ? fail(error) : done(result)));
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode !== 200) errors += 1;
    latenciesMs.push(responseTime);
  });
  const result = await finished;
  return { requestsPerSecond: result.requests.total / seconds, latenciesMs, errors: errors + result.errors + result.timeouts };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
}
