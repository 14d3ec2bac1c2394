/**
 * Real logins for tests: create users through the use cases, log in through POST /log-ind
 * (CSRF and all), and post forms with the session's CSRF token. For tests that only need an
 * actor, inject one instead (test/support/actors.ts + startTestApp({ resolveActor })).
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import type { Role } from '../../src/app/actor.ts';
import { addUser } from '../../src/app/auth/add-user.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import type { UseCaseContext } from '../../src/app/use-case.ts';
import type { Database } from '../../src/db/schema.ts';
import { createUnitOfWork } from '../../src/db/unit-of-work.ts';

export const TEST_PASSWORD = 'korrekt hest batteri hæfteklamme';

export function systemContext(db: Kysely<Database>, now?: Date): UseCaseContext {
  return {
    actor: { kind: 'system', name: 'test' },
    today: '2026-11-22',
    requestId: 'test-setup',
    uow: createUnitOfWork(db, { actor: 'system:test', requestId: 'test-setup' }),
    ...(now ? { now } : {}),
  };
}

/** A municipality row (the registry's own tests build richer data). */
export async function ensureMunicipality(db: Kysely<Database>, code: string, name = `Kommune ${code}`) {
  await db
    .insertInto('municipality')
    .values({ code, name, supervising_unit: 'Tilsyn', accounts_url: null, body_abbreviations: '{}' })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

/** A housing organisation row in `municipality`, for organisation grants. */
export async function ensureOrganisation(
  db: Kysely<Database>,
  municipality: string,
  id: string,
  cvr: string,
) {
  await db
    .insertInto('housing_organisation')
    .values({
      id,
      municipality,
      name: `Boligorganisation ${id}`,
      cvr,
      lbf_number: null,
      kind: 'housingOrganisation',
      seat_municipality: municipality,
      administered_by: JSON.stringify({ kind: 'self' }),
      active_from: '2000-01-01',
      active_to: null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

export async function createTestUser(
  db: Kysely<Database>,
  user: {
    email: string;
    role: Role;
    municipality?: string;
    organisationId?: string;
    unit?: string;
    name?: string;
    password?: string;
  },
): Promise<TestUser> {
  const municipality = user.municipality ?? '707';
  await ensureMunicipality(db, municipality);
  const password = user.password ?? TEST_PASSWORD;
  const out = await runUseCase(addUser, systemContext(db), {
    municipality,
    email: user.email,
    name: user.name ?? `Test ${user.role}`,
    role: user.role,
    organisationId: user.organisationId,
    unit: user.unit,
    password,
  });
  return { id: out.user.id, email: out.user.email, password };
}

/** Cookies set by a response, as name → value. */
export function setCookies(res: LightMyRequestResponse): Record<string, string> {
  return Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
}

export function cookieHeader(cookies: Record<string, string>): string {
  return Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

/** The `_csrf` hidden field of the first form in an HTML page. */
export function csrfFieldOf(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error('no _csrf field in the page');
  return m[1];
}

export interface Browserish {
  cookies: Record<string, string>;
  csrfToken: string;
}

/** What a browser has after opening /log-ind: the `sd_csrf` cookie and the form's token. */
export async function anonymousForm(app: FastifyInstance, url = '/log-ind'): Promise<Browserish> {
  const res = await app.inject({ method: 'GET', url });
  return { cookies: setCookies(res), csrfToken: csrfFieldOf(res.body) };
}

export async function submitForm(
  app: FastifyInstance,
  url: string,
  browser: Browserish,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: cookieHeader(browser.cookies),
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    },
    payload: new URLSearchParams({ _csrf: browser.csrfToken, ...fields }).toString(),
  });
}

/**
 * Logs in through the real login form and returns the session cookie with the session's CSRF
 * token (read from the logout page's form), ready for submitForm.
 */
export async function logIn(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<Browserish> {
  const anonymous = await anonymousForm(app);
  const res = await submitForm(app, '/log-ind', anonymous, { email, password });
  if (res.statusCode !== 303)
    throw new Error(`login as ${email} failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
  const cookies = { ...anonymous.cookies, ...setCookies(res) };
  const page = await app.inject({
    method: 'GET',
    url: '/log-ud',
    headers: { cookie: cookieHeader(cookies) },
  });
  return { cookies, csrfToken: csrfFieldOf(page.body) };
}
