import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { useDemoApp } from '../../../test/support/demo-app.ts';

const base = '/api/v1/municipalities/707/agreements';
type Page = { agreements: { id: string }[]; summary: { total: number }; next: string | null };
const officer = userWith('caseOfficer');
const djurslandsbo = userWith('organisation', '707', 'org-djurslandsbo');

describe('agreements API', () => {
  const t = useDemoApp({ as: officer });

  it('lists with filters: overdue, status and organisation', async () => {
    const all = (await t.app.inject({ method: 'GET', url: base })).json();
    expect(all.agreements.length).toBeGreaterThanOrEqual(20);
    expect(all.summary.sentence).toMatch(/^Aftaler: \d+ opfyldt, \d+ i gang, \d+ over deadline\.$/);
    const overdue = (await t.app.inject({ method: 'GET', url: `${base}?overdue=true` })).json();
    expect(overdue.agreements.length).toBe(all.summary.overdue);
    expect(overdue.agreements.every((a: { overdue: boolean }) => a.overdue)).toBe(true);
    const filtered = (
      await t.app.inject({ method: 'GET', url: `${base}?status=inProgress&organisation=org-djurslandsbo` })
    ).json();
    expect(filtered.agreements.map((a: { id: string }) => a.id).sort()).toEqual([
      'agr-djurslandsbo-2023-1',
      'agr-djurslandsbo-2024-1',
      'agr-djurslandsbo-2025-1',
    ]);
    const bad = await t.app.inject({ method: 'GET', url: `${base}?status=done` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('status');
  });

  it('pages by a keyset cursor with the filters kept; a row added meanwhile shifts nothing; exports stay whole', async () => {
    const whole = (await t.app.inject({ method: 'GET', url: `${base}?limit=500` })).json();
    expect(whole.next).toBeNull();
    const total = whole.summary.total;
    expect(whole.agreements).toHaveLength(total);
    // The default page is the API's 100; the demo has fewer.
    expect((await t.app.inject({ method: 'GET', url: base })).json().agreements).toHaveLength(total);
    const walked: string[] = [];
    let url: string | null = `${base}?limit=7`;
    let pages = 0;
    while (url) {
      const res: { statusCode: number; json(): Page } = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.agreements.length).toBeLessThanOrEqual(7);
      expect(body.summary.total).toBe(pages === 0 ? total : total + 1);
      walked.push(...body.agreements.map((a) => a.id));
      pages += 1;
      if (pages === 1) {
        // A new agreement sorts first (newest steering year): the cursor after page 1 is unmoved.
        const created = await t.app.inject({
          method: 'POST',
          url: base,
          payload: {
            organisationId: 'org-nordlyset',
            steeringYear: 2026,
            agreedOn: '2026-11-03',
            objectiveArea: 'letting',
            text: 'Ventelisten gøres digital.',
            responsible: { kind: 'both' },
            deadline: null,
            departmentIds: [],
          },
        });
        expect(created.statusCode).toBe(201);
      }
      url = body.next;
      expect(pages).toBeLessThan(20);
    }
    expect(pages).toBe(Math.ceil(total / 7));
    expect(walked).toEqual(whole.agreements.map((a: { id: string }) => a.id));
    // Newest steering year first.
    const years = whole.agreements.map((a: { steeringYear: number }) => a.steeringYear);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    // The next page keeps the filters.
    const inProgress = (
      await t.app.inject({ method: 'GET', url: `${base}?status=inProgress&limit=2` })
    ).json();
    expect(inProgress.next).toContain('status=inProgress');
    const second = (await t.app.inject({ method: 'GET', url: inProgress.next })).json();
    expect(second.agreements.every((a: { status: string }) => a.status === 'inProgress')).toBe(true);
    expect(second.agreements[0].id).not.toBe(inProgress.agreements[0].id);
    // A cursor that is not ours is refused by name; the CSV export has every row.
    const bad = await t.app.inject({ method: 'GET', url: `${base}?cursor=xyz` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('cursor');
    const csv = await t.app.inject({ method: 'GET', url: `${base}?format=csv&limit=2` });
    expect(csv.statusCode).toBe(200);
    const rows = parse(csv.body.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    expect(rows).toHaveLength(total + 2); // the header and the agreement created meanwhile
  });

  it('refuses closing without a note with 400 and a clear message on the note field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/agr-djurslandsbo-2025-1/status`,
      payload: { status: 'fulfilled' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([
      {
        field: 'note',
        message:
          'Skriv en note: når en aftale lukkes (opfyldt, ikke opfyldt eller bortfaldet), skal det fremgå hvorfor',
      },
    ]);
    const ok = await t.app.inject({
      method: 'POST',
      url: `${base}/agr-djurslandsbo-2025-1/status`,
      payload: {
        status: 'fulfilled',
        note: 'Budgettet 2026 når landsgennemsnittet',
        evidenceUrl: 'https://x.dk/budget',
      },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().history.at(-1)).toMatchObject({
      status: 'fulfilled',
      date: '2026-11-22',
      changedByName: 'Test caseOfficer',
    });
  });

  it('creates, edits with the version seen, and refuses a stale edit with 412', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: base,
      payload: {
        organisationId: 'org-nordlyset',
        steeringYear: 2026,
        agreedOn: '2026-11-03',
        objectiveArea: 'letting',
        text: 'Ventelisten gøres digital.',
        responsible: { kind: 'both' },
        deadline: '2027-06-30',
        departmentIds: ['dep-nordlyset-1'],
      },
    });
    expect(created.statusCode).toBe(201);
    const agreement = created.json();
    expect(agreement).toMatchObject({
      status: 'agreed',
      version: 1,
      overdue: false,
      history: [{ status: 'agreed', date: '2026-11-03' }],
    });
    const { id, version, status: _s, history: _h, overdue: _o, ...fields } = agreement;
    const edited = await t.app.inject({
      method: 'PUT',
      url: `${base}/${id}`,
      payload: { ...fields, version, target: 'Alle ansøgninger digitalt' },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ target: 'Alle ansøgninger digitalt', version: 2 });
    const stale = await t.app.inject({
      method: 'PUT',
      url: `${base}/${id}`,
      payload: { ...fields, version, text: 'Overskrevet' },
    });
    expect(stale.statusCode).toBe(412);
    const after = (await t.app.inject({ method: 'GET', url: `${base}/${id}` })).json();
    expect(after.agreement.text).toBe('Ventelisten gøres digital.');
  });

  it('lets an organisation user see and report on its own agreements only; the officer confirms', async () => {
    t.actAs(djurslandsbo);
    const own = (await t.app.inject({ method: 'GET', url: base })).json();
    expect(new Set(own.agreements.map((a: { organisationId: string }) => a.organisationId))).toEqual(
      new Set(['org-djurslandsbo']),
    );
    expect((await t.app.inject({ method: 'GET', url: `${base}/agr-grenaa-almene-2024-1` })).statusCode).toBe(
      404,
    );
    expect(
      (await t.app.inject({ method: 'GET', url: `${base}?organisation=org-grenaa-almene` })).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `${base}/agr-djurslandsbo-2025-1/status`,
          payload: { status: 'dropped', note: 'x' },
        })
      ).statusCode,
    ).toBe(404);
    const proposed = await t.app.inject({
      method: 'POST',
      url: `${base}/agr-djurslandsbo-2025-2/proposals`,
      payload: { status: 'inProgress', note: 'Vedtaget på afdelingsmødet' },
    });
    expect(proposed.statusCode).toBe(201);
    const proposalId = proposed.json().id;

    t.actAs(officer);
    const confirmed = await t.app.inject({
      method: 'POST',
      url: `${base}/agr-djurslandsbo-2025-2/proposals/${proposalId}/confirm`,
      payload: {},
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().agreement.history.at(-1)).toMatchObject({
      status: 'inProgress',
      proposedByName: 'Test organisation',
    });
    expect(confirmed.json().proposal.state).toBe('confirmed');
  });

  it('asks a visitor who is not logged in to log in (401)', async () => {
    t.actAs({ kind: 'public' });
    expect((await t.app.inject({ method: 'GET', url: base })).statusCode).toBe(401);
  });

  it('imports a status file as text/csv: a dry run writes nothing, a bad line changes nothing and is named', async () => {
    const csv =
      'Id;Status;Note\nagr-djurslandsbo-2025-2;I gang;\nagr-lyngbakken-2024-1;Bortfaldet;Administrator skiftet\n';
    const dry = await t.app.inject({
      method: 'POST',
      url: `${base}/import?dryRun=true`,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, rows: 2, unchanged: 0 });
    expect(dry.json().changes.map((c: { agreementId: string; to: string }) => [c.agreementId, c.to])).toEqual(
      [
        ['agr-djurslandsbo-2025-2', 'inProgress'],
        ['agr-lyngbakken-2024-1', 'dropped'],
      ],
    );
    expect(
      (await t.app.inject({ method: 'GET', url: `${base}/agr-lyngbakken-2024-1` })).json().agreement.status,
    ).toBe('agreed');

    const bad = await t.app.inject({
      method: 'POST',
      url: `${base}/import`,
      headers: { 'content-type': 'text/csv' },
      payload: `${csv}agr-nordlyset-2025-1;Færdig;\n`,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('linje 4, kolonne Status');
    expect(bad.json().errors).toEqual([
      {
        field: 'linje 4, kolonne Status',
        message:
          'Status »Færdig« kendes ikke. Skriv en af: Aftalt, I gang, Opfyldt, Ikke opfyldt, Bortfaldet',
      },
    ]);
    expect(
      (await t.app.inject({ method: 'GET', url: `${base}/agr-lyngbakken-2024-1` })).json().agreement.status,
    ).toBe('agreed');
  });
});
