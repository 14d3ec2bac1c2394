/**
 * The personal calendar feed: a secret URL a user subscribes to in their calendar program
 * (METHOD:PUBLISH, no attendees or e-mail addresses in it). Only the token's hash is stored;
 * the feed shows the meetings the user may see, as the user's own access rules decide
 * (meetingAsViewed: an organisation user also gets a joint meeting such as the theme meeting that
 * its organisation takes part in — the same rule as the meeting page — and nothing more).
 * A user has at most one live feed per municipality: making a new one revokes the old at once
 * (renewal, hardening issue 12 #3), and the owner can close it (revoke-calendar-feed.ts).
 */
import { z } from 'zod';
import { calendarFeedIcs } from '../../domain/calendar/index.ts';
import type { Actor } from '../actor.ts';
import { AppError, invalidInput, notFound } from '../app-error.ts';
import { hashSecret, newSecret } from '../auth/secrets.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingAsViewed, meetingReaders, peopleOnce } from './access.ts';
import { linkBaseInput, uidDomainInput } from './inputs.ts';
import { meetingUrl, uidDomainOf } from './invitations.ts';

/** Makes a new feed URL for the logged-in user, retiring the old one; the token is shown once. */
export const createCalendarFeed = defineUseCase({
  name: 'createCalendarFeed',
  summary: 'Opret eller forny min personlige kalenderadresse (den gamle holder op med at virke)',
  mutates: true,
  access: meetingReaders,
  input: z.object({
    municipality: municipalityCode,
    linkBase: linkBaseInput,
    /** For the operator (CLI): whose feed; a user always gets their own. */
    userEmail: z.string().email().optional(),
  }),
  async run(ctx, input) {
    const actor = ctx.actor;
    if (actor.kind === 'public')
      throw new AppError('unauthenticated', 'Log ind', 'Du skal logge ind for at se dette.');
    if (actor.kind === 'user' && !actor.grants.some((g) => g.municipality === input.municipality)) {
      throw notFound('Kommunen');
    }
    const token = newSecret();
    return ctx.uow.write(async (s) => {
      const user =
        actor.kind === 'user'
          ? await s.auth.getUser(actor.id)
          : input.userEmail
            ? await s.auth.findUserByEmail(input.userEmail.toLowerCase())
            : null;
      if (!user)
        throw invalidInput('Angiv brugerens e-mail.', [
          { field: 'userEmail', message: 'Brugeren findes ikke' },
        ]);
      const revoked = await s.auth.revokeCalendarFeeds(user.id, input.municipality, ctx.now ?? new Date());
      await s.meetings.insertFeedToken(hashSecret(token), {
        userId: user.id,
        municipality: input.municipality,
      });
      await s.audit.append({
        municipality: input.municipality,
        action: 'createCalendarFeed',
        entity: 'user',
        entityId: user.id,
        before: revoked > 0 ? { calendarFeed: 'tilbagekaldt' } : null,
        // Never the token itself.
        after: { calendarFeed: revoked > 0 ? 'fornyet' : 'oprettet' },
      });
      return { url: `${input.linkBase.replace(/\/$/, '')}/kalender/${token}.ics` };
    });
  },
});

/** The feed behind a token; an unknown or revoked token is "not found". */
export const getCalendarFeed = defineUseCase({
  name: 'getCalendarFeed',
  summary: 'Hent en personlig kalender (iCalendar) via dens hemmelige adresse',
  mutates: false,
  access: { public: true },
  input: z.object({ token: z.string().min(20).max(200), linkBase: linkBaseInput, uidDomain: uidDomainInput }),
  async run(ctx, input) {
    return ctx.uow.read(async (s) => {
      const feed = await s.meetings.findFeedToken(hashSecret(input.token));
      const user = feed ? await s.auth.getUser(feed.userId) : null;
      if (!feed || !user?.active) throw notFound('Kalenderen');
      const grants = (await s.auth.listGrants([user.id])).map(({ id: _id, userId: _u, ...grant }) => grant);
      const actor: Actor = { kind: 'user', id: user.id, name: user.name, grants };
      const meetings = [];
      const loadPeople = peopleOnce(s, feed.municipality);
      for (const m of await s.meetings.listMeetings(feed.municipality)) {
        const viewed = await meetingAsViewed(s, actor, m, ctx.today, loadPeople);
        if (viewed) meetings.push(viewed.meeting);
      }
      return {
        ics: calendarFeedIcs(meetings, {
          name: `Styringsdialog – ${user.name}`,
          uidDomain: input.uidDomain ?? uidDomainOf(input.linkBase),
          now: ctx.now ?? new Date(),
          urlFor: (m) => meetingUrl(input.linkBase, m),
        }),
      };
    });
  },
});
