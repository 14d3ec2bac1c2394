/**
 * Small pieces the meeting route files share: path and query parameters, and the meeting page
 * rendered from its read model (getMeeting), with a refused form when there is one.
 */
import type { FastifyRequest } from 'fastify';
import { getMeeting } from '../../app/meetings/get-meeting.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { MeetingPage, type RefusedForm } from '../pages/meetings/meeting-page.tsx';

export const param = (r: FastifyRequest, name: string): string =>
  (r.params as Record<string, string>)[name] ?? '';

/** `?aar=2027`, else this year. */
export function yearOf(request: FastifyRequest, today: string): number {
  const aar = ((request.query ?? {}) as Record<string, unknown>).aar;
  return typeof aar === 'string' && /^\d{4}$/.test(aar) ? Number(aar) : Number(today.slice(0, 4));
}

/** The meeting and municipality a meeting form acts on. */
export function meetingIds(ctx: UseCaseContext, request: FastifyRequest) {
  return { municipality: requireHomeMunicipality(ctx.actor), id: param(request, 'id') };
}

export async function meetingPage(ctx: UseCaseContext, request: FastifyRequest, refused?: RefusedForm) {
  const view = await runUseCase(getMeeting, ctx, meetingIds(ctx, request));
  return <MeetingPage view={view} {...(refused ? { refused } : {})} />;
}
