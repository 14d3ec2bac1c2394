/**
 * One autocannon run against a server on loopback, summarised: requests per second, p50/p95/p99
 * of every response's time (autocannon's own histogram has no p95), errors, timeouts, status
 * counts, and 503 answers with and without `Retry-After` counted apart.
 */
import autocannon from 'autocannon';
import { type LatencySummary, summarise } from './stats.ts';

export interface LoadRequest {
  path: string;
  headers?: Record<string, string>;
}

export interface LoadOptions {
  baseUrl: string;
  connections: number;
  seconds: number;
  /** Each connection walks this list in order, round and round. */
  requests: readonly LoadRequest[];
  /** A request without an answer after this long counts as a timeout (autocannon's default 10 s). */
  timeoutSeconds?: number;
  /**
   * Read each answer's headers to tell a 503 with Retry-After from other 5xx. autocannon then
   * collects every body too, which costs the load generator CPU: only where 503s are expected.
   */
  inspectAnswers?: boolean;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  responses: number;
  rps: number;
  latencyMs: LatencySummary;
  /** Requests sent but neither answered nor timed out when the load stopped. */
  unanswered: number;
  /** Connection errors other than timeouts. */
  errors: number;
  timeouts: number;
  statusCounts: Record<string, number>;
  /** 5xx answers other than a 503 that carries Retry-After. */
  serverErrors: number;
  unavailableWithRetryAfter: number;
  /** Share of answers that were 503 + Retry-After, in per cent. */
  unavailableShare: number;
  non2xx: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  let withRetryAfter = 0;
  let serverErrors = 0;
  const requests = options.requests.map((r) => ({
    method: 'GET' as const,
    path: r.path,
    headers: r.headers ?? {},
    ...(options.inspectAnswers ? { onResponse } : {}),
  }));
  function onResponse(status: number, _body: string, _context: unknown, headers?: Record<string, unknown>) {
    if (status === 503 && headers && Object.keys(headers).some((k) => k.toLowerCase() === 'retry-after'))
      withRetryAfter++;
    else if (status >= 500) serverErrors++;
  }
  let finished: (r: autocannon.Result) => void = () => {};
  let failed: (e: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  const instance = autocannon(
    {
      url: options.baseUrl,
      connections: options.connections,
      duration: options.seconds,
      timeout: options.timeoutSeconds ?? 10,
      requests,
    },
    (err, result) => (err ? failed(err) : finished(result)),
  );
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
  });
  const result = await done;
  const statusCounts: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {}))
    statusCounts[code] = (stat as { count: number }).count;
  const responses = times.length;
  if (!options.inspectAnswers)
    serverErrors = Object.entries(statusCounts)
      .filter(([code]) => code.startsWith('5'))
      .reduce((sum, [, n]) => sum + n, 0);
  return {
    connections: options.connections,
    seconds: result.duration,
    responses,
    rps: responses / result.duration,
    latencyMs: summarise(times),
    unanswered: Math.max(0, result.requests.sent - responses - result.errors),
    errors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    statusCounts,
    serverErrors,
    unavailableWithRetryAfter: withRetryAfter,
    unavailableShare: responses === 0 ? 0 : (100 * withRetryAfter) / responses,
    non2xx: result.non2xx,
  };
}
