/**
 * The municipality's links to its accessibility statement and privacy notice, shown in every
 * page footer. Webtilgængelighedsloven (lov nr. 692 af 08/06/2018) § 3 obliges a public body to
 * publish an accessibility statement, made with Digitaliseringsstyrelsen's WAS-Tool; GDPR art. 13
 * obliges the controller (the municipality) to inform the people whose data it processes.
 * Empty: the built-in pages (/tilgaengelighed, /privatliv) are linked instead.
 */
import { z } from 'zod';
import { authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { changedFields } from '../audit-diff.ts';
import { defineUseCase } from '../use-case.ts';
import { municipalityAdmins } from './access.ts';
import { municipalityCode } from './inputs.ts';
import { staleWrite, versionInput } from './stale-write.ts';

/** An http(s) address of at most 500 characters, or empty for "use the built-in page". */
function noticeUrl(what: string) {
  return z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v),
    z
      .url({
        protocol: /^https?$/,
        hostname: z.regexes.domain,
        message: `${what} skal være en webadresse, der begynder med https:// eller http://, fx https://www.kommune.dk/…`,
      })
      .max(500, { message: `${what} må højst være 500 tegn` })
      .nullable(),
  );
}

export const municipalityNoticesSchema = z.object({
  accessibilityStatementUrl: noticeUrl('Adressen til tilgængelighedserklæringen').optional().default(null),
  privacyNoticeUrl: noticeUrl('Adressen til privatlivspolitikken').optional().default(null),
});

export const updateMunicipalityNotices = defineUseCase({
  name: 'updateMunicipalityNotices',
  summary: 'Ret kommunens links til tilgængelighedserklæring og privatlivspolitik',
  mutates: true,
  access: municipalityAdmins,
  input: z.object({
    municipality: municipalityCode,
    version: versionInput,
    notices: municipalityNoticesSchema,
  }),
  async run(ctx, input) {
    authorize(ctx.actor, municipalityAdmins, { municipality: input.municipality });
    return ctx.uow.write(async (s) => {
      const before = await s.registry.getMunicipality(input.municipality);
      if (!before) throw notFound('Kommunen');
      const after = {
        accessibilityStatementUrl: input.notices.accessibilityStatementUrl ?? null,
        privacyNoticeUrl: input.notices.privacyNoticeUrl ?? null,
      };
      if (!(await s.registry.saveMunicipalityNotices(input.municipality, after, input.version)))
        throw staleWrite('Kommunen');
      await s.audit.append({
        municipality: input.municipality,
        action: 'update',
        entity: 'municipality',
        entityId: before.code,
        ...changedFields(
          {
            accessibilityStatementUrl: before.accessibilityStatementUrl ?? null,
            privacyNoticeUrl: before.privacyNoticeUrl ?? null,
          },
          after,
        ),
      });
      return { ...after, version: input.version + 1 };
    });
  },
});
