/**
 * The frame every use case that moves one meeting a step shares: check the municipality-level
 * access, open the write transaction, load the meeting the actor may read (else "not found"),
 * refuse a stale version (412), and hand the step what it needs to decide and save — the clock
 * for the domain transition, `save` (audit entry and facts, meeting-changes.ts) and `send` for
 * the calendar mails. The step itself (which domain rule, what else it records, what it
 * returns) stays in the use case's own file.
 *
 * Deliberately not here: the domain decision, extra records (webhooks, notices, agreements),
 * and the output shape — each use case says those in its own words.
 */
import type { z } from 'zod';
import type { Meeting, Participant, TransitionContext } from '../../domain/meetings/index.ts';
import type { AccessPolicy } from '../actor.ts';
import type { Store } from '../ports.ts';
import type { UseCaseContext } from '../use-case.ts';
import { authorizeIn, readableMeeting } from './access.ts';
import type { mailInput } from './inputs.ts';
import { sendInvitations } from './invitations.ts';
import { checkVersion, saveMeeting } from './meeting-changes.ts';
import type { StoredInvitation } from './meeting-store.ts';

export interface MeetingRef {
  municipality: string;
  id: string;
  version?: number | undefined;
}

type MailSettings = Partial<z.output<z.ZodObject<typeof mailInput>>>;

export interface MeetingStep {
  s: Store;
  /** The meeting as read, its version checked. */
  meeting: Meeting;
  now: Date;
  /** The domain transition's context: today and the current instant. */
  clock: TransitionContext;
  /** Saves `next` over the meeting as read: stale write refused (412), audit entry, facts. */
  save(next: Meeting): Promise<Meeting>;
  /**
   * Queues the calendar mails for `saved` (invitations.ts) with the input's mail settings,
   * sent by the actor: every participant, or `only` these.
   */
  send(
    kind: 'invite' | 'update' | 'cancel' | 'uninvite',
    saved: Meeting,
    only?: readonly Participant[],
  ): Promise<StoredInvitation[]>;
}

/**
 * Runs one step on a meeting in a write transaction. `access` is the use case's policy
 * (organisation users are scoped per meeting by readableMeeting); `action` names the audit entry.
 */
export async function stepMeeting<O>(
  ctx: UseCaseContext,
  input: MeetingRef & MailSettings,
  frame: { access: AccessPolicy; action: string },
  step: (step: MeetingStep) => Promise<O>,
): Promise<O> {
  authorizeIn(ctx.actor, frame.access, input.municipality);
  const now = ctx.now ?? new Date();
  return ctx.uow.write(async (s) => {
    const meeting = await readableMeeting(s, ctx.actor, input.municipality, input.id);
    checkVersion(meeting, input.version);
    return step({
      s,
      meeting,
      now,
      clock: { today: ctx.today, now: now.toISOString() },
      save: (next) => saveMeeting(s, meeting, next, frame.action),
      send: (kind, saved, only) => {
        // A defect, not bad input: the use case's schema lacks `...mailInput`.
        if (input.linkBase === undefined) throw new Error(`${frame.action} sends mail without mailInput`);
        return sendInvitations(s, saved, {
          kind,
          linkBase: input.linkBase,
          uidDomain: input.uidDomain,
          organizerEmail: input.organizerEmail,
          sender: ctx.actor,
          now,
          ...(only ? { only } : {}),
        });
      },
    });
  });
}
