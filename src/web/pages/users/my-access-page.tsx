/**
 * "Mine adgange" (/min-profil): the logged-in user's own credentials — API tokens and calendar
 * feeds — with revoke and renew, so a leaked secret is answered at once and without an
 * administrator. A new token or feed address is shown here once; only its hash is stored.
 */
import type {
  ApiTokenRecord,
  CalendarFeedRecord,
  GrantRecord,
  UserRecord,
} from '../../../app/auth/auth-store.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, type FormState, SelectField, TextField } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDateTime } from '../audit/audit-labels.ts';
import { Notice } from '../auth/input-field.tsx';
import { ApiTokenTable } from './api-token-table.tsx';
import { grantText } from './user-forms.tsx';

export type MyAccessNotice =
  | { kind: 'newToken'; token: string; label: string; expiresAt: Date }
  | { kind: 'newFeed'; url: string }
  | { kind: 'tokenRevoked' }
  | { kind: 'feedRevoked'; count: number }
  | { kind: 'reminders'; enabled: boolean };

export interface MyAccessPageProps {
  user: UserRecord;
  grants: readonly GrantRecord[];
  apiTokens: readonly ApiTokenRecord[];
  calendarFeeds: readonly CalendarFeedRecord[];
  remindersEnabled: boolean;
  now: Date;
  form: FormState;
  notice: MyAccessNotice | null;
}

const LIFETIMES = [
  { value: '30d', label: '30 dage' },
  { value: '90d', label: '90 dage' },
  { value: '365d', label: 'Et år' },
];

function NewSecret(props: { heading: string; text: string; secret: string }) {
  return (
    <div class="alert alert-success" role="status">
      <div class="alert-body">
        <p class="alert-heading">{props.heading}</p>
        <p class="alert-text">{props.text}</p>
        <p class="alert-text">
          <code>{props.secret}</code>
        </p>
      </div>
    </div>
  );
}

function PageNotice(props: { notice: MyAccessNotice | null }) {
  const n = props.notice;
  if (!n) return null;
  switch (n.kind) {
    case 'newToken':
      return (
        <NewSecret
          heading={`Adgangsnøglen »${n.label}« er oprettet`}
          text={`Kopiér den nu – den vises ikke igen. Den udløber ${formatDateTime(n.expiresAt)}.`}
          secret={n.token}
        />
      );
    case 'newFeed':
      return (
        <NewSecret
          heading="Din nye kalenderadresse"
          text="Abonnér på adressen i dit kalenderprogram. Den vises kun denne ene gang, og den gamle adresse virker ikke længere – del den ikke."
          secret={n.url}
        />
      );
    case 'tokenRevoked':
      return <Notice kind="success" heading="Nøglen er tilbagekaldt" text="Den virker ikke længere." />;
    case 'feedRevoked':
      return (
        <Notice
          kind="success"
          heading="Kalenderadressen er lukket"
          text={n.count > 0 ? 'Adressen virker ikke længere.' : 'Du havde ingen åben kalenderadresse.'}
        />
      );
    case 'reminders':
      return (
        <Notice
          kind="success"
          heading={n.enabled ? 'Påmindelserne er slået til' : 'Påmindelserne er slået fra'}
          text={
            n.enabled
              ? 'Du får en e-mail, de dage noget venter på dig.'
              : 'Du får ingen påmindelser pr. e-mail.'
          }
        />
      );
  }
}

export function MyAccessPage(props: MyAccessPageProps) {
  const liveFeeds = props.calendarFeeds.filter((f) => f.revokedAt === null);
  return (
    <Layout title="Mine adgange" path="/min-profil">
      <h1>Mine adgange</h1>
      <PageNotice notice={props.notice} />
      <dl>
        <dt>Navn</dt>
        <dd>{props.user.name}</dd>
        <dt>E-mail</dt>
        <dd>{props.user.email}</dd>
        <dt>Roller</dt>
        <dd>{props.grants.map((g) => `${grantText(g, [])} (${g.municipality})`).join(', ') || 'Ingen'}</dd>
      </dl>

      <h2 id="reminders-heading">Påmindelser</h2>
      <p>
        {props.remindersEnabled
          ? 'Du får en daglig e-mail, når noget venter på dig: et referat, du skal godkende, en dokumentationspakke, der mangler før et møde, en redegørelse, der ikke er offentliggjort, eller en aftale, hvis frist nærmer sig. Ingen opgaver, ingen e-mail.'
          : 'Du får ingen påmindelser pr. e-mail. Dine opgaver står stadig under »Mine opgaver« på forsiden.'}
      </p>
      <form method="post" action="/min-profil/paamindelser" aria-labelledby="reminders-heading">
        <CsrfField />
        <input type="hidden" name="enabled" value={props.remindersEnabled ? 'false' : 'true'} />
        <button class="button button-secondary" type="submit">
          {props.remindersEnabled ? 'Slå påmindelser fra' : 'Slå påmindelser til'}
        </button>
      </form>

      <h2>Kalenderadresse</h2>
      <p>
        Din personlige kalenderadresse viser dine møder i dit kalenderprogram. Laver du en ny, holder den
        gamle op med at virke med det samme. Tror du, andre kender adressen, så luk den eller lav en ny.
      </p>
      {liveFeeds.length === 0 ? (
        <p>Du har ingen åben kalenderadresse.</p>
      ) : (
        <ul>
          {liveFeeds.map((f) => (
            <li>
              Åben siden {formatDateTime(f.createdAt)} (kommune {f.municipality})
            </li>
          ))}
        </ul>
      )}
      <form method="post" action="/min-profil/kalender">
        <CsrfField />
        <button class="button button-primary" type="submit">
          {liveFeeds.length === 0 ? 'Lav en kalenderadresse' : 'Lav en ny kalenderadresse'}
        </button>
      </form>
      {liveFeeds.length > 0 ? (
        <form method="post" action="/min-profil/kalender/luk">
          <CsrfField />
          <button class="button button-secondary" type="submit">
            Luk kalenderadressen
          </button>
        </form>
      ) : null}

      <h2>Adgangsnøgler til API’et</h2>
      <p>
        En adgangsnøgle lader et program bruge API’et med dine rettigheder. Tilbagekald en nøgle, du ikke
        bruger længere, eller som andre kan have set.
      </p>
      <ApiTokenTable
        tokens={props.apiTokens}
        now={props.now}
        caption="Mine adgangsnøgler"
        revokeAction={(id) => `/min-profil/noegler/${id}/tilbagekald`}
      />
      <h3 id="new-token-heading">Ny adgangsnøgle</h3>
      <ErrorSummary state={props.form} />
      <form method="post" action="/min-profil/noegler" novalidate aria-labelledby="new-token-heading">
        <CsrfField />
        <TextField
          state={props.form}
          name="label"
          label="Hvad skal nøglen bruges til?"
          required
          width="input-width-l"
        />
        <SelectField state={props.form} name="expires" label="Levetid" options={LIFETIMES} />
        <button class="button button-primary" type="submit">
          Opret adgangsnøgle
        </button>
      </form>
    </Layout>
  );
}
