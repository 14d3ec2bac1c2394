/**
 * Declares one HTML form: the page that holds it, the use case it calls, and where a success
 * goes. The route parses the post (form-data.ts: qs, prototype keys refused), turns the fields
 * into the use case's input, runs it through runUseCase, and then
 *
 * - on success redirects 303 (POST-redirect-GET) to `redirect(result)`;
 * - on a refusal a user can fix (field errors, a broken rule, a step the meeting is not in)
 *   renders the SAME page again with status 422, the posted values kept and the errors next to
 *   the fields (the page shows an ErrorSummary at the top, DKFDS pattern);
 * - on a stale version (someone else saved first) renders it with status 412 and the use case's
 *   Danish "someone else changed this" message — nothing was stored.
 *
 * Anything else (not found, no access, defects) goes to the error page as for every page.
 * Routes are registered through pageRoute, so the authorization matrix covers them, and listed in
 * `registeredFormRoutes`, so the form catalogue test submits every form in the product.
 * It deliberately does not render anything itself: the page decides where the form and its
 * summary stand.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { z } from 'zod';
import type { AccessPolicy } from '../app/actor.ts';
import { AppError, type AppErrorCode } from '../app/app-error.ts';
import { runUseCase } from '../app/run-use-case.ts';
import type { UseCase, UseCaseContext } from '../app/use-case.ts';
import type { HttpDeps } from '../http/request-context.ts';
import type { FieldError, FormState } from './components/form.tsx';
import { postedFields, unflatten } from './form-data.ts';
import { pageRoute } from './page-route.ts';

/** One submission as the route received it. */
export interface PostedForm {
  /** Every field by its form name, last value of a repeated field winning, without `_csrf`. */
  fields: Record<string, string>;
  /** The same fields nested (`rows.0.date` → `{ rows: [{ date }] }`), prototype keys dropped. */
  nested: Record<string, unknown>;
}

/**
 * The page holding the form. `state` is null on a plain GET (the page fills in stored values)
 * and the posted values with their errors after a refused submission.
 */
export type FormPage = (
  ctx: UseCaseContext,
  request: FastifyRequest,
  state: FormState | null,
) => Promise<VNode> | VNode;

export interface FormRouteSpec<S extends z.ZodType, O> {
  /** The form's action; the route answers POST here. */
  url: string;
  /** Who may submit (the same AccessPolicy as use cases; the authorization matrix checks it). */
  access: AccessPolicy;
  /**
   * The URL pattern of the page that shows the form, with the same path parameters as `url`.
   * Omitted: the form is its own page and formRoute also serves `GET url` with `page(…, null)`.
   * Given: that page is registered elsewhere (e.g. the meeting page holds many forms).
   */
  pageUrl?: string;
  /** Who may open the page when formRoute serves it; defaults to `access`. */
  pageAccess?: AccessPolicy;
  useCase: UseCase<S, O>;
  /** The use case's input from the posted fields; may call read use cases for context. */
  toInput(form: PostedForm, ctx: UseCaseContext, request: FastifyRequest): unknown;
  page: FormPage;
  /** Where the browser goes after a success. */
  redirect(result: O, ctx: UseCaseContext, request: FastifyRequest): string;
  /**
   * A use case's field name as the form's field name (`minutes.items.0.summary` →
   * `items.0.summary`). Default: unchanged. An error whose (renamed) field the form did not post
   * belongs to the whole form (FORM_FIELD), so it is never invisible.
   */
  fieldName?(field: string, form: PostedForm, request: FastifyRequest): string;
}

/** What the form catalogue test needs to find and submit each form. */
export interface RegisteredFormRoute {
  url: string;
  pageUrl: string;
  access: AccessPolicy;
  useCase: string;
}

/** Every form route registered so far, for the generated form catalogue test. */
export const registeredFormRoutes: RegisteredFormRoute[] = [];

/** The refusals a form shows again, with their status; anything else is not the form's to show. */
const FORM_STATUS: Partial<Record<AppErrorCode, number>> = {
  invalidInput: 422,
  ruleViolation: 422,
  invalidTransition: 422,
  conflict: 422,
  preconditionFailed: 412,
};

/** A `fieldName` for use cases that nest the form under one key: `organisation.cvr` → `cvr`. */
export const withoutPrefix =
  (prefix: string) =>
  (field: string): string =>
    field.startsWith(`${prefix}.`) ? field.slice(prefix.length + 1) : field;

/** The field name used for an error that belongs to the whole form (ErrorSummary shows it). */
export const FORM_FIELD = 'form';

/**
 * The form state for a refused submission: the posted values, and the errors renamed to the
 * form's fields; an error for a field the form did not post is the whole form's.
 */
export function refusedFormState(
  err: AppError,
  form: PostedForm,
  fieldName: (field: string) => string = (f) => f,
): FormState {
  const onForm = (field: string) => (Object.hasOwn(form.fields, field) ? field : FORM_FIELD);
  const errors: FieldError[] =
    err.fieldErrors.length > 0
      ? err.fieldErrors.map((f) => ({ field: onForm(fieldName(f.field)), message: f.message }))
      : [{ field: FORM_FIELD, message: err.detail }];
  return { values: form.fields, errors };
}

export function postedForm(body: unknown): PostedForm {
  const fields = postedFields(body);
  return { fields, nested: unflatten(fields) };
}

export function formRoute<S extends z.ZodType, O>(
  app: FastifyInstance,
  deps: HttpDeps,
  spec: FormRouteSpec<S, O>,
): void {
  registeredFormRoutes.push({
    url: spec.url,
    pageUrl: spec.pageUrl ?? spec.url,
    access: spec.access,
    useCase: spec.useCase.name,
  });
  if (spec.pageUrl === undefined) {
    pageRoute(app, deps, 'GET', spec.url, (ctx, request) => Promise.resolve(spec.page(ctx, request, null)), {
      access: spec.pageAccess ?? spec.access,
    });
  }
  pageRoute(
    app,
    deps,
    'POST',
    spec.url,
    async (ctx, request, reply) => {
      const form = postedForm(request.body);
      let result: O;
      try {
        result = await runUseCase(spec.useCase, ctx, await spec.toInput(form, ctx, request));
      } catch (err) {
        const status = err instanceof AppError ? FORM_STATUS[err.code] : undefined;
        if (!(err instanceof AppError) || status === undefined) throw err;
        reply.status(status);
        const rename = spec.fieldName;
        const state = refusedFormState(err, form, rename ? (f) => rename(f, form, request) : undefined);
        return spec.page(ctx, request, state);
      }
      return { redirect: spec.redirect(result, ctx, request) };
    },
    { access: spec.access },
  );
}
