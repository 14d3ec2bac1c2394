/**
 * All JSON API routes: /healthz and /api/v1/<resource>. Each resource folder registers its own.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { checkHealth } from '../app/system/check-health.ts';
import { registerAgreementsApi } from './agreements/routes.ts';
import { registerAuthApi } from './auth/routes.ts';
import { registerGovernanceApi } from './governance/routes.ts';
import { registerKeyFiguresApi } from './key-figures/routes.ts';
import { registerMeetingsApi } from './meetings/routes.ts';
import { registerOparlApi } from './oparl/routes.ts';
import { registerPoliticalCasesApi } from './political-cases/routes.ts';
import { registerRegistryApi } from './registry/routes.ts';
import type { HttpDeps } from './request-context.ts';
import { registerTenancyApi } from './tenancy/routes.ts';
import { useCaseRoute } from './use-case-route.ts';
import { registerWebhooksApi } from './webhooks/routes.ts';

export async function registerApiRoutes(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  useCaseRoute(app, deps, {
    method: 'GET',
    url: '/healthz',
    tags: ['system'],
    useCase: checkHealth,
    // Monitoring polls it: one database round trip, no authentication queries.
    ignoresCredentials: true,
    input: () => ({}),
    response: z.object({ status: z.literal('ok') }),
    present: (out) => out,
  });
  registerRegistryApi(app, deps);
  await registerAgreementsApi(app, deps);
  registerGovernanceApi(app, deps);
  await registerKeyFiguresApi(app, deps);
  registerMeetingsApi(app, deps);
  await registerPoliticalCasesApi(app, deps);
  registerAuthApi(app, deps);
  registerOparlApi(app, deps);
  registerWebhooksApi(app, deps);
  registerTenancyApi(app, deps);
}
