/**
 * Plays the demo's meeting history (domain/meetings/demo-meeting-history.ts) through the real
 * meeting cycle, each step by the party that takes it and on its own date: the case officer
 * plans, invites, marks held and writes the minutes; the board writes the organisation's own
 * assessment (and asks for a change where the history says so); both parties approve; the case
 * officer publishes (and corrects an account where the history says so); at the next year's meeting the previous agreements are followed up in the register.
 * The council's theme meeting of 2022–2025 is played too: planned by the case officer with the
 * council members and every organisation's representatives, held, its summary written and
 * approved by the municipality alone, and published (Norddjurs KB 15-11-2022, sag 22/8287).
 * So a newcomer's first look at the demo shows past meetings, minutes with both assessments,
 * published accounts and agreements followed up — made by the same code a user would run.
 *
 * Steps dated after `ctx.today` are not taken (the history stops where the calendar does).
 * Invitations and notices carry absolute links to `linkBase` (PUBLIC_URL), as the web's steps do.
 */

import {
  coveredByDemoHistory,
  DEMO_MEETING_HISTORY,
  DEMO_THEME_MEETING,
  type DemoHistoryMeeting,
} from '../../domain/meetings/demo-meeting-history.ts';
import type { Meeting } from '../../domain/meetings/index.ts';
import { addDays } from '../../domain/shared/iso-date.ts';
import type { Actor } from '../actor.ts';
import { changeAgreementStatus } from '../agreements/change-agreement-status.ts';
import { loadObligations } from '../governance/load-obligations.ts';
import { runUseCase } from '../run-use-case.ts';
import type { UseCaseContext } from '../use-case.ts';
import { approveMinutes } from './approve-minutes.ts';
import { commentMinutes } from './comment-minutes.ts';
import { createMeeting } from './create-meeting.ts';
import { inviteMeeting } from './invite-meeting.ts';
import { markHeld } from './mark-held.ts';
import { publishMeeting } from './publish-meeting.ts';
import { reopenMinutes } from './reopen-minutes.ts';
import { saveAssessment } from './save-assessment.ts';
import { saveMinutes } from './save-minutes.ts';

const MUNICIPALITY = '707';

/** The demo's case officer (the same person signs the demo agreements' status changes). */
const CASE_OFFICER: Actor = {
  kind: 'user',
  id: 'user-demo-sagsbehandler',
  name: 'Kasper Mølgaard',
  grants: [{ role: 'caseOfficer', municipality: MUNICIPALITY }],
};

function boardActor(meeting: Meeting): Actor {
  const chair = meeting.participants.find((p) => p.party === 'organisation' && /formand/i.test(p.role));
  return {
    kind: 'user',
    id: `demo-board-${meeting.organisationId}`,
    name: chair?.name ?? 'Organisationsbestyrelsen',
    grants: [
      { role: 'organisation', municipality: MUNICIPALITY, organisationId: meeting.organisationId ?? '' },
    ],
  };
}

/** A context for one step: its actor, its date and 14:00 Danish time that day. */
function at(ctx: UseCaseContext, actor: Actor, today: string): UseCaseContext {
  return { ...ctx, actor, today, now: new Date(`${today}T13:00:00Z`) };
}

async function obligationFor(ctx: UseCaseContext, h: DemoHistoryMeeting): Promise<string> {
  const { obligations } = await ctx.uow.read((s) => loadObligations(s, MUNICIPALITY, h.year));
  const o = obligations.find((x) => coveredByDemoHistory(x) && x.organisation?.id === h.organisationId);
  if (!o) throw new Error(`The demo history has no obligation for ${h.organisationId} ${h.year}`);
  return o.id;
}

/**
 * The case officer's minutes of a history meeting: everyone present, every agenda item treated,
 * the municipality's assessment (the board writes the organisation's own, `saveAssessment`).
 */
function minutesOf(
  meeting: Meeting,
  h: DemoHistoryMeeting,
  municipalityAssessment = h.municipalityAssessment,
) {
  return {
    participantsPresent: meeting.participants.map((p) => ({ name: p.name, party: p.party, role: p.role })),
    apologies: [],
    minuteTaker: h.minuteTaker,
    items: meeting.agenda.map((item) => ({
      agendaItemId: item.id,
      summary: item.kind === 'followUp' ? 'Status på aftalerne blev gennemgået.' : 'Punktet blev drøftet.',
      outcome: 'Taget til efterretning.',
    })),
    municipalityAssessment,
    // A revised draft keeps its agreements' ids, so the register holds each agreement once.
    agreements: h.agreements.map((a, i) => ({
      ...(meeting.minutes?.agreements[i] ? { id: meeting.minutes.agreements[i].id } : {}),
      text: a.text,
      objectiveArea: a.objectiveArea,
      deadline: a.deadline,
      responsible: a.responsible,
    })),
    noAgreements: h.agreements.length === 0,
  };
}

