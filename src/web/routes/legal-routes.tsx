/**
 * The built-in accessibility statement and privacy notice: public pages, linked in the footer
 * while the municipality has not set the addresses of its own (getNavigation decides the link).
 */
import type { FastifyInstance } from 'fastify';
import {
  BUILT_IN_ACCESSIBILITY_STATEMENT,
  BUILT_IN_PRIVACY_NOTICE,
} from '../../app/navigation/get-navigation.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { pageRoute } from '../page-route.ts';
import { AccessibilityPage } from '../pages/legal/accessibility-page.tsx';
import { PrivacyPage } from '../pages/legal/privacy-page.tsx';

const PUBLIC = { access: { public: true as const } };

export function registerLegalPages(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(app, deps, 'GET', BUILT_IN_ACCESSIBILITY_STATEMENT, async () => <AccessibilityPage />, PUBLIC);
  pageRoute(app, deps, 'GET', BUILT_IN_PRIVACY_NOTICE, async () => <PrivacyPage />, PUBLIC);
}
