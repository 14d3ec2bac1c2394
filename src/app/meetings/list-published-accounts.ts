import { z } from 'zod';
import { notFound } from '../app-error.ts';
import { loadObligationsOfYears } from '../governance/load-obligations.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { refuseIfSuspendedMunicipality } from '../tenancy/suspended-municipality.ts';
import { defineUseCase } from '../use-case.ts';
import { accountYearOf } from './meeting-changes.ts';

/**
 * The municipality's public index of accounts by steering year, newest first — every year from
 * the first published account on, also one without accounts — each year with the
 * sentence "Styringsdialogmøde afholdt med X af Y boligorganisationer" (X: organisations with a
 * published account of that year's dialogue meeting; Y: organisations with the obligation).
 */
export const listPublishedAccounts = defineUseCase({
  name: 'listPublishedAccounts',
  summary: 'Vis kommunens offentliggjorte redegørelser pr. år',
  mutates: false,
  access: { public: true },
  input: z.object({ municipality: municipalityCode }),
  async run(ctx, input) {
    return ctx.uow.read(async (s) => {
      const municipality = await s.registry.getMunicipality(input.municipality);
      if (!municipality) throw notFound('Kommunen');
      await refuseIfSuspendedMunicipality(s, input.municipality);
      const latest = await s.meetings.latestPublishedVersions(input.municipality);
      const withdrawals = await s.meetings.listWithdrawals(input.municipality);
      const published = (await s.meetings.listPublished(input.municipality)).filter((m) => latest.has(m.id));
      const byYear = new Map<number, typeof published>();
      for (const m of published) {
        // A theme meeting under the year it was held (meeting-changes.ts).
        const year = accountYearOf(m);
        byYear.set(year, [...(byYear.get(year) ?? []), m]);
      }
      const years = [];
      // Every steering year from the first published account to the newest, newest first: a year
      // without any account is shown too (coverage 0 of N), not silently left out.
      const known = [...byYear.keys()];
      const first = Math.min(...known);
      const last = Math.max(...known);
      const allYears = known.length === 0 ? [] : Array.from({ length: last - first + 1 }, (_, i) => last - i);
      const obligationsOf = await loadObligationsOfYears(s, input.municipality, allYears);
      for (const year of allYears) {
        const meetings = byYear.get(year) ?? [];
        const obligations = obligationsOf.get(year) ?? [];
        const total = new Set(
          obligations
            .filter((o) => o.kind === 'dialogueMeeting' && o.organisation)
            .map((o) => o.organisation?.id),
        ).size;
        const covered = new Set(
          meetings
            .filter((m) => m.kind === 'dialogueMeeting' && m.organisationId)
            .map((m) => m.organisationId),
        ).size;
        const accounts = [];
        for (const m of meetings) {
          const shown = latest.get(m.id);
          if (shown) {
            const account = shown.account;
            accounts.push({
              meetingId: account.meetingId,
              title: account.title,
              organisation: account.organisation?.name ?? null,
              heldOn: account.heldOn,
              publishedOn: account.publishedOn,
              version: shown.version,
              path: account.path,
              withdrawn: withdrawals.get(m.id)?.find((w) => w.version === shown.version)?.on ?? null,
            });
          }
        }
        years.push({
          year,
          held: covered,
          total,
          coverage: `Styringsdialogmøde afholdt med ${covered} af ${total} boligorganisationer`,
          accounts,
        });
      }
      return { municipality: { code: municipality.code, name: municipality.name }, years };
    });
  },
});
