import type { StoredInvitation } from '../../../app/meetings/meeting-store.ts';
import { Layout } from '../../components/layout.tsx';

/** The invitations sent, each with its .ics: the delivery until SMTP is configured. */
export function OutboxPage(p: {
  municipality: { name: string; isDemo: boolean };
  invitations: StoredInvitation[];
}) {
  return (
    <Layout
      title="Udbakke"
      path="/moeder"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
    >
      <h1>Udbakke med mødeinvitationer</h1>
      <p>
        Hver deltager med en e-mailadresse får sin egen kalenderinvitation. Hent filen og send den, indtil
        systemet er sat op til at sende e-mail.
      </p>
      {p.invitations.length === 0 ? (
        <p>Der er ikke sendt nogen invitationer.</p>
      ) : (
        <table class="table table--compact">
          <caption class="sr-only">Invitationer, nyeste først</caption>
          <thead>
            <tr>
              <th scope="col">Emne</th>
              <th scope="col">Modtager</th>
              <th scope="col">Type</th>
              <th scope="col">Kalenderfil</th>
            </tr>
          </thead>
          <tbody>
            {p.invitations.map((i) => (
              <tr>
                <td>
                  <a href={`/moeder/${encodeURIComponent(i.meetingId)}`}>{i.subject}</a>
                </td>
                <td>
                  {i.toName} &lt;{i.toAddress}&gt;
                </td>
                <td>{i.method === 'CANCEL' ? 'Aflysning' : i.sequence > 0 ? 'Opdatering' : 'Invitation'}</td>
                <td>
                  <a href={`/moeder/udbakke/${i.id}/invitation.ics`}>
                    Hent .ics<span class="sr-only"> til {i.toName}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
