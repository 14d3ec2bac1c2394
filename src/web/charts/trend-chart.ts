/**
 * A key figure trend as an SVG line chart, drawn on the server by Vega (vega 6, its headless
 * `View.toSVG()`: no DOM, no canvas, no browser-side script, no CDN). Why Vega and not Vega-Lite:
 * vega-lite 6 declares Node ≥ 22, vega itself runs on Node 20 (docs/architecture.md).
 *
 * The series are the organisation's (or department's) figure, the municipality's median and the
 * national median where given, each with its own colour and dash so they differ without colour.
 * Vega's own ARIA attributes (English) are switched off: the chart is one `role="img"` with a
 * Danish title, and the page puts the text alternative and the data table beside it (WCAG 1.1.1).
 * The same SVG goes into the PDF (svg-to-pdfkit), so the charts are vector there too.
 */
import type { Trend } from '../../domain/key-figures/trends.ts';

type Vega = typeof import('vega');
let vega: Vega | null = null;

/** Vega is loaded on the first chart, not at every start. */
async function loadVega(): Promise<Vega> {
  vega ??= await import('vega');
  return vega;
}

const SERIES_STYLE = [
  { color: '#0059b3', dash: [] as number[] },
  { color: '#5c5c5c', dash: [6, 4] },
  { color: '#a34e00', dash: [2, 3] },
];

export interface ChartSeriesNames {
  subject: string;
  municipalMedian: string;
  nationalMedian: string;
}

function rows(t: Trend, names: ChartSeriesNames) {
  return t.points.flatMap((p) => [
    ...(p.value === null ? [] : [{ year: String(p.year), series: names.subject, value: p.value }]),
    ...(p.municipalMedian === null
      ? []
      : [{ year: String(p.year), series: names.municipalMedian, value: p.municipalMedian }]),
    ...(p.nationalMedian === null
      ? []
      : [{ year: String(p.year), series: names.nationalMedian, value: p.nationalMedian }]),
  ]);
}

function spec(t: Trend, names: ChartSeriesNames) {
  const values = rows(t, names);
  const series = [names.subject, names.municipalMedian, names.nationalMedian].filter((s) =>
    values.some((v) => v.series === s),
  );
  const font = 'IBM Plex Sans, Arial, sans-serif';
  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    width: 460,
    height: 180,
    padding: 8,
    autosize: 'pad',
    background: 'white',
    data: [{ name: 'table', values }],
    scales: [
      { name: 'x', type: 'point', range: 'width', padding: 0.3, domain: t.points.map((p) => String(p.year)) },
      {
        name: 'y',
        type: 'linear',
        range: 'height',
        nice: true,
        zero: t.unit === '%',
        domain: { data: 'table', field: 'value' },
      },
      {
        name: 'color',
        type: 'ordinal',
        domain: series,
        range: SERIES_STYLE.slice(0, series.length).map((s) => s.color),
      },
      {
        name: 'dash',
        type: 'ordinal',
        domain: series,
        range: SERIES_STYLE.slice(0, series.length).map((s) => s.dash),
      },
    ],
    axes: [
      {
        orient: 'bottom',
        scale: 'x',
        title: 'Styringsår',
        aria: false,
        labelFont: font,
        titleFont: font,
        labelFontSize: 11,
        titleFontSize: 11,
      },
      {
        orient: 'left',
        scale: 'y',
        title: t.unit,
        grid: true,
        aria: false,
        labelFont: font,
        titleFont: font,
        labelFontSize: 11,
        titleFontSize: 11,
        format: ',.4~r',
      },
    ],
    legends: [
      {
        stroke: 'color',
        strokeDash: 'dash',
        orient: 'bottom',
        direction: 'horizontal',
        aria: false,
        labelFont: font,
        labelFontSize: 11,
        symbolType: 'stroke',
        symbolStrokeWidth: 2,
        labelLimit: 260,
      },
    ],
    marks: [
      {
        type: 'group',
        aria: false,
        from: { facet: { name: 'series', data: 'table', groupby: 'series' } },
        marks: [
          {
            type: 'line',
            aria: false,
            from: { data: 'series' },
            encode: {
              enter: {
                x: { scale: 'x', field: 'year' },
                y: { scale: 'y', field: 'value' },
                stroke: { scale: 'color', field: 'series' },
                strokeDash: { scale: 'dash', field: 'series' },
                strokeWidth: { value: 2 },
              },
            },
          },
          {
            type: 'symbol',
            aria: false,
            from: { data: 'series' },
            encode: {
              enter: {
                x: { scale: 'x', field: 'year' },
                y: { scale: 'y', field: 'value' },
                fill: { scale: 'color', field: 'series' },
                size: { value: 28 },
              },
            },
          },
        ],
      },
    ],
  };
}

/** Danish number format for the axis: decimal comma, thousands point. */
const DANISH_LOCALE = {
  decimal: ',',
  thousands: '.',
  grouping: [3],
  currency: ['', ' kr.'] as [string, string],
};

/**
 * Charts already drawn, by their input: Vega takes 30–150 ms a chart, a briefing has ~30, and the
 * figures change only on import, so the same chart is drawn once. Bounded; the oldest go first.
 */
const drawn = new Map<string, string>();
const DRAWN_MAX = 2000;

/**
 * The SVG markup of one trend chart. `titleId` names the `<title>` the figure's caption and text
 * alternative refer to.
 */
export async function renderTrendSvg(t: Trend, names: ChartSeriesNames, title: string): Promise<string> {
  const key = JSON.stringify([t, names, title]);
  const cached = drawn.get(key);
  if (cached !== undefined) return cached;
  const svg = await draw(t, names, title);
  if (drawn.size >= DRAWN_MAX) drawn.delete(drawn.keys().next().value as string);
  drawn.set(key, svg);
  return svg;
}

async function draw(t: Trend, names: ChartSeriesNames, title: string): Promise<string> {
  const v = await loadVega();
  v.formatLocale(DANISH_LOCALE);
  const view = new v.View(v.parse(spec(t, names) as Parameters<Vega['parse']>[0]), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // One image for assistive technology, named by its title; the parts inside are not announced.
  return (
    svg
      // Vega's empty backgrounds and hidden foregrounds draw nothing; without them the PDF's SVG
      // parser (svg-to-pdfkit) has a third less to walk.
      .replace(/<path class="(background|foreground)"[^>]*d="(M0,0h0v0h0Z|)"[^>]*\/>/g, '')
      .replace(/ (role|aria-roledescription|aria-label)="[^"]*"/g, '')
      .replace(/^<svg ([^>]*)class="marks"/, '<svg role="img" focusable="false" class="trend-chart" $1')
      .replace(/(<svg[^>]*>)/, `$1<title>${escaped}</title>`)
      .replace(/<[^>]+>/g, slimTag)
  );
}

/**
 * A briefing has ~5 charts per organisation, so Vega's verbose markup was most of the page
 * (4.5 MB for 64 organisations). Inside the tags only: coordinates to two decimals (a hundredth
 * of a pixel), and no attributes that draw nothing — `opacity="1"`, `pointer-events`, the inner
 * `aria-hidden` (the whole chart is one `role="img"`) and Vega's own mark classes (no style uses
 * them; the root keeps `trend-chart`).
 */
function slimTag(tag: string): string {
  return tag
    .replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/ (opacity="1"|pointer-events="none"|aria-hidden="true")/g, '')
    .replace(/ class="(?!trend-chart")[^"]*"/g, '');
}
