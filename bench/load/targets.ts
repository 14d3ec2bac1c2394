/**
 * The targets of issue 18, each read from one figure of the run (its value, or its ratio to the
 * bare baseline measured beside it). Checked by `npm run bench`, never by a test.
 */
import type { Target } from './stats.ts';

export const TARGETS: readonly Target[] = [
  {
    figure: 'postgres.compliance.c50.p95',
    on: 'value',
    atMost: 25,
    text: 'compliance API p95 ≤ 25 ms on PostgreSQL, 50 connections',
  },
  {
    figure: 'postgres.compliance.c50.rps',
    on: 'ratio',
    atLeast: 0.5,
    text: 'compliance API ≥ 50 % of the bare route’s req/s, PostgreSQL',
  },
  {
    figure: 'pglite.compliance.c50.rps',
    on: 'ratio',
    atLeast: 0.5,
    text: 'compliance API ≥ 50 % of the bare route’s req/s, PGlite',
  },
  {
    figure: 'postgres.overblik.c50.p95',
    on: 'value',
    atMost: 100,
    text: 'Overblik p95 ≤ 100 ms on PostgreSQL, 50 connections',
  },
  {
    figure: 'pglite.mixed.timeouts',
    on: 'value',
    atMost: 0,
    text: '100-client mixed load on PGlite: 0 timeouts',
  },
  {
    figure: 'pglite.mixed.5xx',
    on: 'value',
    atMost: 0,
    text: '100-client mixed load on PGlite: 0 × 5xx (503 + Retry-After apart)',
  },
  {
    figure: 'pglite.mixed.503-retry-after',
    on: 'value',
    atMost: 1,
    text: '100-client mixed load on PGlite: 503 + Retry-After ≤ 1 %',
  },
  { figure: 'engine.plan', on: 'value', atMost: 10, text: 'engine: national 2026–29 plan ≤ 10 ms' },
  { figure: 'engine.per-obligation', on: 'value', atMost: 2, text: 'engine: ≤ 2 µs per obligation' },
  {
    figure: 'pglite.cold-start',
    on: 'value',
    atMost: 1500,
    text: 'start on an existing data dir → /healthz ≤ 1.5 s (PGlite)',
  },
  { figure: 'cli.help', on: 'value', atMost: 500, text: 'CLI --help ≤ 0.5 s' },
  {
    figure: 'pglite.rss-after-load',
    on: 'value',
    atMost: 400,
    text: 'RSS ≤ 400 MiB on PGlite after the load',
  },
  { figure: 'data.registry-import', on: 'value', atMost: 30, text: 'whole-country registry import ≤ 30 s' },
  {
    figure: 'pdf.pages-per-second',
    on: 'ratio',
    atLeast: 0.5,
    text: 'PDF import ≥ 50 % of pdftotext’s page rate',
  },
];