interface Played {
  meetingId: string | null;
  agreementIds: string[];
}

/** Plays one meeting as far as `ctx.today` allows; returns it and the agreements it registered. */
/** Where the demo's e-mails link to: the installation's public address (PUBLIC_URL). */
export interface DemoHistoryOptions {
  linkBase: string;
}

async function playMeeting(
  ctx: UseCaseContext,
  h: DemoHistoryMeeting,
  { linkBase }: DemoHistoryOptions,
): Promise<Played> {
  const step = (days: number) => addDays(h.date, days);
  const officer = (days: number) => at(ctx, CASE_OFFICER, step(days));
  if (step(-60) > ctx.today) return { meetingId: null, agreementIds: [] };
  const municipality = MUNICIPALITY;
  const obligationId = await obligationFor(ctx, h);
  let { meeting } = await runUseCase(createMeeting, officer(-60), {
    municipality,
    meeting: { obligationId, date: h.date, startTime: '10:00', endTime: '12:00', location: h.location },
  });
  const next = async (days: number, run: (c: UseCaseContext) => Promise<{ meeting: Meeting }>) => {
    if (step(days) > ctx.today) return false;
    meeting = (await run(officer(days))).meeting;
    return true;
  };
  const id = meeting.id;
  const unpublished = { meetingId: id, agreementIds: [] };
  if (
    !(await next(-45, (c) =>
      runUseCase(inviteMeeting, c, { municipality, id, version: meeting.version, linkBase }),
    ))
  )
    return unpublished;
  if (!(await next(0, (c) => runUseCase(markHeld, c, { municipality, id, version: meeting.version }))))
    return unpublished;
  const minutes = minutesOf(meeting, h);
  if (
    !(await next(5, (c) =>
      runUseCase(saveMinutes, c, { municipality, id, version: meeting.version, minutes, linkBase }),
    ))
  )
    return unpublished;
  // The board writes the organisation's own assessment (almenboligloven § 164, stk. 2).
  const board = (days: number) => at(ctx, boardActor(meeting), step(days));
  if (step(7) > ctx.today) return unpublished;
  meeting = (
    await runUseCase(saveAssessment, board(7), {
      municipality,
      id,
      version: meeting.version,
      text: h.organisationAssessment,
      linkBase,
    })
  ).meeting;
  if (h.changeRequest) {
    if (step(8) > ctx.today) return unpublished;
    meeting = (
      await runUseCase(commentMinutes, board(8), {
        municipality,
        id,
        version: meeting.version,
        text: h.changeRequest.reason,
        requestsChange: true,
      })
    ).meeting;
    const revised = minutesOf(meeting, h, h.changeRequest.revisedMunicipalityAssessment);
    if (
      !(await next(10, (c) =>
        runUseCase(saveMinutes, c, {
          municipality,
          id,
          version: meeting.version,
          minutes: revised,
          linkBase,
        }),
      ))
    )
      return unpublished;
  }
  if (!(await next(12, (c) => runUseCase(approveMinutes, c, { municipality, id, version: meeting.version }))))
    return unpublished;
  if (!h.completed || step(15) > ctx.today) return unpublished;
  meeting = (
    await runUseCase(approveMinutes, at(ctx, boardActor(meeting), step(15)), {
      municipality,
      id,
      version: meeting.version,
    })
  ).meeting;
  if (step(21) > ctx.today) return unpublished;
  const published = await runUseCase(publishMeeting, officer(21), {
    municipality,
    id,
    version: meeting.version,
  });
  meeting = published.meeting;
  if (h.correction) await correct(ctx, h, meeting, h.correction, linkBase);
  return { meetingId: id, agreementIds: published.agreementIds };
}

/**
 * Corrects a published account: the case officer reopens the minutes with the reason, corrects
 * the municipality's assessment, both approve again and the case officer publishes version 2
 * (the first version stays public, linked from the new one).
 */
async function correct(
  ctx: UseCaseContext,
  h: DemoHistoryMeeting,
  published: Meeting,
  correction: NonNullable<DemoHistoryMeeting['correction']>,
  linkBase: string,
): Promise<void> {
  const day = addDays(h.date, 21 + correction.afterDays);
  if (day > ctx.today) return;
  const municipality = MUNICIPALITY;
  const id = published.id;
  const officer = at(ctx, CASE_OFFICER, day);
  let meeting = (
    await runUseCase(reopenMinutes, officer, {
      municipality,
      id,
      version: published.version,
      reason: correction.reason,
    })
  ).meeting;
  meeting = (
    await runUseCase(saveMinutes, officer, {
      municipality,
      id,
      version: meeting.version,
      minutes: minutesOf(meeting, h, correction.municipalityAssessment),
      linkBase,
    })
  ).meeting;
  meeting = (await runUseCase(approveMinutes, officer, { municipality, id, version: meeting.version }))
    .meeting;
  meeting = (
    await runUseCase(approveMinutes, at(ctx, boardActor(meeting), day), {
      municipality,
      id,
      version: meeting.version,
    })
  ).meeting;
  await runUseCase(publishMeeting, officer, { municipality, id, version: meeting.version });
}

