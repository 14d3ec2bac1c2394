/**
 * Per-route figures inside a mixed load: each answer and each timeout is counted against the
 * route it was for (cannon.ts tells which), then summarised per route — answers, req/s,
 * p50/p95/p99 of the answers' times, timeouts, status counts and bytes received. Pure: no I/O.
 */
import { type LatencySummary, summarise } from './stats.ts';

export interface RouteFigures {
  path: string;
  responses: number;
  rps: number;
  latencyMs: LatencySummary;
  timeouts: number;
  statusCounts: Record<string, number>;
  /** Bytes received for the route's answers (headers and body). */
  bytes: number;
  /** bytes / responses, 0 without answers. */
  bytesPerResponse: number;
  /** The route's share of the mix's summed answer time, in per cent. */
  shareOfTime: number;
}

export class RouteTally {
  private readonly times: number[][];
  private readonly timeoutsOf: number[];
  private readonly bytesOf: number[];
  private readonly statuses: Record<string, number>[];

  constructor(private readonly paths: readonly string[]) {
    this.times = paths.map(() => []);
    this.timeoutsOf = paths.map(() => 0);
    this.bytesOf = paths.map(() => 0);
    this.statuses = paths.map(() => ({}));
  }

  /** An answer to the request at `index` of the list. */
  answer(index: number, status: number, ms: number, bytes: number): void {
    const i = this.checked(index);
    this.times[i]?.push(ms);
    this.bytesOf[i] = (this.bytesOf[i] ?? 0) + bytes;
    const counts = this.statuses[i] as Record<string, number>;
    counts[status] = (counts[status] ?? 0) + 1;
  }

  /** A timeout of the request at `index`. */
  timeout(index: number): void {
    const i = this.checked(index);
    this.timeoutsOf[i] = (this.timeoutsOf[i] ?? 0) + 1;
  }

  /** One row per distinct path, in the order of the list (a path listed twice is summed). */
  summary(seconds: number): RouteFigures[] {
    const rows = new Map<
      string,
      { times: number[]; timeouts: number; bytes: number; statuses: Record<string, number> }
    >();
    this.paths.forEach((path, i) => {
      const row = rows.get(path) ?? { times: [], timeouts: 0, bytes: 0, statuses: {} };
      row.times.push(...(this.times[i] ?? []));
      row.timeouts += this.timeoutsOf[i] ?? 0;
      row.bytes += this.bytesOf[i] ?? 0;
      for (const [code, n] of Object.entries(this.statuses[i] ?? {}))
        row.statuses[code] = (row.statuses[code] ?? 0) + n;
      rows.set(path, row);
    });
    const total = [...rows.values()].reduce((sum, r) => sum + r.times.reduce((a, b) => a + b, 0), 0);
    return [...rows].map(([path, r]) => {
      const time = r.times.reduce((a, b) => a + b, 0);
      return {
        path,
        responses: r.times.length,
        rps: seconds > 0 ? r.times.length / seconds : 0,
        latencyMs: summarise(r.times),
        timeouts: r.timeouts,
        statusCounts: r.statuses,
        bytes: r.bytes,
        bytesPerResponse: r.times.length === 0 ? 0 : r.bytes / r.times.length,
        shareOfTime: total === 0 ? 0 : (100 * time) / total,
      };
    });
  }

  private checked(index: number): number {
    if (!Number.isInteger(index) || index < 0 || index >= this.paths.length)
      throw new RangeError(`No request ${index} in a list of ${this.paths.length}`);
    return index;
  }
}

/**
 * The index of the request a timed-out connection was waiting for. autocannon (9.x,
 * lib/httpClient.js) reconnects and sends the next request of the list before it reports the
 * timeout, so the one that timed out is the one before the client's current request (one
 * request in flight per connection: no pipelining).
 */
export function timedOutIndex(currentIndex: number, listLength: number): number {
  return (currentIndex - 1 + listLength) % listLength;
}

export const PER_ROUTE_HEADER = [
  'route',
  'answers',
  'req/s',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'timeouts',
  'KB/answer',
  '% of time',
  'bare req/s',
  'bare p99 ms',
] as const;

/** The per-route table's rows (run.ts prints them, results-markdown.ts writes them). */
export function perRouteRows(
  product: readonly RouteFigures[],
  bare: readonly RouteFigures[],
  format: (n: number | null) => string,
): string[][] {
  const bareOf = new Map(bare.map((r) => [r.path, r]));
  return product.map((r) => {
    const b = bareOf.get(r.path);
    return [
      r.path,
      String(r.responses),
      format(r.rps),
      format(r.latencyMs.p50),
      format(r.latencyMs.p95),
      format(r.latencyMs.p99),
      String(r.timeouts),
      format(r.bytesPerResponse / 1024),
      format(r.shareOfTime),
      b ? format(b.rps) : '–',
      b ? format(b.latencyMs.p99) : '–',
    ];
  });
}
