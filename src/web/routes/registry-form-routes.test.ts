import { describe, expect, it } from 'vitest';
import { caseOfficer707, userWith } from '../../../test/support/actors.ts';
import { anonymousForm, submitForm } from '../../../test/support/auth.ts';
import { useDemoApp } from '../../../test/support/demo-app.ts';

describe('registry forms', () => {
  const t = useDemoApp({ as: caseOfficer707 });

  const organisations = () =>
    t.database.db.selectFrom('housing_organisation').selectAll().orderBy('id').execute();

  it('shows a bad CVR next to its field, keeps what was typed, and stores nothing', async () => {
    const before = await organisations();
    const browser = await anonymousForm(t.app, '/boligorganisationer/ny');
    const res = await submitForm(t.app, '/boligorganisationer/ny', browser, {
      name: 'Boligforeningen Test',
      cvr: '12345678',
      kind: 'housingOrganisation',
      seatMunicipality: '707',
      'administeredBy.kind': 'self',
      accountingYearEnd: '12-31',
      activeFrom: '2001-01-01',
      activeTo: '',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Der er en fejl i formularen');
    expect(res.body).toMatch(/id="field-cvr-error"[^>]*>.*CVR/s);
    expect(res.body).toContain('value="Boligforeningen Test"');
    expect(await organisations()).toEqual(before);
  });

  it('creates an organisation and a department through the forms', async () => {
    const browser = await anonymousForm(t.app, '/boligorganisationer/ny');
    const created = await submitForm(t.app, '/boligorganisationer/ny', browser, {
      name: 'Boligforeningen Nyt Hjem',
      cvr: '10000009',
      kind: 'housingOrganisation',
      seatMunicipality: '707',
      'administeredBy.kind': 'self',
      accountingYearEnd: '12-31',
      activeFrom: '2001-01-01',
    });
    expect(created.statusCode).toBe(303);
    const location = String(created.headers.location);
    expect(location).toMatch(/^\/boligorganisationer\/org-/);
    const dep = await submitForm(t.app, `${location}/afdelinger/ny`, browser, {
      lbfNumber: '1',
      name: 'Engparken',
      address: 'Engvej 1, 8500 Grenaa',
      locationMunicipality: '707',
      homes: '24',
      kind: 'family',
      hasDepartmentBoard: 'true',
    });
    expect(dep.statusCode).toBe(303);
    const page = await t.app.inject({ method: 'GET', url: location });
    expect(page.body).toContain('Boligforeningen Nyt Hjem');
    expect(page.body).toContain('Engparken');
    const audit = await t.database.db
      .selectFrom('audit_entry')
      .select(['entity', 'action'])
      .where('actor', 'like', 'user:%')
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { entity: 'housingOrganisation', action: 'create' },
        { entity: 'department', action: 'create' },
      ]),
    );
  });

  it('refuses a stale edit (another saved first) without overwriting', async () => {
    const browser = await anonymousForm(t.app, '/boligorganisationer/org-djurslandsbo/ret');
    const form = await t.app.inject({ method: 'GET', url: '/boligorganisationer/org-djurslandsbo/ret' });
    expect(form.body).toContain('name="version" value="1"');
    const fields = {
      name: 'Djurslandsbo (omdøbt)',
      cvr: (await organisations()).find((o) => o.id === 'org-djurslandsbo')?.cvr ?? '',
      kind: 'housingOrganisation',
      seatMunicipality: '707',
      'administeredBy.kind': 'self',
      accountingYearEnd: '12-31',
      activeFrom: '1950-04-01',
      version: '1',
    };
    expect(
      (await submitForm(t.app, '/boligorganisationer/org-djurslandsbo/ret', browser, fields)).statusCode,
    ).toBe(303);
    const stale = await submitForm(t.app, '/boligorganisationer/org-djurslandsbo/ret', browser, {
      ...fields,
      name: 'Forkert navn',
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.body).toContain('En anden har gemt organisationen');
    expect((await organisations()).find((o) => o.id === 'org-djurslandsbo')?.name).toBe(
      'Djurslandsbo (omdøbt)',
    );
  });

  it('refuses a stale person or department edit with 412 and a Danish message, keeping the first', async () => {
    const person = await t.database.db
      .selectFrom('person')
      .select(['id', 'version'])
      .where('municipality', '=', '707')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const personUrl = `/personer/${person.id}/ret`;
    const browser = await anonymousForm(t.app, personUrl);
    const form = await t.app.inject({ method: 'GET', url: personUrl });
    expect(form.body).toContain(`name="version" value="${person.version}"`);
    const first = await submitForm(t.app, personUrl, browser, {
      name: 'Først Gemt',
      version: String(person.version),
    });
    expect(first.statusCode).toBe(303);
    const second = await submitForm(t.app, personUrl, browser, {
      name: 'For Sent',
      version: String(person.version),
    });
    expect(second.statusCode).toBe(412);
    expect(second.body).toContain('En anden har gemt ændringer, siden du åbnede siden');
    const stored = await t.database.db
      .selectFrom('person')
      .select(['name', 'version'])
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ name: 'Først Gemt', version: person.version + 1 });

    const department = await t.database.db
      .selectFrom('department')
      .selectAll()
      .where('organisation_id', '=', 'org-djurslandsbo')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const departmentUrl = `/boligorganisationer/org-djurslandsbo/afdelinger/${department.id}/ret`;
    const page = await t.app.inject({ method: 'GET', url: departmentUrl });
    expect(page.body).toContain(`name="version" value="${department.version}"`);
    const fields = {
      lbfNumber: department.lbf_number,
      name: department.name,
      address: department.address,
      locationMunicipality: department.location_municipality,
      homes: String(department.homes),
      kind: department.kind,
      hasDepartmentBoard: department.has_department_board ? 'true' : 'false',
      version: String(department.version),
    };
    const won = await submitForm(t.app, departmentUrl, browser, { ...fields, name: 'Vinderen' });
    expect(won.statusCode, won.body.slice(0, 300)).toBe(303);
    const lost = await submitForm(t.app, departmentUrl, browser, { ...fields, name: 'Taberen' });
    expect(lost.statusCode).toBe(412);
    expect(lost.body).toContain('En anden har gemt ændringer, siden du åbnede siden');
    const kept = await t.database.db
      .selectFrom('department')
      .select('name')
      .where('id', '=', department.id)
      .executeTakeFirstOrThrow();
    expect(kept.name).toBe('Vinderen');
  });

  it('does not let an organisation user open the forms', async () => {
    t.actAs(userWith('organisation', '707', 'org-djurslandsbo'));
    const res = await t.app.inject({
      method: 'GET',
      url: '/boligorganisationer/ny',
      headers: { accept: 'text/html' },
    });
    expect(res.statusCode).toBe(404);
  });
});
