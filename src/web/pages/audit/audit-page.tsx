/**
 * Revisionslog: who changed what, when, with before/after, filtered by period, action, object
 * type and actor; CSV export of the same selection (for aktindsigt). Read-only: there is no
 * way to change the log, here or anywhere else.
 */
import type { AuditEntry } from '../../../app/audit/audit-log.ts';
import type { Paging } from '../../../domain/shared/paging.ts';
import { ErrorSummary, type FormState, TextField } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { Pagination, pageHref } from '../../components/pagination.tsx';
import { actionLabels, entityLabels, formatDateTime } from './audit-labels.ts';

export interface AuditPageProps {
  municipality: { code: string; name: string };
  filter: FormState;
  /** This page's entries. */
  entries: AuditEntry[];
  paging: Paging | null;
  exportQuery: string;
}

function Change(props: { entry: AuditEntry }) {
  const { before, after } = props.entry;
  if (before === null && after === null) return <>–</>;
  return (
    <details>
      <summary>Vis ændring</summary>
      {before !== null ? (
        <>
          <p class="mb-0 mt-2">Før:</p>
          <pre class="app-audit-json">{JSON.stringify(before, null, 2)}</pre>
        </>
      ) : null}
      {after !== null ? (
        <>
          <p class="mb-0 mt-2">Efter:</p>
          <pre class="app-audit-json">{JSON.stringify(after, null, 2)}</pre>
        </>
      ) : null}
    </details>
  );
}

export function AuditPage(props: AuditPageProps) {
  return (
    <Layout title="Revisionslog" path="/revision" municipalityName={props.municipality.name}>
      <h1>Revisionslog</h1>
      <p>
        Alle ændringer i {props.municipality.name}s data med tidspunkt, bruger, handling og indhold før og
        efter. Loggen kan ikke ændres eller slettes.
      </p>
      <ErrorSummary state={props.filter} />
      <form method="get" action="/revision" novalidate aria-label="Filtrér revisionsloggen">
        <input type="hidden" name="kommune" value={props.municipality.code} />
        <TextField state={props.filter} name="fra" label="Fra dato" type="date" width="input-width-s" />
        <TextField state={props.filter} name="til" label="Til dato" type="date" width="input-width-s" />
        <TextField state={props.filter} name="handling" label="Handling" hint="Fx create, update, login" />
        <TextField
          state={props.filter}
          name="objekt"
          label="Objekttype"
          hint="Fx user, housingOrganisation"
        />
        <TextField state={props.filter} name="aktoer" label="Bruger" hint="Navn, e-mail eller del af dem" />
        <button class="button button-secondary" type="submit">
          Filtrér
        </button>
      </form>
      <p>
        <a href={`/revision/eksport.csv?${props.exportQuery}`}>Hent som CSV (til aktindsigt)</a>
      </p>
      {props.paging && props.paging.total > 0 ? (
        <p class="form-hint">
          Viser post {props.paging.offset + 1}–{props.paging.offset + props.entries.length} af{' '}
          {props.paging.total}, nyeste først.
        </p>
      ) : null}
      {props.entries.length === 0 ? (
        <p>Ingen poster i revisionsloggen matcher filteret.</p>
      ) : (
        <table class="table table--compact">
          <caption class="sr-only">Poster i revisionsloggen, nyeste først</caption>
          <thead>
            <tr>
              <th scope="col">Tidspunkt</th>
              <th scope="col">Bruger</th>
              <th scope="col">Handling</th>
              <th scope="col">Objekt</th>
              <th scope="col">Ændring</th>
              <th scope="col">Forespørgsels-id</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map((e) => (
              <tr>
                <td>{formatDateTime(e.at)}</td>
                <td>{e.actorName ?? e.actor}</td>
                <td>{actionLabels[e.action] ?? e.action}</td>
                <td>
                  {entityLabels[e.entity] ?? e.entity} {e.entityName ?? ''}{' '}
                  <span class="form-hint">{e.entityId}</span>
                </td>
                <td>
                  <Change entry={e} />
                </td>
                <td>
                  <code>{e.requestId ?? ''}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        paging={props.paging}
        href={pageHref('/revision', { kommune: props.municipality.code, ...props.filter.values })}
        label="Sider i revisionsloggen"
      />
    </Layout>
  );
}
