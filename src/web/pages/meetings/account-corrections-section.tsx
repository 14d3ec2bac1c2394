/**
 * Correcting or withdrawing the published account (issue 13, point 7): reopen the approved
 * minutes as a new version with a reason — once both parties approve again, publishing makes a
 * corrected version and keeps the earlier one linked — or withdraw the account with a reason.
 * Shown where `view.can` allows it; a withdrawn account says so.
 */
import { Form, TextArea } from '../../components/form.tsx';
import { formatDate } from '../../format.ts';
import { FormAlert } from './form-alert.tsx';
import { type MeetingView, meetingBase, type RefusedForm, stateOf } from './meeting-view-props.ts';

export function AccountCorrectionsSection(p: { view: MeetingView; refused: RefusedForm | undefined }) {
  const { meeting: m, can, accountWithdrawal } = p.view;
  if (!can.reopenMinutes && !can.withdrawAccount && accountWithdrawal === null) return null;
  const reopen = stateOf(p.refused, 'reopen');
  const withdraw = stateOf(p.refused, 'withdraw');
  return (
    <section aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Ret eller træk tilbage</h2>
      {accountWithdrawal ? (
        <p>
          Redegørelsen blev trukket tilbage {formatDate(accountWithdrawal.on)} af {accountWithdrawal.by}:{' '}
          {accountWithdrawal.reason}
        </p>
      ) : null}
      {can.reopenMinutes ? (
        <Form action={`${meetingBase(p.view)}/genaabn`}>
          <FormAlert state={reopen} />
          <input type="hidden" name="version" value={String(m.version)} />
          <TextArea
            state={reopen ?? { values: {}, errors: [] }}
            name="reopenReason"
            label="Hvorfor skal referatet rettes?"
            hint="Referatet genåbnes som en ny version. Når begge parter har godkendt den, offentliggøres den som en rettet redegørelse med begrundelsen; den tidligere version bevares."
            rows={3}
          />
          <button type="submit" class="button button-secondary">
            Genåbn referatet som ny version
          </button>
        </Form>
      ) : null}
      {can.withdrawAccount ? (
        <Form action={`${meetingBase(p.view)}/traek-tilbage`}>
          <FormAlert state={withdraw} />
          <input type="hidden" name="version" value={String(m.version)} />
          <TextArea
            state={withdraw ?? { values: {}, errors: [] }}
            name="withdrawReason"
            label="Hvorfor trækkes redegørelsen tilbage?"
            hint="Den offentlige side viser datoen og begrundelsen i stedet for redegørelsen."
            rows={3}
          />
          <button type="submit" class="button button-secondary">
            Træk redegørelsen tilbage
          </button>
        </Form>
      ) : null}
    </section>
  );
}
