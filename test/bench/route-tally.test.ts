/**
 * The mix's per-route figures (bench/load/route-tally.ts): answers and timeouts counted against
 * the route they were for, summarised per distinct path. No timing is asserted.
 */
import { describe, expect, it } from 'vitest';
import { PER_ROUTE_HEADER, perRouteRows, RouteTally, timedOutIndex } from '../../bench/load/route-tally.ts';
import { formatNumber } from '../../bench/load/stats.ts';

describe('per-route tally of a mixed load', () => {
  it('summarises each route on its own: answers, req/s, percentiles, timeouts, statuses, bytes, share of time', () => {
    const tally = new RouteTally(['/', '/api/meetings', '/moeder']);
    for (const ms of [10, 20, 30, 40]) tally.answer(0, 200, ms, 1000);
    tally.answer(1, 200, 900, 250_000);
    tally.answer(1, 503, 100, 200);
    tally.timeout(1);
    tally.timeout(1);
    const [front, api, page] = tally.summary(2);
    expect(front).toMatchObject({
      path: '/',
      responses: 4,
      rps: 2,
      latencyMs: { p50: 20, p95: 40, p99: 40 },
      timeouts: 0,
      statusCounts: { '200': 4 },
      bytes: 4000,
      bytesPerResponse: 1000,
    });
    // 100 of 1,100 ms of answer time.
    expect(front?.shareOfTime).toBeCloseTo(100 / 11);
    expect(api).toMatchObject({
      responses: 2,
      timeouts: 2,
      statusCounts: { '200': 1, '503': 1 },
      bytes: 250_200,
    });
    expect(api?.shareOfTime).toBeCloseTo(1000 / 11);
    expect(page).toMatchObject({ responses: 0, timeouts: 0, bytesPerResponse: 0, shareOfTime: 0 });
    expect(Number.isNaN(page?.latencyMs.p50)).toBe(true);
  });

  it('sums a path listed twice into one row, in the order of the list', () => {
    const tally = new RouteTally(['/a', '/b', '/a']);
    tally.answer(0, 200, 5, 10);
    tally.answer(2, 200, 7, 10);
    tally.timeout(2);
    const rows = tally.summary(1);
    expect(rows.map((r) => [r.path, r.responses, r.timeouts])).toEqual([
      ['/a', 2, 1],
      ['/b', 0, 0],
    ]);
  });

  it('refuses an index outside the list', () => {
    const tally = new RouteTally(['/a']);
    expect(() => tally.answer(1, 200, 1, 1)).toThrow(RangeError);
    expect(() => tally.timeout(-1)).toThrow(RangeError);
  });

  it.each([
    [1, 9, 0],
    [0, 9, 8],
    [5, 9, 4],
  ])(
    'a timeout reported at request %i of %i was for request %i (autocannon sent the next first)',
    (current, n, index) => {
      expect(timedOutIndex(current, n)).toBe(index);
    },
  );

  it('puts product and bare figures of a route in one row under the header', () => {
    const product = new RouteTally(['/a']);
    product.answer(0, 200, 100, 2048);
    const bare = new RouteTally(['/a']);
    bare.answer(0, 200, 10, 2048);
    const [row] = perRouteRows(product.summary(1), bare.summary(1), formatNumber);
    expect(row).toHaveLength(PER_ROUTE_HEADER.length);
    expect(row).toEqual(['/a', '1', '1.0', '100', '100', '100', '0', '2.0', '100', '1.0', '10.0']);
  });
});
