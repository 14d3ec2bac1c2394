/**
 * Declares one server-rendered page. The handler gets the use-case context and returns the
 * page; an unauthenticated visitor on a page that needs a login is sent to the login page.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { AppError } from '../app/app-error.ts';
import type { UseCaseContext } from '../app/use-case.ts';
import { contextFor, type HttpDeps } from '../http/request-context.ts';
import { renderDocument } from './render.ts';

export type PageResult =
  | VNode
  | { redirect: string }
  | { file: Buffer | string; type: string; filename: string };

export type PageHandler = (ctx: UseCaseContext, request: FastifyRequest) => Promise<PageResult>;

async function respond(reply: FastifyReply, result: PageResult): Promise<FastifyReply> {
  if ('redirect' in result) return reply.redirect(result.redirect, 303);
  if ('file' in result) {
    return reply
      .type(result.type)
      .header('content-disposition', `attachment; filename="${result.filename}"`)
      .send(result.file);
  }
  return reply.type('text/html; charset=utf-8').send(renderDocument(result));
}

export function pageRoute(
  app: FastifyInstance,
  deps: HttpDeps,
  method: 'GET' | 'POST',
  url: string,
  handler: PageHandler,
): void {
  app.route({
    method,
    url,
    schema: { hide: true },
    async handler(request, reply) {
      const ctx = await contextFor(deps, request);
      try {
        return await respond(reply, await handler(ctx, request));
      } catch (err) {
        if (err instanceof AppError && err.code === 'unauthenticated') {
          return reply.redirect(`/log-ind?naeste=${encodeURIComponent(request.url)}`, 303);
        }
        throw err;
      }
    },
  });
}
