/**
 * The municipality's webhooks (/webhooks, administrators): the hooks with their signing secret,
 * the form for a new one, and the delivery log with redelivery by hand. Renders what
 * listWebhooks returns; decides nothing.
 */
import type {
  DeliveryStatus,
  Webhook,
  WebhookAttempt,
  WebhookDelivery,
} from '../../../app/webhooks/webhook-store.ts';
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from '../../../domain/webhooks/events.ts';
import { ChoiceGroup, ErrorSummary, Form, type FormState, TextField } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatInstant } from '../../format.ts';

export interface WebhooksPageProps {
  municipalityName: string;
  webhooks: (Webhook & { secret: string })[];
  deliveries: (Omit<WebhookDelivery, 'payload'> & {
    url: string;
    log: WebhookAttempt[];
    canRedeliver: boolean;
  })[];
  form: FormState;
  /** The events ticked in the form (a refused submission keeps them). */
  checkedEvents: string[];
}

const STATUS_LABELS: Record<DeliveryStatus, string> = {
  pending: 'Venter',
  delivered: 'Leveret',
  failed: 'Opgivet',
  cancelled: 'Annulleret',
};

export function WebhooksPage(p: WebhooksPageProps) {
  return (
    <Layout title="Webhooks" path="/webhooks" municipalityName={p.municipalityName}>
      <h1>Webhooks</h1>
      <p>
        En webhook sender en besked (HTTP POST med JSON) til et andet system, når en redegørelse
        offentliggøres eller rettes, en aftale skifter status, eller et møde planlægges, flyttes eller
        aflyses. Hver besked er signeret med HMAC-SHA256 (headeren <code>X-Styringsdialog-Signature</code>{' '}
        over tidsstemplet og indholdet); se <a href="/api/docs">API-dokumentationen</a> og docs/webhooks.md.
      </p>
      <h2>Kommunens webhooks</h2>
      {p.webhooks.length === 0 ? (
        <p>Der er ingen webhooks.</p>
      ) : (
        <ul class="nobullet-list">
          {p.webhooks.map((h) => (
            <li>
              <h3 class="h4">{h.description || h.url}</h3>
              <p>
                Adresse: <code>{h.url}</code>
                <br />
                Hændelser: {h.events.map((e) => WEBHOOK_EVENT_LABELS[e]).join(', ')}
                <br />
                Oprettet {formatInstant(h.createdAt)}
              </p>
              <details>
                <summary>Vis hemmeligheden til signaturen</summary>
                <code>{h.secret}</code>
              </details>
              <Form action={`/webhooks/${encodeURIComponent(h.id)}/fjern`}>
                <button type="submit" class="button button-secondary">
                  Fjern webhooken
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="new-heading">
        <h2 id="new-heading">Ny webhook</h2>
        <ErrorSummary state={p.form} />
        <Form action="/webhooks">
          <TextField
            state={p.form}
            name="url"
            label="Adresse"
            hint="Skal begynde med https:// (eller http://), fx https://system.kommune.dk/styringsdialog"
            type="url"
            required
          />
          {/* Always posted, so an error about the events stands next to the checkboxes. */}
          <input type="hidden" name="events" value="" />
          <ChoiceGroup
            kind="checkbox"
            state={p.form}
            name="events"
            legend="Hændelser"
            required
            options={WEBHOOK_EVENTS.map((e) => ({ value: e, label: WEBHOOK_EVENT_LABELS[e] }))}
            checked={p.checkedEvents}
          />
          <TextField state={p.form} name="description" label="Beskrivelse" />
          <button type="submit" class="button button-primary">
            Opret webhook
          </button>
        </Form>
      </section>
      <section aria-labelledby="log-heading">
        <h2 id="log-heading">Leveringslog</h2>
        {p.deliveries.length === 0 ? (
          <p>Der er ikke sendt noget endnu.</p>
        ) : (
          <div class="table--responsive-scroll">
            <table class="table table--compact">
              <thead>
                <tr>
                  <th scope="col">Oprettet</th>
                  <th scope="col">Hændelse</th>
                  <th scope="col">Adresse</th>
                  <th scope="col">Status</th>
                  <th scope="col">Forsøg</th>
                  <th scope="col">Seneste svar</th>
                  <th scope="col">Handling</th>
                </tr>
              </thead>
              <tbody>
                {p.deliveries.map((d) => (
                  <tr>
                    <td>{formatInstant(d.createdAt)}</td>
                    <td>
                      {WEBHOOK_EVENT_LABELS[d.eventType]}
                      {d.redeliveryOf ? ' (sendt igen)' : ''}
                    </td>
                    <td>
                      <code>{d.url}</code>
                    </td>
                    <td>
                      {STATUS_LABELS[d.status]}
                      {d.status === 'pending' && d.attempts > 0
                        ? ` (næste forsøg ${formatInstant(d.nextAttemptAt)})`
                        : ''}
                    </td>
                    <td>{d.attempts}</td>
                    <td>{d.lastError ?? (d.lastStatus === null ? '–' : `HTTP ${d.lastStatus}`)}</td>
                    <td>
                      {d.canRedeliver ? (
                        <Form action={`/webhooks/leveringer/${encodeURIComponent(d.id)}/send-igen`}>
                          <button type="submit" class="button button-tertiary">
                            Send igen
                          </button>
                        </Form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Layout>
  );
}
