/**
 * One political case as the agenda prints it: case number and access, the route with each
 * body's name, the sections, the recommendation points, each body's decision with its per-point
 * outcomes and absences, and the attachments. Shared by the preview before saving and the case page.
 */
import type { BodyRef, PoliticalCase } from '../../../domain/political-case/types.ts';
import { formatDate } from '../../format.ts';

const ACCESS_TEXT = { open: 'Åben sag', closed: 'Lukket sag' } as const;
const ABSENCE_TEXT = { apology: 'Afbud', absent: 'Fraværende' } as const;

export function bodyText(body: BodyRef): string {
  if (body.name && body.abbreviation) return `${body.name} (${body.abbreviation})`;
  return body.name ?? body.abbreviation ?? 'Ukendt organ';
}

function pointsText(points: readonly number[]): string {
  return points.length === 1 ? `Punkt ${points[0]}` : `Punkt ${points.join(', ')}`;
}

function Paragraphs(props: { text: string }) {
  return (
    <>
      {props.text
        .split('\n\n')
        .filter((p) => p !== '')
        .map((p) => (
          <p>
            {p.split('\n').map((line, i) => (
              <>
                {i > 0 ? <br /> : null}
                {line}
              </>
            ))}
          </p>
        ))}
    </>
  );
}

/** `idPrefix` keeps heading ids unique when a page shows several cases. */
export function CaseView(props: { politicalCase: PoliticalCase; headingLevel?: 2 | 3; idPrefix?: string }) {
  const c = props.politicalCase;
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  const H2 = props.headingLevel === 3 ? 'h4' : 'h3';
  const id = (name: string) => `${props.idPrefix ?? 'case'}-${name}`;
  return (
    <div class="app-political-case">
      <dl class="app-facts">
        <dt>Sagsnummer</dt>
        <dd>{c.caseNumber ?? 'Ikke oplyst'}</dd>
        <dt>Adgang</dt>
        <dd>{c.access ? ACCESS_TEXT[c.access] : 'Ikke oplyst'}</dd>
      </dl>

      <section aria-labelledby={id('route')}>
        <H id={id('route')}>Sagsgang</H>
        {c.route.length === 0 ? (
          <p>Sagsgangen er ikke oplyst.</p>
        ) : (
          <ol>
            {c.route.map((body) => {
              const decision = c.decisions.find(
                (d) =>
                  (body.abbreviation !== null && d.body.abbreviation === body.abbreviation) ||
                  (body.name !== null && d.body.name === body.name),
              );
              return (
                <li>
                  {bodyText(body)}
                  {decision?.date ? ` – besluttet ${formatDate(decision.date)}` : ''}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {c.sections.map((s, i) => (
        <section aria-labelledby={id(`section-${i}`)}>
          <H id={id(`section-${i}`)}>{s.heading}</H>
          <Paragraphs text={s.text} />
        </section>
      ))}

      {c.recommendation ? (
        <section aria-labelledby={id('recommendation')}>
          <H id={id('recommendation')}>Indstilling</H>
          <Paragraphs text={c.recommendation.intro} />
          <ol>
            {c.recommendation.points.map((p) => (
              <li value={p.number}>{p.text}</li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby={id('decisions')}>
        <H id={id('decisions')}>Beslutninger</H>
        {c.decisions.length === 0 ? <p>Der er ingen beslutninger i sagen.</p> : null}
        {c.decisions.map((d, i) => (
          <div class="app-decision">
            <H2 id={id(`decision-${i}`)}>
              {bodyText(d.body)}
              {d.date ? ` den ${formatDate(d.date)}` : ''}
            </H2>
            {d.outcomes.length > 0 ? (
              <table class="table table--compact">
                <caption class="sr-only">
                  Udfald pr. punkt: {bodyText(d.body)}
                  {d.date ? ` ${formatDate(d.date)}` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Indstillingens punkter</th>
                    <th scope="col">Udfald</th>
                  </tr>
                </thead>
                <tbody>
                  {d.outcomes.map((o) => (
                    <tr>
                      <td>{pointsText(o.points)}</td>
                      <td>{o.outcome}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <Paragraphs text={d.text} />
            {d.absences.length > 0 ? (
              <>
                <p class="weight-semibold">Afbud og fravær</p>
                <ul>
                  {d.absences.map((a) => (
                    <li>
                      {ABSENCE_TEXT[a.kind]}: {a.name}
                      {a.party ? ` (${a.party})` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ))}
      </section>

      <section aria-labelledby={id('attachments')}>
        <H id={id('attachments')}>Bilag</H>
        {c.attachments.length === 0 ? (
          <p>Ingen bilag.</p>
        ) : (
          <ul>
            {c.attachments.map((a) => (
              <li>{a.title}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
