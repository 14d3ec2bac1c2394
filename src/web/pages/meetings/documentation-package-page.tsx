import type { DocumentationPackage, PackageStatus } from '../../../domain/meetings/index.ts';
import {
  PACKAGE_DOCUMENT_LABELS,
  PORTAL_NAME,
  REQUIRED_PACKAGE_DOCUMENTS,
} from '../../../domain/meetings/index.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { ErrorSummary, Form, type FormState } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDate } from '../../format.ts';

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
                    <label class="sr-only" for={`received-${d.kind}`}>
                      Modtaget den: {PACKAGE_DOCUMENT_LABELS[d.kind]}
                    </label>
                    <input
                      class="form-input input-width-s"
                      type="date"
                      id={`received-${d.kind}`}
                      name="receivedOn"
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
          <label class="form-label" for="portal-on">
            Markeret som afholdt i {PORTAL_NAME} den
          </label>
          <input class="form-input input-width-s" type="date" id="portal-on" name="on" value={p.today} />{' '}
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
