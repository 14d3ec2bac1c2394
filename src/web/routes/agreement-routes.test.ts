import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { caseOfficer707, userWith } from '../../../test/support/actors.ts';
import { anonymousForm, cookieHeader, submitForm } from '../../../test/support/auth.ts';
import { resetDatabase } from '../../../test/support/database.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Actor } from '../../app/actor.ts';
import { extractPdfText } from '../../importer/agenda/extract-pdf-text.ts';

const djurslandsbo = userWith('organisation', '707', 'org-djurslandsbo');

/** A multipart/form-data body as a browser sends it for the status file form. */
function multipart(fields: Record<string, string>, file: { name: string; bytes: Buffer } | null) {
  const boundary = '----styringsdialogtest';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('agreement pages', () => {
  let t: TestApp;
  let actor: Actor = caseOfficer707;
  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => actor });
  });
  beforeEach(async () => {
    actor = caseOfficer707;
    await resetDatabase(t.database.db);
    await loadDemoInto(t.database);
  });
  afterAll(async () => {
    await t.close();
  });

  const statuses = async () =>
    Object.fromEntries(
      (await t.database.db.selectFrom('agreement').select(['id', 'status']).orderBy('id').execute()).map(
        (r) => [r.id, r.status],
      ),
    );

  async function uploadStatusFile(bytes: Buffer, fields: Record<string, string> = {}) {
    const browser = await anonymousForm(t.app, '/aftaler/statusfil');
    const body = multipart({ _csrf: browser.csrfToken, ...fields }, { name: 'aabne-aftaler.csv', bytes });
    return t.app.inject({
      method: 'POST',
      url: '/aftaler/statusfil',
      headers: { cookie: cookieHeader(browser.cookies), 'content-type': body.contentType },
      payload: body.payload,
    });
  }

  it('round-trips the CSV: export, edit two statuses, import — exactly those two change, each with an audit entry', async () => {
    const exported = await t.app.inject({ method: 'GET', url: '/aftaler/aabne.csv' });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    const rows = parse(exported.body.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    const [header, ...data] = rows;
    expect(header).toEqual([
      'Id',
      'Boligorganisation',
      'Styringsår',
      'Målområde',
      'Aftale',
      'Deadline',
      'Status',
      'Dato',
      'Note',
      'Link',
    ]);
    expect(data.length).toBeGreaterThan(5);
    const before = await statuses();

    // Edit two rows as a person in Excel would: one closed with a note, one started.
    const edited = data.map((r) => [...r]);
    const first = edited.find((r) => r[6] === 'I gang');
    const second = edited.find((r) => r[6] === 'Aftalt');
    if (!first || !second) throw new Error('the demo lacks open agreements');
    first[6] = 'Opfyldt';
    first[8] = 'Målet er nået ifølge regnskabet';
    second[6] = 'I gang';
    const csv = `\uFEFF${stringify([header ?? [], ...edited], { delimiter: ';', record_delimiter: '\r\n' })}`;

    const res = await uploadStatusFile(Buffer.from(csv, 'utf8'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('2 aftaler har fået ny status');

    const after = await statuses();
    const changed = Object.keys(after).filter((id) => after[id] !== before[id]);
    expect(changed.sort()).toEqual([first[0], second[0]].sort());
    expect(after[first[0] ?? '']).toBe('fulfilled');
    expect(after[second[0] ?? '']).toBe('inProgress');
    const audit = await t.database.db
      .selectFrom('audit_entry')
      .select(['entity_id', 'actor'])
      .where('action', '=', 'import.changeStatus')
      .execute();
    expect(audit.map((a) => a.entity_id).sort()).toEqual(changed.sort());
    expect(new Set(audit.map((a) => a.actor))).toEqual(
      new Set([`user:${(caseOfficer707 as { id: string }).id}`]),
    );
  });

  it('refuses a file with one bad status: nothing changes and the page names the line and column', async () => {
    const exported = await t.app.inject({ method: 'GET', url: '/aftaler/aabne.csv' });
    const lines = exported.body.split('\r\n');
    // Line 3 of the file: the second agreement, its status replaced by a word the import does not know.
    lines[2] = (lines[2] ?? '').replace(/;(I gang|Aftalt);/, ';Næsten færdig;');
    lines[1] = (lines[1] ?? '').replace(/;(I gang|Aftalt);/, ';Opfyldt;;Nået;');
    const before = await statuses();
    const res = await uploadStatusFile(Buffer.from(lines.join('\r\n'), 'utf8'));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Filen er ikke indlæst – intet er ændret');
    expect(res.body).toContain('linje 3, kolonne Status');
    expect(res.body).toContain('Status »Næsten færdig« kendes ikke');
    expect(await statuses()).toEqual(before);
  });

  it('shows what a dry run would change without changing it, and asks for a file when none is chosen', async () => {
    const csv = Buffer.from(
      'Id;Status;Note\r\nagr-nordlyset-2025-1;Bortfaldet;Erstattet af ny aftale\r\n',
      'utf8',
    );
    const before = await statuses();
    const dry = await uploadStatusFile(csv, { dryRun: 'true' });
    expect(dry.statusCode).toBe(200);
    expect(dry.body).toContain('Prøvekørsel: 1 aftaler ville få ny status – intet er gemt');
    expect(await statuses()).toEqual(before);

    const browser = await anonymousForm(t.app, '/aftaler/statusfil');
    const body = multipart({ _csrf: browser.csrfToken }, { name: '', bytes: Buffer.alloc(0) });
    const none = await t.app.inject({
      method: 'POST',
      url: '/aftaler/statusfil',
      headers: { cookie: cookieHeader(browser.cookies), 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain('Vælg en CSV-fil');
  });

  it('refuses an upload without the CSRF token', async () => {
    const body = multipart({}, { name: 'x.csv', bytes: Buffer.from('Id;Status\n') });
    const res = await t.app.inject({
      method: 'POST',
      url: '/aftaler/statusfil',
      headers: { 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses closing without a note next to the note field, keeping what was typed', async () => {
    const url = '/aftaler/agr-djurslandsbo-2025-1';
    const browser = await anonymousForm(t.app, url);
    const res = await submitForm(t.app, `${url}/status`, browser, {
      status: 'fulfilled',
      date: '2026-11-20',
      note: '',
      evidenceUrl: 'https://x.dk/r',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toMatch(/id="field-note-error"[^>]*>.*Skriv en note: når en aftale lukkes/s);
    expect(res.body).toContain('value="https://x.dk/r"');
    expect((await statuses())['agr-djurslandsbo-2025-1']).toBe('inProgress');

    const ok = await submitForm(t.app, `${url}/status`, browser, {
      status: 'fulfilled',
      date: '2026-11-20',
      note: 'Budget 2026 vedtaget',
    });
    expect(ok.statusCode).toBe(303);
    const page = await t.app.inject({ method: 'GET', url });
    expect(page.body).toContain('Budget 2026 vedtaget');
  });

  it('creates an agreement through the form with two departments, then edits it', async () => {
    const chooser = await t.app.inject({ method: 'GET', url: '/aftaler/ny' });
    expect(chooser.body).toContain('Vælg boligorganisation');
    const browser = await anonymousForm(t.app, '/aftaler/ny?organisation=org-nordlyset');
    const fields = new URLSearchParams({
      _csrf: browser.csrfToken,
      organisationId: 'org-nordlyset',
      meetingId: '',
      text: 'Fælles plan for klimatilpasning.',
      steeringYear: '2026',
      agreedOn: '2026-11-03',
      objectiveArea: 'departments',
      target: '',
      'responsible.kind': 'namedUnit',
      'responsible.name': '',
      deadline: '2027-12-31',
      'councilApproval.body': '',
      'councilApproval.date': '',
      'councilApproval.caseNumber': '',
    });
    fields.append('departmentIds', 'dep-nordlyset-1');
    fields.append('departmentIds', 'dep-nordlyset-7');
    const post = (body: URLSearchParams) =>
      t.app.inject({
        method: 'POST',
        url: '/aftaler/ny',
        headers: {
          cookie: cookieHeader(browser.cookies),
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: body.toString(),
      });
    const refused = await post(fields);
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toMatch(
      /id="field-responsible-name-error"[^>]*>.*Den ansvarlige enheds navn skal udfyldes/s,
    );
    expect(refused.body).toMatch(/value="dep-nordlyset-7"[^>]*checked/);

    fields.set('responsible.name', 'Klimaenheden');
    const created = await post(fields);
    expect(created.statusCode).toBe(303);
    const location = String(created.headers.location);
    const page = await t.app.inject({ method: 'GET', url: location });
    expect(page.body).toContain('Fælles plan for klimatilpasning.');
    expect(page.body).toContain('1 Nordlyset I, 7 Havblik');
    expect(page.body).toContain('Klimaenheden');

    const edit = await t.app.inject({ method: 'GET', url: `${location}/ret` });
    expect(edit.body).toContain('name="version" value="1"');
    fields.set('version', '1');
    fields.set('target', 'Plan vedtaget på afdelingsmøderne');
    const saved = await t.app.inject({
      method: 'POST',
      url: `${location}/ret`,
      headers: { cookie: cookieHeader(browser.cookies), 'content-type': 'application/x-www-form-urlencoded' },
      payload: fields.toString(),
    });
    expect(saved.statusCode).toBe(303);
    expect((await t.app.inject({ method: 'GET', url: location })).body).toContain(
      'Plan vedtaget på afdelingsmøderne',
    );
  });

  it('shows the agreement timeline on the organisation page, newest year first', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/boligorganisationer/org-djurslandsbo' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('id="agreements-heading"');
    const years = [...page.body.matchAll(/id="agreements-(\d{4})"/g)].map((m) => m[1]);
    expect(years).toEqual(['2025', '2024', '2023', '2022', '2021', '2020']);
    expect(page.body).toContain('href="/aftaler/agr-djurslandsbo-2023-1"');
    expect(page.body).toContain('I gang · over deadline');
  });

  it('lets the organisation report progress and the case officer confirm it', async () => {
    actor = djurslandsbo;
    const url = '/aftaler/agr-djurslandsbo-2025-2';
    const browser = await anonymousForm(t.app, url);
    expect((await t.app.inject({ method: 'GET', url: '/aftaler/agr-grenaa-almene-2024-1' })).statusCode).toBe(
      404,
    );
    const list = await t.app.inject({ method: 'GET', url: '/aftaler' });
    expect(list.body).not.toContain('Grenaa Almene');
    const sent = await submitForm(t.app, `${url}/forslag`, browser, {
      status: 'inProgress',
      note: 'Vedtaget på afdelingsmødet',
      evidenceUrl: '',
    });
    expect(sent.statusCode).toBe(303);

    actor = caseOfficer707;
    const page = await t.app.inject({ method: 'GET', url });
    expect(page.body).toContain('Venter på kommunens svar');
    const proposalId = /\/forslag\/([^/]+)\/bekraeft/.exec(page.body)?.[1];
    expect(proposalId).toBeDefined();
    const officerBrowser = await anonymousForm(t.app, url);
    const confirmed = await submitForm(t.app, `${url}/forslag/${proposalId}/bekraeft`, officerBrowser, {
      confirmNote: '',
    });
    expect(confirmed.statusCode).toBe(303);
    const after = await t.app.inject({ method: 'GET', url });
    expect(after.body).toContain('indberettet af Test organisation');
  });

  it('renders the agreement document as a page and as a tagged PDF with Danish letters', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/aftaler/dokument/org-kattegatkysten/2025' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Helhedsplan for Bønnerup Strandhuse og Fjellerup Klit.');
    expect(page.body).toContain('Kommunalbestyrelsen, 16-12-2025, sag 25/10412');
    expect(page.body).toContain('Fugtskaderne i Bønnerup Strandhuse udbedres.'); // follow-up from 2022
    const chooser = await t.app.inject({
      method: 'GET',
      url: '/aftaler/dokument?organisation=org-kattegatkysten&year=2025',
    });
    expect(chooser.statusCode).toBe(303);
    expect(chooser.headers.location).toBe('/aftaler/dokument/org-kattegatkysten/2025');

    const pdf = await t.app.inject({
      method: 'GET',
      url: '/aftaler/dokument/org-kattegatkysten/2025/aftaledokument.pdf',
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const bytes = new Uint8Array(pdf.rawPayload);
    const text = (await extractPdfText(bytes.slice())).text;
    expect(text).toContain('Aftaledokument 2025');
    expect(text).toContain('Nybyggeri og renovering');
    expect(text).toContain('Bønnerup Strandhuse og Fjellerup Klit');
    const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
    expect(await doc.getMarkInfo()).toMatchObject({ Marked: true });
    const tree = await (await doc.getPage(1)).getStructTree();
    const roles: string[] = [];
    const walk = (node: { role?: string; children?: unknown[] }) => {
      if (node.role) roles.push(node.role);
      for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] });
    };
    walk(tree as unknown as { role?: string; children?: unknown[] });
    expect(roles).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P']));
    expect((await doc.getMetadata()).info).toMatchObject({
      Title: 'Aftaledokument 2025: Boligforeningen Kattegatkysten',
      Language: 'da-DK',
    });
  });

  it('filters the list and shows the overview sentence; refuses unknown filter values next to the field', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/aftaler?objectiveArea=letting&overdue=true' });
    expect(list.statusCode).toBe(200);
    expect(list.body).toMatch(/Aftaler: \d+ opfyldt, \d+ i gang, \d+ over deadline\./);
    expect(list.body).toContain('Fleksibel udlejning i Åbyen');
    expect(list.body).not.toContain('Helhedsplan for Vestervang');
    const bad = await t.app.inject({ method: 'GET', url: '/aftaler?status=halvt' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toMatch(/id="field-status-error"[^>]*>.*Status skal være en af/s);
  });
});
