/**
 * Agreement pages under /aftaler: the list with filters, per objective area, overdue, one
 * agreement with its history and forms (status change, progress report, decisions), create and
 * edit, the bulk status file (CSV export and import), and the agreement document (page and PDF).
 *
 * Every form posts plain HTML; on an error the same page is shown again (422) with the values
 * typed and field-level messages, and nothing is stored.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../app/actor.ts';
import { agreementReaders, agreementWriters, progressReporters } from '../../app/agreements/access.ts';
import { getAgreementDocument } from '../../app/agreements/agreement-document.ts';
import type { StoredAgreement } from '../../app/agreements/agreement-store.ts';
import { changeAgreementStatus } from '../../app/agreements/change-agreement-status.ts';
import { getAgreement } from '../../app/agreements/get-agreement.ts';
import { importAgreementStatuses } from '../../app/agreements/import-agreement-statuses.ts';
import { listAgreements } from '../../app/agreements/list-agreements.ts';
import {
  confirmProgressProposal,
  proposeAgreementProgress,
  rejectProgressProposal,
} from '../../app/agreements/progress-proposals.ts';
import { createAgreement, updateAgreement } from '../../app/agreements/save-agreement.ts';
import { AppError } from '../../app/app-error.ts';
import { getOrganisation } from '../../app/registry/get-organisation.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import {
  agreementsForStatusExport,
  statusCsvHeaderRow,
  statusCsvRow,
} from '../../domain/agreements/status-csv.ts';
import { excelCsv } from '../../domain/shared/spreadsheet-csv.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import type { FieldError, FormState } from '../components/form.tsx';
import { formStateFromError, handleForm, postedFields } from '../form-data.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { acceptMultipartForms, type MultipartBody } from '../multipart-form.ts';
import { type PageResult, pageRoute } from '../page-route.ts';
import { AgreementDocumentPage, DocumentChooserPage } from '../pages/agreements/agreement-document-page.tsx';
import { AgreementFormPage } from '../pages/agreements/agreement-form-page.tsx';
import { AgreementListPage } from '../pages/agreements/agreement-list-page.tsx';
import { AgreementPage, type AgreementPageProps } from '../pages/agreements/agreement-page.tsx';
import { ObjectiveAreaPage } from '../pages/agreements/objective-area-page.tsx';
import { OverduePage } from '../pages/agreements/overdue-page.tsx';
import { StatusFilePage } from '../pages/agreements/status-file-page.tsx';
import { renderAgreementDocumentPdf } from '../pdf/agreement-document-pdf.ts';

const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';
const queryOf = (r: FastifyRequest) => (r.query ?? {}) as Record<string, unknown>;
const readers = { access: agreementReaders };
const writers = { access: agreementWriters };

/** Case officers and admins of the municipality change agreements (same roles as agreementWriters). */
function canWrite(actor: Actor, municipality: string): boolean {
  if (actor.kind === 'system') return true;
  return (
    actor.kind === 'user' &&
    actor.grants.some(
      (g) => g.municipality === municipality && (g.role === 'admin' || g.role === 'caseOfficer'),
    )
  );
}

function canPropose(actor: Actor, municipality: string, organisationId: string): boolean {
  return (
    actor.kind === 'user' &&
    actor.grants.some(
      (g) =>
        g.municipality === municipality && g.role === 'organisation' && g.organisationId === organisationId,
    )
  );
}

/** Re-rendered forms answer 422 so that scripts and tests can tell a refusal from a page. */
function refused(reply: FastifyReply, page: unknown): PageResult {
  reply.status(422);
  return page as PageResult;
}

/** Field errors under other names than the form's fields, renamed to the field that shows them. */
function renameFields(state: FormState, rename: (field: string) => string): FormState {
  return {
    values: state.values,
    errors: state.errors.map((e): FieldError => ({ field: rename(e.field), message: e.message })),
  };
}

const agreementFieldOf = (field: string) =>
  field.startsWith('departmentIds')
    ? 'departmentIds'
    : field === 'responsible'
      ? 'responsible.kind'
      : field === 'councilApproval'
        ? 'councilApproval.body'
        : field;

/** The agreement as form values (flat names as in the form). */
function agreementValues(a: StoredAgreement): Record<string, string> {
  return {
    text: a.text,
    steeringYear: String(a.steeringYear),
    agreedOn: a.agreedOn,
    objectiveArea: a.objectiveArea,
    target: a.target ?? '',
    'responsible.kind': a.responsible.kind,
    'responsible.name': a.responsible.kind === 'namedUnit' ? a.responsible.name : '',
    deadline: a.deadline ?? '',
    'councilApproval.body': a.councilApproval?.body ?? '',
    'councilApproval.date': a.councilApproval?.date ?? '',
    'councilApproval.caseNumber': a.councilApproval?.caseNumber ?? '',
    meetingId: a.meetingId ?? '',
  };
}

