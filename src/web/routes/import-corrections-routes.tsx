/**
 * Huskede rettelser (/politiske-sager/importer/rettelser): the municipality's remembered import
 * corrections, the form that forgets one, and the form that pins (or clears) its layout profile. Registered inside the political-case pages' scope.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { politicalCaseWriters } from '../../app/political-cases/access.ts';
import { listImportCorrections } from '../../app/political-cases/list-import-corrections.ts';
import { pinLayoutProfile } from '../../app/political-cases/pin-layout-profile.ts';
import { removeImportCorrection } from '../../app/political-cases/remove-import-correction.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { emptyForm, type FormState } from '../components/form.tsx';
import { formRoute } from '../form-route.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { pageRoute } from '../page-route.ts';
import { DETECT_PROFILE, ImportCorrectionsPage } from '../pages/political-cases/import-corrections-page.tsx';

const LIST_URL = '/politiske-sager/importer/rettelser';
const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';

async function listPage(ctx: UseCaseContext, form: FormState, removed: boolean, profileSaved = false) {
  const out = await runUseCase(listImportCorrections, ctx, {
    municipality: requireHomeMunicipality(ctx.actor),
  });
  return (
    <ImportCorrectionsPage
      municipality={out.municipality}
      corrections={out.corrections}
      pinnedProfile={out.pinnedProfile}
      profiles={out.profiles}
      can={out.can}
      form={form}
      removed={removed}
      profileSaved={profileSaved}
    />
  );
}

export function registerImportCorrections(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    LIST_URL,
    (ctx, request) => {
      const query = request.query as Record<string, unknown>;
      return listPage(ctx, emptyForm, query.glemt === '1', query.profil === '1');
    },
    { access: politicalCaseWriters },
  );

  formRoute(app, deps, {
    url: `${LIST_URL}/:id/fjern`,
    pageUrl: LIST_URL,
    access: politicalCaseWriters,
    useCase: removeImportCorrection,
    toInput: (_form, ctx, request) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      id: param(request, 'id'),
    }),
    page: (ctx, _request, state) => listPage(ctx, state ?? emptyForm, false),
    redirect: () => `${LIST_URL}?glemt=1`,
  });

  formRoute(app, deps, {
    url: `${LIST_URL}/profil`,
    pageUrl: LIST_URL,
    access: politicalCaseWriters,
    useCase: pinLayoutProfile,
    toInput: ({ fields }, ctx) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      layoutProfile:
        fields.layoutProfile === DETECT_PROFILE || fields.layoutProfile === undefined
          ? null
          : fields.layoutProfile,
    }),
    page: (ctx, _request, state) => listPage(ctx, state ?? emptyForm, false),
    redirect: () => `${LIST_URL}?profil=1#profile-heading`,
  });
}
