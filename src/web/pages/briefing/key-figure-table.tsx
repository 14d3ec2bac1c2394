/**
 * An organisation's key figures for one year beside the municipal and national medians, then the
 * figures with codes the product does not know, as imported. Shared by the briefing and the
 * organisation's key-figure page; the heading level of the "other figures" list follows the page.
 */
import type { OrganisationKeyFigures } from '../../../domain/key-figures/key-figure-view.ts';
import { formatNumber } from '../../format.ts';
import { formatFigure } from './format-figure.ts';

export function KeyFigureTable(props: {
  keyFigures: Pick<OrganisationKeyFigures, 'figures' | 'otherFigures'>;
  organisationName: string;
  year: number;
  /** Heading of the "other figures" list: h4 inside a briefing section, h3 on the organisation page. */
  otherHeading: 'h3' | 'h4';
}) {
  const { figures, otherFigures } = props.keyFigures;
  const OtherHeading = props.otherHeading;
  return (
    <>
      {figures.length === 0 ? (
        <p>Der er ingen nøgletal for {props.year}.</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--compact">
            <caption class="sr-only">
              Nøgletal for {props.organisationName} {props.year}
            </caption>
            <thead>
              <tr>
                <th scope="col">Nøgletal</th>
                <th scope="col">Organisationen</th>
                <th scope="col">Kommunens median</th>
                <th scope="col">Landsmedian</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f) => (
                <tr key={f.code}>
                  <th scope="row">{f.label}</th>
                  <td>
                    {formatFigure(f.value, f.unit)}
                    {f.derived ? <span class="app-muted"> (beregnet af afdelingerne)</span> : null}
                  </td>
                  <td>{formatFigure(f.municipalMedian, f.unit)}</td>
                  <td>{formatFigure(f.nationalMedian, f.unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {otherFigures.length > 0 ? (
        <>
          <OtherHeading>Andre nøgletal (koder systemet ikke kender)</OtherHeading>
          <ul>
            {otherFigures.map((f) => (
              // The unit stands once, as imported: formatFigure would add it a second time.
              <li key={`${f.departmentName}:${f.code}`}>
                {f.departmentName ?? 'Organisationen'}: {f.code} = {formatNumber(f.value)} {f.unit}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
