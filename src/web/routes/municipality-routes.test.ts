import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { anonymousForm, submitForm } from '../../../test/support/auth.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Actor } from '../../app/actor.ts';
import { parseAbbreviations } from './municipality-routes.tsx';

describe('the municipality page', () => {
  let t: TestApp;
  let actor: Actor = userWith('admin');
  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => actor });
    await loadDemoInto(t.database);
  });
  afterAll(async () => {
    await t.close();
  });

  const currentVersion = async () =>
    String(
      (
        await t.database.db
          .selectFrom('municipality')
          .select('version')
          .where('code', '=', '707')
          .executeTakeFirstOrThrow()
      ).version,
    );

  it('refuses a stale settings edit with 412 and a Danish message, keeping the first', async () => {
    actor = userWith('admin');
    const version = await currentVersion();
    expect((await t.app.inject({ method: 'GET', url: '/kommune' })).body).toContain(
      `name="version" value="${version}"`,
    );
    const browser = await anonymousForm(t.app, '/kommune');
    const fields = {
      name: 'Norddjurs Kommune',
      supervisingUnit: 'Først gemt',
      accountsUrl: '',
      bodyAbbreviations: 'KB = Kommunalbestyrelsen',
      version,
    };
    expect((await submitForm(t.app, '/kommune', browser, fields)).statusCode).toBe(303);
    const lost = await submitForm(t.app, '/kommune', browser, { ...fields, supervisingUnit: 'For sent' });
    expect(lost.statusCode).toBe(412);
    expect(lost.body).toContain('En anden har gemt ændringer, siden du åbnede siden');
    const stored = await t.database.db
      .selectFrom('municipality')
      .select('supervising_unit')
      .where('code', '=', '707')
      .executeTakeFirstOrThrow();
    expect(stored.supervising_unit).toBe('Først gemt');
  });

  it('reads abbreviation lines', () => {
    expect(parseAbbreviations('MTU = Miljø- og teknikudvalget\n\nKB=Kommunalbestyrelsen')).toEqual({
      MTU: 'Miljø- og teknikudvalget',
      KB: 'Kommunalbestyrelsen',
    });
  });

  it('refuses a bad abbreviation and an invalid URL with field messages, changing nothing', async () => {
    const before = await t.database.db
      .selectFrom('municipality')
      .selectAll()
      .where('code', '=', '707')
      .executeTakeFirst();
    const browser = await anonymousForm(t.app, '/kommune');
    const res = await submitForm(t.app, '/kommune', browser, {
      name: 'Norddjurs Kommune',
      supervisingUnit: 'Vej og Ejendom',
      accountsUrl: 'ikke en adresse',
      bodyAbbreviations: 'mtu = Miljø',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('id="field-accountsUrl-error"');
    expect(res.body).toContain('id="field-bodyAbbreviations-error"');
    expect(
      await t.database.db.selectFrom('municipality').selectAll().where('code', '=', '707').executeTakeFirst(),
    ).toEqual(before);
  });

  it('saves valid settings, and only admins see the form', async () => {
    const browser = await anonymousForm(t.app, '/kommune');
    const res = await submitForm(t.app, '/kommune', browser, {
      name: 'Norddjurs Kommune',
      supervisingUnit: 'Vej og Ejendom',
      accountsUrl: 'https://www.norddjurs.dk/styringsdialog',
      bodyAbbreviations: 'MTU = Miljø- og teknikudvalget\nØK = Økonomiudvalget\nKB = Kommunalbestyrelsen',
      version: await currentVersion(),
    });
    expect(res.statusCode).toBe(303);
    actor = userWith('councilMember');
    const page = await t.app.inject({ method: 'GET', url: '/kommune' });
    expect(page.body).toContain('https://www.norddjurs.dk/styringsdialog');
    expect(page.body).not.toContain('Ret kommunens oplysninger');
  });
});
