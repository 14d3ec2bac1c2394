/**
 * The invitations sent for the meeting with each mail's delivery state, and who the invitation
 * did not reach (no e-mail address) — administration only: they hold participants' addresses.
 */
import type { StoredInvitation } from '../../../app/meetings/meeting-store.ts';

const DELIVERY: Record<string, string> = {
  queued: 'i kø',
  sent: 'sendt',
  failed: 'fejlet',
  withheld: 'ikke sendt',
};

export function InvitationsSection(p: { invitations: StoredInvitation[]; notReachable: string[] }) {
  if (p.invitations.length === 0) return null;
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Sendte invitationer</h2>
      {p.notReachable.length > 0 ? (
        <p>Ikke nået af indkaldelsen (ingen e-mailadresse): {p.notReachable.join(', ')}.</p>
      ) : null}
      <ul>
        {p.invitations.map((i) => (
          <li>
            {i.toName}: {i.method === 'CANCEL' ? 'aflysning' : `invitation (version ${i.sequence})`}
            {i.delivery ? `, ${DELIVERY[i.delivery.state] ?? i.delivery.state}` : ''} –{' '}
            <a href={`/moeder/udbakke/${i.id}/invitation.ics`}>
              hent .ics<span class="sr-only"> til {i.toName}</span>
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href="/moeder/udbakke">Se leveringsstatus i udbakken</a>
      </p>
    </section>
  );
}
