import { z } from 'zod';
import type { Agreement } from '../../domain/agreements/types.ts';
import { type Meeting, publicAccountPath, transition } from '../../domain/meetings/index.ts';
import { actorLabel, authorize } from '../actor.ts';
import { actorName } from '../agreements/access.ts';
import { agreementForAudit } from '../agreements/load-agreements.ts';
import type { Store } from '../ports.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase, type UseCaseContext } from '../use-case.ts';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event.ts';
import { accountEvent } from '../webhooks/webhook-events.ts';
import { meetingPlanners, readableMeeting } from './access.ts';
import { checkVersion, saveMeeting, steeringYearOf, unwrap } from './meeting-changes.ts';
import { storePublishedVersion } from './public-accounts.ts';

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
  input: z.object({
    municipality: municipalityCode,
    id: entityId,
    version: z.coerce.number().int().min(1).optional(),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    const now = ctx.now ?? new Date();
    return ctx.uow.write(async (s) => {
      const meeting = await readableMeeting(s, ctx.actor, input.municipality, input.id);
      checkVersion(meeting, input.version);
      const published = unwrap(
        transition(meeting, { type: 'publish' }, { today: ctx.today, now: now.toISOString() }),
      );
      const saved = await saveMeeting(s, meeting, published, 'publishMeeting');
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
    });
  },
});
