/**
 * The municipality's own page: settings for everyone in the municipality, the edit form for admins.
 */
import type { FastifyInstance } from 'fastify';
import { keyFigureWriters } from '../../app/key-figures/access.ts';
import { saveKeyFigureThresholds } from '../../app/key-figures/save-key-figure-thresholds.ts';
import { municipalityAdmins, municipalReaders } from '../../app/registry/access.ts';
import { getMunicipality } from '../../app/registry/get-municipality.ts';
import { updateMunicipality } from '../../app/registry/save-municipality.ts';
import { updateMunicipalityNotices } from '../../app/registry/update-municipality-notices.ts';
import { reminderSettingsWriters, saveReminderSettings } from '../../app/reminders/save-reminder-settings.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import type { FormState } from '../components/form.tsx';
import { formRoute, withoutPrefix } from '../form-route.ts';
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

/** The page with the settings, notices, thresholds and reminders forms, each filled from storage unless given. */
async function page(
  ctx: UseCaseContext,
  form: FormState | null,
  noticesForm: FormState | null = null,
  thresholdsForm: FormState | null = null,
  remindersForm: FormState | null = null,
) {
  const municipality = await runUseCase(getMunicipality, ctx, {
    municipality: requireHomeMunicipality(ctx.actor),
  });
  const version = String(municipality.version);
  const editable = municipality.can.edit;
  return (
    <MunicipalityPage
      municipality={municipality}
      form={
        form ??
        (editable
          ? {
              values: {
                name: municipality.name,
                supervisingUnit: municipality.supervisingUnit,
                accountsUrl: municipality.accountsUrl ?? '',
                bodyAbbreviations: abbreviationsText(municipality.bodyAbbreviations),
                version,
              },
              errors: [],
            }
          : null)
      }
      noticesForm={
        noticesForm ??
        (editable
          ? {
              values: {
                accessibilityStatementUrl: municipality.accessibilityStatementUrl ?? '',
                privacyNoticeUrl: municipality.privacyNoticeUrl ?? '',
                version,
              },
              errors: [],
            }
          : null)
      }
      thresholdsForm={
        thresholdsForm ??
        (municipality.can.editThresholds
          ? {
              values: {
                efficiencyBelow: formatPercent(municipality.keyFigureThresholds.efficiencyBelow),
                vacancyAbove: formatPercent(municipality.keyFigureThresholds.vacancyAbove),
              },
              errors: [],
            }
          : null)
      }
      remindersForm={
        remindersForm ??
        (municipality.can.editReminders && municipality.reminderSettings
          ? {
              values: {
                packageDaysBefore: String(municipality.reminderSettings.packageDaysBefore),
                accountDaysAfter: String(municipality.reminderSettings.accountDaysAfter),
                agreementDaysAhead: String(municipality.reminderSettings.agreementDaysAhead),
              },
              errors: [],
            }
          : null)
      }
      userName={ctx.actor.kind === 'user' ? ctx.actor.name : null}
    />
  );
}

/** A percentage as typed in Danish: decimal comma. */
const formatPercent = (n: number) => String(n).replace('.', ',');
/** "0,5" → "0.5" for the use case; empty → missing (not 0), so its Danish message names the field. */
const percentField = (text: string | undefined) => text?.trim().replace(',', '.') || undefined;

/** A typed number of days; empty → missing (not 0), so its Danish message names the field. */
const daysField = (text: string | undefined) => text?.trim() || undefined;

/** `settings.name` → `name`; a problem with one abbreviation belongs to the abbreviations field. */
function settingsField(field: string): string {
  const name = withoutPrefix('settings')(field);
  return name.startsWith('bodyAbbreviations.') ? 'bodyAbbreviations' : name;
}

export function registerMunicipalityPages(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(app, deps, 'GET', '/kommune', (ctx) => page(ctx, null), { access: municipalReaders });

  formRoute(app, deps, {
    url: '/kommune',
    pageUrl: '/kommune',
    access: municipalityAdmins,
    useCase: updateMunicipality,
    toInput: ({ fields: { version, ...fields } }, ctx) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      version,
      settings: { ...fields, bodyAbbreviations: parseAbbreviations(fields.bodyAbbreviations ?? '') },
    }),
    page: (ctx, _request, state) => page(ctx, state),
    redirect: () => '/kommune',
    fieldName: settingsField,
  });

  formRoute(app, deps, {
    url: '/kommune/links',
    pageUrl: '/kommune',
    access: municipalityAdmins,
    useCase: updateMunicipalityNotices,
    toInput: ({ fields }, ctx) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      version: fields.version,
      notices: {
        accessibilityStatementUrl: fields.accessibilityStatementUrl ?? '',
        privacyNoticeUrl: fields.privacyNoticeUrl ?? '',
      },
    }),
    page: (ctx, _request, state) => page(ctx, null, state),
    redirect: () => '/kommune',
    fieldName: withoutPrefix('notices'),
  });

  formRoute(app, deps, {
    url: '/kommune/noegletalsgraenser',
    pageUrl: '/kommune',
    access: keyFigureWriters,
    useCase: saveKeyFigureThresholds,
    toInput: ({ fields }, ctx) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      efficiencyBelow: percentField(fields.efficiencyBelow),
      vacancyAbove: percentField(fields.vacancyAbove),
    }),
    page: (ctx, _request, state) => page(ctx, null, null, state),
    redirect: () => '/kommune',
  });

  // The reminder rules' days (issue 13, point 8): the admins; audited by the use case.
  formRoute(app, deps, {
    url: '/kommune/paamindelser',
    pageUrl: '/kommune',
    access: reminderSettingsWriters,
    useCase: saveReminderSettings,
    toInput: ({ fields }, ctx) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      packageDaysBefore: daysField(fields.packageDaysBefore),
      accountDaysAfter: daysField(fields.accountDaysAfter),
      agreementDaysAhead: daysField(fields.agreementDaysAhead),
    }),
    page: (ctx, _request, state) => page(ctx, null, null, null, state),
    redirect: () => '/kommune',
  });
}
