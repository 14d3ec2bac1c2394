/**
 * The onboarding pages of a municipality's administrator (/opstart, issue 17 #2): the checklist,
 * the registry import (multipart upload into the existing importRegistry use case) and the
 * model from a template (adoptModelFromTemplate).
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../app/app-error.ts';
import { modelAdmins } from '../../app/governance/access.ts';
import { adoptModelFromTemplate } from '../../app/governance/adopt-model-from-template.ts';
import { municipalityAdmins } from '../../app/registry/access.ts';
import { importRegistry } from '../../app/registry/import-registry.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { getOnboarding } from '../../app/tenancy/get-onboarding.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import type { FormState } from '../components/form.tsx';
import { formRoute, withoutPrefix } from '../form-route.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { acceptMultipartForms, type MultipartBody } from '../multipart-form.ts';
import { pageRoute } from '../page-route.ts';
import { OnboardingPage } from '../pages/tenancy/onboarding-page.tsx';

async function onboardingPage(
  ctx: UseCaseContext,
  extra: {
    modelForm?: FormState | null;
    importResult?: string;
    importProblems?: { field: string; message: string }[];
  } = {},
) {
  const out = await runUseCase(getOnboarding, ctx, { municipality: requireHomeMunicipality(ctx.actor) });
  const year = Number(ctx.today.slice(0, 4)) + 1;
  return (
    <OnboardingPage
      {...out}
      year={year}
      modelForm={extra.modelForm ?? { values: { body: 'Kommunalbestyrelsen' }, errors: [] }}
      importResult={extra.importResult ?? null}
      importProblems={extra.importProblems ?? []}
    />
  );
}

export async function registerOnboardingPages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  // Encapsulated, so the multipart reader applies to these routes only (the registry upload).
  await app.register(async (scope) => {
    acceptMultipartForms(scope);
    pageRoute(scope, deps, 'GET', '/opstart', (ctx) => onboardingPage(ctx), { access: municipalityAdmins });

    pageRoute(
      scope,
      deps,
      'POST',
      '/opstart/register',
      async (ctx, request, reply) => {
        const body = (request.body ?? {}) as MultipartBody;
        const file = body.file;
        if (typeof file !== 'object' || file.filename === '' || file.bytes.length === 0) {
          reply.status(422);
          return onboardingPage(ctx, {
            importProblems: [{ field: 'Filen', message: 'Vælg en CSV-fil med registeret' }],
          });
        }
        try {
          const out = await runUseCase(importRegistry, ctx, {
            municipality: requireHomeMunicipality(ctx.actor),
            file: file.bytes,
            fileName: file.filename,
          });
          const c = out.created;
          return onboardingPage(ctx, {
            importResult: `Registeret er indlæst: ${c.organisations} boligorganisationer, ${c.departments} afdelinger og ${c.persons} personer oprettet.`,
          });
        } catch (err) {
          if (!(err instanceof AppError) || !['invalidInput', 'ruleViolation'].includes(err.code)) throw err;
          reply.status(422);
          return onboardingPage(ctx, {
            importProblems:
              err.fieldErrors.length > 0 ? err.fieldErrors : [{ field: 'Filen', message: err.detail }],
          });
        }
      },
      { access: modelAdmins },
    );

    formRoute(scope, deps, {
      url: '/opstart/styringsmodel',
      pageUrl: '/opstart',
      access: modelAdmins,
      useCase: adoptModelFromTemplate,
      toInput: ({ fields }, ctx) => ({
        municipality: requireHomeMunicipality(ctx.actor),
        templateId: fields.templateId ?? '',
        validFrom: fields.validFrom,
        decision: {
          body: fields.body,
          decisionDate: fields.decisionDate,
          caseNumber: fields.caseNumber,
          text: fields.text,
        },
      }),
      page: (ctx, _request, state) => onboardingPage(ctx, { modelForm: state }),
      redirect: () => '/opstart#model-heading',
      fieldName: withoutPrefix('decision'),
    });
  });
}