/** Ticked checkboxes arrive as one string or several. */
function postedDepartmentIds(body: unknown): string[] {
  const raw = (body as Record<string, unknown> | null)?.departmentIds;
  if (Array.isArray(raw)) return raw.map(String);
  return typeof raw === 'string' && raw !== '' ? [raw] : [];
}

/** Form values → the use case's agreement input. The council approval is null when all its fields are blank. */
function agreementInput(flat: Record<string, string>, departmentIds: string[]) {
  const council = {
    body: flat['councilApproval.body'] ?? '',
    date: flat['councilApproval.date'] ?? '',
    caseNumber: flat['councilApproval.caseNumber'] ?? '',
  };
  const kind = flat['responsible.kind'] ?? '';
  return {
    organisationId: flat.organisationId,
    meetingId: flat.meetingId,
    steeringYear: flat.steeringYear,
    agreedOn: flat.agreedOn,
    objectiveArea: flat.objectiveArea,
    departmentIds,
    text: flat.text,
    target: flat.target,
    responsible: kind === 'namedUnit' ? { kind, name: flat['responsible.name'] } : { kind },
    deadline: flat.deadline,
    councilApproval: Object.values(council).every((v) => v.trim() === '') ? null : council,
  };
}

async function agreementForm(
  ctx: UseCaseContext,
  organisationId: string | null,
  state: FormState,
  departmentIds: string[],
  agreement: { id: string; version: number } | null,
) {
  const municipality = requireHomeMunicipality(ctx.actor);
  const listing = await runUseCase(listAgreements, ctx, { municipality });
  const organisation = organisationId
    ? (listing.organisations.find((o) => o.id === organisationId) ?? null)
    : null;
  const departments = organisation
    ? (await runUseCase(getOrganisation, ctx, { municipality, id: organisation.id })).departments
    : [];
  return (
    <AgreementFormPage
      municipality={listing.municipality}
      organisations={listing.organisations}
      organisation={organisation}
      departments={departments}
      agreement={agreement}
      state={state}
      departmentIds={departmentIds}
    />
  );
}

async function agreementPage(ctx: UseCaseContext, id: string, forms?: AgreementPageProps['forms']) {
  const municipality = requireHomeMunicipality(ctx.actor);
  const out = await runUseCase(getAgreement, ctx, { municipality, id });
  return (
    <AgreementPage
      {...out}
      canEdit={canWrite(ctx.actor, municipality)}
      canPropose={canPropose(ctx.actor, municipality, out.agreement.organisationId)}
      {...(forms ? { forms } : {})}
    />
  );
}

/** A form on the agreement page: run the use case, else show the page again with the errors. */
async function agreementPageForm(
  ctx: UseCaseContext,
  request: FastifyRequest,
  reply: FastifyReply,
  submit: (flat: Record<string, string>) => Promise<unknown>,
  form: 'status' | 'proposal' | 'decision',
  rename: (field: string) => string = (f) => f,
): Promise<PageResult> {
  const id = param(request, 'id');
  const flat = postedFields(request.body);
  const result = await handleForm(
    () => submit(flat),
    (err) => agreementPage(ctx, id, { [form]: renameFields(formStateFromError(err, flat, ''), rename) }),
  );
  if (!result.ok) return refused(reply, await result.page);
  return { redirect: `/aftaler/${encodeURIComponent(id)}` };
}

export async function registerAgreementPages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  // Encapsulated, so the multipart reader applies to these routes only (the status file upload).
  await app.register(async (scope) => {
    acceptMultipartForms(scope);
    routes(scope, deps);
  });
}

