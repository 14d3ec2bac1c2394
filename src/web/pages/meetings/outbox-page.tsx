/**
 * The outbox: every invitation sent for the municipality's meetings with its mail's delivery
 * state and log, a "Send igen" button, and the .ics file. It says plainly whether the system
 * sends e-mail (SMTP_URL set) or the files must be sent by hand.
 */

import type { MailLogEntry } from '../../../app/mail/mail-store.ts';
import type { InvitationDelivery, StoredInvitation } from '../../../app/meetings/meeting-store.ts';
import { Form, type FormState } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatInstant } from '../../format.ts';
import { FormAlert } from './form-alert.tsx';

export type OutboxInvitation = StoredInvitation & { log: MailLogEntry[]; canResend: boolean };

const STATE_LABEL: Record<InvitationDelivery['state'], string> = {
  queued: 'I kø',
  sent: 'Sendt',
  failed: 'Fejlet',
  withheld: 'Ikke sendt (demohistorik)',
};

const EVENT_LABEL: Record<MailLogEntry['event'], string> = {
  queued: 'Sat i kø',
  sent: 'Sendt',
  failed: 'Fejlet',
  retry: 'Fejlet – prøves igen',
  resent: 'Sendt igen efter ønske',
  withheld: 'Ikke sendt',
};

function deliveryText(i: OutboxInvitation, mailBySmtp: boolean): string {
  if (!i.delivery) return 'Lavet før e-mailkøen';
  if (i.delivery.state === 'sent') return `Sendt ${formatInstant(i.delivery.sentAt)}`;
  if (i.delivery.state === 'queued' && !mailBySmtp) return 'I kø – sendes ikke (ingen mailserver)';
  if (i.delivery.state === 'queued' && i.delivery.attempts > 0)
    return `I kø – ${i.delivery.attempts} forsøg fejlet`;
  return STATE_LABEL[i.delivery.state];
}

export function OutboxPage(p: {
  municipality: { name: string; isDemo: boolean };
  mailBySmtp: boolean;
  invitations: OutboxInvitation[];
  refused?: { invitationId: string; state: FormState };
}) {
  return (
    <Layout
      title="Udbakke"
      path="/moeder"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
    >
      <h1>Udbakke med mødeinvitationer</h1>
      {p.mailBySmtp ? (
        <p>
          Hver deltager med en e-mailadresse får sin egen invitation med kalenderfil. Systemet sender dem via
          kommunens mailserver og prøver igen, hvis serveren ikke svarer. Status og serverens svar står ved
          hver besked.
        </p>
      ) : (
        <div class="alert alert-warning" role="note">
          <div class="alert-body">
            <p class="alert-heading">Systemet sender ikke e-mail</p>
            <p class="alert-text">
              Der er ikke sat en mailserver op (SMTP_URL), så invitationerne bliver liggende her. Hent hver
              kalenderfil og send den selv til modtageren.
            </p>
          </div>
        </div>
      )}
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
              <th scope="col">Levering</th>
              <th scope="col">Kalenderfil</th>
            </tr>
          </thead>
          <tbody>
            {p.invitations.map((i) => {
              const refused = p.refused?.invitationId === String(i.id) ? p.refused.state : undefined;
              return (
                <tr>
                  <td>
                    <a href={`/moeder/${encodeURIComponent(i.meetingId)}`}>{i.subject}</a>
                  </td>
                  <td>
                    {i.toName} &lt;{i.toAddress}&gt;
                  </td>
                  <td>
                    {i.method === 'CANCEL' ? 'Aflysning' : i.sequence > 0 ? 'Opdatering' : 'Invitation'}
                  </td>
                  <td>
                    {deliveryText(i, p.mailBySmtp)}
                    {i.delivery?.state === 'failed' && i.delivery.lastResponse ? (
                      <>
                        <br />
                        Serverens svar: {i.delivery.lastResponse}
                      </>
                    ) : null}
                    {i.log.length > 0 ? (
                      <details class="app-details">
                        <summary>
                          Forløb<span class="sr-only"> for {i.toName}</span>
                        </summary>
                        <ul>
                          {i.log.map((e) => (
                            <li>
                              {formatInstant(e.at.toISOString())}: {EVENT_LABEL[e.event]}
                              {e.detail ? ` – ${e.detail}` : ''}
                              {e.actor ? ` (${e.actor})` : ''}
                            </li>
                          ))}
                        </ul>
                      </details>
                    ) : null}
                    {i.canResend ? (
                      <Form action={`/moeder/udbakke/${i.id}/send-igen`}>
                        <FormAlert state={refused} />
                        <button type="submit" class="button button-secondary">
                          Send igen<span class="sr-only"> til {i.toName}</span>
                        </button>
                      </Form>
                    ) : null}
                  </td>
                  <td>
                    <a href={`/moeder/udbakke/${i.id}/invitation.ics`}>
                      Hent .ics<span class="sr-only"> til {i.toName}</span>
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
