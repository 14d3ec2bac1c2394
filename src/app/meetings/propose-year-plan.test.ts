/**
 * The year plan's proposal and the booking agree on a theme meeting's people (issue 13 leftover):
 * the proposal avoids a slot where one of the organisations' chairs is already busy, because it
 * counts the people the theme meeting will invite (participantsFor) — the same list
 * confirmYearPlan checks for clashes — and the proposed plan is then booked without a clash.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { openTestDatabase, resetDatabase } from '../../../test/support/database.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import type { OpenDatabase } from '../../db/connect.ts';
import { createUnitOfWork } from '../../db/unit-of-work.ts';
import { type ClockTime, newMeeting } from '../../domain/meetings/index.ts';
import type { Actor } from '../actor.ts';
import { runUseCase } from '../run-use-case.ts';
import type { UseCaseContext } from '../use-case.ts';
import { confirmYearPlan } from './confirm-year-plan.ts';
import { proposeYearPlan } from './propose-year-plan.ts';

const officer = userWith('caseOfficer');

describe('year plan proposal for a theme meeting', () => {
  let database: OpenDatabase;
  const ctx = (actor: Actor = officer): UseCaseContext => ({
    actor,
    today: '2026-11-22',
    requestId: 'test',
    uow: createUnitOfWork(database.db, { actor: 'test', requestId: 'test' }),
  });

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    await resetDatabase(database.db);
    await loadDemoInto(database);
  });

  /** The year whose plan proposes a theme meeting, and that proposal. */
  async function themeProposal() {
    for (const year of [2027, 2028, 2029]) {
      const plan = await runUseCase(proposeYearPlan, ctx(), { municipality: '707', year });
      const theme = plan.meetings.find((m) => m.kind === 'themeMeeting');
      if (theme) return { year, plan, theme };
    }
    throw new Error('no theme meeting proposed in 2027–2029');
  }

  it("moves away from a slot where an organisation's chair is busy, and books the proposed plan without a clash", async () => {
    const first = await themeProposal();
    // Another meeting in that very slot with only the chair of Djurslandsbo: a theme meeting invites
    // every organisation's chair, a default list (officials, council) would not name him.
    const chair = await database.db
      .selectFrom('person')
      .select(['id', 'name', 'email'])
      .where('id', '=', 'person-frank-hedegaard')
      .executeTakeFirstOrThrow();
    await ctx().uow.write((s) =>
      s.meetings.insertMeeting(
        newMeeting({
          id: 'mtg-chair-busy',
          municipality: '707',
          obligationIds: [],
          kind: 'other',
          organisationId: 'org-djurslandsbo',
          title: 'Bestyrelsesseminar',
          date: first.theme.date,
          startTime: first.theme.startTime as ClockTime,
          endTime: first.theme.endTime as ClockTime,
          location: 'Grenaa',
          participants: [
            {
              personId: chair.id,
              name: chair.name,
              email: chair.email,
              party: 'organisation',
              role: 'Formand',
              attendance: 'invited',
            },
          ],
          agenda: [],
        }),
        first.year,
      ),
    );

    const again = await runUseCase(proposeYearPlan, ctx(), { municipality: '707', year: first.year });
    const theme = again.meetings.find((m) => m.kind === 'themeMeeting');
    expect(theme).toBeDefined();
    expect(`${theme?.date} ${theme?.startTime}`).not.toBe(`${first.theme.date} ${first.theme.startTime}`);

    // Booking the proposal checks the theme meeting's real list: no clash, one meeting made.
    const booked = await runUseCase(confirmYearPlan, ctx(), {
      municipality: '707',
      meetings: [
        {
          obligationId: theme?.obligationId,
          date: theme?.date,
          startTime: theme?.startTime,
          endTime: theme?.endTime,
          location: 'Rådhuset',
        },
      ],
    });
    expect(booked.meetings).toHaveLength(1);
    expect(booked.meetings[0]?.participants.some((p) => p.personId === chair.id)).toBe(true);
  });
});
