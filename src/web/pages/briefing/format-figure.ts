/** A key figure as shown: Danish number format with its unit; "–" for none. */
const format = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

export function formatFigure(value: number | null, unit: string): string {
  if (value === null) return '–';
  if (unit === 'ja/nej') return value === 1 ? 'ja' : 'nej';
  return unit === '%'
    ? `${format.format(value)} %`
    : `${format.format(value)} ${unit === 'antal' ? '' : unit}`.trim();
}
