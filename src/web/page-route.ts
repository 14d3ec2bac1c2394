/**
 * Declares one server-rendered page. The handler gets the use-case context and returns the
 * page; an unauthenticated visitor on a page that needs a login is sent to the login page.
 *
 * Every page route declares who may open it (`{ access }`, the same AccessPolicy as use cases):
 * the route table (registeredPageRoutes) drives the authorization matrix test, which fails for
 * a route without an access rule. The rendered page gets a PageContext with the CSRF token
 * (forms: `<CsrfField />`) and the actor.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h, type VNode } from 'preact';
import { type AccessPolicy, type Actor, admits } from '../app/actor.ts';
import { AppError, notFound } from '../app/app-error.ts';
import { getNavigation } from '../app/navigation/get-navigation.ts';
import { runUseCase } from '../app/run-use-case.ts';
import type { UseCaseContext } from '../app/use-case.ts';
import { csrfTokenFor } from '../http/auth/csrf.ts';
import { contextFor, type HttpDeps } from '../http/request-context.ts';
import { PageContext } from './components/page-context.ts';
import { renderDocumentBytes } from './render.ts';

export type PageResult =
  | VNode
  /** The client's copy is current (If-None-Match named the ETag the handler set): 304. */
  | { notModified: true }
  | { redirect: string }
  | { file: Buffer | string; type: string; filename: string };

export type PageHandler = (
  ctx: UseCaseContext,
  request: FastifyRequest,
  /** For cookies and the status of a form re-rendered with errors; most pages ignore it. */
  reply: FastifyReply,
) => Promise<PageResult>;

export interface PageRouteOptions {
  /** Who may open the page. Without it the authorization matrix test fails for the route. */
  access?: AccessPolicy;
}

/** Every page route registered so far, for the authorization matrix test. */
export const registeredPageRoutes: { method: string; url: string; access: AccessPolicy | null }[] = [];

/** Same rule as runUseCase: public pages for everyone, others for users with an admitted role. */
function checkPageAccess(actor: Actor, access: AccessPolicy | undefined): void {
  if (!access || 'public' in access) return;
  if (actor.kind === 'public')
    throw new AppError('unauthenticated', 'Log ind', 'Du skal logge ind for at se dette.');
  if (!admits(actor, access)) throw notFound('Siden');
}

async function respond(
  deps: HttpDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: UseCaseContext,
  result: PageResult,
): Promise<FastifyReply> {
  if ('redirect' in result) return reply.redirect(result.redirect, 303);
  if ('notModified' in result) return reply.status(304).send();
  if ('file' in result) {
    return reply
      .type(result.type)
      .header('content-disposition', `attachment; filename="${result.filename}"`)
      .send(result.file);
  }
  const csrfToken = await csrfTokenFor(deps, request, reply);
  // The frame (menu, user links, footer) is a read model like the page itself.
  const navigation = await runUseCase(getNavigation, ctx, {});
  const page = h(
    PageContext.Provider,
    { value: { csrfToken, actor: ctx.actor, navigation } },
    result,
  ) as VNode;
  return reply.type('text/html; charset=utf-8').send(renderDocumentBytes(page));
}

export function pageRoute(
  app: FastifyInstance,
  deps: HttpDeps,
  method: 'GET' | 'POST',
  url: string,
  handler: PageHandler,
  options: PageRouteOptions = {},
): void {
  registeredPageRoutes.push({ method, url, access: options.access ?? null });
  app.route({
    method,
    url,
    schema: { hide: true },
    async handler(request, reply) {
      const ctx = await contextFor(deps, request);
      try {
        checkPageAccess(ctx.actor, options.access);
        return await respond(deps, request, reply, ctx, await handler(ctx, request, reply));
      } catch (err) {
        if (err instanceof AppError && err.code === 'unauthenticated') {
          return reply.redirect(`/log-ind?naeste=${encodeURIComponent(request.url)}`, 303);
        }
        throw err;
      }
    },
  });
}
