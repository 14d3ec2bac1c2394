import type { DocumentationPackage, PackageStatus } from '../../../domain/meetings/index.ts';
import {
  PACKAGE_DOCUMENT_LABELS,
  PORTAL_NAME,
  REQUIRED_PACKAGE_DOCUMENTS,
} from '../../../domain/meetings/index.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { ErrorSummary, FieldMessages, Form, type FormState, fieldId } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDate } from '../../format.ts';
import { FormAlert } from './form-alert.tsx';

/** The received-on field of one document row: one form per row, so the id names the document. */
export const receivedOnField = (kind: string) => `receivedOn.${kind}`;

function DateInput(p: { state: FormState | undefined; name: string; id: string; value: string }) {
  const error = p.state?.errors.find((e) => e.field === p.id)?.message;
  const id = fieldId(p.id);
  return (
    <>
      <FieldMessages id={id} error={error} />
      <input
        class="form-input input-width-s"
        type="date"
        id={id}
        name={p.name}
        value={error ? (p.state?.values[p.name] ?? p.value) : p.value}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? 'true' : undefined}
      />
    </>
  );
}

const STATE_LABELS = {
  complete: 'Komplet',
  incomplete: 'Mangler dokumenter',
  late: 'For sent eller mangler',
};

export interface DocumentationPackagePageProps {
  organisation: { id: string; name: string };
  pkg: DocumentationPackage;
  status: PackageStatus;
  canEdit: boolean;
  today: string;
  state?: FormState;
}

/** The package per organisation and steering year: received documents and the portal tick. */
export function DocumentationPackagePage(p: DocumentationPackagePageProps) {
  const base = `/moeder/dokumentationspakke/${encodeURIComponent(p.organisation.id)}/${p.pkg.steeringYear}`;
  const title = `Dokumentationspakke ${p.pkg.steeringYear}: ${p.organisation.name}`;
  return (
    <Layout title={title} path="/moeder">
      <Breadcrumbs trail={[{ href: '/moeder', label: 'Møder' }]} current={title} />
      <h1>{title}</h1>
      <p>
        Status: <strong>{STATE_LABELS[p.status.status]}</strong>, frist {formatDate(p.status.dueBy)}.
      </p>
      {p.state ? <ErrorSummary state={p.state} /> : null}
      <FormAlert state={p.state} />
      <ul>
        {p.status.findings.map((f) => (
          <li>{f.message}</li>
        ))}
      </ul>
      <table class="table table--compact">
        <caption class="sr-only">Dokumenter i pakken</caption>
        <thead>
          <tr>
            <th scope="col">Dokument</th>
            <th scope="col">Modtaget</th>
            {p.canEdit ? <th scope="col">Registrér</th> : null}
          </tr>
        </thead>
        <tbody>
          {p.pkg.documents.map((d) => (
            <tr>
              <td>
                {PACKAGE_DOCUMENT_LABELS[d.kind]}
                {REQUIRED_PACKAGE_DOCUMENTS.includes(d.kind) ? '' : ' (valgfri)'}
              </td>
              <td>{formatDate(d.receivedOn)}</td>
              {p.canEdit ? (
                <td>
                  <Form action={`${base}/dokumenter`}>
                    <input type="hidden" name="kind" value={d.kind} />
                    <label class="sr-only" for={fieldId(receivedOnField(d.kind))}>
                      Modtaget den: {PACKAGE_DOCUMENT_LABELS[d.kind]}
                    </label>
                    <DateInput
                      state={p.state}
                      name={receivedOnField(d.kind)}
                      id={receivedOnField(d.kind)}
                      value={d.receivedOn ?? p.today}
                    />{' '}
                    <button type="submit" class="button button-secondary">
                      Gem<span class="sr-only"> {PACKAGE_DOCUMENT_LABELS[d.kind]}</span>
                    </button>
                  </Form>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{PORTAL_NAME}</h2>
      {p.pkg.markedHeldInPortal ? (
        <p>
          Markeret som afholdt {formatDate(p.pkg.markedHeldInPortal.on)} af {p.pkg.markedHeldInPortal.by}.
        </p>
      ) : p.canEdit ? (
        <Form action={`${base}/portal`}>
          <label class="form-label" for={fieldId('on')}>
            Markeret som afholdt i {PORTAL_NAME} den
          </label>
          <DateInput state={p.state} name="on" id="on" value={p.today} />{' '}
          <button type="submit" class="button button-secondary">
            Registrér markeringen
          </button>
        </Form>
      ) : (
        <p>Ikke markeret endnu.</p>
      )}
    </Layout>
  );
}
