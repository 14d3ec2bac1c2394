/**
 * The Fastify application: plugins, security headers, error handling, OpenAPI, and the route
 * modules of the API (http/<resource>/) and the web pages (web/). Listening is main/'s job.
 */

import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { DEFAULT_ADMISSION, registerAdmission } from './admission.ts';
import { registerAuthHooks } from './auth/csrf.ts';
import { registerInputGuards } from './input-guard.ts';
import { LOG_REDACT_PATHS, logSerializers } from './log-redaction.ts';
import { apiDocumentOptions } from './openapi/api-document.ts';
import {
  clientErrorProblem,
  frameworkProblem,
  type Problem,
  problemFor,
  rawProblemResponse,
  sendProblem,
  statusOfClientError,
  toAppError,
} from './problem.ts';
import { registerApiRoutes } from './register-api.ts';
import type { HttpDeps } from './request-context.ts';
import { registerSecurityHeaders } from './security-headers.ts';

/** What the web layer plugs into the server; main/ passes it so http/ does not depend on web/. */
export interface WebModule {
  register(app: FastifyInstance, deps: HttpDeps): Promise<void>;
  renderErrorPage(problem: Problem): string;
}

function wantsHtml(url: string, accept: string | undefined): boolean {
  return !url.startsWith('/api/') && url !== '/healthz' && (accept ?? '').includes('text/html');
}

/** The validator compiler that passes every request part through (the use case validates). */
const acceptAsIs = () => (data: unknown) => ({ value: data });

type CompilersFactory = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>;
/**
 * Fastify calls each factory once and uses what it returns as the route compiler; its types
 * describe Ajv's and fast-json-stringify's factories, hence the casts.
 */
const compilersFactory: CompilersFactory = {
  buildValidator: (() => acceptAsIs) as unknown as CompilersFactory['buildValidator'],
  buildSerializer: (() => serializerCompiler) as unknown as CompilersFactory['buildSerializer'],
};

/**
 * Fastify's trustProxy from TRUST_PROXY. A hop count becomes a function: Fastify 5.12 ignores a
 * plain number (it trusts nothing then), so "the nearest n hops" is spelled out here.
 */
function trustProxyOption(
  setting: HttpDeps['trustProxy'],
): false | string[] | ((address: string, hop: number) => boolean) {
  if (setting === undefined || setting === false || setting === 0) return false;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return setting;
}

export async function buildHttpServer(deps: HttpDeps, web: WebModule): Promise<FastifyInstance> {
  const app = Fastify({
    // The compilers set below, given up front as well: Fastify then never loads its default
    // ones (Ajv, fast-json-stringify), which cost every start ~0.1–0.2 s of CPU.
    schemaController: { compilersFactory },
    // Secrets in URLs (feed tokens, password links, OIDC codes) are redacted: http/log-redaction.ts.
    logger: {
      level: deps.logLevel,
      redact: LOG_REDACT_PATHS,
      serializers: logSerializers,
      ...(deps.logStream ? { stream: deps.logStream } : {}),
    },
    bodyLimit: deps.bodyLimitBytes,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // Errors Fastify answers before any route or hook (a malformed URL, an over-long path
    // parameter): problem+json like every other refusal.
    frameworkErrors: (error, request, reply) => sendProblem(reply, frameworkProblem(error, request.id)),
    // Requests Node's HTTP parser cannot read (bad request line, headers too large): the socket
    // gets a problem+json answer too, then closes.
    clientErrorHandler: (error, socket) => {
      if (!socket.writable) return;
      socket.end(rawProblemResponse(clientErrorProblem(error, randomUUID())));
    },
    // Never `true`: then anyone could choose their address (login throttling) and protocol
    // (the Secure cookie flag) with X-Forwarded-For/-Proto. See TRUST_PROXY in the README.
    trustProxy: trustProxyOption(deps.trustProxy),
  }).withTypeProvider<ZodTypeProvider>();

  // Validation happens once, in the use case (Danish field errors); route schemas document the
  // API and drive response serialisation, which whitelists the fields that leave the server.
  app.setValidatorCompiler(acceptAsIs);
  app.setSerializerCompiler(serializerCompiler);

  // First of all hooks: a request beyond capacity costs nothing more than its 503.
  registerAdmission(app, deps.admission ?? DEFAULT_ADMISSION);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerSecurityHeaders(app);
  registerInputGuards(app);
  await app.register(cookie);
  await app.register(formbody);
  // Before any route: the CSRF check covers every form and cookie-authenticated API call.
  registerAuthHooks(app, deps);

  await app.register(swagger, apiDocumentOptions(deps.publicUrl));
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    const problem = problemFor(appError, request, statusOfClientError(error));
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.code }, 'request refused');
    if (!wantsHtml(request.url, request.headers.accept)) return sendProblem(reply, problem);
    return reply.status(problem.status).type('text/html; charset=utf-8').send(web.renderErrorPage(problem));
  });

  await registerApiRoutes(app, deps);
  await web.register(app, deps);

  app.setNotFoundHandler((request, reply) => {
    const problem: Problem = {
      type: 'https://styringsdialog.dk/problemer/notFound',
      title: 'Ikke fundet',
      status: 404,
      detail: `Der findes intet på adressen ${request.url}.`,
      code: 'notFound',
      requestId: request.id,
    };
    if (!wantsHtml(request.url, request.headers.accept)) return sendProblem(reply, problem);
    return reply.status(404).type('text/html; charset=utf-8').send(web.renderErrorPage(problem));
  });

  return app;
}
