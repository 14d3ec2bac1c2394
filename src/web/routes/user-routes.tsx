/**
 * Brugere (admins only): list and create accounts, grant and revoke roles, revoke a user's API
 * tokens and deactivate a user (ending every session, token and feed at once). The municipality
 * is `?kommune=` or the admin's first municipality with an admin role.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../app/actor.ts';
import { AppError, notFound } from '../../app/app-error.ts';
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
import { statusByCode } from '../../http/problem.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { emptyForm, type FormState } from '../components/form.tsx';
import { pageRoute } from '../page-route.ts';
import { UserPage } from '../pages/users/user-page.tsx';
import { UsersPage } from '../pages/users/users-page.tsx';
import { formFields, queryText } from './auth-routes.tsx';

const ADMINS = { access: userAdmins };
const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';

/** The municipality an admin page works in: `?kommune=` when given, else the first admin grant. */
export function adminMunicipality(actor: Actor, request: FastifyRequest, role = 'admin'): string {
  const asked = queryText(request, 'kommune');
  if (asked && /^\d{3}$/.test(asked)) return asked;
  const first = actor.kind === 'user' ? actor.grants.find((g) => g.role === role)?.municipality : undefined;
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

const userFormFields = ['name', 'email', 'role', 'organisationId', 'unit'];

function formState(form: Record<string, string>, err: AppError): FormState {
  return {
    values: Object.fromEntries(userFormFields.map((f) => [f, form[f] ?? ''])),
    errors:
      err.fieldErrors.length > 0
        ? err.fieldErrors
        : [{ field: 'name', message: `${err.title}: ${err.detail}` }],
  };
}

export function registerUserPages(app: FastifyInstance, deps: HttpDeps): void {
  async function usersPage(ctx: UseCaseContext, municipality: string, form: FormState) {
    const users = await runUseCase(listUsers, ctx, { municipality });
    const { municipality: m, organisations } = await organisationsOf(ctx, municipality);
    return <UsersPage municipality={m} users={users} organisations={organisations} form={form} />;
  }

  async function userPage(
    ctx: UseCaseContext,
    municipality: string,
    userId: string,
    extra: Pick<Parameters<typeof UserPage>[0], 'form' | 'notice' | 'failure'>,
  ) {
    const out = await runUseCase(getUser, ctx, { municipality, userId });
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

  pageRoute(
    app,
    deps,
    'GET',
    '/brugere',
    async (ctx, request) => usersPage(ctx, adminMunicipality(ctx.actor, request), emptyForm),
    ADMINS,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/brugere',
    async (ctx, request, reply) => {
      const municipality = adminMunicipality(ctx.actor, request);
      const form = formFields(request);
      try {
        const out = await runUseCase(addUser, ctx, {
          municipality,
          name: form.name,
          email: form.email,
          role: form.role,
          organisationId: form.organisationId,
          unit: form.unit,
          inviteLinkBase: deps.publicUrl,
        });
        return { redirect: `/brugere/${encodeURIComponent(out.user.id)}?kommune=${municipality}&oprettet=1` };
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'invalidInput') throw err;
        reply.status(400);
        return usersPage(ctx, municipality, formState(form, err));
      }
    },
    ADMINS,
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/brugere/:userId',
    async (ctx, request) => {
      const notices = {
        oprettet: 'created',
        tildelt: 'granted',
        fjernet: 'revoked',
        tilbagekaldt: 'tokenRevoked',
        deaktiveret: 'deactivated',
      } as const;
      const notice =
        Object.entries(notices).find(([flag]) => queryText(request, flag) !== undefined)?.[1] ?? null;
      return userPage(ctx, adminMunicipality(ctx.actor, request), param(request, 'userId'), {
        form: emptyForm,
        notice,
        failure: null,
      });
    },
    ADMINS,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/brugere/:userId/roller',
    async (ctx, request, reply) => {
      const municipality = adminMunicipality(ctx.actor, request);
      const userId = param(request, 'userId');
      const form = formFields(request);
      try {
        await runUseCase(grantRole, ctx, {
          municipality,
          userId,
          role: form.role,
          organisationId: form.organisationId,
          unit: form.unit,
        });
        return { redirect: `/brugere/${encodeURIComponent(userId)}?kommune=${municipality}&tildelt=1` };
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'invalidInput') throw err;
        reply.status(400);
        return userPage(ctx, municipality, userId, {
          form: formState(form, err),
          notice: null,
          failure: null,
        });
      }
    },
    ADMINS,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/brugere/:userId/roller/:grantId/fjern',
    async (ctx, request, reply) => {
      const municipality = adminMunicipality(ctx.actor, request);
      const userId = param(request, 'userId');
      try {
        await runUseCase(revokeRole, ctx, { municipality, userId, grantId: param(request, 'grantId') });
        return { redirect: `/brugere/${encodeURIComponent(userId)}?kommune=${municipality}&fjernet=1` };
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'ruleViolation') throw err;
        reply.status(statusByCode[err.code]);
        return userPage(ctx, municipality, userId, {
          form: emptyForm,
          notice: null,
          failure: { title: err.title, detail: err.detail },
        });
      }
    },
    ADMINS,
  );

  /** A refusal (ruleViolation) shown on the user page instead of an error page. */
  async function refusedOnUserPage(
    ctx: UseCaseContext,
    reply: FastifyReply,
    municipality: string,
    userId: string,
    err: unknown,
  ) {
    if (!(err instanceof AppError) || err.code !== 'ruleViolation') throw err;
    reply.status(statusByCode[err.code]);
    return userPage(ctx, municipality, userId, {
      form: emptyForm,
      notice: null,
      failure: { title: err.title, detail: err.detail },
    });
  }

  pageRoute(
    app,
    deps,
    'POST',
    '/brugere/:userId/noegler/:tokenId/tilbagekald',
    async (ctx, request) => {
      const municipality = adminMunicipality(ctx.actor, request);
      const userId = param(request, 'userId');
      await runUseCase(revokeApiToken, ctx, { municipality, id: param(request, 'tokenId') });
      return { redirect: `/brugere/${encodeURIComponent(userId)}?kommune=${municipality}&tilbagekaldt=1` };
    },
    ADMINS,
  );

  pageRoute(
    app,
    deps,
    'POST',
    '/brugere/:userId/deaktiver',
    async (ctx, request, reply) => {
      const municipality = adminMunicipality(ctx.actor, request);
      const userId = param(request, 'userId');
      try {
        await runUseCase(deactivateUser, ctx, { municipality, userId });
        return { redirect: `/brugere/${encodeURIComponent(userId)}?kommune=${municipality}&deaktiveret=1` };
      } catch (err) {
        return refusedOnUserPage(ctx, reply, municipality, userId, err);
      }
    },
    ADMINS,
  );
}
