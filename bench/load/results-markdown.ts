/**
 * bench-results.json as Markdown tables for docs/benchmarks.md: the machine, the figures with
 * their baselines and ratios, the targets and the profile summaries.
 *
 *   npx tsx bench/load/results-markdown.ts [bench-results.json]
 */
import fs from 'node:fs';
import { PER_ROUTE_HEADER, perRouteRows, type RouteFigures } from './route-tally.ts';
import { type Figure, formatNumber, type TargetResult } from './stats.ts';

interface Results {
  command: string;
  startedAt: string;
  seconds: number;
  scale: string;
  machine: {
    cpus: number;
    cpuModel: string | null;
    memoryGiB: number;
    node: string;
    loadAverageBefore: number[];
    loadAverageAfter: number[];
  };
  dataset: Record<string, { seconds: number; counts: Record<string, number>; largestMunicipality: string }>;
  figures: Figure[];
  targets: TargetResult[];
  profiles: Record<string, { name: string; percent: number }[]>;
  /** Absent in results written before the per-route figures. */
  mixPerRoute?: Record<string, { product: RouteFigures[]; bare: RouteFigures[] }>;
  notes: string[];
}

const results = JSON.parse(fs.readFileSync(process.argv[2] ?? 'bench-results.json', 'utf8')) as Results;
const m = results.machine;
const load = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(' / ');
const lines = [
  `\`${results.command}\`, started ${results.startedAt}, ${Math.round(results.seconds)} s; scale ${results.scale}.`,
  `Machine: ${m.cpus} × ${m.cpuModel ?? 'CPU'}, ${m.memoryGiB.toFixed(1)} GiB, Node ${m.node}; load average (1/5/15 min) ${load(m.loadAverageBefore)} before, ${load(m.loadAverageAfter)} after.`,
  '',
  ...Object.entries(results.dataset).map(
    ([kind, d]) =>
      `- dataset on ${kind}: ${d.seconds.toFixed(1)} s, ${Object.entries(d.counts)
        .map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`)
        .join(', ')}; largest municipality ${d.largestMunicipality}`,
  ),
  '',
  '| figure | unit | product | baseline | ratio |',
  '|---|---|---:|---:|---:|',
  ...results.figures.map(
    (f) =>
      `| ${f.label} | ${f.unit} | ${formatNumber(f.value)} | ${f.baselineLabel ? `${formatNumber(f.baseline)} (${f.baselineLabel})` : '–'} | ${f.ratio === null ? '–' : `${f.ratio.toFixed(2)}×`} |`,
  ),
  '',
  '| target | measured | |',
  '|---|---:|---|',
  ...results.targets.map(
    (t) =>
      `| ${t.text} | ${formatNumber(t.measured)}${t.on === 'ratio' && t.measured !== null ? '×' : ''} | ${t.met === null ? 'not measured' : t.met ? 'met' : '**missed**'} |`,
  ),
  ...Object.entries(results.mixPerRoute ?? {}).flatMap(([kind, mix]) => [
    '',
    `Mixed load per route on ${kind} (100 clients, each walking the routes in turn; bare = the same SQL):`,
    '',
    `| ${PER_ROUTE_HEADER.join(' | ')} |`,
    `|---|${PER_ROUTE_HEADER.slice(1)
      .map(() => '---:')
      .join('|')}|`,
    ...perRouteRows(mix.product, mix.bare, formatNumber).map((r) => `| ${r.join(' | ')} |`),
  ]),
  ...Object.entries(results.profiles).flatMap(([kind, top]) => [
    '',
    `Profile of the product server on ${kind} (node --cpu-prof over its whole life in the run, self time in % of busy samples):`,
    '',
    ...top.map((l) => `- ${l.percent.toFixed(1)} % \`${l.name}\``),
  ]),
  ...results.notes.map((n) => `\nNote: ${n}`),
];
console.log(lines.join('\n'));
