/**
 * /api/v1 routes for credentials, so a leaked secret can be answered while the server runs
 * (hardening issue 12, #4): one's own API tokens and calendar feeds (any logged-in user), the
 * municipality's tokens and user deactivation (administrators). The same use cases back the
 * pages /min-profil and /brugere/:id and the CLI.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { createOwnApiToken } from '../../app/auth/create-own-api-token.ts';
import { deactivateUser } from '../../app/auth/deactivate-user.ts';
import { getMyAccess } from '../../app/auth/get-my-access.ts';
import { listApiTokens } from '../../app/auth/list-api-tokens.ts';
import { revokeApiToken } from '../../app/auth/revoke-api-token.ts';
import { revokeOwnApiToken } from '../../app/auth/revoke-own-api-token.ts';
import { revokeCalendarFeed } from '../../app/meetings/revoke-calendar-feed.ts';
import type { HttpDeps } from '../request-context.ts';
import { useCaseRoute } from '../use-case-route.ts';
import {
  apiTokenResponse,
  calendarFeedResponse,
  presentApiToken,
  presentCalendarFeed,
  presentUser,
  revocationResponse,
  userResponse,
} from './presenters.ts';

const params = (r: FastifyRequest) => r.params as Record<string, string>;
const tags = ['accounts'];
const presentRevocation = (out: { id: number; revokedAt: Date; alreadyRevoked: boolean }) => ({
  id: out.id,
  revokedAt: out.revokedAt.toISOString(),
  alreadyRevoked: out.alreadyRevoked,
});

export function registerCredentialApi(app: FastifyInstance, deps: HttpDeps): void {
  useCaseRoute(app, deps, {
    method: 'GET',
    url: '/api/v1/me/credentials',
    tags,
    useCase: getMyAccess,
    input: () => ({}),
    response: z.object({
      user: userResponse,
      apiTokens: z.array(apiTokenResponse),
      calendarFeeds: z.array(calendarFeedResponse),
    }),
    present: (out) => ({
      user: presentUser(out.user, out.grants),
      apiTokens: out.apiTokens.map(presentApiToken),
      calendarFeeds: out.calendarFeeds.map(presentCalendarFeed),
    }),
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: '/api/v1/me/api-tokens',
    tags,
    useCase: createOwnApiToken,
    body: z.object({ label: z.string(), expires: z.string().optional() }),
    input: (r) => ({ ...((r.body ?? {}) as Record<string, unknown>) }),
    response: z.object({ id: z.number().int(), token: z.string(), label: z.string(), expiresAt: z.string() }),
    present: (out) => ({
      id: out.id,
      token: out.token,
      label: out.label,
      expiresAt: out.expiresAt.toISOString(),
    }),
    successStatus: 201,
  });

  useCaseRoute(app, deps, {
    method: 'DELETE',
    url: '/api/v1/me/api-tokens/:id',
    tags,
    useCase: revokeOwnApiToken,
    input: (r) => ({ id: params(r).id }),
    response: revocationResponse,
    present: presentRevocation,
  });

  useCaseRoute(app, deps, {
    method: 'DELETE',
    url: '/api/v1/municipalities/:municipality/calendar-feeds',
    tags,
    useCase: revokeCalendarFeed,
    input: (r) => ({ municipality: params(r).municipality }),
    response: z.object({ revoked: z.number().int() }),
    present: (out) => out,
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: '/api/v1/municipalities/:municipality/api-tokens',
    tags,
    useCase: listApiTokens,
    input: (r) => ({ municipality: params(r).municipality }),
    response: z.object({ apiTokens: z.array(apiTokenResponse) }),
    present: (out) => ({ apiTokens: out.map(presentApiToken) }),
  });

  useCaseRoute(app, deps, {
    method: 'DELETE',
    url: '/api/v1/municipalities/:municipality/api-tokens/:id',
    tags,
    useCase: revokeApiToken,
    input: (r) => ({ municipality: params(r).municipality, id: params(r).id }),
    response: revocationResponse,
    present: presentRevocation,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: '/api/v1/municipalities/:municipality/users/:userId/deactivation',
    tags,
    useCase: deactivateUser,
    input: (r) => ({ municipality: params(r).municipality, userId: params(r).userId }),
    response: z.object({
      userId: z.string(),
      sessionsEnded: z.number().int(),
      apiTokensRevoked: z.number().int(),
      calendarFeedsRevoked: z.number().int(),
      passwordLinksRetired: z.number().int(),
    }),
    present: (out) => ({
      userId: out.userId,
      sessionsEnded: out.sessionsEnded,
      apiTokensRevoked: out.apiTokensRevoked,
      calendarFeedsRevoked: out.calendarFeedsRevoked,
      passwordLinksRetired: out.passwordLinksRetired,
    }),
  });
}
