import { z } from 'zod';
import {
  addAgendaItem,
  agendaEditable,
  moveAgendaItem,
  removeAgendaItem,
} from '../../domain/meetings/index.ts';
import { AppError, invalidInput } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners } from './access.ts';
import { meetingRef } from './inputs.ts';
import { stepMeeting } from './step-meeting.ts';

const editSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('add'),
    title: z.string().trim().min(1, { message: 'Punktets titel mangler' }).max(300),
    description: z.string().trim().max(4000).default(''),
  }),
  z.object({ type: z.literal('remove'), itemId: z.string().min(1) }),
  z.object({ type: z.literal('move'), itemId: z.string().min(1), toIndex: z.coerce.number().int().min(0) }),
]);

/** Adds, removes or moves an agenda item before the meeting is held. */
export const editAgenda = defineUseCase({
  name: 'editAgenda',
  summary: 'Ret mødets dagsorden (tilføj, fjern eller flyt et punkt)',
  mutates: true,
  access: meetingPlanners,
  input: z.object({ ...meetingRef, edit: editSchema }),
  run: (ctx, input) =>
    stepMeeting(ctx, input, { access: meetingPlanners, action: 'editAgenda' }, async ({ meeting, save }) => {
      if (!agendaEditable(meeting)) {
        throw new AppError(
          'invalidTransition',
          'Ikke muligt i mødets nuværende trin',
          'Dagsordenen kan kun ændres, før mødet er afholdt',
        );
      }
      const e = input.edit;
      const result =
        e.type === 'add'
          ? addAgendaItem(meeting.agenda, { title: e.title, description: e.description, kind: 'other' })
          : e.type === 'remove'
            ? removeAgendaItem(meeting.agenda, e.itemId)
            : moveAgendaItem(meeting.agenda, e.itemId, e.toIndex);
      if (!result.ok) throw invalidInput(result.message, [{ field: 'edit', message: result.message }]);
      return { meeting: await save({ ...meeting, agenda: result.agenda }) };
    }),
});