function routes(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler',
    async (ctx, request, reply) => {
      const municipality = requireHomeMunicipality(ctx.actor);
      const q = queryOf(request);
      const values = Object.fromEntries(
        ['organisation', 'status', 'objectiveArea', 'steeringYear', 'overdue'].map((k) => [
          k,
          typeof q[k] === 'string' ? (q[k] as string) : '',
        ]),
      );
      let errors: FieldError[] = [];
      let out: Awaited<ReturnType<typeof listAgreements.run>>;
      try {
        out = await runUseCase(listAgreements, ctx, { municipality, ...values });
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'invalidInput') throw err;
        errors = err.fieldErrors;
        reply.status(422);
        out = await runUseCase(listAgreements, ctx, { municipality });
      }
      return (
        <AgreementListPage
          {...out}
          filters={{ values, errors }}
          canEdit={canWrite(ctx.actor, municipality)}
        />
      );
    },
    readers,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/maalomraader',
    async (ctx) => {
      const municipality = requireHomeMunicipality(ctx.actor);
      const out = await runUseCase(listAgreements, ctx, { municipality });
      return <ObjectiveAreaPage {...out} canEdit={canWrite(ctx.actor, municipality)} />;
    },
    readers,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/over-deadline',
    async (ctx) => {
      const municipality = requireHomeMunicipality(ctx.actor);
      const out = await runUseCase(listAgreements, ctx, { municipality, overdue: 'true' });
      return <OverduePage {...out} canEdit={canWrite(ctx.actor, municipality)} />;
    },
    readers,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/ny',
    async (ctx, request) => {
      const organisation = queryOf(request).organisation;
      const organisationId = typeof organisation === 'string' && organisation !== '' ? organisation : null;
      const values = {
        steeringYear: ctx.today.slice(0, 4),
        agreedOn: ctx.today,
        'responsible.kind': 'organisation',
        organisation: organisationId ?? '',
      };
      return agreementForm(ctx, organisationId, { values, errors: [] }, [], null);
    },
    writers,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/aftaler/ny',
    async (ctx, request, reply) => {
      const flat = postedFields(request.body);
      const departmentIds = postedDepartmentIds(request.body);
      const result = await handleForm(
        () =>
          runUseCase(createAgreement, ctx, {
            municipality: requireHomeMunicipality(ctx.actor),
            agreement: agreementInput(flat, departmentIds),
          }),
        (err) =>
          agreementForm(
            ctx,
            flat.organisationId ?? null,
            renameFields(formStateFromError(err, flat, 'agreement'), agreementFieldOf),
            departmentIds,
            null,
          ),
      );
      if (!result.ok) return refused(reply, await result.page);
      return { redirect: `/aftaler/${encodeURIComponent(result.value.agreement.id)}` };
    },
    writers,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/statusfil',
    async (ctx) => {
      const municipality = requireHomeMunicipality(ctx.actor);
      const out = await runUseCase(listAgreements, ctx, { municipality });
      return (
        <StatusFilePage
          municipality={out.municipality}
          openAgreements={agreementsForStatusExport(out.agreements).length}
        />
      );
    },
    writers,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/aftaler/statusfil',
    async (ctx, request, reply) => {
      const municipality = requireHomeMunicipality(ctx.actor);
      const body = (request.body ?? {}) as MultipartBody;
      const file = body.file;
      const page = async (extra: Partial<Parameters<typeof StatusFilePage>[0]>) => {
        const out = await runUseCase(listAgreements, ctx, { municipality });
        return (
          <StatusFilePage
            municipality={out.municipality}
            openAgreements={agreementsForStatusExport(out.agreements).length}
            {...extra}
          />
        );
      };
      if (typeof file !== 'object' || file.filename === '' || file.bytes.length === 0) {
        return refused(reply, await page({ formError: 'Vælg en CSV-fil med aftalernes statusser' }));
      }
      try {
        const result = await runUseCase(importAgreementStatuses, ctx, {
          municipality,
          file: file.bytes,
          fileName: file.filename,
          dryRun: body.dryRun === 'true',
        });
        return page({ result });
      } catch (err) {
        if (err instanceof AppError && err.code === 'invalidInput') {
          return refused(
            reply,
            await page({
              problems:
                err.fieldErrors.length > 0 ? err.fieldErrors : [{ field: 'Filen', message: err.detail }],
            }),
          );
        }
        throw err;
      }
    },
    writers,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/aabne.csv',
    async (ctx) => {
      const municipality = requireHomeMunicipality(ctx.actor);
      const out = await runUseCase(listAgreements, ctx, { municipality });
      const names = new Map(out.organisations.map((o) => [o.id, o.name]));
      const csv = excelCsv(
        statusCsvHeaderRow(),
        agreementsForStatusExport(out.agreements).map((a) =>
          statusCsvRow(a, names.get(a.organisationId) ?? a.organisationId),
        ),
      );
      return {
        file: csv,
        type: 'text/csv; charset=utf-8',
        filename: `aabne-aftaler-${municipality}-${ctx.today}.csv`,
      };
    },
    writers,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/dokument',
    async (ctx, request) => {
      const municipality = requireHomeMunicipality(ctx.actor);
      const q = queryOf(request);
      const organisation = typeof q.organisation === 'string' ? q.organisation : '';
      const year = typeof q.year === 'string' ? q.year.trim() : '';
      const errors: FieldError[] = [];
      if (organisation !== '' || year !== '') {
        if (organisation === '') errors.push({ field: 'organisation', message: 'Vælg en boligorganisation' });
        if (!/^\d{4}$/.test(year))
          errors.push({ field: 'year', message: 'Skriv styringsåret som et årstal, fx 2025' });
        if (errors.length === 0)
          return { redirect: `/aftaler/dokument/${encodeURIComponent(organisation)}/${year}` };
      }
      const out = await runUseCase(listAgreements, ctx, { municipality });
      return (
        <DocumentChooserPage
          municipality={out.municipality}
          organisations={out.organisations}
          state={{
            values: { organisation, year: year || String(Number(ctx.today.slice(0, 4)) - 1) },
            errors,
          }}
          canEdit={canWrite(ctx.actor, municipality)}
        />
      );
    },
    readers,
  );

  const documentOf = (ctx: UseCaseContext, request: FastifyRequest) =>
    runUseCase(getAgreementDocument, ctx, {
      municipality: requireHomeMunicipality(ctx.actor),
      organisation: param(request, 'organisationId'),
      steeringYear: param(request, 'year'),
    });

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/dokument/:organisationId/:year',
    async (ctx, request) => <AgreementDocumentPage {...(await documentOf(ctx, request))} />,
    readers,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/dokument/:organisationId/:year/aftaledokument.pdf',
    async (ctx, request) => {
      const doc = await documentOf(ctx, request);
      return {
        file: await renderAgreementDocumentPdf(doc),
        type: 'application/pdf',
        filename: `aftaledokument-${doc.steeringYear}-${doc.organisation.id}.pdf`,
      };
    },
    readers,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/:id',
    async (ctx, request) => agreementPage(ctx, param(request, 'id')),
    readers,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/aftaler/:id/ret',
    async (ctx, request) => {
      const out = await runUseCase(getAgreement, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
        id: param(request, 'id'),
      });
      const a = out.agreement;
      return agreementForm(
        ctx,
        a.organisationId,
        { values: agreementValues(a), errors: [] },
        a.departmentIds,
        {
          id: a.id,
          version: a.version,
        },
      );
    },
    writers,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/aftaler/:id/ret',
    async (ctx, request, reply) => {
      const id = param(request, 'id');
      // An agreement out of reach is "not found" whatever was posted (no form echoed back).
      const current = await runUseCase(getAgreement, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
        id,
      });
      const flat: Record<string, string> = {
        ...postedFields(request.body),
        organisationId: current.agreement.organisationId,
      };
      const departmentIds = postedDepartmentIds(request.body);
      const result = await handleForm(
        () =>
          runUseCase(updateAgreement, ctx, {
            municipality: requireHomeMunicipality(ctx.actor),
            id,
            version: flat.version,
            agreement: agreementInput(flat, departmentIds),
          }),
        (err) =>
          agreementForm(
            ctx,
            flat.organisationId ?? null,
            renameFields(formStateFromError(err, flat, 'agreement'), agreementFieldOf),
            departmentIds,
            {
              id,
              version: Number(flat.version) || 1,
            },
          ),
      );
      if (!result.ok) return refused(reply, await result.page);
      return { redirect: `/aftaler/${encodeURIComponent(id)}` };
    },
    writers,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/aftaler/:id/status',
    (ctx, request, reply) =>
      agreementPageForm(
        ctx,
        request,
        reply,
        (flat) =>
          runUseCase(changeAgreementStatus, ctx, {
            municipality: requireHomeMunicipality(ctx.actor),
            id: param(request, 'id'),
            status: flat.status,
            date: flat.date,
            note: flat.note,
            evidenceUrl: flat.evidenceUrl,
          }),
        'status',
      ),
    writers,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/aftaler/:id/forslag',
    (ctx, request, reply) =>
      agreementPageForm(
        ctx,
        request,
        reply,
        (flat) =>
          runUseCase(proposeAgreementProgress, ctx, {
            municipality: requireHomeMunicipality(ctx.actor),
            id: param(request, 'id'),
            status: flat.status,
            note: flat.note,
            evidenceUrl: flat.evidenceUrl,
          }),
        'proposal',
      ),
    { access: progressReporters },
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/aftaler/:id/forslag/:proposalId/bekraeft',
    (ctx, request, reply) =>
      agreementPageForm(
        ctx,
        request,
        reply,
        (flat) =>
          runUseCase(confirmProgressProposal, ctx, {
            municipality: requireHomeMunicipality(ctx.actor),
            id: param(request, 'id'),
            proposalId: param(request, 'proposalId'),
            note: flat.confirmNote,
          }),
        'decision',
        (f) => (f === 'note' ? 'confirmNote' : f),
      ),
    writers,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/aftaler/:id/forslag/:proposalId/afvis',
    (ctx, request, reply) =>
      agreementPageForm(
        ctx,
        request,
        reply,
        (flat) =>
          runUseCase(rejectProgressProposal, ctx, {
            municipality: requireHomeMunicipality(ctx.actor),
            id: param(request, 'id'),
            proposalId: param(request, 'proposalId'),
            note: flat.rejectNote,
          }),
        'decision',
        (f) => (f === 'note' ? 'rejectNote' : f),
      ),
    writers,
  );
}
