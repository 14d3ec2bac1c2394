/**
 * The minutes as read (after approval, or for readers), paragraphs kept, with who wrote each
 * assessment — or a theme meeting's summary (`form === 'summary'`) instead of assessments and agreements.
 */
import { type Meeting, type MinutesForm, OBJECTIVE_AREA_LABELS } from '../../../domain/meetings/index.ts';
import { formatDate } from '../../format.ts';
import { AuthorLine } from './assessment-author.tsx';
import { Paragraphs } from './paragraphs.tsx';

export function MinutesView(p: { meeting: Meeting; form: MinutesForm }) {
  const minutes = p.meeting.minutes;
  if (!minutes) return null;
  const titles = new Map([...(p.meeting.sentAgenda ?? []), ...p.meeting.agenda].map((i) => [i.id, i.title]));
  return (
    <section aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">Referat (version {minutes.version})</h2>
      <dl class="app-facts">
        <dt>Deltagere</dt>
        <dd>{minutes.participantsPresent.map((a) => a.name).join(', ') || '–'}</dd>
        <dt>Afbud</dt>
        <dd>{minutes.apologies.map((a) => a.name).join(', ') || '–'}</dd>
        <dt>Referent</dt>
        <dd>{minutes.minuteTaker ?? '–'}</dd>
      </dl>
      {minutes.items.map((i) => (
        <div>
          <h3 class="h4">{titles.get(i.agendaItemId) ?? i.agendaItemId}</h3>
          <Paragraphs text={i.summary} />
          <Paragraphs text={i.outcome} prefix="Konklusion: " />
        </div>
      ))}
      {p.form === 'summary' ? (
        <>
          <h3>Referat/sammenfatning</h3>
          <Paragraphs text={minutes.summary ?? ''} empty="–" />
        </>
      ) : (
        <>
          <h3>Boligorganisationens vurdering</h3>
          <Paragraphs text={minutes.organisationAssessment} empty="–" />
          <AuthorLine author={minutes.assessmentAuthors?.organisation} />
          <h3>Kommunens vurdering</h3>
          <Paragraphs text={minutes.municipalityAssessment} empty="–" />
          <AuthorLine author={minutes.assessmentAuthors?.administration} />
          <h3>Aftaler</h3>
          {minutes.noAgreements ? (
            <p>Ingen aftaler.</p>
          ) : (
            <ul>
              {minutes.agreements.map((a) => (
                <li>
                  {a.text} ({OBJECTIVE_AREA_LABELS[a.objectiveArea]}
                  {a.deadline ? `, frist ${formatDate(a.deadline)}` : ''}
                  {a.responsible ? `, ansvarlig: ${a.responsible}` : ''})
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
