import { z } from 'zod';
import { notFound } from '../app-error.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { accountOf } from './public-accounts.ts';

/**
 * The public account (redegørelse) of one meeting: minutes, both assessments and the agreements,
 * without contact data (publication.ts redacts it). Only published meetings; anything else is
 * "not found" for everyone, logged in or not.
 */
export const getPublishedAccount = defineUseCase({
  name: 'getPublishedAccount',
  summary: 'Vis en offentliggjort redegørelse for et styringsdialogmøde',
  mutates: false,
  access: { public: true },
  input: z.object({ municipality: municipalityCode, id: entityId }),
  async run(ctx, input) {
    return ctx.uow.read(async (s) => {
      const meeting = await s.meetings.getMeeting(input.municipality, input.id);
      if (!meeting || meeting.publishedOn === null) throw notFound('Redegørelsen');
      const account = await accountOf(s, meeting);
      if (!account) throw notFound('Redegørelsen');
      return { account };
    });
  },
});
