/**
 * Changing a meeting's participants (issue 13, point 3) on both databases: adding after the
 * invitation queues a REQUEST for the new person only (same UID, SEQUENCE kept); removing queues
 * a CANCEL for that person only (SEQUENCE raised), and re-adding supersedes it; a deputy is
 * registered by the case officer; § 14 conflicts follow the participants; only the
 * municipality's case officer (or admin) changes the list.
 */
import { expect, it } from 'vitest';
import type { z } from 'zod';
import { userWith } from '../../../test/support/actors.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { type Actor, actorLabel } from '../../app/actor.ts';
import { AppError } from '../../app/app-error.ts';
import { addParticipant } from '../../app/meetings/add-participant.ts';
import { createMeeting } from '../../app/meetings/create-meeting.ts';
import { getMeeting } from '../../app/meetings/get-meeting.ts';
import { inviteMeeting } from '../../app/meetings/invite-meeting.ts';
import { registerDeputy } from '../../app/meetings/register-deputy.ts';
import { removeParticipant } from '../../app/meetings/remove-participant.ts';
import { loadDemo } from '../../app/registry/load-demo.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCase } from '../../app/use-case.ts';
import { createUnitOfWork } from '../unit-of-work.ts';

const officer = userWith('caseOfficer');
const djurslandsbo = userWith('organisation', '707', 'org-djurslandsbo');
const official = userWith('official');
const linkBase = 'https://sd.norddjurs.demo';
const now = new Date('2027-09-01T08:00:00Z');

const icsField = (ics: string, name: string) => new RegExp(`^${name}[;:](.*)$`, 'm').exec(ics)?.[1]?.trim();

