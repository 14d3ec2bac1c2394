/**
 * Both parties in the minutes (almenboligloven § 164, stk. 2): the organisation's form for its
 * own assessment, the comments and change requests on the draft, and the approvals — who
 * approved for which party and when, what is missing, and approvals an edit withdrew. Shown to
 * both parties; every form stands where `view.can` allows it.
 */
import { DIALOGUE_PARTY_NAMES, type DialogueParty, PARTY_LABELS } from '../../../domain/meetings/index.ts';
import { CheckboxField, Form, TextArea } from '../../components/form.tsx';
import { formatInstant } from '../../format.ts';
import { AuthorLine } from './assessment-author.tsx';
import { FormAlert } from './form-alert.tsx';
import { type MeetingView, meetingBase, type RefusedForm, stateOf } from './meeting-view-props.ts';
import { MINUTES_ROWS } from './minutes-form.tsx';

/** The organisation writes its own assessment; the administration sees it in the minutes. */
export function AssessmentForm(p: { view: MeetingView; refused: RefusedForm | undefined }) {
  const m = p.view.meeting;
  if (!p.view.can.writeAssessment) return null;
  const refused = stateOf(p.refused, 'assessment');
  const s = refused ?? { values: { assessment: m.minutes?.organisationAssessment ?? '' }, errors: [] };
  return (
    <section aria-labelledby="assessment-heading">
      <h2 id="assessment-heading">Boligorganisationens vurdering</h2>
      <p>
        Boligorganisationen skriver selv sin vurdering af sin virksomhed og sine udfordringer til referatet
        (almenboligloven § 164, stk. 2). Kommunen skriver sin egen.
      </p>
      <AuthorLine author={m.minutes?.assessmentAuthors?.organisation} />
      <Form action={`${meetingBase(p.view)}/vurdering`}>
        <FormAlert state={refused} />
        <input type="hidden" name="version" value={String(m.version)} />
        <TextArea
          state={s}
          name="assessment"
          label="Boligorganisationens vurdering af sin virksomhed og udfordringer"
          rows={MINUTES_ROWS}
        />
        <button type="submit" class="button button-primary">
          Gem vurderingen
        </button>
      </Form>
    </section>
  );
}

/** Comments and change requests on the draft, oldest first, and the form to add one. */
export function CommentsSection(p: { view: MeetingView; refused: RefusedForm | undefined }) {
  const m = p.view.meeting;
  const comments = m.minutes?.comments ?? [];
  if (comments.length === 0 && !p.view.can.comment) return null;
  const open = new Set(p.view.openChangeRequestIds);
  const refused = stateOf(p.refused, 'comment');
  const s = refused ?? { values: { comment: '', requestsChange: 'false' }, errors: [] };
  return (
    <section aria-labelledby="comments-heading">
      <h2 id="comments-heading">Kommentarer til referatet</h2>
      {comments.length === 0 ? <p>Ingen kommentarer endnu.</p> : null}
      <ul class="app-comments">
        {comments.map((c) => (
          <li class="app-comment">
            <p>
              <strong>
                {c.by} ({PARTY_LABELS[c.party]})
              </strong>
              , {formatInstant(c.at)}
              {c.requestsChange ? (
                <>
                  {' – '}
                  <span class={`app-status app-status--${open.has(c.id) ? 'due' : 'met'}`}>
                    {open.has(c.id) ? 'Beder om ændring' : 'Ændring bedt om; teksten er ændret siden'}
                  </span>
                </>
              ) : null}
            </p>
            <p>{c.text}</p>
          </li>
        ))}
      </ul>
      {p.view.can.comment ? (
        <Form action={`${meetingBase(p.view)}/kommentar`}>
          <FormAlert state={refused} />
          <input type="hidden" name="version" value={String(m.version)} />
          <TextArea
            state={s}
            name="comment"
            label="Kommentar eller ønske om ændring"
            hint="Beder du om en ændring, så skriv hvad der skal ændres og hvorfor. Begge parter kan se kommentaren."
            rows={4}
          />
          <CheckboxField state={s} name="requestsChange" label="Jeg beder om en ændring af referatet" />
          <button type="submit" class="button button-secondary">
            Send kommentaren
          </button>
        </Form>
      ) : null}
    </section>
  );
}

const partyName = (party: DialogueParty) => DIALOGUE_PARTY_NAMES[party];

/** Who approved for which party and when, what is missing, withdrawn approvals, and the button. */
export function ApprovalsSection(p: { view: MeetingView; refused: RefusedForm | undefined }) {
  const { meeting: m, can, approvesFor, missingApprovals } = p.view;
  const minutes = m.minutes;
  if (!minutes) return null;
  const withdrawals = minutes.withdrawals ?? [];
  return (
    <section aria-labelledby="approve-heading">
      <h2 id="approve-heading">Godkendelse af referatet</h2>
      {p.view.minutesForm === 'summary' ? (
        <p>Kommunen skriver og godkender referatet af dette møde og offentliggør det.</p>
      ) : null}
      {minutes.approvals.length === 0 ? <p>Referatet er ikke godkendt endnu.</p> : null}
      <ul>
        {minutes.approvals.map((a) => (
          <li>
            Godkendt for {partyName(a.party)} af {a.by}, {formatInstant(a.at)}
          </li>
        ))}
      </ul>
      {missingApprovals.length > 0 ? (
        <p>Mangler godkendelse fra {missingApprovals.map(partyName).join(' og ')}.</p>
      ) : null}
      {withdrawals.length > 0 ? (
        <>
          <h3 class="h4">Tilbagetrukne godkendelser</h3>
          <ul>
            {withdrawals.map((w) => (
              <li>
                {w.approval.by}s godkendelse for {partyName(w.approval.party)} blev trukket tilbage{' '}
                {formatInstant(w.at)}, da {w.editedBy.by} ({PARTY_LABELS[w.editedBy.party]}) ændrede teksten
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {can.approve && approvesFor !== null ? (
        <Form action={`${meetingBase(p.view)}/godkend`}>
          <FormAlert state={stateOf(p.refused, 'approve')} />
          <input type="hidden" name="version" value={String(m.version)} />
          <button type="submit" class="button button-primary">
            {approvesFor === 'organisation' ? 'Godkend for boligorganisationen' : 'Godkend for kommunen'}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
