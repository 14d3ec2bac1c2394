/**
 * Brugere (admins only): list and create accounts, grant and revoke roles, revoke a user's API
 * tokens and deactivate a user (ending every session, token and feed at once). The municipality
 * is `?kommune=` or the admin's first municipality with an admin role. Every form is a formRoute:
 * a refusal re-renders the same page (422) with the message, a success redirects (303).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Actor, municipalityWithRole } from '../../app/actor.ts';
import { notFound } from '../../app/app-error.ts';
import { addUser } from '../../app/auth/add-user.ts';
import { deactivateUser } from '../../app/auth/deactivate-user.ts';
import { getUser } from '../../app/auth/get-user.ts';
import { grantRole } from '../../app/auth/grant-role.ts';
import { listUsers } from '../../app/auth/list-users.ts';
import { revokeApiToken } from '../../app/auth/revoke-api-token.ts';
import { revokeRole } from '../../app/auth/revoke-role.ts';
import { userAdmins } from '../../app/auth/user-access.ts';
import { listOrganisations } from '../../app/registry/list-organisations.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { emptyForm, type FormState } from '../components/form.tsx';
import { formRoute } from '../form-route.ts';
import { pageRoute } from '../page-route.ts';
import { UserPage, type UserPageProps } from '../pages/users/user-page.tsx';
import { UsersPage } from '../pages/users/users-page.tsx';
import { queryText } from './auth-routes.tsx';

const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';

/** The municipality an admin page works in: `?kommune=` when given, else the first admin grant. */
export function adminMunicipality(actor: Actor, request: FastifyRequest): string {
  const asked = queryText(request, 'kommune');
  if (asked && /^\d{3}$/.test(asked)) return asked;
  const first = municipalityWithRole(actor, 'admin');
  if (!first) throw notFound('Siden');
  return first;
}

async function organisationsOf(ctx: UseCaseContext, municipality: string) {
  const out = await runUseCase(listOrganisations, ctx, { municipality });
  return {
    municipality: { code: out.municipality.code, name: out.municipality.name },
    organisations: out.organisations.map((o) => ({ id: o.organisation.id, name: o.organisation.name })),
  };
}

/** After a success: back to the user's page with a notice flag. */
const toUser = (request: FastifyRequest, ctx: UseCaseContext, userId: string, flag: string) =>
  `/brugere/${encodeURIComponent(userId)}?kommune=${adminMunicipality(ctx.actor, request)}&${flag}=1`;

/** A refusal of a button without fields (remove role, revoke, deactivate), shown at the top. */
function failureOf(state: FormState | null): UserPageProps['failure'] {
  if (!state || state.errors.length === 0) return null;
  return { title: 'Det kan ikke lade sig gøre', detail: state.errors.map((e) => e.message).join(' ') };
}

const NOTICE_FLAGS = {
  oprettet: 'created',
  tildelt: 'granted',
  fjernet: 'revoked',
  tilbagekaldt: 'tokenRevoked',
  deaktiveret: 'deactivated',
} as const;

export function registerUserPages(app: FastifyInstance, deps: HttpDeps): void {
  async function usersPage(ctx: UseCaseContext, request: FastifyRequest, form: FormState | null) {
    const municipality = adminMunicipality(ctx.actor, request);
    const users = await runUseCase(listUsers, ctx, { municipality });
    const { municipality: m, organisations } = await organisationsOf(ctx, municipality);
    return (
      <UsersPage municipality={m} users={users} organisations={organisations} form={form ?? emptyForm} />
    );
  }

  async function userPage(
    ctx: UseCaseContext,
    request: FastifyRequest,
    extra: Pick<UserPageProps, 'form' | 'notice' | 'failure'>,
  ) {
    const municipality = adminMunicipality(ctx.actor, request);
    const out = await runUseCase(getUser, ctx, { municipality, userId: param(request, 'userId') });
    const { municipality: m, organisations } = await organisationsOf(ctx, municipality);
    return (
      <UserPage
        municipality={m}
        {...out}
        now={ctx.now ?? new Date()}
        organisations={organisations}
        {...extra}
      />
    );
  }

  /** The user page after a refused button: the message at the top, the grant form empty. */
  const refusedOnUserPage = (ctx: UseCaseContext, request: FastifyRequest, state: FormState | null) =>
    userPage(ctx, request, { form: emptyForm, notice: null, failure: failureOf(state) });

  formRoute(app, deps, {
    url: '/brugere',
    access: userAdmins,
    useCase: addUser,
    toInput: ({ fields }, ctx, request) => ({
      municipality: adminMunicipality(ctx.actor, request),
      name: fields.name,
      email: fields.email,
      role: fields.role,
      organisationId: fields.organisationId,
      unit: fields.unit,
      inviteLinkBase: deps.publicUrl,
    }),
    page: usersPage,
    redirect: (out, ctx, request) => toUser(request, ctx, out.user.id, 'oprettet'),
  });

  pageRoute(
    app,
    deps,
    'GET',
    '/brugere/:userId',
    async (ctx, request) => {
      const flag = Object.entries(NOTICE_FLAGS).find(([f]) => queryText(request, f) !== undefined);
      return userPage(ctx, request, { form: emptyForm, notice: flag?.[1] ?? null, failure: null });
    },
    { access: userAdmins },
  );

  formRoute(app, deps, {
    url: '/brugere/:userId/roller',
    pageUrl: '/brugere/:userId',
    access: userAdmins,
    useCase: grantRole,
    toInput: ({ fields }, ctx, request) => ({
      municipality: adminMunicipality(ctx.actor, request),
      userId: param(request, 'userId'),
      role: fields.role,
      organisationId: fields.organisationId,
      unit: fields.unit,
    }),
    page: (ctx, request, state) =>
      userPage(ctx, request, { form: state ?? emptyForm, notice: null, failure: null }),
    redirect: (_out, ctx, request) => toUser(request, ctx, param(request, 'userId'), 'tildelt'),
  });

  formRoute(app, deps, {
    url: '/brugere/:userId/roller/:grantId/fjern',
    pageUrl: '/brugere/:userId',
    access: userAdmins,
    useCase: revokeRole,
    toInput: (_form, ctx, request) => ({
      municipality: adminMunicipality(ctx.actor, request),
      userId: param(request, 'userId'),
      grantId: param(request, 'grantId'),
    }),
    page: refusedOnUserPage,
    redirect: (_out, ctx, request) => toUser(request, ctx, param(request, 'userId'), 'fjernet'),
  });

  formRoute(app, deps, {
    url: '/brugere/:userId/noegler/:tokenId/tilbagekald',
    pageUrl: '/brugere/:userId',
    access: userAdmins,
    useCase: revokeApiToken,
    toInput: (_form, ctx, request) => ({
      municipality: adminMunicipality(ctx.actor, request),
      id: param(request, 'tokenId'),
    }),
    page: refusedOnUserPage,
    redirect: (_out, ctx, request) => toUser(request, ctx, param(request, 'userId'), 'tilbagekaldt'),
  });

  formRoute(app, deps, {
    url: '/brugere/:userId/deaktiver',
    pageUrl: '/brugere/:userId',
    access: userAdmins,
    useCase: deactivateUser,
    toInput: (_form, ctx, request) => ({
      municipality: adminMunicipality(ctx.actor, request),
      userId: param(request, 'userId'),
    }),
    page: refusedOnUserPage,
    redirect: (_out, ctx, request) => toUser(request, ctx, param(request, 'userId'), 'deaktiveret'),
  });
}