/**
 * Plays the theme meeting (DEMO_THEME_MEETING) as far as `ctx.today` allows: the case officer
 * plans it (participants and agenda from the model), invites, marks it held, writes the summary,
 * approves for the municipality — the only approving party — and publishes. Returns its id.
 */
async function playThemeMeeting(
  ctx: UseCaseContext,
  { linkBase }: DemoHistoryOptions,
): Promise<string | null> {
  const t = DEMO_THEME_MEETING;
  const step = (days: number) => addDays(t.date, days);
  if (step(-60) > ctx.today) return null;
  const municipality = MUNICIPALITY;
  const { obligations } = await ctx.uow.read((s) =>
    loadObligations(s, MUNICIPALITY, Number(t.date.slice(0, 4))),
  );
  const obligation = obligations.find((o) => o.kind === 'themeMeeting' && coveredByDemoHistory(o));
  if (!obligation) throw new Error(`The demo history has no theme meeting for ${t.electionPeriod}`);
  let { meeting } = await runUseCase(createMeeting, at(ctx, CASE_OFFICER, step(-60)), {
    municipality,
    meeting: {
      obligationId: obligation.id,
      date: t.date,
      startTime: '16:00',
      endTime: '19:00',
      location: t.location,
    },
  });
  const id = meeting.id;
  const steps: [number, (c: UseCaseContext) => Promise<{ meeting: Meeting }>][] = [
    [-45, (c) => runUseCase(inviteMeeting, c, { municipality, id, version: meeting.version, linkBase })],
    [0, (c) => runUseCase(markHeld, c, { municipality, id, version: meeting.version })],
    [
      3,
      (c) =>
        runUseCase(saveMinutes, c, {
          municipality,
          id,
          version: meeting.version,
          minutes: {
            participantsPresent: meeting.participants.map((p) => ({
              name: p.name,
              party: p.party,
              role: p.role,
            })),
            apologies: [],
            minuteTaker: t.minuteTaker,
            items: meeting.agenda.map((item) => ({
              agendaItemId: item.id,
              summary: t.items[item.id]?.summary ?? 'Punktet blev drøftet.',
              outcome: t.items[item.id]?.outcome ?? '',
            })),
            summary: t.summary,
          },
          linkBase,
        }),
    ],
    [5, (c) => runUseCase(approveMinutes, c, { municipality, id, version: meeting.version })],
    [7, (c) => runUseCase(publishMeeting, c, { municipality, id, version: meeting.version })],
  ];
  for (const [days, run] of steps) {
    if (step(days) > ctx.today) break;
    meeting = (await run(at(ctx, CASE_OFFICER, step(days)))).meeting;
  }
  return id;
}

/** Loads the history; returns how many meetings and agreement follow-ups it made. */
export async function loadDemoMeetingHistory(
  ctx: UseCaseContext,
  options: DemoHistoryOptions,
): Promise<{ meetings: number; followUps: number }> {
  let meetings = 0;
  let followUps = 0;
  if (await playThemeMeeting(ctx, options)) meetings += 1;
  const byOrganisation = new Map<string, DemoHistoryMeeting[]>();
  for (const h of DEMO_MEETING_HISTORY) {
    byOrganisation.set(h.organisationId, [...(byOrganisation.get(h.organisationId) ?? []), h]);
  }
  for (const history of byOrganisation.values()) {
    let previous: { h: DemoHistoryMeeting; agreementIds: string[] } | null = null;
    for (const h of [...history].sort((a, b) => a.year - b.year)) {
      const played = await playMeeting(ctx, h, options);
      if (played.meetingId) meetings += 1;
      // The previous year's agreements are followed up at this meeting (its agenda, made when
      // it was planned, lists them as follow-up items).
      if (previous && played.meetingId && h.date <= ctx.today) {
        for (const [i, agreementId] of previous.agreementIds.entries()) {
          const followUp = previous.h.agreements[i]?.followUp;
          if (!followUp) continue;
          await runUseCase(changeAgreementStatus, at(ctx, CASE_OFFICER, h.date), {
            municipality: MUNICIPALITY,
            id: agreementId,
            status: followUp.status,
            date: h.date,
            note: followUp.note,
            meetingId: played.meetingId,
          });
          followUps += 1;
        }
      }
      previous = { h, agreementIds: played.agreementIds };
    }
  }
  // The history's invitations are history: kept in the outbox, never sent when SMTP is set up.
  await ctx.uow.write((s) =>
    s.outbox.withholdQueued(MUNICIPALITY, ctx.now ?? new Date(), 'Demohistorik – ikke sendt'),
  );
  return { meetings, followUps };
}
