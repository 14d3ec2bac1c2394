/**
 * A table of API tokens (never the secret): purpose, created, expires, last used, status, and a
 * revoke button for each live one posting to `revokeAction(id)`. Used on "Mine adgange" and on
 * an administrator's user page.
 */
import type { ApiTokenRecord } from '../../../app/auth/auth-store.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { formatDateTime } from '../audit/audit-labels.ts';

export type TokenStatus = 'active' | 'expired' | 'revoked';

export const tokenStatusLabels: Record<TokenStatus, string> = {
  active: 'Aktiv',
  expired: 'Udløbet',
  revoked: 'Tilbagekaldt',
};

export function tokenStatus(t: Pick<ApiTokenRecord, 'revokedAt' | 'expiresAt'>, now: Date): TokenStatus {
  if (t.revokedAt) return 'revoked';
  return t.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';
}

export function ApiTokenTable(props: {
  tokens: readonly ApiTokenRecord[];
  now: Date;
  revokeAction: (id: number) => string;
  caption: string;
}) {
  if (props.tokens.length === 0) return <p>Ingen adgangsnøgler.</p>;
  return (
    <table class="table table--compact">
      <caption class="sr-only">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Formål</th>
          <th scope="col">Oprettet</th>
          <th scope="col">Udløber</th>
          <th scope="col">Sidst brugt</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span class="sr-only">Handling</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.tokens.map((t) => {
          const status = tokenStatus(t, props.now);
          return (
            <tr>
              <td>{t.label}</td>
              <td>{formatDateTime(t.createdAt)}</td>
              <td>{formatDateTime(t.expiresAt)}</td>
              <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Aldrig'}</td>
              <td>{tokenStatusLabels[status]}</td>
              <td>
                {status === 'active' ? (
                  <form method="post" action={props.revokeAction(t.id)}>
                    <CsrfField />
                    <button class="button button-secondary" type="submit">
                      Tilbagekald<span class="sr-only"> nøglen {t.label}</span>
                    </button>
                  </form>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
