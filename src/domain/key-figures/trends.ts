/**
 * A figure's trend over the steering years for one organisation or department, beside the
 * municipality's median (of its organisations, or of its departments) and the national median
 * where a national figure was imported. The same series feed the chart, its text alternative
 * and its data table, so the three cannot disagree.
 */
import { median } from './median.ts';

export interface TrendPoint {
  year: number;
  value: number | null;
  municipalMedian: number | null;
  nationalMedian: number | null;
}

export interface Trend {
  code: string;
  label: string;
  unit: string;
  points: TrendPoint[];
}

/**
 * `valueOf(subject, year)` gives a subject's figure; the municipal median is `medianOf(year)`
 * (unrounded), or else taken over `peers`: every subject of the municipality of the same kind
 * (organisations or departments).
 */
export function trend<S>(input: {
  code: string;
  label: string;
  unit: string;
  years: readonly number[];
  subject: S;
  peers?: readonly S[];
  medianOf?: (year: number) => number | null;
  valueOf: (subject: S, year: number) => number | null;
  nationalOf: (year: number) => number | null;
}): Trend {
  const points = input.years.map((year) => ({
    year,
    value: input.valueOf(input.subject, year),
    municipalMedian: roundTo2(
      input.medianOf
        ? input.medianOf(year)
        : median(
            (input.peers ?? []).map((p) => input.valueOf(p, year)).filter((v): v is number => v !== null),
          ),
    ),
    nationalMedian: input.nationalOf(year),
  }));
  return { code: input.code, label: input.label, unit: input.unit, points };
}

function roundTo2(n: number | null): number | null {
  return n === null ? null : Math.round(n * 100) / 100;
}

/** Whether a trend has anything to draw: at least one year with the subject's own figure. */
export function hasData(t: Trend): boolean {
  return t.points.some((p) => p.value !== null);
}

const number = (n: number) => n.toLocaleString('da-DK', { maximumFractionDigits: 2 });

/**
 * The chart's text alternative (WCAG 1.1.1): what the chart shows in one or two sentences —
 * first and last year with a figure, and the last year's municipal median.
 */
export function describeTrend(subjectName: string, t: Trend): string {
  const withValue = t.points.filter((p) => p.value !== null);
  const first = withValue[0];
  const last = withValue[withValue.length - 1];
  if (!first || !last) return `${t.label} for ${subjectName}: ingen tal.`;
  const unit = t.unit === '%' ? ' %' : ` ${t.unit}`;
  let text = `${t.label} for ${subjectName} gik fra ${number(first.value as number)}${unit} i ${first.year} til ${number(last.value as number)}${unit} i ${last.year}.`;
  if (last.municipalMedian !== null)
    text += ` Kommunens median i ${last.year}: ${number(last.municipalMedian)}${unit}.`;
  if (last.nationalMedian !== null) text += ` Landsmedianen: ${number(last.nationalMedian)}${unit}.`;
  return text;
}
