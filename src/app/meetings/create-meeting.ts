import { z } from 'zod';
import { clashMessage, type Meeting, slotClash, slotLabel } from '../../domain/meetings/index.ts';
import { parseObligationId } from '../../domain/obligations/obligation-id.ts';
import { danishDate, type IsoDate } from '../../domain/shared/iso-date.ts';
import { typeMessage } from '../../domain/shared/type-message.ts';
import { type Actor, authorize } from '../actor.ts';
import { AppError, type FieldError, invalidInput } from '../app-error.ts';
import { loadObligations } from '../governance/load-obligations.ts';
import type { Store } from '../ports.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event.ts';
import { meetingEvent } from '../webhooks/webhook-events.ts';
import { meetingPlanners } from './access.ts';
import { clockTimeInput, isoDateInput } from './inputs.ts';
import { meetingForAudit, meetingYear } from './meeting-changes.ts';
import { buildMeeting, type PlannedMeetingInput, plannerOf } from './meeting-setup.ts';

export const plannedMeetingSchema = z
  .object({
    obligationId: z.string(typeMessage('Forpligtelsen mangler')).min(1, { message: 'Forpligtelsen mangler' }),
    date: isoDateInput('Datoen').nullable().default(null),
    startTime: clockTimeInput('Starttidspunktet').nullable().default(null),
    endTime: clockTimeInput('Sluttidspunktet').nullable().default(null),
    location: z.string().trim().max(300).default(''),
    title: z.string().trim().max(300).nullable().default(null),
  })
  .refine((m) => m.startTime === null || m.endTime === null || m.endTime > m.startTime, {
    message: 'Sluttidspunktet skal ligge efter starttidspunktet',
    path: ['endTime'],
  });

/**
 * Creates meetings for obligations (one each); refuses an obligation that already has a meeting
 * and a slot that clashes with another meeting of one of its people (slotClash).
 *
 * With `rowField` (the year plan), every row is checked before the refusal and each problem is
 * a field error at its row (`rowField(index)`: "which slot collides with which meeting"), so a
 * plan with clashes — or the same plan sent again from the back button — is refused as a whole
 * with a warning at every row concerned, and nothing is booked (the transaction rolls back).
 */
export async function createMeetings(
  s: Store,
  municipalityCode: string,
  planned: readonly PlannedMeetingInput[],
  today: IsoDate,
  /** Who plans them: a theme meeting invites the planning case officer (meeting-setup.ts). */
  actor: Actor | null = null,
  rowField?: (index: number) => string,
): Promise<Meeting[]> {
  const planner = actor ? await plannerOf(s, actor, municipalityCode) : null;
  const byYear = new Map<number, { p: PlannedMeetingInput; index: number }[]>();
  for (const [index, p] of planned.entries()) {
    const parts = parseObligationId(p.obligationId);
    if (!parts || parts.municipality !== municipalityCode) {
      throw invalidInput('Forpligtelsen findes ikke.', [
        { field: 'obligationId', message: `Ukendt forpligtelse: ${p.obligationId}` },
      ]);
    }
    // An election-period obligation ("2026-2029") is derived in each of its years: take the first.
    const year = Number(parts.periodLabel.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), { p, index }]);
  }
  const existing = (await s.meetings.listMeetings(municipalityCode)).filter((m) => m.status !== 'cancelled');
  const created: Meeting[] = [];
  const rowProblems: FieldError[] = [];
  for (const [year, inYear] of byYear) {
    const { municipality, obligations } = await loadObligations(s, municipalityCode, year);
    for (const { p, index } of inYear) {
      const obligation = obligations.find((o) => o.id === p.obligationId);
      if (!obligation) {
        throw invalidInput('Forpligtelsen findes ikke.', [
          { field: 'obligationId', message: `Ukendt forpligtelse: ${p.obligationId}` },
        ]);
      }
      if (obligation.kind === 'documentationPackage') {
        throw invalidInput('En dokumentationspakke er ikke et møde.', [
          { field: 'obligationId', message: 'Vælg en mødeforpligtelse' },
        ]);
      }
      const earlier = [...existing, ...created].find((m) => m.obligationIds.includes(obligation.id));
      if (earlier) {
        const detail = `Der er allerede planlagt et møde for ${obligation.label}${obligation.organisation ? ` med ${obligation.organisation.name}` : ''}${earlier.date ? ` (${slotLabel(earlier)})` : ''}.`;
        if (!rowField) throw new AppError('conflict', 'Mødet findes allerede', detail);
        rowProblems.push({ field: rowField(index), message: `${detail} Det oprettes ikke igen.` });
        continue;
      }
      const meeting = await buildMeeting(s, municipality, obligation, p, today, planner);
      const clash = slotClash(meeting, [...existing, ...created]);
      if (clash) {
        if (!rowField) {
          throw new AppError(
            'conflict',
            'Tidspunktet er optaget',
            `${clash.person} skal allerede deltage i »${clash.meeting.title}« ${clash.meeting.date ? danishDate(clash.meeting.date) : ''}${clash.meeting.startTime ? ` kl. ${clash.meeting.startTime}` : ''}. Vælg et andet tidspunkt.`,
          );
        }
        const inPlan = created.some((m) => m.id === clash.meeting.id);
        rowProblems.push({ field: rowField(index), message: clashMessage(meeting, clash, inPlan) });
        continue;
      }
      await s.meetings.insertMeeting(meeting, meetingYear(meeting));
      await s.audit.append({
        municipality: municipalityCode,
        action: 'create',
        entity: 'meeting',
        entityId: meeting.id,
        before: null,
        after: { ...meetingForAudit(meeting), obligationIds: meeting.obligationIds, title: meeting.title },
      });
      await emitWebhookEvent(s, meetingEvent('meeting.planned', meeting));
      created.push(meeting);
    }
  }
  if (rowProblems.length > 0) {
    // Thrown after every row was checked: the transaction rolls back what was inserted meanwhile.
    throw new AppError(
      'conflict',
      'Planen er ikke bekræftet',
      rowProblems.length === 1
        ? 'Et møde i planen falder sammen med et andet eller findes allerede. Intet er oprettet.'
        : `${rowProblems.length} møder i planen falder sammen med andre eller findes allerede. Intet er oprettet.`,
      rowProblems,
    );
  }
  return created;
}

/** Creates one meeting by hand for an obligation (a meeting always belongs to an obligation). */
export const createMeeting = defineUseCase({
  name: 'createMeeting',
  summary: 'Opret et møde for en forpligtelse',
  mutates: true,
  access: meetingPlanners,
  input: z.object({ municipality: municipalityCode, meeting: plannedMeetingSchema }),
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    return ctx.uow.write(async (s) => {
      const [meeting] = await createMeetings(s, input.municipality, [input.meeting], ctx.today, ctx.actor);
      return { meeting: meeting as Meeting };
    });
  },
});
