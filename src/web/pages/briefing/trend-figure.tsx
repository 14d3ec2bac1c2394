/**
 * One trend chart as a figure: the server-rendered SVG (trend-chart.ts), a caption, the text
 * alternative and the data as a table (WCAG 1.1.1: the figures are there as text too).
 */
import { describeTrend, type Trend } from '../../../domain/key-figures/trends.ts';
import { formatFigure } from './format-figure.ts';

export interface TrendFigureProps {
  id: string;
  subjectName: string;
  trend: Trend;
  svg: string;
  seriesNames: { subject: string; municipalMedian: string; nationalMedian: string };
}

export function TrendFigure(p: TrendFigureProps) {
  const t = p.trend;
  const hasNational = t.points.some((x) => x.nationalMedian !== null);
  const captionId = `${p.id}-caption`;
  const descriptionId = `${p.id}-description`;
  return (
    <figure class="app-trend" aria-labelledby={captionId} aria-describedby={descriptionId}>
      <figcaption id={captionId} class="h4">
        {t.label} ({t.unit})
      </figcaption>
      {/* Vega escapes the texts it draws; trend-chart.ts escapes the title (trend-chart.test.ts). */}
      <div class="app-trend-chart" dangerouslySetInnerHTML={{ __html: p.svg }} />
      <p id={descriptionId} class="app-trend-text">
        {describeTrend(p.subjectName, t)}
      </p>
      <details class="details">
        <summary class="details-summary">Tallene bag diagrammet</summary>
        <div class="details-text">
          <div class="table--responsive-scroll">
            <table class="table table--compact">
              <caption class="sr-only">
                {t.label} for {p.subjectName} pr. styringsår
              </caption>
              <thead>
                <tr>
                  <th scope="col">Styringsår</th>
                  <th scope="col">{p.seriesNames.subject}</th>
                  <th scope="col">{p.seriesNames.municipalMedian}</th>
                  {hasNational ? <th scope="col">{p.seriesNames.nationalMedian}</th> : null}
                </tr>
              </thead>
              <tbody>
                {t.points.map((x) => (
                  <tr key={x.year}>
                    <th scope="row">{x.year}</th>
                    <td>{formatFigure(x.value, t.unit)}</td>
                    <td>{formatFigure(x.municipalMedian, t.unit)}</td>
                    {hasNational ? <td>{formatFigure(x.nationalMedian, t.unit)}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </details>
    </figure>
  );
}
