import { z } from 'zod';
import type { Agreement } from '../../domain/agreements/types.ts';
import { type Meeting, publicAccountPath, transition } from '../../domain/meetings/index.ts';
import { actorLabel } from '../actor.ts';
import { actorName } from '../agreements/access.ts';
import { agreementForAudit } from '../agreements/load-agreements.ts';
import type { Store } from '../ports.ts';
import { defineUseCase, type UseCaseContext } from '../use-case.ts';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event.ts';
import { accountEvent } from '../webhooks/webhook-events.ts';
import { meetingPlanners } from './access.ts';
import { meetingRef } from './inputs.ts';
import { steeringYearOf, unwrap } from './meeting-changes.ts';
import { storePublishedVersion } from './public-accounts.ts';
import { stepMeeting } from './step-meeting.ts';

/**
 * The agreements of the published minutes, created in the agreements register (once: an
 * agreement is keyed by meeting and minutes agreement id), so they are followed up next year.
 */
async function registerAgreements(s: Store, ctx: UseCaseContext, meeting: Meeting): Promise<string[]> {
  const minutes = meeting.minutes;
  if (!minutes || meeting.organisationId === null || meeting.date === null) return [];
  const existing = await s.agreements.listAgreements(meeting.municipality, {
    organisationIds: [meeting.organisationId],
  });
  const created: string[] = [];
  for (const a of minutes.agreements) {
    const id = `agr-${meeting.id}-${a.id}`;
    if (existing.some((e) => e.id === id)) continue;
    const agreement: Agreement = {
      id,
      organisationId: meeting.organisationId,
      meetingId: meeting.id,
      steeringYear: steeringYearOf(meeting),
      agreedOn: meeting.date,
      objectiveArea: a.objectiveArea,
      departmentIds: [],
      text: a.text,
      target: null,
      responsible: a.responsible.trim()
        ? { kind: 'namedUnit', name: a.responsible.trim() }
        : { kind: 'both' },
      deadline: a.deadline,
      councilApproval: null,
      status: 'agreed',
      history: [
        {
          status: 'agreed',
          date: meeting.date,
          changedBy: actorLabel(ctx.actor),
          changedByName: actorName(ctx.actor),
          note: 'Fra det godkendte referat',
          evidenceUrl: publicAccountPath(meeting),
          meetingId: meeting.id,
          proposedByName: null,
        },
      ],
    };
    await s.agreements.insertAgreement(meeting.municipality, agreement);
    await s.audit.append({
      municipality: meeting.municipality,
      action: 'create',
      entity: 'agreement',
      entityId: agreement.id,
      before: null,
      after: agreementForAudit(agreement),
    });
    created.push(agreement.id);
  }
  return created;
}

/**
 * Publishes the account (almenboligloven § 164, stk. 2: the council publishes an account of the
 * dialogue). Only minutes approved by both parties can be published; the account is stored as a
 * new immutable published version (a correction after reopened minutes is version 2, 3, … with
 * the reason; the earlier versions stay public), the `accountPublished` fact is recorded so
 * compliance shows the obligation met, and the agreements go to the register.
 */
export const publishMeeting = defineUseCase({
  name: 'publishMeeting',
  summary: 'Offentliggør redegørelsen for mødet',
  mutates: true,
  access: meetingPlanners,
  input: z.object(meetingRef),
  run: (ctx, input) =>
    stepMeeting(ctx, input, { access: meetingPlanners, action: 'publishMeeting' }, async (step) => {
      const { s, meeting, now, clock, save } = step;
      const saved = await save(unwrap(transition(meeting, { type: 'publish' }, clock)));
      const version = await storePublishedVersion(s, saved, ctx.today);
      if (version) {
        await emitWebhookEvent(s, accountEvent(saved, version), now);
        await s.audit.append({
          municipality: saved.municipality,
          action: 'create',
          entity: 'publishedAccountVersion',
          entityId: `${saved.id}#${version.version}`,
          before: null,
          after: {
            version: version.version,
            publishedOn: version.publishedOn,
            correction: version.correction,
          },
        });
      }
      const agreementIds = await registerAgreements(s, ctx, saved);
      return { meeting: saved, path: publicAccountPath(saved), agreementIds };
    }),
});
