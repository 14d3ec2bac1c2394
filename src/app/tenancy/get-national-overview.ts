/**
 * The operator's page (national administrator): every municipality of the installation with its
 * status (suspended, has an administrator, has a model) and the national picture of the steering
 * year — the dialogue held with X of Y organisations and accounts published on time, built from
 * published accounts only (domain/tenancy/national-picture.ts). No municipality's unpublished
 * material is read into the answer.
 */
import { z } from 'zod';
import { DANISH_MUNICIPALITIES } from '../../domain/registry/municipality-codes.ts';
import { nationalPictureRow } from '../../domain/tenancy/national-picture.ts';
import { authorize } from '../actor.ts';
import { loadObligations } from '../governance/load-obligations.ts';
import { steeringYearOf } from '../meetings/meeting-changes.ts';
import { defineUseCase } from '../use-case.ts';
import { INSTALLATION, nationalAdmins } from './access.ts';

export const getNationalOverview = defineUseCase({
  name: 'getNationalOverview',
  summary: 'Vis alle kommuner og det nationale billede',
  mutates: false,
  access: nationalAdmins,
  input: z.object({
    year: z.coerce.number().int().min(2010).max(2100).optional(),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, nationalAdmins, INSTALLATION);
    const year = input.year ?? Number(ctx.today.slice(0, 4));
    return ctx.uow.read(async (s) => {
      const municipalities = await s.registry.listMunicipalities();
      const rows = [];
      for (const m of municipalities) {
        const { obligations } = await loadObligations(s, m.code, year);
        const latest = await s.meetings.latestPublishedVersions(m.code);
        const accounts = (await s.meetings.listPublished(m.code))
          .filter((meeting) => meeting.kind === 'dialogueMeeting' && meeting.organisationId)
          .filter((meeting) => steeringYearOf(meeting) === year)
          .flatMap((meeting) => {
            const shown = latest.get(meeting.id);
            return shown?.account.publishedOn && meeting.organisationId
              ? [{ organisationId: meeting.organisationId, publishedOn: shown.account.publishedOn }]
              : [];
          });
        const picture = nationalPictureRow(
          obligations.flatMap((o) =>
            o.kind === 'dialogueMeeting' && o.organisation
              ? [{ organisationId: o.organisation.id, dueBy: o.dueBy }]
              : [],
          ),
          accounts,
        );
        const users = await s.auth.listUsers(m.code);
        const grants = await s.auth.listGrants(users.map((u) => u.id));
        const models = await s.governance.listModelVersions(m.code);
        rows.push({
          code: m.code,
          name: m.name,
          address: m.address ?? null,
          suspension: m.suspension ?? null,
          admins: grants.filter((g) => g.role === 'admin' && g.municipality === m.code).length,
          hasModel: models.length > 0,
          picture,
        });
      }
      const taken = new Set(municipalities.map((m) => m.code));
      return {
        year,
        municipalities: rows,
        /** The official municipalities not yet in the installation (the create form's choices). */
        available: DANISH_MUNICIPALITIES.filter((m) => !taken.has(m.code)),
      };
    });
  },
});
