/**
 * The security headers of every answer (Content-Security-Policy, HSTS, X-Frame-Options, …) as
 * helmet defines them for our policy. helmet is a per-request middleware that builds its
 * middlewares and the policy string on every call (via @fastify/helmet: ~2.5 % of a cached API
 * answer's CPU, issue 18); our policy depends on nothing in the request, so its headers are
 * computed once at start and set from that table on each request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

export const SECURITY_POLICY: Readonly<HelmetOptions> = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      // Deployments behind plain http on an intranet must keep working: no forced upgrade.
      upgradeInsecureRequests: null,
    },
  },
};

/** The headers helmet sets for `options`, by running it once against a recording response. */
export function securityHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options as HelmetOptions)({} as IncomingMessage, recorder as unknown as ServerResponse, (err) => {
    if (err) throw err;
  });
  return headers;
}

/** Sets the headers on every reply; a route may still set its own (swagger-ui its CSP). */
export function registerSecurityHeaders(app: FastifyInstance, options = SECURITY_POLICY): void {
  const headers = securityHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
