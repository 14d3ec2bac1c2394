/**
 * /webhooks: the municipality's webhooks for its administrators — create, remove, redeliver —
 * through formRoute; every action is a use case from app/webhooks/manage-webhooks.ts.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { municipalityAdmins } from '../../app/registry/access.ts';
import { getMunicipality } from '../../app/registry/get-municipality.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import {
  createWebhook,
  listWebhooks,
  redeliverWebhook,
  removeWebhook,
} from '../../app/webhooks/manage-webhooks.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { emptyForm, type FormState } from '../components/form.tsx';
import { formRoute } from '../form-route.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { pageRoute } from '../page-route.ts';
import { WebhooksPage } from '../pages/webhooks/webhooks-page.tsx';

const param = (r: FastifyRequest, name: string) => (r.params as Record<string, string>)[name] ?? '';

/** Ticked checkboxes arrive as one string or several, beside the form's empty hidden `events`. */
function postedEvents(body: unknown): string[] {
  const raw = (body as Record<string, unknown> | null)?.events;
  const values = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [];
  return values.filter((v) => v !== '');
}

async function page(ctx: UseCaseContext, request: FastifyRequest, state: FormState | null) {
  const municipality = requireHomeMunicipality(ctx.actor);
  const [out, m] = await Promise.all([
    runUseCase(listWebhooks, ctx, { municipality }),
    runUseCase(getMunicipality, ctx, { municipality }),
  ]);
  return (
    <WebhooksPage
      municipalityName={m.name}
      webhooks={out.webhooks}
      deliveries={out.deliveries}
      form={state ?? emptyForm}
      checkedEvents={state ? postedEvents(request.body) : []}
    />
  );
}

export function registerWebhookPages(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(app, deps, 'GET', '/webhooks', (ctx, request) => page(ctx, request, null), {
    access: municipalityAdmins,
  });

  formRoute(app, deps, {
    url: '/webhooks',
    pageUrl: '/webhooks',
    access: municipalityAdmins,
    useCase: createWebhook,
    toInput: ({ fields }, ctx, request) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      url: fields.url ?? '',
      events: postedEvents(request.body),
      description: fields.description ?? '',
    }),
    page,
    redirect: () => '/webhooks',
  });

  formRoute(app, deps, {
    url: '/webhooks/:id/fjern',
    pageUrl: '/webhooks',
    access: municipalityAdmins,
    useCase: removeWebhook,
    toInput: (_form, ctx, request) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      id: param(request, 'id'),
    }),
    page,
    redirect: () => '/webhooks',
  });

  formRoute(app, deps, {
    url: '/webhooks/leveringer/:id/send-igen',
    pageUrl: '/webhooks',
    access: municipalityAdmins,
    useCase: redeliverWebhook,
    toInput: (_form, ctx, request) => ({
      municipality: requireHomeMunicipality(ctx.actor),
      id: param(request, 'id'),
    }),
    page,
    redirect: () => '/webhooks',
  });
}
