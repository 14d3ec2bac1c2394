/**
 * The reminder settings on /kommune (issue 13 leftover; until now the CLI `reminders settings`):
 * the municipality's admin sets the three numbers of days, bad input is named in Danish at its
 * field with the typed values kept and nothing stored, a save is audited; case officers read
 * the values without the form; others see neither and cannot post.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { anonymousForm, submitForm } from '../../../test/support/auth.ts';
import { resetDatabase } from '../../../test/support/database.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Actor } from '../../app/actor.ts';

describe('reminder settings on the municipality page', () => {
  let t: TestApp;
  let actor: Actor = userWith('admin');
  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => actor });
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(async () => {
    await resetDatabase(t.database.db);
    await loadDemoInto(t.database);
  });

  const stored = () =>
    t.database.db
      .selectFrom('reminder_setting')
      .selectAll()
      .where('municipality', '=', '707')
      .executeTakeFirst();
  const audited = () =>
    t.database.db
      .selectFrom('audit_entry')
      .select(['action', 'before', 'after'])
      .where('action', '=', 'reminderSettings.save')
      .execute();

  it('lets the admin change the days: Danish errors at the fields, typed values kept, then saved and audited', async () => {
    actor = userWith('admin');
    const page = await t.app.inject({ method: 'GET', url: '/kommune' });
    expect(page.body).toContain('action="/kommune/paamindelser"');
    // The defaults until the municipality sets its own.
    expect(page.body).toContain('name="packageDaysBefore" value="21"');
    expect(page.body).toContain('name="accountDaysAfter" value="30"');
    expect(page.body).toContain('name="agreementDaysAhead" value="14"');

    const browser = await anonymousForm(t.app, '/kommune');
    const bad = await submitForm(t.app, '/kommune/paamindelser', browser, {
      packageDaysBefore: 'tre uger',
      accountDaysAfter: '400',
      agreementDaysAhead: '',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('id="field-packageDaysBefore-error"');
    expect(bad.body).toContain(
      'Dage før mødet for manglende dokumentationspakke skal være et helt antal dage',
    );
    expect(bad.body).toContain('id="field-accountDaysAfter-error"');
    expect(bad.body).toContain(
      'Dage efter mødet for ikke offentliggjort redegørelse skal være mellem 0 og 365 dage',
    );
    expect(bad.body).toContain('id="field-agreementDaysAhead-error"');
    expect(bad.body).toContain('Dage før en aftales frist skal være et helt antal dage');
    expect(bad.body).toContain('value="tre uger"');
    expect(bad.body).toContain('value="400"');
    expect(await stored()).toBeUndefined();
    expect(await audited()).toEqual([]);

    const ok = await submitForm(t.app, '/kommune/paamindelser', browser, {
      packageDaysBefore: '28',
      accountDaysAfter: ' 45 ',
      agreementDaysAhead: '7',
    });
    expect(ok.statusCode, ok.body.slice(0, 300)).toBe(303);
    expect(ok.headers.location).toBe('/kommune');
    expect(await stored()).toMatchObject({
      package_days_before: 28,
      account_days_after: 45,
      agreement_days_ahead: 7,
    });
    const entries = await audited();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.after).toEqual({ packageDaysBefore: 28, accountDaysAfter: 45, agreementDaysAhead: 7 });
    const after = await t.app.inject({ method: 'GET', url: '/kommune' });
    expect(after.body).toContain('name="packageDaysBefore" value="28"');
    expect(after.body).toContain('Dokumentationspakke 28 dage før mødet, redegørelse 45 dage efter mødet');
  });

  it('shows a case officer the days without the form, and refuses the post', async () => {
    actor = userWith('caseOfficer');
    const page = await t.app.inject({ method: 'GET', url: '/kommune' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(
      'Dokumentationspakke 21 dage før mødet, redegørelse 30 dage efter mødet, aftaler 14 dage før fristen',
    );
    expect(page.body).not.toContain('action="/kommune/paamindelser"');
    const browser = await anonymousForm(t.app, '/kommune');
    const refused = await submitForm(t.app, '/kommune/paamindelser', browser, {
      packageDaysBefore: '1',
      accountDaysAfter: '1',
      agreementDaysAhead: '1',
    });
    expect(refused.statusCode).toBe(404);
    expect(await stored()).toBeUndefined();
  });

  it('shows a council member neither the days nor the form', async () => {
    actor = userWith('councilMember');
    const page = await t.app.inject({ method: 'GET', url: '/kommune' });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('Påmindelser');
  });
});
