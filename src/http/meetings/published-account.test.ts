/**
 * Hardening finding 5, the exact attack: publish a meeting, reopen its minutes, change the text,
 * approve twice — the public page (HTML, PDF and API) must keep showing what was published, not
 * the new text, until the publish step publishes it as a new version with the correction's date
 * and reason; the earlier version stays reachable ("Tidligere version").
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { useDemoApp } from '../../../test/support/demo-app.ts';
import type { Actor } from '../../app/actor.ts';

const base = '/api/v1/municipalities/707/meetings';
const officer = userWith('caseOfficer');
const djurslandsbo = userWith('organisation', '707', 'org-djurslandsbo');
const OBLIGATION = 'dialogueMeeting:707:org-djurslandsbo:2027:legalFloor#1';
const ORIGINAL = 'Kommunen deler vurderingen af driften.';
const CHANGED = 'HEMMELIG ÆNDRING der aldrig er offentliggjort.';

const minutesBody = (municipalityAssessment: string) => ({
  participantsPresent: [{ name: 'Frank Hedegaard', party: 'organisation', role: 'Formand' }],
  apologies: [],
  minuteTaker: 'Kasper Mølgaard',
  items: [{ agendaItemId: 'anyOtherBusiness', summary: 'Intet.', outcome: 'Taget til efterretning.' }],
  organisationAssessment: 'Organisationen er i god drift.',
  municipalityAssessment,
  agreements: [],
  noAgreements: true,
});

async function pdfText(body: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(body), useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return parts.join('\n');
}

describe('published accounts are versions that only the publish step makes', () => {
  let now = new Date('2027-09-01T08:00:00Z');
  const t = useDemoApp({ as: officer, clock: () => now });
  beforeEach(() => {
    now = new Date('2027-09-01T08:00:00Z');
  });

  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, as: Actor = officer) => {
    t.actAs(as);
    const res = await t.app.inject({ method, url, ...(payload ? { payload } : {}) });
    t.actAs(officer);
    return res;
  };
  const ok = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, as: Actor = officer) => {
    const res = await call(method, url, payload, as);
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(200);
    return res;
  };
  const putMinutes = async (id: string, text: string) => {
    const read = await ok('GET', `${base}/${id}/minutes`);
    const res = await t.app.inject({
      method: 'PUT',
      url: `${base}/${id}/minutes`,
      headers: { 'if-match': read.headers.etag as string },
      payload: minutesBody(text),
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  const approveBoth = async (id: string) => {
    await ok('POST', `${base}/${id}/minutes/approve`);
    await ok('POST', `${base}/${id}/minutes/approve`, undefined, djurslandsbo);
  };
  const publicView = async (path: string) => {
    const page = await call('GET', path, undefined, { kind: 'public' });
    const pdf = await call('GET', `${path}/redegoerelse.pdf`, undefined, { kind: 'public' });
    expect(page.statusCode).toBe(200);
    expect(pdf.statusCode).toBe(200);
    return { html: page.body, pdf: await pdfText(pdf.rawPayload) };
  };

  it('keeps the published text public through reopen, edit and approval, and publishes the correction as version 2', async () => {
    const created = await call('POST', base, {
      obligationId: OBLIGATION,
      date: '2027-10-14',
      startTime: '10:00',
      endTime: '12:00',
      location: 'Rådhuset, Grenaa',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().meeting.id as string;
    await ok('POST', `${base}/${id}/invite`);
    now = new Date('2027-10-14T12:30:00Z');
    await ok('POST', `${base}/${id}/held`);
    await putMinutes(id, ORIGINAL);
    await approveBoth(id);
    now = new Date('2027-10-20T09:00:00Z');
    await ok('POST', `${base}/${id}/publish`);
    const path = `/redegoerelser/707/${id}`;
    expect((await publicView(path)).html).toContain(ORIGINAL);

    // The attack: reopen, change the text, approve twice.
    now = new Date('2027-11-02T09:00:00Z');
    await ok('POST', `${base}/${id}/minutes/reopen`, { reason: 'Forkert beløb i kommunens vurdering' });
    await putMinutes(id, CHANGED);
    await approveBoth(id);
    expect((await ok('GET', `${base}/${id}`)).json().meeting.status).toBe('approved');

    const before = await publicView(path);
    expect(before.html).toContain(ORIGINAL);
    expect(before.html).not.toContain('HEMMELIG');
    expect(before.pdf).not.toContain('HEMMELIG');
    const api = await call('GET', `/api/v1/municipalities/707/accounts/${id}`, undefined, { kind: 'public' });
    expect(api.json()).toMatchObject({ version: 1, correction: null, latest: true });
    expect(JSON.stringify(api.json())).not.toContain('HEMMELIG');
    expect(
      JSON.stringify((await call('GET', '/redegoerelser/707', undefined, { kind: 'public' })).body),
    ).not.toContain('HEMMELIG');

    // Only the publish step publishes: version 2, with the correction's date and reason.
    now = new Date('2027-11-05T09:00:00Z');
    await ok('POST', `${base}/${id}/publish`);
    const after = await publicView(path);
    expect(after.html).toContain('HEMMELIG ÆNDRING');
    expect(after.html).toContain('Rettet 05-11-2027');
    expect(after.html).toContain('Forkert beløb i kommunens vurdering');
    expect(after.pdf).toContain('rettet 05-11-2027');
    expect(after.html).toContain(`href="${path}/version/1"`);
    expect(after.html).toContain('Tidligere version');
    const v2 = (
      await call('GET', `/api/v1/municipalities/707/accounts/${id}`, undefined, { kind: 'public' })
    ).json();
    expect(v2).toMatchObject({
      version: 2,
      publishedOn: '2027-11-05',
      correction: { reason: 'Forkert beløb i kommunens vurdering', on: '2027-11-05' },
      latest: true,
    });
    expect(v2.account.publishedOn).toBe('2027-10-20'); // first publication, as compliance counts it

    // The earlier version is kept and reachable, as it was published.
    const old = await publicView(`${path}/version/1`);
    expect(old.html).toContain(ORIGINAL);
    expect(old.html).not.toContain('HEMMELIG');
    expect(old.html).toContain('Se den gældende redegørelse');
    expect(old.pdf).toContain(ORIGINAL);
    expect((await call('GET', `${path}/version/3`, undefined, { kind: 'public' })).statusCode).toBe(404);
  });

  it('refuses to change or delete a stored version in the database', async () => {
    await expect(
      t.database.db.updateTable('published_account_version').set({ correction_reason: 'x' }).execute(),
    ).resolves.toBeDefined(); // no rows yet: nothing to refuse
    const created = await call('POST', base, {
      obligationId: OBLIGATION,
      date: '2027-10-14',
      startTime: '10:00',
      endTime: '12:00',
    });
    const id = created.json().meeting.id as string;
    await ok('POST', `${base}/${id}/invite`);
    now = new Date('2027-10-14T12:30:00Z');
    await ok('POST', `${base}/${id}/held`);
    await putMinutes(id, ORIGINAL);
    await approveBoth(id);
    await ok('POST', `${base}/${id}/publish`);
    await expect(
      t.database.db.updateTable('published_account_version').set({ correction_reason: 'x' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.database.db.deleteFrom('published_account_version').execute()).rejects.toThrow(
      /append-only/,
    );
  });
});
