/**
 * The shape of every use case: validate input, authorise, load through ports, decide in
 * domain/, save through ports, audit. The HTTP API, the web pages and the CLI all call use cases
 * through the catalogue (catalogue.ts), so they cannot drift apart.
 */
import type { z } from 'zod';
import type { IsoDate } from '../domain/shared/iso-date.ts';
import type { AccessPolicy, Actor } from './actor.ts';
import type { ComplianceContent } from './governance/compliance-state-store.ts';
import type { UnitOfWork } from './ports.ts';

export interface UseCaseContext {
  actor: Actor;
  /** Today's date in Denmark, given by the caller: domain rules never read the clock. */
  today: IsoDate;
  requestId: string;
  uow: UnitOfWork;
  /** The current instant (sessions, lockouts, token expiry); tests pass a fixed clock. */
  now?: Date;
  /**
   * What the edge already read for this request through another use case, so the next one does
   * not read it again (issue 18): the municipality's content row read for the ETag
   * (complianceVersion) serves the read cache's key in complianceGrid and frontPage. A use case
   * uses it only for the municipality it names; it is never taken from the request.
   */
  known?: KnownReads;
}

export interface KnownReads {
  complianceContent?: { municipality: string; content: ComplianceContent | null };
}

/** The content row the edge read for `municipality` in this request; undefined when it read none. */
export function knownComplianceContent(
  ctx: UseCaseContext,
  municipality: string,
): ComplianceContent | null | undefined {
  const known = ctx.known?.complianceContent;
  return known && known.municipality === municipality ? known.content : undefined;
}

export interface UseCase<S extends z.ZodType, O> {
  name: string;
  /** Danish one-liner for docs and audit views. */
  summary: string;
  /** True when the use case changes data: then it must write an audit entry. */
  mutates: boolean;
  access: AccessPolicy;
  input: S;
  run(ctx: UseCaseContext, input: z.output<S>): Promise<O>;
}

export function defineUseCase<S extends z.ZodType, O>(useCase: UseCase<S, O>): UseCase<S, O> {
  return useCase;
}
