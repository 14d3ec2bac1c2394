/**
 * /svar?token=… — the answer page of an invitation mail, open without login (the secret in the
 * link is the credential for this one answer, see app/meetings/answer-invitation.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../app/app-error.ts';
import { answerInvitation, getInvitationAnswer } from '../../app/meetings/answer-invitation.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import type { FormState } from '../components/form.tsx';
import { formRoute } from '../form-route.ts';
import { InvitationAnswerPage } from '../pages/meetings/invitation-answer-page.tsx';

const PUBLIC = { public: true as const };

function queryText(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

async function answerPage(ctx: UseCaseContext, request: FastifyRequest, state: FormState | null) {
  const token = state?.values.token ?? queryText(request, 'token') ?? '';
  let view = null;
  let shown: FormState = state ?? { values: {}, errors: [] };
  try {
    view = await runUseCase(getInvitationAnswer, ctx, { token });
  } catch (err) {
    if (!(err instanceof AppError) || !['notFound', 'invalidInput'].includes(err.code)) throw err;
    shown = { ...shown, errors: [{ field: 'token', message: 'Linket er ikke gyldigt.' }] };
  }
  return (
    <InvitationAnswerPage
      token={token}
      view={view}
      state={shown}
      answered={!state && queryText(request, 'svaret') !== undefined}
    />
  );
}

export function registerInvitationAnswerRoutes(app: FastifyInstance, deps: HttpDeps): void {
  formRoute(app, deps, {
    url: '/svar',
    access: PUBLIC,
    useCase: answerInvitation,
    toInput: ({ fields }) => ({
      token: fields.token ?? '',
      response: fields.response,
      deputyName: fields.deputyName ?? '',
    }),
    page: answerPage,
    redirect: (_out, _ctx, request) => {
      const token = (request.body as Record<string, unknown> | undefined)?.token;
      return `/svar?token=${encodeURIComponent(typeof token === 'string' ? token : '')}&svaret=1`;
    },
  });
}
