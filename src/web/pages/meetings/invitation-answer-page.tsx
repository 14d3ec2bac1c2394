/**
 * "Svar på indkaldelsen": the page the link in an invitation mail opens, without login. The
 * participant chooses attending, not attending or a deputy (with the deputy's name); the answer
 * is recorded as attendance on the meeting (answerInvitation).
 */
import type { Attendance } from '../../../domain/meetings/index.ts';
import { danishDate } from '../../../domain/shared/iso-date.ts';
import { ChoiceGroup, ErrorSummary, Form, type FormState, TextField } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { FormAlert } from './form-alert.tsx';

export interface InvitationAnswerView {
  meeting: {
    title: string;
    date: string | null;
    startTime: string | null;
    endTime: string | null;
    location: string;
    status: string;
  };
  participant: { name: string; attendance: Attendance | null } | null;
  deputyName: string | null;
  can: { answer: boolean };
}

const CURRENT: Record<string, string> = {
  accepted: 'Du har svaret, at du deltager.',
  apology: 'Du har meldt afbud.',
  present: 'Du er registreret som mødt.',
};

export function InvitationAnswerPage(p: {
  token: string;
  view: InvitationAnswerView | null;
  state: FormState;
  answered: boolean;
}) {
  const v = p.view;
  const tokenError = p.state.errors.find((e) => e.field === 'token');
  return (
    <Layout title="Svar på indkaldelsen" path="/svar">
      <h1>Svar på indkaldelsen</h1>
      <ErrorSummary state={{ ...p.state, errors: p.state.errors.filter((e) => e.field !== 'token') }} />
      {tokenError || !v ? (
        <div class="alert alert-error" role="alert">
          <div class="alert-body">
            <p class="alert-heading">Linket virker ikke</p>
            <p class="alert-text">
              {tokenError?.message ?? 'Linket er ikke gyldigt.'} Brug linket i den seneste indkaldelse, eller kontakt
              kommunen.
            </p>
          </div>
        </div>
      ) : (
        <>
          <p>
            <strong>{v.meeting.title}</strong>
            {v.meeting.date
              ? ` – ${danishDate(v.meeting.date)}${v.meeting.startTime ? ` kl. ${v.meeting.startTime}` : ''}`
              : ''}
            {v.meeting.location ? `, ${v.meeting.location}` : ''}
          </p>
          {p.answered ? (
            <div class="alert alert-success" role="status">
              <div class="alert-body">
                <p class="alert-text">Tak – dit svar er registreret.</p>
              </div>
            </div>
          ) : null}
          {v.participant ? (
            <p>
              Svar for {v.participant.name}.{' '}
              {v.deputyName
                ? `Du sender ${v.deputyName} som stedfortræder.`
                : (CURRENT[v.participant.attendance ?? ''] ?? 'Du har ikke svaret endnu.')}
            </p>
          ) : (
            <p>Du står ikke længere på mødets deltagerliste.</p>
          )}
          {v.can.answer ? (
            <Form action="/svar">
              <FormAlert state={p.state} />
              <input type="hidden" name="token" value={p.token} />
              <ChoiceGroup
                kind="radio"
                state={p.state}
                name="response"
                legend="Deltager du?"
                required
                options={[
                  { value: 'attending', label: 'Ja, jeg deltager' },
                  { value: 'notAttending', label: 'Nej, jeg melder afbud' },
                  { value: 'deputy', label: 'Jeg sender en stedfortræder' },
                ]}
              />
              <TextField
                state={p.state}
                name="deputyName"
                label="Stedfortræderens navn"
                hint="Kun når du sender en stedfortræder. Stedfortræderen deltager på dine vegne."
              />
              <button type="submit" class="button button-primary">
                Send svar
              </button>
            </Form>
          ) : v.participant ? (
            <p>Mødet er {v.meeting.status === 'cancelled' ? 'aflyst' : 'lukket for svar'}.</p>
          ) : null}
        </>
      )}
    </Layout>
  );
}
