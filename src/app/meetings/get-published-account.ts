import { z } from 'zod';
import { notFound } from '../app-error.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { refuseIfSuspendedMunicipality } from '../tenancy/suspended-municipality.ts';
import { defineUseCase } from '../use-case.ts';

/**
 * The public account (redegørelse) of one meeting as it was published: the newest published
 * version, or the one asked for (`version`, for the "Tidligere version" links), with the list of
 * all versions and their corrections. Only stored publications are shown — never the meeting's
 * current minutes — so minutes reopened and approved again stay private until published.
 * Anything else is "not found" for everyone, logged in or not. No contact data (publication.ts).
 * A withdrawn version comes with its withdrawal (date and reason).
 */
export const getPublishedAccount = defineUseCase({
  name: 'getPublishedAccount',
  summary: 'Vis en offentliggjort redegørelse for et styringsdialogmøde',
  mutates: false,
  access: { public: true },
  input: z.object({
    municipality: municipalityCode,
    id: entityId,
    version: z.coerce.number({ message: 'Versionen skal være et tal' }).int().min(1).optional(),
  }),
  async run(ctx, input) {
    return ctx.uow.read(async (s) => {
      await refuseIfSuspendedMunicipality(s, input.municipality);
      const versions = await s.meetings.listPublishedVersions(input.municipality, input.id);
      const wanted = input.version ?? versions.at(-1)?.version;
      if (wanted === undefined) throw notFound('Redegørelsen');
      const shown = await s.meetings.getPublishedVersion(input.municipality, input.id, wanted);
      if (!shown) throw notFound('Redegørelsen');
      const withdrawals =
        (await s.meetings.listWithdrawals(input.municipality, input.id)).get(input.id) ?? [];
      const withdrawn = withdrawals.find((w) => w.version === shown.version);
      return {
        /** When and why this version was withdrawn; the page then shows that instead of the text. */
        withdrawal: withdrawn ? { on: withdrawn.on, reason: withdrawn.reason } : null,
        account: shown.account,
        version: shown.version,
        publishedOn: shown.publishedOn,
        correction: shown.correction,
        latest: shown.version === versions.at(-1)?.version,
        versions,
      };
    });
  },
});
