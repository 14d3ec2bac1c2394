/**
 * Every trend chart of a briefing, rendered once per request and shared by the page and the PDF,
 * keyed `<organisation id>:<code>`.
 */
import type { Briefing } from '../../app/key-figures/get-briefing.ts';
import { figureLabel } from '../../domain/key-figures/figure-codes.ts';
import { renderTrendSvg } from './trend-chart.ts';

export const chartKey = (organisationId: string, code: string) => `${organisationId}:${code}`;

export const seriesNames = (subject: string) => ({
  subject,
  municipalMedian: 'Kommunens median',
  nationalMedian: 'Landsmedian',
});

export async function renderBriefingCharts(b: Briefing): Promise<Record<string, string>> {
  const charts: Record<string, string> = {};
  for (const s of b.sections) {
    for (const t of s.keyFigures.trends) {
      charts[chartKey(s.id, t.code)] = await renderTrendSvg(
        t,
        seriesNames(s.name),
        `${figureLabel(t.code)} for ${s.name}, ${b.year - 7}–${b.year}`,
      );
    }
  }
  return charts;
}
