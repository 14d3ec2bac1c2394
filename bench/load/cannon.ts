/**
 * One autocannon run against a server on loopback, summarised: requests per second, p50/p95/p99
 * of every response's time (autocannon's own histogram has no p95), errors, timeouts, status
 * counts, and 503 answers with and without `Retry-After` counted apart; and the same per route
 * of the request list (route-tally.ts), so a mix shows where its time goes.
 */
import autocannon from 'autocannon';
import { type RouteFigures, RouteTally, timedOutIndex } from './route-tally.ts';
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
  /** Each distinct path of the request list on its own, in the list's order. */
  perRoute: RouteFigures[];
}

/** The part of autocannon's client (9.x, lib/httpClient.js) that tells which request is current. */
interface CannonClient {
  requestIterator: { currentRequestIndex: number };
  on(event: 'timeout', listener: () => void): void;
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
  const tally = new RouteTally(options.requests.map((r) => r.path));
  const listLength = options.requests.length;
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
      // The request a connection waits for when it times out (route-tally.ts timedOutIndex).
      setupClient: (c) => {
        const client = c as unknown as CannonClient;
        client.on('timeout', () =>
          tally.timeout(timedOutIndex(client.requestIterator.currentRequestIndex, listLength)),
        );
      },
    },
    (err, result) => (err ? failed(err) : finished(result)),
  );
  instance.on('response', (c: unknown, status: number, bytes: number, responseTime: number) => {
    times.push(responseTime);
    // Reported before the client moves on: the current request is the one answered.
    const client = c as CannonClient;
    tally.answer(client.requestIterator.currentRequestIndex, status, responseTime, bytes);
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
    perRoute: tally.summary(result.duration),
  };
}
