/**
 * Builds the use-case context for one HTTP request: who is asking (resolved by the auth hook,
 * public when nobody is logged in), today's Danish date, the request id, and a unit of work
 * whose audit entries carry both.
 */
import type { FastifyRequest } from 'fastify';
import { type Actor, actorLabel } from '../app/actor.ts';
import type { UnitOfWork } from '../app/ports.ts';
import type { UseCaseContext } from '../app/use-case.ts';
import { copenhagenDate } from '../domain/shared/copenhagen-date.ts';
import type { OidcLogin } from './auth/oidc.ts';

export interface HttpDeps {
  /** A unit of work bound to an actor and request id. */
  unitOfWork(binding: { actor: string; requestId: string | null }): UnitOfWork;
  /** The current instant; tests pass a fixed clock. */
  now(): Date;
  /**
   * Who is asking. main/ wires http/auth/credentials.ts#resolveRequestActor (session cookie or
   * bearer token); tests may inject a fixed actor instead.
   */
  resolveActor(request: FastifyRequest): Promise<Actor>;
  /** Login with the municipality's OpenID Connect provider, when configured. */
  oidc?: OidcLogin | null;
  publicUrl: string;
  /** Host name for calendar UIDs (CALENDAR_UID_DOMAIN); default the host of publicUrl. */
  calendarUidDomain?: string;
  /** ORGANIZER of invitations (CALENDAR_ORGANIZER_EMAIL); default the case officer who invites. */
  calendarOrganizerEmail?: string;
  /** True when SMTP_URL is set: queued mail is sent; else the outbox page is the delivery. */
  mailBySmtp?: boolean;
  bodyLimitBytes: number;
  /** Admission control (http/admission.ts); DEFAULT_ADMISSION when absent. */
  admission?: { concurrency: number; queue: number; maxWaitMs: number };
  logLevel: string;
  /**
   * Whose X-Forwarded-* headers are believed (TRUST_PROXY): false/absent = nobody's, so the
   * client address and protocol are the socket's; a hop count; or the proxies' addresses/CIDRs.
   */
  trustProxy?: false | number | string[];
  /** Where log lines go (default stdout); tests capture them to prove no secret is logged. */
  logStream?: { write(line: string): void };
}

/** `actor` when given (a route that ignores credentials), else the request's own (deps.resolveActor). */
export async function contextFor(
  deps: HttpDeps,
  request: FastifyRequest,
  actor?: Actor,
): Promise<UseCaseContext> {
  actor ??= await deps.resolveActor(request);
  const now = deps.now();
  return {
    actor,
    today: copenhagenDate(now),
    now,
    requestId: request.id,
    uow: deps.unitOfWork({ actor: actorLabel(actor), requestId: request.id }),
  };
}
