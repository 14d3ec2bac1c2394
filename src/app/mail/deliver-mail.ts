/**
 * The delivery worker: runs in the server process on a timer, claims due messages one at a time
 * (the claim commits before the SMTP conversation starts, so no transaction waits on the
 * network), sends each through the transport and records the answer. A message is marked sent
 * only after the server accepted it, so a crash (kill -9) before that leaves it queued: after the
 * lease (or at once on the embedded database, whose lock guarantees one process) it is claimed
 * again and sent — never lost. One at a time and in order, so at most the one message in flight
 * at a crash is repeated, and only if the crash falls between the server's "250" and the commit
 * that follows it; it then carries the same Message-ID, which lets a receiving system drop the
 * copy. Several server instances on one PostgreSQL share the queue through FOR UPDATE SKIP LOCKED.
 */
import { nextAttemptAfterFailure } from '../../domain/mail/delivery-retry.ts';
import type { UnitOfWork } from '../ports.ts';
import { MailSendError, type MailTransport } from './mail-transport.ts';

/** Longer than the transport's worst case (connect 10 s + greeting 10 s + socket 30 s). */
export const CLAIM_LEASE_MS = 120_000;

export interface DeliveryDeps {
  uow: UnitOfWork;
  transport: MailTransport;
  now: () => Date;
  log?: (event: { mailId: number; outcome: 'sent' | 'retry' | 'failed'; response: string }) => void;
  /** Checked between messages: a stopping server finishes the one in flight and no more. */
  stopping?: () => boolean;
}

/** Sends every due message (up to `limit`); returns how many were tried. */
export async function deliverDueMail(deps: DeliveryDeps, limit = 100): Promise<number> {
  let tried = 0;
  while (tried < limit && !deps.stopping?.()) {
    const claim = await deps.uow.write((s) => s.outbox.claimNext(deps.now(), CLAIM_LEASE_MS));
    if (!claim) break;
    tried++;
    try {
      const { response } = await deps.transport.send(claim);
      await deps.uow.write((s) => s.outbox.markSent(claim, deps.now(), response));
      deps.log?.({ mailId: claim.id, outcome: 'sent', response });
    } catch (err) {
      const code = err instanceof MailSendError ? err.responseCode : null;
      const response = err instanceof Error ? err.message : String(err);
      const at = deps.now();
      const retryAt = nextAttemptAfterFailure(claim.attempts, { responseCode: code }, at);
      await deps.uow.write((s) => s.outbox.markFailed(claim, at, response, retryAt));
      deps.log?.({ mailId: claim.id, outcome: retryAt ? 'retry' : 'failed', response });
    }
  }
  return tried;
}

export interface MailWorker {
  /** Delivers now instead of at the next tick (tests; after a resend). */
  kick(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the timer. `releaseClaimsAtStart`: on the embedded database this process is the only
 * one (the data directory lock), so claims left by a killed predecessor are returned at once.
 */
export async function startMailWorker(
  deps: DeliveryDeps & {
    intervalMs: number;
    releaseClaimsAtStart: boolean;
    onError: (err: unknown) => void;
  },
): Promise<MailWorker> {
  if (deps.releaseClaimsAtStart) await deps.uow.write((s) => s.outbox.releaseAllClaims());
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = (): Promise<void> => {
    if (running) return running;
    running = deliverDueMail({ ...deps, stopping: () => stopped })
      .then(() => undefined)
      .catch((err) => deps.onError(err))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) void tick();
  }, deps.intervalMs);
  timer.unref();
  void tick();
  return {
    kick: tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      deps.transport.close();
    },
  };
}
