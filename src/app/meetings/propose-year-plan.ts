import { z } from 'zod';
import { type BusyEntry, participantKey, proposeMeetingDates } from '../../domain/meetings/index.ts';
import { authorize } from '../actor.ts';
import { loadObligations } from '../governance/load-obligations.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners } from './access.ts';
import { yearInput } from './inputs.ts';
import { participantsFor, plannerOf } from './meeting-setup.ts';

/**
 * "Planlæg året": a proposed date and time for each meeting obligation of the year that has no
 * meeting yet, on working days inside the rule's window, avoiding the people's existing meetings.
 * A proposal only: nothing is stored until confirmYearPlan. Each obligation's people are those
 * its meeting would invite (meeting-setup.ts participantsFor), a theme meeting's included.
 */
export const proposeYearPlan = defineUseCase({
  name: 'proposeYearPlan',
  summary: 'Foreslå datoer til årets møder (Planlæg året)',
  mutates: false,
  access: meetingPlanners,
  input: z.object({ municipality: municipalityCode, year: yearInput }),
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    return ctx.uow.read(async (s) => {
      const { municipality, obligations } = await loadObligations(s, input.municipality, input.year);
      const people = await s.registry.listPersons(input.municipality);
      const meetings = await s.meetings.listMeetings(input.municipality);
      const live = meetings.filter((m) => m.status !== 'cancelled');
      const planned = new Set(live.flatMap((m) => m.obligationIds));
      const open = obligations.filter((o) => o.kind !== 'documentationPackage' && !planned.has(o.id));
      const busy: BusyEntry[] = live.flatMap((m) =>
        m.date === null
          ? []
          : m.participants.map((p) => ({
              personKey: participantKey(p),
              date: m.date as string,
              startTime: m.startTime,
              endTime: m.endTime,
            })),
      );
      // The same people booking the meeting invites (participantsFor; a theme meeting's own rule),
      // so a proposed slot is one confirmYearPlan accepts.
      const planner = await plannerOf(s, ctx.actor, input.municipality);
      const participantsByObligation = Object.fromEntries(
        await Promise.all(
          open.map(async (o) => [
            o.id,
            (await participantsFor(s, municipality, people, o, `${input.year}-09-01`, planner)).map(
              participantKey,
            ),
          ]),
        ),
      );
      // No proposals in the past: from tomorrow when planning the current year.
      const notBefore = ctx.today >= `${input.year}-01-01` ? ctx.today : null;
      const plan = proposeMeetingDates({
        obligations: open,
        year: input.year,
        existingBusy: busy,
        participantsByObligation,
        notBefore,
      });
      const byId = new Map(obligations.map((o) => [o.id, o]));
      return {
        municipality: { code: municipality.code, name: municipality.name },
        year: input.year,
        meetings: plan.proposals.map((p) => {
          const o = byId.get(p.obligationId);
          return {
            obligationId: p.obligationId,
            kind: o?.kind ?? '',
            label: o?.label ?? '',
            organisation: o?.organisation?.name ?? null,
            organisationId: o?.organisation?.id ?? null,
            date: p.date,
            startTime: p.startTime,
            endTime: p.endTime,
          };
        }),
        unplaced: plan.unplaced.map((u) => ({
          ...u,
          label: byId.get(u.obligationId)?.label ?? '',
          organisation: byId.get(u.obligationId)?.organisation?.name ?? null,
        })),
        // Named as people know them (obligation label, organisation, date), never by internal id.
        alreadyPlanned: obligations
          .filter((o) => planned.has(o.id))
          .map((o) => {
            const meeting = live.find((m) => m.obligationIds.includes(o.id));
            return {
              obligationId: o.id,
              label: o.label,
              organisation: o.organisation?.name ?? null,
              meetingId: meeting?.id ?? null,
              date: meeting?.date ?? null,
            };
          }),
      };
    });
  },
});
