/**
 * The political cases API and the import pages in-process: preview (nothing stored) → save →
 * read back, the export round trip, refusals with problem details, and the web upload with its
 * preview page before "Gem sagen" (multipart, CSRF, the file carried as a hidden field).
 */
import { describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { anonymousForm, cookieHeader } from '../../../test/support/auth.ts';
import { useDemoApp } from '../../../test/support/demo-app.ts';

const base = '/api/v1/municipalities/707/political-cases';
const officer = userWith('caseOfficer');

const AGENDA = `## Boligsocial indsats i Grenaa

23/4567 Åben sag

### Sagsgang

MTU, KB

### Sagsfremstilling

Forvaltningen orienterer om den boligsociale indsats.

### Min egen overskrift

Et afsnit, som dagsordenssystemet kalder noget særligt.

### Indstilling

Forvaltningen indstiller, at

1. orienteringen tages til efterretning

### **Beslutning i Miljø- og teknikudvalget den 04-09-2023**

Tiltrådt.

Fraværende:

Bo Demo (Radikale Venstre)

**Beslutning i Kommunalbestyrelsen den 19-09-2023**

Godkendt.

**Bilag:**

- Notat om indsatsen
`;

function multipart(
  fields: Record<string, string>,
  file?: { name: string; filename: string; content: Buffer },
) {
  const boundary = '----styringsdialogtest';
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  const chunks: Buffer[] = [Buffer.from(parts.join(''))];
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('political cases API and import pages', () => {
  const t = useDemoApp({ as: officer });

  const count = async () => (await t.database.db.selectFrom('political_case').select('id').execute()).length;

  it('previews a Markdown file without storing it, then saves it and reads it back', async () => {
    const preview = await t.app.inject({
      method: 'POST',
      url: `${base}/preview?fileName=punkt.md`,
      headers: { 'content-type': 'text/markdown' },
      payload: AGENDA,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const p = preview.json();
    expect(p.cases).toHaveLength(1);
    expect(p.cases[0]).toMatchObject({
      id: null,
      caseNumber: '23/4567',
      title: 'Boligsocial indsats i Grenaa',
      route: ['MTU', 'KB'],
      routeBodies: [
        { abbreviation: 'MTU', name: 'Miljø- og teknikudvalget' },
        { abbreviation: 'KB', name: 'Kommunalbestyrelsen' },
      ],
      source: { format: 'markdown', fileName: 'punkt.md' },
    });
    expect(p.cases[0].decisions[0].absences).toEqual([
      { name: 'Bo Demo', party: 'Radikale Venstre', kind: 'absent' },
    ]);
    expect(p.report.unknownSections).toEqual(['Min egen overskrift']);
    expect(p.existing).toEqual([null]);
    expect(await count()).toBe(1);

    const saved = await t.app.inject({
      method: 'POST',
      url: base,
      payload: { fileName: 'punkt.md', contentBase64: Buffer.from(AGENDA).toString('base64') },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const s = saved.json();
    expect(s.saved).toEqual([{ id: expect.stringMatching(/^pc-/), outcome: 'created' }]);
    const id = s.saved[0].id as string;
    expect(await count()).toBe(2);

    const got = (await t.app.inject({ method: 'GET', url: `${base}/${id}` })).json();
    expect(got).toMatchObject({
      id,
      municipality: '707',
      caseNumber: '23/4567',
      version: 1,
      importedBy: `user:${officer.kind === 'user' ? officer.id : ''}`,
    });
    expect(got.report.unknownSections).toEqual(['Min egen overskrift']);
    const list = (await t.app.inject({ method: 'GET', url: base })).json();
    expect(list.cases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual(['23/4567', '22/8287']);

    // Round trip: the Markdown export previews as the same case.
    const md = await t.app.inject({ method: 'GET', url: `${base}/${id}/markdown` });
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.headers['content-disposition']).toContain('sag-23-4567.md');
    const back = (
      await t.app.inject({
        method: 'POST',
        url: `${base}/preview?fileName=sag.md`,
        headers: { 'content-type': 'text/markdown' },
        payload: md.body,
      })
    ).json();
    const { id: _a, source: _b, ...exported } = back.cases[0];
    const {
      id: _c,
      source: _d,
      municipality: _e,
      importedAt: _f,
      importedBy: _g,
      updatedAt: _h,
      version: _i,
      adoptedModels: _j,
      report: _k,
      ...original
    } = got;
    expect(exported).toEqual(original);
    expect(back.existing).toEqual([id]);
  });

  it('refuses to save a document without a case (422, nothing stored) and a missing body (400)', async () => {
    const none = await t.app.inject({
      method: 'POST',
      url: `${base}?fileName=tom.txt`,
      headers: { 'content-type': 'text/plain' },
      payload: 'Ingenting her\n',
    });
    expect(none.statusCode).toBe(422);
    expect(none.headers['content-type']).toContain('application/problem+json');
    expect(none.json().errors[0]).toMatchObject({
      field: 'file',
      message: expect.stringContaining('tom.txt'),
    });
    expect(await count()).toBe(1);
    const missing = await t.app.inject({ method: 'POST', url: base, payload: {} });
    expect(missing.statusCode).toBe(400);
  });

  it('links a case to a model version and drafts the orientation', async () => {
    const saved = (
      await t.app.inject({
        method: 'POST',
        url: `${base}?fileName=punkt.md`,
        headers: { 'content-type': 'text/markdown' },
        payload: AGENDA,
      })
    ).json();
    const id = saved.saved[0].id;
    const link = await t.app.inject({
      method: 'PUT',
      url: `${base}/${id}/model`,
      payload: { modelId: 'norddjurs-styringsdialog', version: 1 },
    });
    expect(link.statusCode, link.body).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `${base}/${id}` })).json().adoptedModels).toEqual([
      expect.objectContaining({ version: 1 }),
    ]);
    const unknown = await t.app.inject({
      method: 'PUT',
      url: `${base}/${id}/model`,
      payload: { modelId: 'x', version: 1 },
    });
    expect(unknown.statusCode).toBe(404);
    const draft = await t.app.inject({ method: 'GET', url: `${base}/orientation-draft?year=2025` });
    expect(draft.statusCode).toBe(200);
    expect(draft.json().markdown).toMatch(/^## Styringsdialog 2025 — orientering/);
  });

  it('answers "not found" for an organisation user and for another municipality', async () => {
    t.actAs(userWith('organisation', '707', 'org-djurslandsbo'));
    expect((await t.app.inject({ method: 'GET', url: base })).statusCode).toBe(404);
    t.actAs(userWith('caseOfficer', '706'));
    expect((await t.app.inject({ method: 'GET', url: `${base}/pc-demo-22-8287` })).statusCode).toBe(404);
  });

  it('uploads through the web form, shows the preview with the report, and saves on "Gem sagen"', async () => {
    const browser = await anonymousForm(t.app, '/politiske-sager/importer');
    const upload = multipart(
      { _csrf: browser.csrfToken },
      { name: 'file', filename: 'punkt.md', content: Buffer.from(AGENDA) },
    );
    const preview = await t.app.inject({
      method: 'POST',
      url: '/politiske-sager/importer',
      headers: { cookie: cookieHeader(browser.cookies), 'content-type': upload.contentType },
      payload: upload.payload,
    });
    expect(preview.statusCode, preview.body.slice(0, 500)).toBe(200);
    expect(preview.body).toContain('Kontrollér sagen');
    expect(preview.body).toContain('Min egen overskrift');
    expect(preview.body).toContain('Gem sagen');
    expect(await count()).toBe(1);
    const content = /name="content" value="([^"]+)"/.exec(preview.body)?.[1] ?? '';
    expect(Buffer.from(content, 'base64').toString()).toBe(AGENDA);

    const save = multipart({ _csrf: browser.csrfToken, fileName: 'punkt.md', content });
    const saved = await t.app.inject({
      method: 'POST',
      url: '/politiske-sager/importer/gem',
      headers: { cookie: cookieHeader(browser.cookies), 'content-type': save.contentType },
      payload: save.payload,
    });
    expect(saved.statusCode, saved.body.slice(0, 500)).toBe(303);
    expect(saved.headers.location).toMatch(/^\/politiske-sager\/pc-.+\?gemt=1$/);
    expect(await count()).toBe(2);
    const page = await t.app.inject({ method: 'GET', url: String(saved.headers.location) });
    expect(page.body).toContain('Sagen er gemt.');
    expect(page.body).toContain('Fraværende: Bo Demo (Radikale Venstre)');
  });

  it('previews pasted page text without markup and flags the fields it is unsure of', async () => {
    const browser = await anonymousForm(t.app, '/politiske-sager/importer');
    const pasted = [
      'Vi bruger cookies. Accepter alle',
      'Økonomiudvalget',
      'Referat',
      'Mødedato: 14-05-2024',
      'Hent som fil',
      'Indsat styringsdialogmodel',
      'Sagsfremstilling',
      'Forvaltningen foreslår en ny model.',
      'Indstilling',
      'Direktionen indstiller,',
      'at modellen godkendes.',
      'BeslutningGodkendt.',
    ].join('\n');
    const upload = multipart({ _csrf: browser.csrfToken, pastedText: pasted });
    const preview = await t.app.inject({
      method: 'POST',
      url: '/politiske-sager/importer',
      headers: { cookie: cookieHeader(browser.cookies), 'content-type': upload.contentType },
      payload: upload.payload,
    });
    expect(preview.statusCode, preview.body.slice(0, 500)).toBe(200);
    expect(preview.body).toContain('Indsat styringsdialogmodel');
    expect(preview.body).toContain('Kontrollér disse felter');
    expect(preview.body).toContain('Organ og dato er læst fra mødets sidehoved.');
    const content = /name="content" value="([^"]+)"/.exec(preview.body)?.[1] ?? '';
    expect(Buffer.from(content, 'base64').toString()).toBe(pasted);
  });

  it('shows a field error for an upload without a file and for a file without a case', async () => {
    const browser = await anonymousForm(t.app, '/politiske-sager/importer');
    const empty = multipart({ _csrf: browser.csrfToken });
    const noFile = await t.app.inject({
      method: 'POST',
      url: '/politiske-sager/importer',
      headers: { cookie: cookieHeader(browser.cookies), 'content-type': empty.contentType },
      payload: empty.payload,
    });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.body).toContain('Vælg en fil med dagsordenspunktet');
    expect(noFile.body).toContain('aria-invalid="true"');
    const junk = multipart(
      { _csrf: browser.csrfToken },
      { name: 'file', filename: 'noter.txt', content: Buffer.from('hej\n') },
    );
    const noCase = await t.app.inject({
      method: 'POST',
      url: '/politiske-sager/importer',
      headers: { cookie: cookieHeader(browser.cookies), 'content-type': junk.contentType },
      payload: junk.payload,
    });
    expect(noCase.statusCode).toBe(422);
    expect(noCase.body).toContain('Der blev ikke fundet noget dagsordenspunkt i noter.txt');
    expect(noCase.body).toContain('Importrapport');
  });

  /** An invented layout whose case-number label, recommendation heading and body spelling the reader does not know. */
  const ownLayout = (caseNumber: string, title: string) =>
    [
      'Økonomiudvalget',
      'Referat af mødet 14-05-2024 kl. 16.00',
      '',
      `12. ${title}`,
      `Sagsreference: ${caseNumber}`,
      'Sagsgang: TM, ØK',
      'Sagsfremstilling',
      'Kommunen holder styringsdialog med alle boligorganisationer.',
      'Forslag til afgørelse',
      'Direktionen indstiller, at',
      '1. redegørelsen godkendes,',
      '2. dialogen offentliggøres.',
      'Beslutning',
      'Anbefales.',
    ].join('\n');

  async function previewPasted(cookie: string, csrf: string, text: string) {
    const upload = multipart({ _csrf: csrf, pastedText: text });
    return t.app.inject({
      method: 'POST',
      url: '/politiske-sager/importer',
      headers: { cookie, 'content-type': upload.contentType },
      payload: upload.payload,
    });
  }

  /** Every field of the preview's correction form, as the browser would post it back. */
  function formFields(html: string): Record<string, string> {
    const fields: Record<string, string> = {};
    for (const [tag] of html.matchAll(/<input[^>]*>/g)) {
      // An unticked checkbox posts nothing.
      if (/type="(?:checkbox|radio)"/.test(tag) && !/\schecked/.test(tag)) continue;
      const name = /name="([^"]+)"/.exec(tag)?.[1];
      const value = /value="([^"]*)"/.exec(tag)?.[1] ?? '';
      if (name) fields[name] = value.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    }
    for (const m of html.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g))
      fields[m[1] as string] = (m[2] as string).replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    return fields;
  }

  it('corrects fields on the preview, saves them, remembers them for the next import, and forgets on request', async () => {
    const browser = await anonymousForm(t.app, '/politiske-sager/importer');
    const cookie = cookieHeader(browser.cookies);
    const preview = await previewPasted(
      cookie,
      browser.csrfToken,
      ownLayout('24/1234', 'Styringsdialog 2024'),
    );
    expect(preview.statusCode, preview.body.slice(0, 500)).toBe(200);
    expect(preview.body).toContain('Ret felterne før du gemmer');
    expect(preview.body).toContain('Usikker:</strong> Intet sagsnummer fundet.');
    const fields = formFields(preview.body);
    expect(fields['corrections.0.caseNumber']).toBe('');
    expect(fields['corrections.0.route']).toBe('TM, ØK');

    const save = multipart({
      ...fields,
      _csrf: browser.csrfToken,
      'corrections.0.caseNumber': '24/1234',
      'corrections.0.route': 'MTU, ØK',
      'corrections.0.recommendationPoints': 'redegørelsen godkendes,\ndialogen offentliggøres.',
    });
    const saved = await t.app.inject({
      method: 'POST',
      url: '/politiske-sager/importer/gem',
      headers: { cookie, 'content-type': save.contentType },
      payload: save.payload,
    });
    expect(saved.statusCode, saved.body.slice(0, 800)).toBe(303);
    const stored = await t.database.db
      .selectFrom('political_case')
      .select(['case_number', 'route', 'recommendation'])
      .where('case_number', '=', '24/1234')
      .executeTakeFirstOrThrow();
    expect(stored.route).toEqual([
      { abbreviation: 'MTU', name: 'Miljø- og teknikudvalget' },
      { abbreviation: 'ØK', name: 'Økonomiudvalget' },
    ]);
    const rules = await t.database.db
      .selectFrom('agenda_import_correction')
      .select(['kind', 'text', 'target'])
      .execute();
    expect(rules).toEqual(
      expect.arrayContaining([
        { kind: 'caseNumberLabel', text: 'Sagsreference', target: null },
        { kind: 'headingSynonym', text: 'forslag til afgørelse', target: 'recommendation' },
        { kind: 'bodyAlias', text: 'TM', target: 'MTU' },
      ]),
    );
    const audit = await t.database.db
      .selectFrom('audit_entry')
      .select('action')
      .where('action', '=', 'rememberImportCorrection')
      .execute();
    expect(audit).toHaveLength(3);

    const next = await previewPasted(cookie, browser.csrfToken, ownLayout('24/5678', 'Regnskaber 2023'));
    const again = formFields(next.body);
    expect(again['corrections.0.caseNumber']).toBe('24/5678');
    expect(again['corrections.0.route']).toBe('MTU, ØK');
    expect(again['corrections.0.recommendationPoints']).toBe(
      'redegørelsen godkendes,\ndialogen offentliggøres.',
    );
    expect(next.body).toContain('huskede rettelser er brugt');

    const list = await t.app.inject({ method: 'GET', url: '/politiske-sager/importer/rettelser' });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('&quot;Sagsreference&quot; foran et nummer er sagsnummeret');
    const action =
      /action="(\/politiske-sager\/importer\/rettelser\/[^"]+\/fjern)"/.exec(list.body)?.[1] ?? '';
    const forget = await t.app.inject({
      method: 'POST',
      url: action,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(browser.csrfToken)}`,
    });
    expect(forget.statusCode, forget.body.slice(0, 500)).toBe(303);
    expect(await t.database.db.selectFrom('agenda_import_correction').select('id').execute()).toHaveLength(2);
  });

  it('refuses a bad correction with Danish errors at the fields and saves nothing', async () => {
    const browser = await anonymousForm(t.app, '/politiske-sager/importer');
    const cookie = cookieHeader(browser.cookies);
    const preview = await previewPasted(
      cookie,
      browser.csrfToken,
      ownLayout('24/1234', 'Styringsdialog 2024'),
    );
    const fields = formFields(preview.body);
    const before = await count();
    const save = multipart({
      ...fields,
      _csrf: browser.csrfToken,
      'corrections.0.title': '',
      'corrections.0.caseNumber': '24/1234',
      'corrections.0.decisions.0.date': '31-02-2024',
    });
    const refused = await t.app.inject({
      method: 'POST',
      url: '/politiske-sager/importer/gem',
      headers: { cookie, 'content-type': save.contentType },
      payload: save.payload,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Kontrollér sagen');
    expect(refused.body).toContain('Der er 2 fejl i formularen');
    expect(refused.body).toContain('Skriv sagens titel.');
    expect(refused.body).toContain('Beslutningens dato »31-02-2024« findes ikke');
    expect(refused.body).toContain('id="field-corrections-0-title-error"');
    expect(formFields(refused.body)['corrections.0.caseNumber']).toBe('24/1234');
    expect(await count()).toBe(before);
    expect(await t.database.db.selectFrom('agenda_import_correction').select('id').execute()).toEqual([]);
  });

  it('saves through the JSON API with the same corrections as the form: fields, a decision removed and one added; learns the title label', async () => {
    const text = ownLayout('24/1234', 'Punkt uden navn').replace(
      'Sagsreference: 24/1234',
      'Emne: Styringsdialog 2024\nSagsreference: 24/1234',
    );
    const file = { fileName: 'punkt.txt', contentBase64: Buffer.from(text).toString('base64') };
    const preview = await t.app.inject({ method: 'POST', url: `${base}/preview`, payload: file });
    expect(preview.statusCode, preview.body).toBe(200);
    const read = preview.json().corrections[0];
    expect(read.caseNumber).toBe('');
    expect(read.title).not.toBe('Styringsdialog 2024');
    expect(read.decisions).toHaveLength(1);
    expect(preview.json().report.files[0].layout).toBeNull();

    const saved = await t.app.inject({
      method: 'POST',
      url: base,
      payload: {
        ...file,
        corrections: [
          {
            title: 'Styringsdialog 2024',
            caseNumber: '24/1234',
            decisions: [
              { remove: true },
              { body: 'KB', date: '28-05-2024', text: 'Godkendt.', absences: 'Afbud: Jens Hansen (V)' },
            ],
          },
        ],
      },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const id = saved.json().saved[0].id as string;
    const got = (await t.app.inject({ method: 'GET', url: `${base}/${id}` })).json();
    expect(got).toMatchObject({ title: 'Styringsdialog 2024', caseNumber: '24/1234', route: ['TM', 'ØK'] });
    expect(got.decisions).toHaveLength(1);
    expect(got.decisions[0]).toMatchObject({ date: '2024-05-28', text: 'Godkendt.' });
    expect(JSON.stringify(got.decisions[0])).toContain('Kommunalbestyrelsen');
    expect(JSON.stringify(got.decisions[0])).toContain('Jens Hansen');
    const rules = await t.database.db
      .selectFrom('agenda_import_correction')
      .select(['kind', 'text'])
      .execute();
    expect(rules).toEqual(
      expect.arrayContaining([
        { kind: 'titleLabel', text: 'Emne' },
        { kind: 'caseNumberLabel', text: 'Sagsreference' },
      ]),
    );
    // The next item of the layout: title and case number come out right.
    const next = await t.app.inject({
      method: 'POST',
      url: `${base}/preview`,
      payload: {
        fileName: 'punkt.txt',
        contentBase64: Buffer.from(
          text.replaceAll('24/1234', '24/5678').replace('Styringsdialog 2024', 'Regnskaber 2023'),
        ).toString('base64'),
      },
    });
    expect(next.json().corrections[0]).toMatchObject({ title: 'Regnskaber 2023', caseNumber: '24/5678' });
  });

  it('refuses bad corrections through the JSON API with Danish errors at their paths and stores nothing', async () => {
    const file = {
      fileName: 'punkt.txt',
      contentBase64: Buffer.from(ownLayout('24/1234', 'Styringsdialog 2024')).toString('base64'),
    };
    const before = await count();
    const refused = await t.app.inject({
      method: 'POST',
      url: base,
      payload: {
        ...file,
        corrections: [
          {
            caseNumber: 'uden tal',
            decisions: [{}, { body: '', text: 'Godkendt.', date: '31-02-2024' }],
          },
        ],
      },
    });
    expect(refused.statusCode, refused.body).toBe(400);
    const errors = refused.json().errors as { field: string; message: string }[];
    expect(errors.map((e) => e.field).sort()).toEqual([
      'corrections.0.caseNumber',
      'corrections.0.decisions.1.body',
      'corrections.0.decisions.1.date',
    ]);
    expect(errors.find((e) => e.field === 'corrections.0.decisions.1.body')?.message).toContain(
      'Skriv organet',
    );
    const typed = await t.app.inject({
      method: 'POST',
      url: base,
      payload: { ...file, corrections: [{ title: 42 }] },
    });
    expect(typed.statusCode).toBe(400);
    expect(typed.json().errors[0]).toMatchObject({
      field: 'corrections.0.title',
      message: 'Titlen skal være tekst',
    });
    expect(await count()).toBe(before);
    expect(await t.database.db.selectFrom('agenda_import_correction').select('id').execute()).toEqual([]);
  });

  it('adds and removes decisions on the preview form', async () => {
    const browser = await anonymousForm(t.app, '/politiske-sager/importer');
    const cookie = cookieHeader(browser.cookies);
    const preview = await previewPasted(
      cookie,
      browser.csrfToken,
      ownLayout('24/1234', 'Styringsdialog 2024'),
    );
    expect(preview.body).toContain('Fjern beslutningen fra sagen');
    expect(preview.body).toContain('Ny beslutning (2)');
    const fields = formFields(preview.body);
    expect(fields['corrections.0.decisions.0.remove']).toBeUndefined();
    expect(fields['corrections.0.decisions.1.body']).toBe('');

    // An added decision without its body: refused at the field, the slot kept with what was typed.
    const bad = multipart({
      ...fields,
      _csrf: browser.csrfToken,
      'corrections.0.decisions.0.remove': '1',
      'corrections.0.decisions.1.text': 'Godkendt.',
    });
    const refused = await t.app.inject({
      method: 'POST',
      url: '/politiske-sager/importer/gem',
      headers: { cookie, 'content-type': bad.contentType },
      payload: bad.payload,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('id="field-corrections-0-decisions-1-body-error"');
    const kept = formFields(refused.body);
    expect(kept['corrections.0.decisions.0.remove']).toBe('1');
    expect(kept['corrections.0.decisions.1.text']).toBe('Godkendt.');
    expect(kept['corrections.0.decisions.2.body']).toBe('');

    const save = multipart({ ...kept, _csrf: browser.csrfToken, 'corrections.0.decisions.1.body': 'KB' });
    const saved = await t.app.inject({
      method: 'POST',
      url: '/politiske-sager/importer/gem',
      headers: { cookie, 'content-type': save.contentType },
      payload: save.payload,
    });
    expect(saved.statusCode, saved.body.slice(0, 800)).toBe(303);
    const stored = await t.database.db
      .selectFrom('political_case')
      .select('decisions')
      .where('title', '=', 'Styringsdialog 2024')
      .executeTakeFirstOrThrow();
    expect(stored.decisions).toEqual([
      expect.objectContaining({
        body: { abbreviation: 'KB', name: 'Kommunalbestyrelsen' },
        text: 'Godkendt.',
      }),
    ]);
  });

  it('pins a layout profile (audited), reads the next import with it and says so; clearing detects again', async () => {
    const browser = await anonymousForm(t.app, '/politiske-sager/importer/rettelser');
    const cookie = cookieHeader(browser.cookies);
    const pin = (value: string) =>
      t.app.inject({
        method: 'POST',
        url: '/politiske-sager/importer/rettelser/profil',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: `_csrf=${encodeURIComponent(browser.csrfToken)}&layoutProfile=${value}`,
      });
    const sbsysLike = ['Sagsid.: 24/1234', ...ownLayout('24/1234', 'Styringsdialog 2024').split('\n')].join(
      '\n',
    );
    const detected = await previewPasted(cookie, browser.csrfToken, sbsysLike);
    expect(detected.body).toContain(
      '&quot;SBSYS dagsordensvisning&quot;, fundet ud fra linje 1 »Sagsid.: 24/1234«',
    );

    expect((await pin('netpublicator')).statusCode).toBe(303);
    const page = await t.app.inject({ method: 'GET', url: '/politiske-sager/importer/rettelser?profil=1' });
    expect(page.body).toContain('Layoutprofilen er gemt.');
    expect(page.body).toMatch(/value="netpublicator"[^>]*checked/);
    const pinned = await previewPasted(cookie, browser.csrfToken, sbsysLike);
    expect(pinned.body).toContain('&quot;Netpublicator / Prism&quot;, som kommunen har valgt.');

    const bad = await pin('wordperfect');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Vælg en af layoutprofilerne');

    expect((await pin('auto')).statusCode).toBe(303);
    const again = await previewPasted(cookie, browser.csrfToken, sbsysLike);
    expect(again.body).toContain('fundet ud fra linje 1');
    const audit = await t.database.db
      .selectFrom('audit_entry')
      .select(['action', 'after'])
      .where('entity', '=', 'importProfile')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['pinImportLayoutProfile', 'clearImportLayoutProfile']);
  });

  it('pins and clears the layout profile through the JSON API (PUT/DELETE), audited once per change', async () => {
    const profileUrl = '/api/v1/municipalities/707/agenda-import/profile';
    const sbsysLike = ['Sagsid.: 24/1234', ...ownLayout('24/1234', 'Styringsdialog 2024').split('\n')].join(
      '\n',
    );
    const layoutRead = async () => {
      const file = { fileName: 'punkt.txt', contentBase64: Buffer.from(sbsysLike).toString('base64') };
      const preview = await t.app.inject({ method: 'POST', url: `${base}/preview`, payload: file });
      expect(preview.statusCode, preview.body).toBe(200);
      const { id, how } = preview.json().report.files[0].layout;
      return `${id} ${how}`;
    };
    expect(await layoutRead()).toBe('sbsys detected');

    const pin = await t.app.inject({
      method: 'PUT',
      url: profileUrl,
      payload: { layoutProfile: 'netpublicator' },
    });
    expect(pin.statusCode, pin.body).toBe(200);
    expect(pin.json()).toEqual({ layoutProfile: 'netpublicator', changed: true });
    expect(await layoutRead()).toBe('netpublicator pinned');
    const again = await t.app.inject({
      method: 'PUT',
      url: profileUrl,
      payload: { layoutProfile: 'netpublicator' },
    });
    expect(again.json()).toEqual({ layoutProfile: 'netpublicator', changed: false });

    const cleared = await t.app.inject({ method: 'DELETE', url: profileUrl });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toEqual({ layoutProfile: null, changed: true });
    expect(await layoutRead()).toBe('sbsys detected');

    const audit = await t.database.db
      .selectFrom('audit_entry')
      .select('action')
      .where('entity', '=', 'importProfile')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['pinImportLayoutProfile', 'clearImportLayoutProfile']);
  });

  it('refuses an unknown, missing or null profile at the field in Danish, and pins nothing', async () => {
    const profileUrl = '/api/v1/municipalities/707/agenda-import/profile';
    for (const payload of [
      { layoutProfile: 'wordperfect' },
      {},
      { layoutProfile: null },
      { layoutProfile: 7 },
    ]) {
      const res = await t.app.inject({ method: 'PUT', url: profileUrl, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().errors, JSON.stringify(payload)).toEqual([
        { field: 'layoutProfile', message: 'Vælg en af layoutprofilerne' },
      ]);
    }
    const stray = await t.app.inject({
      method: 'PUT',
      url: profileUrl,
      payload: { layoutProfile: 'sbsys', municipality: '706' },
    });
    expect(stray.statusCode).toBe(400);
    expect(
      await t.database.db
        .selectFrom('audit_entry')
        .select('id')
        .where('entity', '=', 'importProfile')
        .execute(),
    ).toEqual([]);
    t.actAs(userWith('organisation', '707', 'org-djurslandsbo'));
    const org = await t.app.inject({ method: 'PUT', url: profileUrl, payload: { layoutProfile: 'sbsys' } });
    expect(org.statusCode).toBe(404);
  });

  it('refuses the upload form without the CSRF token', async () => {
    const upload = multipart({}, { name: 'file', filename: 'punkt.md', content: Buffer.from(AGENDA) });
    const res = await t.app.inject({
      method: 'POST',
      url: '/politiske-sager/importer',
      headers: { 'content-type': upload.contentType, accept: 'text/html' },
      payload: upload.payload,
    });
    expect(res.statusCode).toBe(403);
  });
});
