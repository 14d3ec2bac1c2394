/**
 * The municipality's reminder settings (the N days of the reminder rules): a municipal setting,
 * not law — almenboligloven § 164, stk. 2 sets no number of days for publishing the account
 * (domain/reminders/reminder-settings.ts). Administrators set them on /kommune or with the CLI
 * `reminders settings`; case officers read them there.
 */
import { reminderSettingsSchema } from '../../domain/reminders/reminder-settings.ts';
import { type AccessPolicy, authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';

export const reminderSettingsWriters: AccessPolicy = { roles: ['admin'] };
/** Who reads them (on /kommune): the administration whose tasks they time — admins and case officers. */
export const reminderSettingsReaders: AccessPolicy = { roles: ['admin', 'caseOfficer'] };

export const saveReminderSettings = defineUseCase({
  name: 'saveReminderSettings',
  summary: 'Sæt kommunens frister for påmindelser (dage før møde, efter møde, før aftalefrist)',
  mutates: true,
  access: reminderSettingsWriters,
  input: reminderSettingsSchema.extend({ municipality: municipalityCode }),
  async run(ctx, input) {
    authorize(ctx.actor, reminderSettingsWriters, { municipality: input.municipality });
    return ctx.uow.write(async (s) => {
      if (!(await s.registry.getMunicipality(input.municipality))) throw notFound('Kommunen');
      const before = await s.reminders.settings(input.municipality);
      const after = {
        packageDaysBefore: input.packageDaysBefore,
        accountDaysAfter: input.accountDaysAfter,
        agreementDaysAhead: input.agreementDaysAhead,
      };
      await s.reminders.saveSettings(input.municipality, after);
      await s.audit.append({
        municipality: input.municipality,
        action: 'reminderSettings.save',
        entity: 'reminderSetting',
        entityId: input.municipality,
        before: before ? { ...before } : null,
        after: { ...after },
      });
      return after;
    });
  },
});
