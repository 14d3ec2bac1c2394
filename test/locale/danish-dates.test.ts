/**
 * Dates as people write them (issue 11, item 5): dd-mm-åååå (and ISO) in forms, the API and CSV
 * imports; one written format in CSV exports; the accounting year end as dd-mm in the form and in
 * `/boligorganisationer.csv`, whose export imports again to the same organisations.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compareDanish } from '../../src/domain/shared/danish-order.ts';
import { parseRegistryCsv } from '../../src/importer/registry-csv/parse-registry-csv.ts';
import { caseOfficer707 } from '../support/actors.ts';
import { anonymousForm, submitForm } from '../support/auth.ts';
import { resetDatabase } from '../support/database.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const API = '/api/v1/municipalities/707';

describe('Danish dates in forms, API and CSV', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      now: new Date('2026-12-01T12:00:00Z'),
      resolveActor: async () => caseOfficer707,
    });
  });
  beforeEach(async () => {
    await resetDatabase(t.database.db);
    await loadDemoInto(t.database);
  });
  afterAll(async () => {
    await t.close();
  });

  const organisationRow = (name: string) =>
    t.database.db.selectFrom('housing_organisation').selectAll().where('name', '=', name).executeTakeFirst();

  it('takes dd-mm-åååå dates and a dd-mm accounting year end in the organisation form, and shows dd-mm again', async () => {
    const browser = await anonymousForm(t.app, '/boligorganisationer/ny');
    const blank = await t.app.inject({ method: 'GET', url: '/boligorganisationer/ny' });
    expect(blank.body).toMatch(
      /name="accountingYearEnd"[^>]*value="31-12"|value="31-12"[^>]*name="accountingYearEnd"/,
    );
    const created = await submitForm(t.app, '/boligorganisationer/ny', browser, {
      name: 'Boligforeningen Forskudt',
      cvr: '10000009',
      kind: 'housingOrganisation',
      seatMunicipality: '707',
      'administeredBy.kind': 'self',
      accountingYearEnd: '31-03',
      activeFrom: '01-04-1971',
      activeTo: '',
    });
    expect(created.statusCode).toBe(303);
    const row = await organisationRow('Boligforeningen Forskudt');
    expect([row?.accounting_year_end, row?.active_from]).toEqual(['03-31', '1971-04-01']);

    const edit = await t.app.inject({ method: 'GET', url: `${String(created.headers.location)}/ret` });
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toMatch(
      /name="accountingYearEnd"[^>]*value="31-03"|value="31-03"[^>]*name="accountingYearEnd"/,
    );
    expect(edit.body).toContain('dd-mm');
  });

  it('refuses an impossible date in a form with a Danish message naming the format, and stores nothing', async () => {
    const browser = await anonymousForm(t.app, '/boligorganisationer/ny');
    const res = await submitForm(t.app, '/boligorganisationer/ny', browser, {
      name: 'Boligforeningen Umulig',
      cvr: '10000009',
      kind: 'housingOrganisation',
      seatMunicipality: '707',
      'administeredBy.kind': 'self',
      accountingYearEnd: '31-12',
      activeFrom: '31-02-2026',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Aktiv fra »31-02-2026« findes ikke: februar 2026 har 28 dage');
    expect(res.body).toContain('dd-mm-åååå');
    expect(await organisationRow('Boligforeningen Umulig')).toBeUndefined();
  });

  it('takes dd-mm-åååå and ISO alike in the JSON API and answers with ISO dates', async () => {
    const body = (activeFrom: string, cvr: string, name: string) => ({
      name,
      cvr,
      kind: 'housingOrganisation',
      seatMunicipality: '707',
      administeredBy: { kind: 'self' },
      accountingYearEnd: '30-06',
      activeFrom,
    });
    const danish = await t.app.inject({
      method: 'POST',
      url: `${API}/organisations`,
      payload: body('15-08-1990', '10000009', 'Dansk Dato'),
    });
    const iso = await t.app.inject({
      method: 'POST',
      url: `${API}/organisations`,
      payload: body('1990-08-15', '10000017', 'ISO Dato'),
    });
    expect([danish.statusCode, iso.statusCode]).toEqual([201, 201]);
    expect([danish.json().activeFrom, iso.json().activeFrom]).toEqual(['1990-08-15', '1990-08-15']);
    expect(danish.json().accountingYearEnd).toBe('30-06');
  });

  it('reads "30-11-2026" in the agreement status import', async () => {
    const csv = 'Id;Status;Dato;Note\nagr-djurslandsbo-2025-2;I gang;30-11-2026;\n';
    const dry = await t.app.inject({
      method: 'POST',
      url: `${API}/agreements/import?dryRun=true`,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(dry.statusCode).toBe(200);
    expect(dry.json().changes.map((c: { date: string }) => c.date)).toEqual(['2026-11-30']);

    const bad = await t.app.inject({
      method: 'POST',
      url: `${API}/agreements/import?dryRun=true`,
      headers: { 'content-type': 'text/csv' },
      payload: csv.replace('30-11-2026', '31-11-2026'),
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors)).toContain('november 2026 har 30 dage');
  });

  it('writes dd-mm-åååå in the open agreements CSV', async () => {
    const csv = await t.app.inject({ method: 'GET', url: '/aftaler/aabne.csv' });
    const deadlines = csv.body
      .split('\r\n')
      .slice(1)
      .filter((l) => l !== '')
      .map((l) => l.split(';')[5] ?? '')
      .filter((d) => d !== '');
    expect(deadlines.length).toBeGreaterThan(0);
    for (const d of deadlines) expect(d).toMatch(/^\d{2}-\d{2}-\d{4}$/);
  });

  it('lists committee members chair first, vice chair next, then in Danish alphabetical order', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/udvalg.csv' });
    const rows = res.body
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(1)
      .filter((l) => l !== '')
      .map((l) => l.split(';'));
    const groups = new Map<string, { name: string; role: string }[]>();
    for (const [body, , period, name, role] of rows) {
      const key = `${body}/${period}`;
      groups.set(key, [...(groups.get(key) ?? []), { name: name ?? '', role: role ?? '' }]);
    }
    expect(groups.size).toBeGreaterThan(1);
    const rank: Record<string, number> = { formand: 0, næstformand: 1, medlem: 2 };
    for (const members of groups.values()) {
      const expected = [...members].sort(
        (a, b) => (rank[a.role] ?? 3) - (rank[b.role] ?? 3) || compareDanish(a.name, b.name),
      );
      expect(members).toEqual(expected);
    }
  });

  it('exports /boligorganisationer.csv with dd-mm year ends, and importing it gives the same organisations', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/boligorganisationer.csv' });
    expect(res.statusCode).toBe(200);
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    const header = (lines[0] ?? '').split(';');
    const yearEnds = lines
      .slice(1)
      .filter((l) => l !== '')
      .map((l) => l.split(';')[header.indexOf('Regnskabsår slutter')]);
    expect(yearEnds).toContain('31-03');
    expect(yearEnds).not.toContain('03-31');

    const parsed = parseRegistryCsv(res.body);
    expect(parsed.problems).toEqual([]);
    const stored = await t.database.db.selectFrom('housing_organisation').selectAll().execute();
    const idByCvr = new Map(stored.map((o) => [o.cvr, o.id]));
    const back = parsed.rows.organisations.map((o) => ({
      id: idByCvr.get(o.cvr),
      name: o.name,
      lbf_number: o.lbfNumber,
      kind: o.kind,
      seat_municipality: o.seatMunicipality,
      administered_by:
        'cvr' in o.administeredBy
          ? { kind: o.administeredBy.kind, organisationId: idByCvr.get(o.administeredBy.cvr) }
          : o.administeredBy,
      accounting_year_end: o.accountingYearEnd,
      active_from: o.activeFrom,
      active_to: o.activeTo,
    }));
    const expected = stored.map((o) => ({
      id: o.id,
      name: o.name,
      lbf_number: o.lbf_number,
      kind: o.kind,
      seat_municipality: o.seat_municipality,
      administered_by: o.administered_by,
      accounting_year_end: o.accounting_year_end,
      active_from: o.active_from,
      active_to: o.active_to,
    }));
    const byId = (a: { id?: string }, b: { id?: string }) => String(a.id).localeCompare(String(b.id));
    expect(back.sort(byId)).toEqual(expected.sort(byId));
  });
});
