/**
 * Forgotten password and choosing a new password from a one-time link, as formRoutes: a refusal
 * re-renders the same page (422) with the message next to the field; a success redirects (303).
 * Passwords are never echoed back; a link request answers the same for known and unknown
 * addresses (app/auth/request-password-reset.ts), and too many requests answer 429.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalidInput } from '../../app/app-error.ts';
import { requestPasswordReset } from '../../app/auth/request-password-reset.ts';
import { resetPassword } from '../../app/auth/reset-password.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { emptyForm } from '../components/form.tsx';
import { formRoute } from '../form-route.ts';
import { ForgotPasswordPage } from '../pages/auth/forgot-password-page.tsx';
import { ResetPasswordPage } from '../pages/auth/reset-password-page.tsx';

const PUBLIC = { public: true as const };

function queryText(request: FastifyRequest, name: string): string | undefined {
  const v = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : undefined;
}

export function registerPasswordPages(app: FastifyInstance, deps: HttpDeps): void {
  formRoute(app, deps, {
    url: '/glemt-adgangskode',
    access: PUBLIC,
    useCase: requestPasswordReset,
    toInput: ({ fields }, _ctx, request) => ({
      email: fields.email ?? '',
      linkBase: deps.publicUrl,
      ip: request.ip ?? null,
    }),
    page: (_ctx, request, state) => (
      <ForgotPasswordPage
        state={state ?? emptyForm}
        sent={!state && queryText(request, 'sendt') !== undefined}
      />
    ),
    redirect: () => '/glemt-adgangskode?sendt=1',
  });

  formRoute(app, deps, {
    url: '/nulstil-adgangskode',
    access: PUBLIC,
    useCase: resetPassword,
    toInput: ({ fields }) => {
      if ((fields.password ?? '') !== (fields.passwordRepeat ?? '')) {
        throw invalidInput('De to adgangskoder er ikke ens.', [
          { field: 'passwordRepeat', message: 'De to adgangskoder er ikke ens' },
        ]);
      }
      return { token: fields.token ?? '', password: fields.password ?? '' };
    },
    // The token comes from the link (GET) or the hidden field (a refused POST); passwords are never echoed.
    page: (_ctx, request, state) => (
      <ResetPasswordPage
        token={state?.values.token ?? queryText(request, 'token') ?? ''}
        state={state ? { values: {}, errors: state.errors } : emptyForm}
      />
    ),
    redirect: () => '/log-ind?adgangskode-skiftet=1',
  });
}
