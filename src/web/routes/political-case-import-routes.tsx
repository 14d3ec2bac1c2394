/**
 * The import of political cases: upload → preview → "Gem sagen".
 *
 * The import carries the file from the preview to the save as a hidden base64 field: nothing is
 * kept on the server between the two steps, and the save reads the file again, so what is saved
 * is exactly what the preview showed. Both forms are multipart (web/multipart-form.ts). Their
 * scope's body limit is raised by the base64 overhead only; the file itself may not exceed the
 * server's body limit (checked here, with a field error). The upload step only previews (a read
 * use case, answered with the preview page); the save is a formRoute that also carries the
 * user's corrections of every field (importAgenda applies them all or nothing and remembers what
 * they teach). The remembered corrections have their own list page (import-corrections-routes.tsx).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, invalidInput } from '../../app/app-error.ts';
import { politicalCaseWriters } from '../../app/political-cases/access.ts';
import { importAgenda } from '../../app/political-cases/import-agenda.ts';
import { previewAgendaImport } from '../../app/political-cases/preview-agenda-import.ts';
import { getMunicipality } from '../../app/registry/get-municipality.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { emptyForm, type FormState } from '../components/form.tsx';
import { FORM_FIELD, formRoute, postedForm } from '../form-route.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import type { MultipartBody, UploadedFile } from '../multipart-form.ts';
import { pageRoute } from '../page-route.ts';
import { ImportPage } from '../pages/political-cases/import-page.tsx';
import { ImportPreviewPage } from '../pages/political-cases/import-preview-page.tsx';

const WRITERS = { access: politicalCaseWriters };

/** The posted corrections (`corrections.<case>.<field>`) as the use case's list; absent: none. */
function postedCorrections(nested: Record<string, unknown>): unknown {
  const posted = nested.corrections;
  if (posted === undefined) return undefined;
  return Array.isArray(posted) ? Array.from(posted, (c) => c ?? null) : posted;
}

function fileField(request: FastifyRequest, name: string): UploadedFile | null {
  const body = request.body && typeof request.body === 'object' ? (request.body as MultipartBody) : {};
  const v = body[name];
  return v && typeof v === 'object' && v.filename !== '' ? v : null;
}

/** Pasted page text, read as a text file of that name (so the save reads it the same way). */
const PASTED_FILE_NAME = 'indsat-tekst.txt';

function pastedFile(request: FastifyRequest): UploadedFile | null {
  const body = request.body && typeof request.body === 'object' ? (request.body as MultipartBody) : {};
  const value = body.pastedText;
  if (typeof value !== 'string' || value.trim() === '') return null;
  return { filename: PASTED_FILE_NAME, contentType: 'text/plain', bytes: new TextEncoder().encode(value) };
}

function fieldError(message: string): FormState {
  return { values: {}, errors: [{ field: 'file', message }] };
}

/** The form state for a refused import: the use case's field errors, or its detail on the file field. */
function refusedState(err: AppError): FormState {
  return {
    values: {},
    errors:
      err.fieldErrors.length > 0
        ? err.fieldErrors.map((e) => ({ field: 'file', message: e.message }))
        : [{ field: 'file', message: `${err.title}: ${err.detail}` }],
  };
}

