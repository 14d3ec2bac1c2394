/**
 * The municipality's own page: settings for everyone in the municipality, the edit form for admins.
 */
import type { FastifyInstance } from 'fastify';
import { municipalityAdmins, municipalReaders } from '../../app/registry/access.ts';
import { getMunicipality } from '../../app/registry/get-municipality.ts';
import { updateMunicipality } from '../../app/registry/save-municipality.ts';
import { updateMunicipalityNotices } from '../../app/registry/update-municipality-notices.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import type { FormState } from '../components/form.tsx';
import { formStateFromError, handleForm, postedFields } from '../form-data.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { pageRoute } from '../page-route.ts';
import { abbreviationsText, MunicipalityPage } from '../pages/registry/municipality-page.tsx';

/** "MTU = Miljø- og teknikudvalget" lines → { MTU: 'Miljø- og teknikudvalget' }; other lines are kept for the validator. */
export function parseAbbreviations(text: string): Record<string, string> {
  const table: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const [abbr, ...rest] = line.split('=');
    table[(abbr ?? '').trim()] = rest.join('=').trim();
  }
  return table;
}

async function page(ctx: UseCaseContext, form: FormState | null, noticesForm: FormState | null = null) {
  const municipality = await runUseCase(getMunicipality, ctx, {
    municipality: requireHomeMunicipality(ctx.actor),
  });
  const state =
    form ??
    (municipality.can.edit
      ? {
          values: {
            name: municipality.name,
            supervisingUnit: municipality.supervisingUnit,
            accountsUrl: municipality.accountsUrl ?? '',
            bodyAbbreviations: abbreviationsText(municipality.bodyAbbreviations),
            version: String(municipality.version),
          },
          errors: [],
        }
      : null);
  return (
    <MunicipalityPage
      municipality={municipality}
      form={state}
      noticesForm={
        noticesForm ??
        (state
          ? {
              values: {
                accessibilityStatementUrl: municipality.accessibilityStatementUrl ?? '',
                privacyNoticeUrl: municipality.privacyNoticeUrl ?? '',
              },
              errors: [],
            }
          : null)
      }
      userName={ctx.actor.kind === 'user' ? ctx.actor.name : null}
    />
  );
}

export function registerMunicipalityPages(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(app, deps, 'GET', '/kommune', (ctx) => page(ctx, null), { access: municipalReaders });

  pageRoute(
    app,
    deps,
    'POST',
    '/kommune',
    async (ctx, request, reply) => {
      const flat = postedFields(request.body);
      const { version, ...fields } = flat;
      let stale = false;
      const result = await handleForm(
        () =>
          runUseCase(updateMunicipality, ctx, {
            municipality: requireHomeMunicipality(ctx.actor),
            version,
            settings: { ...fields, bodyAbbreviations: parseAbbreviations(flat.bodyAbbreviations ?? '') },
          }),
        (err) => {
          stale = err.code === 'preconditionFailed';
          const state = formStateFromError(err, flat, 'settings');
          // A problem with one abbreviation belongs to the abbreviations field as a whole.
          const errors = state.errors.map((e) =>
            e.field.startsWith('bodyAbbreviations.') ? { ...e, field: 'bodyAbbreviations' } : e,
          );
          return page(ctx, { ...state, errors });
        },
      );
      if (!result.ok) {
        // 412: someone else saved the settings since the form was opened (the page says so).
        reply.status(stale ? 412 : 422);
        return (await result.page) as never;
      }
      return { redirect: '/kommune' };
    },
    { access: municipalityAdmins },
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/kommune/links',
    async (ctx, request, reply) => {
      const flat = postedFields(request.body);
      const notices = {
        accessibilityStatementUrl: flat.accessibilityStatementUrl ?? '',
        privacyNoticeUrl: flat.privacyNoticeUrl ?? '',
      };
      const result = await handleForm(
        () =>
          runUseCase(updateMunicipalityNotices, ctx, {
            municipality: requireHomeMunicipality(ctx.actor),
            notices,
          }),
        (err) => page(ctx, null, formStateFromError(err, notices, 'notices')),
      );
      if (!result.ok) {
        reply.status(422);
        return (await result.page) as never;
      }
      return { redirect: '/kommune' };
    },
    { access: municipalityAdmins },
  );
}
