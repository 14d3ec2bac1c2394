import { z } from 'zod';
import { DEFAULT_THRESHOLDS } from '../../domain/key-figures/types.ts';
import { DEFAULT_REMINDER_SETTINGS } from '../../domain/reminders/reminder-settings.ts';
import { authorize, may } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { keyFigureWriters } from '../key-figures/access.ts';
import { reminderSettingsReaders, reminderSettingsWriters } from '../reminders/save-reminder-settings.ts';
import { defineUseCase } from '../use-case.ts';
import { municipalityAdmins, municipalReaders } from './access.ts';
import { municipalityCode } from './inputs.ts';

/**
 * The municipality's settings: name, supervising unit, accounts URL, committee abbreviations, the
 * key-figure flag thresholds (stored, else the defaults) — and whether the viewer may edit them
 * (`can.edit`: the admins of that municipality; `can.editThresholds`: admins and case officers).
 * The reminder settings (stored, else the defaults 21/30/14 days) for admins and case officers
 * only (null for others); `can.editReminders`: the admins.
 */
export const getMunicipality = defineUseCase({
  name: 'getMunicipality',
  summary: 'Vis kommunens oplysninger',
  mutates: false,
  access: municipalReaders,
  input: z.object({ municipality: municipalityCode }),
  async run(ctx, input) {
    authorize(ctx.actor, municipalReaders, { municipality: input.municipality });
    return ctx.uow.read(async (s) => {
      const municipality = await s.registry.getMunicipality(input.municipality);
      if (!municipality) throw notFound('Kommunen');
      // The version an edit of the settings is based on (optimistic concurrency).
      const version =
        (await s.registry.versionsOf('municipality', [municipality.code])).get(municipality.code) ?? 1;
      const keyFigureThresholds = (await s.keyFigures.thresholds(municipality.code)) ?? DEFAULT_THRESHOLDS;
      const scope = { municipality: municipality.code };
      const reminderSettings = may(ctx.actor, reminderSettingsReaders, scope)
        ? ((await s.reminders.settings(municipality.code)) ?? DEFAULT_REMINDER_SETTINGS)
        : null;
      const can = {
        edit: may(ctx.actor, municipalityAdmins, scope),
        editThresholds: may(ctx.actor, keyFigureWriters, scope),
        editReminders: may(ctx.actor, reminderSettingsWriters, scope),
      };
      return { ...municipality, version, keyFigureThresholds, reminderSettings, can };
    });
  },
});
