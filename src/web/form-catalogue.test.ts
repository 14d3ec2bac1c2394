/**
 * The form catalogue, generated from `registeredFormRoutes`: every form of the product is opened
 * as a user its route admits, found on its page by its action, and submitted the way a browser
 * would — (a) with every typed-in field empty, (b) with 5,000 characters in each. The answer must
 * be a page, never a defect: either a success (303) or the same page again (422) with a DKFDS
 * error summary whose links reach the fields, each error next to its field (`form-error-message`
 * tied by `aria-describedby`), and Danish words, not zod's English. A form with a required field
 * must be refused when empty.
 *
 * A form whose URL has path parameters needs a line in `fixtures` saying how to reach a page that
 * shows it (the test fails for a form without one), like the authorization matrix's `rules`.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { userWith } from '../../test/support/actors.ts';
import { resetDatabase } from '../../test/support/database.ts';
import { loadDemoInto } from '../../test/support/demo.ts';
import { formFixtures } from '../../test/support/form-fixtures.ts';
import {
  elementById,
  errorSummaryOf,
  formsOf,
  type HtmlForm,
  isTextField,
  submission,
  textById,
} from '../../test/support/html-forms.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';
import type { Actor } from '../app/actor.ts';
import { type RegisteredFormRoute, registeredFormRoutes } from './form-route.ts';

const CSRF = 'c'.repeat(43);
const LONG = 'x'.repeat(5000);
const ENGLISH = /\b(expected|too (big|small)|invalid|required|must|string|number|received|characters?)\b/i;

let actor: Actor = { kind: 'public' };
const t: TestApp = await startTestApp({ resolveActor: async () => actor });
afterAll(async () => {
  await t.close();
});

/** A user the route admits: a case officer where possible, else its first role (organisation A). */
function admittedActor(route: RegisteredFormRoute): Actor {
  if ('public' in route.access) return { kind: 'public' };
  const role = route.access.roles.includes('caseOfficer') ? 'caseOfficer' : route.access.roles[0];
  if (!role) throw new Error(`${route.url} admits no role`);
  return role === 'organisation' ? userWith(role, '707', 'org-djurslandsbo') : userWith(role);
}

function fill(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for :${name} in ${pattern}`);
    return encodeURIComponent(value);
  });
}

async function openForm(route: RegisteredFormRoute): Promise<{ page: string; form: HtmlForm }> {
  const fixture = formFixtures[route.url];
  const hasParams = /:[A-Za-z]/.test(route.url);
  if (hasParams && !fixture)
    throw new Error(`add a fixture for ${route.url} to form-fixtures.test-support.ts`);
  actor = fixture?.actor ?? admittedActor(route);
  const params = (await fixture?.params?.(t)) ?? {};
  actor = fixture?.actor ?? admittedActor(route);
  const query = fixture?.query ? `?${new URLSearchParams(fixture.query).toString()}` : '';
  const page = `${fill(route.pageUrl, params)}${query}`;
  let html: string;
  if (fixture?.open) {
    html = await fixture.open(t, `sd_csrf=${CSRF}`, CSRF);
  } else {
    const res = await t.app.inject({ method: 'GET', url: page, headers: { cookie: `sd_csrf=${CSRF}` } });
    expect(res.statusCode, `GET ${page}`).toBe(200);
    html = res.body;
  }
  const action = fill(route.url, params);
  const form = formsOf(html).find((f) => f.action.split('?')[0] === action);
  if (!form) throw new Error(`${page} shows no form posting to ${action}`);
  return { page, form };
}

async function submit(form: HtmlForm, value: (name: string) => string) {
  const fields = submission(form, (f) => value(f.name)).filter(([name]) => name !== '_csrf');
  const body = new URLSearchParams([['_csrf', CSRF], ...fields]).toString();
  return t.app.inject({
    method: 'POST',
    url: form.action,
    headers: { cookie: `sd_csrf=${CSRF}`, 'content-type': 'application/x-www-form-urlencoded' },
    payload: body,
  });
}

/**
 * The re-rendered form shows its errors the DKFDS way, in Danish: a summary at the top whose
 * links reach the page, and each error of a field next to it (tied by aria-describedby). A form
 * with nothing to type (a step button) shows its refusal at the form (`#field-form`).
 */
function expectVisibleDanishErrors(html: string, action: string): void {
  const summary = errorSummaryOf(html);
  expect(summary, 'an error summary (.alert-error) at the top').not.toBeNull();
  expect(summary?.length, 'the summary lists the errors').toBeGreaterThan(0);
  const forms = formsOf(html).filter((f) => f.action === action);
  expect(forms.length, 'the same form is shown again').toBeGreaterThan(0);
  const fields = forms.flatMap((f) => f.fields);
  const typedIn = fields.some((f) => f.type !== 'hidden' && f.type !== 'submit');
  let nextToField = 0;
  for (const link of summary ?? []) {
    expect(link.text, `summary text "${link.text}"`).not.toMatch(ENGLISH);
    expect(link.href, 'summary links point into the page').toMatch(/^#./);
    const id = link.href.slice(1);
    expect(
      elementById(html, id),
      `the summary link ${link.href} ("${link.text}") reaches an element`,
    ).not.toBeNull();
    const field = fields.find((f) => f.id === id);
    if (!field) continue;
    const messages = field.describedBy
      .filter((d) => /\bform-error-message\b/.test(elementById(html, d)?.attrs.get('class') ?? ''))
      .map((d) => textById(html, d) ?? '');
    expect(messages.length, `${field.name} is tied to its error by aria-describedby`).toBeGreaterThan(0);
    for (const m of messages) expect(m, `error next to ${field.name}`).not.toMatch(ENGLISH);
    nextToField += 1;
  }
  if (typedIn && nextToField === 0) {
    // Every error is the whole form's: it must then stand at the form.
    expect(elementById(html, 'field-form'), 'the form-level error stands at the form').not.toBeNull();
  }
}

describe('every form in the catalogue', () => {
  beforeEach(async () => {
    await resetDatabase(t.database.db);
    await loadDemoInto(t.database);
  });

  it('has forms to test', () => {
    expect(registeredFormRoutes.length).toBeGreaterThan(0);
  });

  describe.each(registeredFormRoutes.map((r) => [r.url, r] as const))('%s', (_url, route) => {
    it('submitted empty: a success or the same page with Danish errors next to the fields', async () => {
      const { form } = await openForm(route);
      const res = await submit(form, () => '');
      expect([303, 422], res.body.slice(0, 2000)).toContain(res.statusCode);
      const required =
        form.fields.some((f) => f.required && isTextField(f)) && !formFixtures[route.url]?.savesDraft;
      if (required) expect(res.statusCode, 'a form with a required field refuses an empty post').toBe(422);
      if (res.statusCode === 422) expectVisibleDanishErrors(res.body, form.action);
    });

    it('with 5,000 characters in each text field: a success or Danish errors next to the fields', async () => {
      const { form } = await openForm(route);
      const res = await submit(form, () => LONG);
      expect([303, 422], res.body.slice(0, 2000)).toContain(res.statusCode);
      if (res.statusCode === 422) expectVisibleDanishErrors(res.body, form.action);
    });
  });
});
