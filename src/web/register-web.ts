/**
 * The web module: static assets (Det Fælles Designsystem served locally, no CDN) and every page.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { HttpDeps } from '../http/request-context.ts';
import type { WebModule } from '../http/server.ts';
import { renderErrorPage } from './pages/error-page.tsx';
import { registerAgreementPages } from './routes/agreement-routes.tsx';
import { registerAuditPages } from './routes/audit-routes.tsx';
import { registerAuthPages } from './routes/auth-routes.tsx';
import { registerBriefingPages } from './routes/briefing-routes.tsx';
import { registerFrontPage } from './routes/front-page-routes.tsx';
import { registerGovernancePages } from './routes/governance-routes.tsx';
import { registerKeyFigurePages } from './routes/key-figure-routes.tsx';
import { registerLegalPages } from './routes/legal-routes.tsx';
import { registerListExports } from './routes/list-export-routes.ts';
import { registerMeetingPages } from './routes/meeting-routes.tsx';
import { registerMunicipalityPages } from './routes/municipality-routes.tsx';
import { registerOnboardingPages } from './routes/onboarding-routes.tsx';
import { registerPoliticalCasePages } from './routes/political-case-routes.tsx';
import { registerProfilePages } from './routes/profile-routes.tsx';
import { registerRegistryFormPages } from './routes/registry-form-routes.tsx';
import { registerRegistryPages } from './routes/registry-routes.tsx';
import { registerTenancyPages } from './routes/tenancy-routes.tsx';
import { registerUserPages } from './routes/user-routes.tsx';
import { registerWebhookPages } from './routes/webhook-routes.tsx';

const require = createRequire(import.meta.url);
// dkfds exports only its main script, so find its dist/ from that file.
const dkfdsDist = path.resolve(path.dirname(require.resolve('dkfds')), '..');
const assetsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');

async function register(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  await app.register(fastifyStatic, { root: dkfdsDist, prefix: '/static/dkfds/', decorateReply: false });
  await app.register(fastifyStatic, { root: assetsDir, prefix: '/static/app/', decorateReply: false });
  registerFrontPage(app, deps);
  registerRegistryFormPages(app, deps);
  registerMunicipalityPages(app, deps);
  registerWebhookPages(app, deps);
  registerRegistryPages(app, deps);
  registerGovernancePages(app, deps);
  registerMeetingPages(app, deps);
  registerListExports(app, deps);
  registerAuthPages(app, deps);
  registerUserPages(app, deps);
  registerProfilePages(app, deps);
  registerAuditPages(app, deps);
  registerTenancyPages(app, deps);
  await registerOnboardingPages(app, deps);
  registerLegalPages(app, deps);
  registerBriefingPages(app, deps);
  registerKeyFigurePages(app, deps);
  await registerAgreementPages(app, deps);
  await registerPoliticalCasePages(app, deps);
}

export const webModule: WebModule = { register, renderErrorPage };