export function registerPoliticalCaseImport(app: FastifyInstance, deps: HttpDeps): void {
  const maxBytes = deps.bodyLimitBytes;
  const tooLarge = `Filen er for stor. Den må højst fylde ${maxBytes} byte.`;

  async function importPage(
    ctx: UseCaseContext,
    form: FormState,
    report: Parameters<typeof ImportPage>[0]['report'] = null,
  ) {
    const municipality = await runUseCase(getMunicipality, ctx, {
      municipality: requireHomeMunicipality(ctx.actor),
    });
    return <ImportPage municipality={municipality} form={form} report={report} maxBytes={maxBytes} />;
  }

  pageRoute(app, deps, 'GET', '/politiske-sager/importer', (ctx) => importPage(ctx, emptyForm), WRITERS);

  pageRoute(
    app,
    deps,
    'POST',
    '/politiske-sager/importer',
    async (ctx, request, reply) => {
      const file = fileField(request, 'file') ?? pastedFile(request);
      if (!file) {
        reply.status(400);
        return importPage(ctx, fieldError('Vælg en fil med dagsordenspunktet, eller sæt sidens tekst ind'));
      }
      if (file.bytes.length > maxBytes) {
        reply.status(413);
        return importPage(ctx, fieldError(tooLarge));
      }
      try {
        const out = await runUseCase(previewAgendaImport, ctx, {
          municipality: requireHomeMunicipality(ctx.actor),
          files: [{ fileName: file.filename, content: file.bytes }],
        });
        const parsed = out.files[0];
        if (!out.municipality || !parsed)
          throw new AppError('notFound', 'Ikke fundet', 'Kommunen findes ikke.');
        if (parsed.cases.length === 0) {
          reply.status(422);
          return importPage(
            ctx,
            fieldError(
              `Der blev ikke fundet noget dagsordenspunkt i ${file.filename}. Se importrapporten nedenfor.`,
            ),
            { fileName: parsed.fileName, report: parsed.report },
          );
        }
        return (
          <ImportPreviewPage
            municipality={out.municipality}
            file={parsed}
            existing={out.existing}
            corrections={out.corrections}
            remembered={out.remembered}
            pinnedProfileName={out.pinnedProfile?.name ?? null}
            contentBase64={Buffer.from(file.bytes).toString('base64')}
            form={emptyForm}
          />
        );
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'invalidInput') throw err;
        reply.status(400);
        return importPage(ctx, refusedState(err));
      }
    },
    WRITERS,
  );

  /**
   * A refused save: with the file still posted, the preview again with the corrections as posted
   * and the errors at their fields (a problem with the file itself at the form); without it, the
   * upload page with the error at the file field.
   */
  async function refusedSave(ctx: UseCaseContext, request: FastifyRequest, state: FormState) {
    const { fields } = postedForm(request.body);
    const content = Buffer.from(fields.content ?? '', 'base64');
    if (content.length > 0 && content.length <= maxBytes) {
      const out = await runUseCase(previewAgendaImport, ctx, {
        municipality: requireHomeMunicipality(ctx.actor),
        files: [{ fileName: fields.fileName || null, content: new Uint8Array(content) }],
      });
      const parsed = out.files[0];
      if (out.municipality && parsed && parsed.cases.length > 0)
        return (
          <ImportPreviewPage
            municipality={out.municipality}
            file={parsed}
            existing={out.existing}
            corrections={out.corrections}
            remembered={out.remembered}
            pinnedProfileName={out.pinnedProfile?.name ?? null}
            contentBase64={fields.content ?? ''}
            form={{
              values: state.values,
              errors: state.errors.map((e) =>
                e.field.startsWith('corrections.') ? e : { ...e, field: FORM_FIELD },
              ),
            }}
          />
        );
    }
    return importPage(ctx, { values: {}, errors: state.errors.map((e) => ({ ...e, field: 'file' })) });
  }

  formRoute(app, deps, {
    url: '/politiske-sager/importer/gem',
    pageUrl: '/politiske-sager/importer',
    access: politicalCaseWriters,
    useCase: importAgenda,
    page: (ctx, request, state) => (state ? refusedSave(ctx, request, state) : importPage(ctx, emptyForm)),
    toInput: ({ fields, nested }, ctx) => {
      const content = Buffer.from(fields.content ?? '', 'base64');
      if (content.length === 0)
        throw invalidInput('Filen kom ikke med.', [
          { field: 'file', message: 'Filen kom ikke med. Vælg filen igen.' },
        ]);
      if (content.length > maxBytes) throw invalidInput(tooLarge, [{ field: 'file', message: tooLarge }]);
      return {
        municipality: requireHomeMunicipality(ctx.actor),
        files: [{ fileName: fields.fileName || null, content: new Uint8Array(content) }],
        corrections: postedCorrections(nested),
      };
    },
    fieldName: (field) => (field.startsWith('corrections.') ? field : 'file'),
    redirect: (out) => {
      const first = out.outcomes[0];
      return out.outcomes.length === 1 && first
        ? `/politiske-sager/${encodeURIComponent(first.id)}?gemt=1`
        : '/politiske-sager';
    },
  });
}
