/** The invitations sent for the meeting (administration only: they hold participants' addresses). */
import type { StoredInvitation } from '../../../app/meetings/meeting-store.ts';

export function InvitationsSection(p: { invitations: StoredInvitation[] }) {
  if (p.invitations.length === 0) return null;
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Sendte invitationer</h2>
      <ul>
        {p.invitations.map((i) => (
          <li>
            {i.toName}: {i.method === 'CANCEL' ? 'aflysning' : `invitation (version ${i.sequence})`} –{' '}
            <a href={`/moeder/udbakke/${i.id}/invitation.ics`}>
              hent .ics<span class="sr-only"> til {i.toName}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
