/**
 * Pure arithmetic of the benchmark: percentiles of response times, the ratio of a figure to its
 * bare baseline, and the targets checked against the measured figures. No I/O.
 */

/** Nearest-rank percentile (p in 0–100) of an unsorted list; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  return nearestRank(
    [...values].sort((a, b) => a - b),
    p,
  );
}

function nearestRank(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
}

export function summarise(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: nearestRank(sorted, 50), p95: nearestRank(sorted, 95), p99: nearestRank(sorted, 99) };
}

/**
 * How the product compares with its baseline, as product / baseline; null when either side is
 * missing or the baseline is zero. For a throughput, ≥ 1 means the product is faster; for a
 * time, ≤ 1 does.
 */
export function ratio(product: number | null, baseline: number | null): number | null {
  if (product === null || baseline === null || !Number.isFinite(product) || !Number.isFinite(baseline))
    return null;
  if (baseline === 0) return null;
  return product / baseline;
}

/** One figure of the run: a value, its unit, and the bare baseline measured beside it. */
export interface Figure {
  id: string;
  label: string;
  unit: string;
  value: number | null;
  baseline: number | null;
  baselineLabel: string | null;
  ratio: number | null;
  note?: string;
}

export function figure(f: Omit<Figure, 'ratio'>): Figure {
  return { ...f, ratio: ratio(f.value, f.baseline) };
}

/**
 * A target of issue 18: the figure it reads, which side of the threshold passes, and whether the
 * threshold applies to the figure's value or to its ratio to the baseline.
 */
export interface Target {
  figure: string;
  text: string;
  on: 'value' | 'ratio';
  atMost?: number;
  atLeast?: number;
}

export interface TargetResult extends Target {
  measured: number | null;
  /** null when the figure was not measured in this run. */
  met: boolean | null;
}

export function checkTargets(targets: readonly Target[], figures: readonly Figure[]): TargetResult[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  return targets.map((t) => {
    const f = byId.get(t.figure);
    const measured = f ? (t.on === 'ratio' ? f.ratio : f.value) : null;
    if (measured === null || !Number.isFinite(measured)) return { ...t, measured: null, met: null };
    const met =
      (t.atMost === undefined || measured <= t.atMost) && (t.atLeast === undefined || measured >= t.atLeast);
    return { ...t, measured, met };
  });
}

/** A fixed-width text table, first column left-aligned, the rest right-aligned. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A number for the table: no decimals from 100, one below, two below 1; '–' for none. */
export function formatNumber(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return '–';
  const abs = Math.abs(n);
  return abs >= 100 ? Math.round(n).toLocaleString('en-US') : abs >= 1 ? n.toFixed(1) : n.toFixed(2);
}
