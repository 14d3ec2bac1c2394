/**
 * /api/v1 account and audit routes: who am I, the municipality's users, the audit log.
 * Tokens, calendar feeds and deactivation: credential-routes.ts. The log has no write routes.
 * Calls that authenticate with the session cookie instead of a bearer token must send the
 * session's CSRF token in `x-csrf-token` when they change data (http/auth/csrf.ts).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listAuditEntries } from '../../app/audit/list-audit-entries.ts';
import { addUser } from '../../app/auth/add-user.ts';
import { getCurrentUser } from '../../app/auth/get-current-user.ts';
import { listUsers } from '../../app/auth/list-users.ts';
import type { HttpDeps } from '../request-context.ts';
import { useCaseRoute } from '../use-case-route.ts';
import { registerCredentialApi } from './credential-routes.ts';
import { auditEntryResponse, presentAuditEntry, presentUser, userResponse } from './presenters.ts';

type Params = Record<string, string>;

export function registerAuthApi(app: FastifyInstance, deps: HttpDeps): void {
  registerCredentialApi(app, deps);
  useCaseRoute(app, deps, {
    method: 'GET',
    url: '/api/v1/me',
    tags: ['accounts'],
    useCase: getCurrentUser,
    input: () => ({}),
    response: z.object({ user: userResponse }),
    present: (out) => ({ user: presentUser(out.user, out.grants) }),
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: '/api/v1/municipalities/:municipality/users',
    tags: ['accounts'],
    useCase: listUsers,
    input: (r) => ({ municipality: (r.params as Params).municipality }),
    response: z.object({ users: z.array(userResponse) }),
    present: (out) => ({ users: out.map((u) => presentUser(u.user, u.grants)) }),
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: '/api/v1/municipalities/:municipality/users',
    tags: ['accounts'],
    useCase: addUser,
    successStatus: 201,
    body: z.object({
      email: z.string(),
      name: z.string(),
      role: z.enum(['admin', 'caseOfficer', 'official', 'organisation', 'councilMember']),
      organisationId: z.string().optional(),
      unit: z.string().optional(),
    }),
    input: (r) => ({
      ...((r.body ?? {}) as Record<string, unknown>),
      municipality: (r.params as Params).municipality,
      // Over the API an account is always invited by mail: no password travels in JSON, and a
      // `password` field in the body is overridden by the invitation.
      password: undefined,
      inviteLinkBase: deps.publicUrl,
    }),
    response: z.object({
      user: z.object({ id: z.string(), email: z.string(), name: z.string(), municipality: z.string() }),
      invited: z.boolean(),
    }),
    present: (out) => ({ user: out.user, invited: out.invited }),
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: '/api/v1/municipalities/:municipality/audit-entries',
    tags: ['audit'],
    useCase: listAuditEntries,
    paged: 'before',
    querystring: z.object({
      from: z.string().optional(),
      to: z.string().optional(),
      action: z.string().optional(),
      entity: z.string().optional(),
      entityId: z.string().optional(),
      actor: z.string().optional(),
      limit: z.string().optional(),
    }),
    input: (r) => {
      const { cursor: _cursor, ...filter } = r.query as Params;
      return { ...filter, municipality: (r.params as Params).municipality };
    },
    response: z.object({ entries: z.array(auditEntryResponse), truncated: z.boolean() }),
    present: (out) => ({ entries: out.entries.map(presentAuditEntry), truncated: out.truncated }),
  });
}
