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

export interface HttpDeps {
  /** A unit of work bound to an actor and request id. */
  unitOfWork(binding: { actor: string; requestId: string | null }): UnitOfWork;
  /** The current instant; tests pass a fixed clock. */
  now(): Date;
  /** Who is asking; the auth module decorates requests with a session-based resolver. */
  resolveActor(request: FastifyRequest): Promise<Actor>;
  publicUrl: string;
  bodyLimitBytes: number;
  logLevel: string;
}

export async function contextFor(deps: HttpDeps, request: FastifyRequest): Promise<UseCaseContext> {
  const actor = await deps.resolveActor(request);
  return {
    actor,
    today: copenhagenDate(deps.now()),
    requestId: request.id,
    uow: deps.unitOfWork({ actor: actorLabel(actor), requestId: request.id }),
  };
}