describeEachDatabase('participant use cases', (db) => {
  function run<S extends z.ZodType, O>(useCase: UseCase<S, O>, actor: Actor, input: unknown) {
    return runUseCase(
      useCase,
      {
        actor,
        today: '2027-09-01',
        now,
        requestId: 'test',
        uow: createUnitOfWork(db(), { actor: actorLabel(actor), requestId: 'test' }),
      },
      input,
    );
  }
  async function failure(p: Promise<unknown>): Promise<AppError> {
    const error = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  async function meeting(invite: boolean) {
    await run(loadDemo, { kind: 'system', name: 'test' }, {});
    const { meeting: m } = await run(createMeeting, officer, {
      municipality: '707',
      meeting: {
        obligationId: 'dialogueMeeting:707:org-djurslandsbo:2027:legalFloor#1',
        date: '2027-10-14',
        startTime: '10:00',
        endTime: '12:00',
      },
    });
    if (invite) await run(inviteMeeting, officer, { municipality: '707', id: m.id, linkBase });
    return m.id;
  }
  const invitations = async () =>
    db()
      .selectFrom('meeting_invitation')
      .select(['to_address', 'method', 'sequence', 'ics'])
      .orderBy('id')
      .execute();
  const outboxCount = async () =>
    Number(
      (
        await db()
          .selectFrom('outbox')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('invites a participant added after the invitation, alone, with the same UID and SEQUENCE', async () => {
    const id = await meeting(true);
    const before = await invitations();
    const mailsBefore = await outboxCount();
    const out = await run(addParticipant, officer, {
      municipality: '707',
      id,
      personId: 'person-karina-vrist',
      linkBase,
    });
    expect(out.meeting.participants.at(-1)).toMatchObject({
      name: 'Karina Vrist',
      party: 'relevantUnits',
      role: 'Embedsmand, Social',
    });
    const after = await invitations();
    const added = after.slice(before.length);
    expect(added.map((i) => [i.method, i.sequence])).toEqual([['REQUEST', 0]]);
    expect(added[0]?.to_address).toBe(out.meeting.participants.at(-1)?.email);
    expect(icsField(added[0]?.ics ?? '', 'UID')).toBe(icsField(before[0]?.ics ?? '', 'UID'));
    expect(icsField(added[0]?.ics ?? '', 'METHOD')).toBe('REQUEST');
    expect(await outboxCount()).toBe(mailsBefore + 1);
    const mail = await db()
      .selectFrom('outbox')
      .select('body')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(mail.body).toContain(`${linkBase}/svar?token=`);
  });

  it('cancels for the removed person only, raising SEQUENCE, and a re-added person gets a newer REQUEST', async () => {
    const id = await meeting(true);
    const view = await run(getMeeting, officer, { municipality: '707', id });
    const target = view.meeting.participants.find((p) => p.party === 'administration' && p.email);
    if (!target?.personId) throw new Error('need an official with an address');
    const before = await invitations();
    const out = await run(removeParticipant, officer, {
      municipality: '707',
      id,
      participant: `person:${target.personId}`,
      linkBase,
    });
    expect(out.removed).toBe(target.name);
    expect(out.meeting.participants.some((p) => p.personId === target.personId)).toBe(false);
    const cancels = (await invitations()).slice(before.length);
    expect(cancels.map((i) => [i.to_address, i.method, i.sequence])).toEqual([[target.email, 'CANCEL', 1]]);
    expect(icsField(cancels[0]?.ics ?? '', 'METHOD')).toBe('CANCEL');
    expect(icsField(cancels[0]?.ics ?? '', 'SEQUENCE')).toBe('1');

    await run(addParticipant, officer, { municipality: '707', id, personId: target.personId, linkBase });
    const again = (await invitations()).at(-1);
    expect([again?.to_address, again?.method, again?.sequence]).toEqual([target.email, 'REQUEST', 2]);
  });

  it('queues nothing while the meeting is only planned', async () => {
    const id = await meeting(false);
    await run(addParticipant, officer, {
      municipality: '707',
      id,
      personId: 'person-karina-vrist',
      linkBase,
    });
    await run(removeParticipant, officer, {
      municipality: '707',
      id,
      participant: 'person:person-karina-vrist',
      linkBase,
    });
    expect(await invitations()).toEqual([]);
    expect(await outboxCount()).toBe(0);
  });

  it('shows a § 14 conflict of a newly added participant on the meeting', async () => {
    const id = await meeting(false);
    const conflictsOf = async () =>
      (await run(getMeeting, officer, { municipality: '707', id })).conflicts.map((c) => c.message).join(' ');
    expect(await conflictsOf()).toContain('Birgitte Skovbo Ravn');
    await run(removeParticipant, officer, {
      municipality: '707',
      id,
      participant: 'person:person-birgitte-skovbo-ravn',
    });
    expect(await conflictsOf()).not.toContain('Birgitte Skovbo Ravn');
    const view = await run(getMeeting, officer, { municipality: '707', id });
    expect(view.candidates.find((c) => c.personId === 'person-birgitte-skovbo-ravn')).toMatchObject({
      group: 'Vej og Ejendom',
      party: 'administration',
    });
    await run(addParticipant, officer, { municipality: '707', id, personId: 'person-birgitte-skovbo-ravn' });
    expect(await conflictsOf()).toContain('Birgitte Skovbo Ravn');
  });

  it('registers a deputy for a participant, replacing the participant in the attendance', async () => {
    const id = await meeting(true);
    const view = await run(getMeeting, officer, { municipality: '707', id });
    const chair = view.meeting.participants.find((p) => p.role === 'Formand');
    if (!chair) throw new Error('no chair');
    const out = await run(registerDeputy, officer, {
      municipality: '707',
      id,
      participant: `person:${chair.personId}`,
      deputyName: 'Ole Vikar',
    });
    expect(out.meeting.participants.find((p) => p.name === chair.name)?.attendance).toBe('apology');
    expect(out.meeting.participants.find((p) => p.name === 'Ole Vikar')).toMatchObject({
      role: `Stedfortræder for ${chair.name}`,
      party: 'organisation',
      attendance: 'accepted',
    });
    const missing = await failure(
      run(registerDeputy, officer, {
        municipality: '707',
        id,
        participant: `person:${chair.personId}`,
        deputyName: '',
      }),
    );
    expect(missing.fieldErrors).toEqual([{ field: 'deputyName', message: 'Skriv stedfortræderens navn' }]);
  });

  it('refuses anyone but the municipality: the organisation and an official', async () => {
    const id = await meeting(false);
    for (const actor of [djurslandsbo, official]) {
      const refused = await failure(
        run(addParticipant, actor, { municipality: '707', id, personId: 'person-karina-vrist' }),
      );
      expect(['forbidden', 'notFound']).toContain(refused.code);
    }
    const view = await run(getMeeting, djurslandsbo, { municipality: '707', id });
    expect([view.can.editParticipants, view.can.registerDeputy, view.candidates]).toEqual([false, false, []]);
  });

  it('refuses an unchosen or unknown person with a Danish field error, and one already there', async () => {
    const id = await meeting(false);
    for (const [personId, message] of [
      ['', 'Vælg hvem der skal deltage'],
      [
        'person-nobody',
        'Vælg en person fra listen (en embedsmand, boligorganisationens bestyrelse eller administration)',
      ],
      ['person-birgitte-skovbo-ravn', 'Personen deltager allerede i mødet'],
    ] as const) {
      const e = await failure(run(addParticipant, officer, { municipality: '707', id, personId }));
      expect(e.fieldErrors).toEqual([{ field: 'personId', message }]);
    }
  });
});
