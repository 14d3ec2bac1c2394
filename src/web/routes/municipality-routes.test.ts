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

  describe('key-figure flag thresholds', () => {
    const stored = () =>
      t.database.db
        .selectFrom('key_figure_setting')
        .selectAll()
        .where('municipality', '=', '707')
        .executeTakeFirst();

    it('lets a case officer set them in Danish number format; a bad value is named in Danish and nothing is stored', async () => {
      actor = userWith('caseOfficer');
      const form = await t.app.inject({ method: 'GET', url: '/kommune' });
      expect(form.body).toContain('Grænser for markering af nøgletal');
      expect(form.body).toContain('action="/kommune/noegletalsgraenser"');
      // The case officer may not edit the municipality's own settings.
      expect(form.body).not.toContain('Ret kommunens oplysninger');
      const before = await stored();
      const browser = await anonymousForm(t.app, '/kommune');
      const bad = await submitForm(t.app, '/kommune/noegletalsgraenser', browser, {
        efficiencyBelow: 'halvfjerds',
        vacancyAbove: '120',
      });
      expect(bad.statusCode).toBe(422);
      expect(bad.body).toContain('id="field-efficiencyBelow-error"');
      expect(bad.body).toContain('Grænsen for effektivitetstal skal være et tal');
      expect(bad.body).toContain('Grænsen for tomgang skal være mellem 0 og 100');
      // The typed values stay in the fields.
      expect(bad.body).toContain('value="halvfjerds"');
      const empty = await submitForm(t.app, '/kommune/noegletalsgraenser', browser, {
        efficiencyBelow: '',
        vacancyAbove: '1',
      });
      expect(empty.statusCode).toBe(422);
      expect(empty.body).toContain('Grænsen for effektivitetstal skal være et tal');
      expect(await stored()).toEqual(before);

      const ok = await submitForm(t.app, '/kommune/noegletalsgraenser', browser, {
        efficiencyBelow: '65',
        vacancyAbove: '0,5',
      });
      expect(ok.statusCode).toBe(303);
      expect(ok.headers.location).toBe('/kommune');
      expect(await stored()).toMatchObject({ efficiency_below: 65, vacancy_above: 0.5 });
      const after = await t.app.inject({ method: 'GET', url: '/kommune' });
      expect(after.body).toContain('value="0,5"');
      expect(after.body).toContain('Effektivitetstal under 65 %, tomgang over 0,5 %');
    });

    it('shows a council member the thresholds without the form and refuses its post', async () => {
      actor = userWith('councilMember');
      const page = await t.app.inject({ method: 'GET', url: '/kommune' });
      expect(page.body).toContain('Markering af nøgletal');
      expect(page.body).not.toContain('action="/kommune/noegletalsgraenser"');
      const before = await stored();
      const browser = await anonymousForm(t.app, '/kommune');
      const refused = await submitForm(t.app, '/kommune/noegletalsgraenser', browser, {
        efficiencyBelow: '10',
        vacancyAbove: '10',
      });
      // Pages outside the viewer's access are not found (page-route.ts), and nothing is stored.
      expect(refused.statusCode).toBe(404);
      expect(await stored()).toEqual(before);
    });
  });
});
