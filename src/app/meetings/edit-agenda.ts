import { z } from 'zod';
import {
  type AgendaItem,
  addAgendaItem,
  agendaEditable,
  moveAgendaItem,
  removeAgendaItem,
} from '../../domain/meetings/index.ts';
import { authorize } from '../actor.ts';
import { AppError, invalidInput } from '../app-error.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners, readableMeeting } from './access.ts';
import { checkVersion, saveMeeting } from './meeting-changes.ts';

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
  input: z.object({
    municipality: municipalityCode,
    id: entityId,
    version: z.coerce.number().int().min(1).optional(),
    edit: editSchema,
  }),
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    return ctx.uow.write(async (s) => {
      const meeting = await readableMeeting(s, ctx.actor, input.municipality, input.id);
      checkVersion(meeting, input.version);
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
      const agenda: AgendaItem[] = result.agenda;
      return { meeting: await saveMeeting(s, meeting, { ...meeting, agenda }, 'editAgenda') };
    });
  },
});
