/**
 * One list for a user of an administration organisation or a housing organisation that deals
 * with several municipalities (issue 17 #4): its meetings, minutes awaiting its approval and
 * agreements across every municipality where it holds an organisation grant. Each item is read
 * under its own municipality's access rules — the same per-meeting rule (mayReadMeeting) and
 * organisation scope (visibleAgreements) as the municipality's own pages — so nothing of a
 * municipality the user holds no grant in, and nothing of another organisation, is read.
 * Grants in a suspended municipality are already gone from the actor (app/auth/sessions.ts).
 */
import { z } from 'zod';
import { compareDanish } from '../../domain/shared/danish-order.ts';
import { type AccessPolicy, NATIONAL } from '../actor.ts';
import { visibleAgreements } from '../agreements/load-agreements.ts';
import { mayReadMeeting } from '../meetings/access.ts';
import { defineUseCase } from '../use-case.ts';

export const organisationUsers: AccessPolicy = { roles: ['organisation'] };

export const listCrossMunicipalityWork = defineUseCase({
  name: 'listCrossMunicipalityWork',
  summary: 'Vis organisationens møder, referater og aftaler på tværs af kommuner',
  mutates: false,
  access: organisationUsers,
  input: z.object({}),
  async run(ctx) {
    const actor = ctx.actor;
    const codes =
      actor.kind === 'user'
        ? [
            ...new Set(
              actor.grants
                .filter((g) => g.role === 'organisation' && g.municipality !== NATIONAL)
                .map((g) => g.municipality),
            ),
          ].sort()
        : [];
    return ctx.uow.read(async (s) => {
      const municipalities = [];
      for (const code of codes) {
        const municipality = await s.registry.getMunicipality(code);
        if (!municipality) continue;
        const names = new Map(
          (await s.registry.listOrganisations(code)).map((o) => [o.organisation.id, o.organisation.name]),
        );
        const meetings = [];
        for (const m of await s.meetings.listMeetings(code)) {
          if (m.status !== 'cancelled' && (await mayReadMeeting(s, actor, m))) meetings.push(m);
        }
        const { agreements } = await visibleAgreements(s, actor, code);
        municipalities.push({
          code,
          name: municipality.name,
          meetings: meetings.map((m) => ({
            id: m.id,
            title: m.title,
            date: m.date,
            status: m.status,
            organisation: m.organisationId ? (names.get(m.organisationId) ?? null) : null,
          })),
          /** Minutes drafted and not yet approved by the organisation. */
          minutesToApprove: meetings
            .filter(
              (m) =>
                m.minutes &&
                !m.minutes.locked &&
                !m.minutes.approvals.some((a) => a.party === 'organisation'),
            )
            .filter((m) => m.status === 'minutesDrafted' || m.status === 'held')
            .map((m) => ({ id: m.id, title: m.title, date: m.date })),
          agreements: agreements
            .filter((a) => a.status !== 'fulfilled' && a.status !== 'dropped')
            .map((a) => ({
              id: a.id,
              text: a.text,
              status: a.status,
              deadline: a.deadline,
              organisation: names.get(a.organisationId) ?? null,
            })),
        });
      }
      municipalities.sort((a, b) => compareDanish(a.name, b.name));
      return { municipalities };
    });
  },
});
