/**
 * The list exports (issue 14 point 4): every list's XLSX, read back with exceljs, holds the same
 * rows as its CSV, with typed cells (real dates, numbers, booleans) under a frozen Danish header
 * row; the API's `?format=` gives the same file as the page; and the exports follow the lists'
 * access rules (a housing organisation exports only its own; contact data only where shown).
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { systemContext } from '../../../test/support/auth.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Actor } from '../../app/actor.ts';
import { loadDemoMeetingHistory } from '../../app/meetings/load-demo-meeting-history.ts';
import { restoreCell } from '../../domain/shared/spreadsheet-csv.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ACTORS: Record<string, Actor> = {
  caseOfficer: userWith('caseOfficer'),
  organisation: userWith('organisation', '707', 'org-djurslandsbo'),
  councilMember: userWith('councilMember'),
};

const PAGE_EXPORTS = [
  '/boligorganisationer',
  '/afdelinger',
  '/personer',
  '/forpligtelser?aar=2026',
  '/moeder?aar=2025',
  '/aftaler',
  '/politiske-sager',
];

function csvRows(body: string): string[][] {
  return parse(body.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
}

/** A cell read back from the XLSX, written as the CSV writes it. */
function asCsvText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const [y, m, d] = value.toISOString().slice(0, 10).split('-');
    return `${d}-${m}-${y}`;
  }
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'string') return value;
  throw new Error(`unexpected cell ${JSON.stringify(value)}`);
}

async function readXlsx(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: ExcelJS.CellValue[] = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) cells.push(row.getCell(c).value);
    rows.push(cells);
  });
  return { sheet, rows };
}

const withExtension = (url: string, ext: string) => {
  const [path, query] = url.split('?');
  return query ? `${path}.${ext}?${query}` : `${path}.${ext}`;
};

describe('list exports: CSV and XLSX', () => {
  let t: TestApp;
  const get = (url: string, actor = 'caseOfficer', headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: { 'x-test-actor': actor, ...headers } });

  beforeAll(async () => {
    t = await startTestApp({
      resolveActor: async (request: FastifyRequest) =>
        ACTORS[String(request.headers['x-test-actor'])] ?? { kind: 'public' },
    });
    await loadDemoInto(t.database);
    await loadDemoMeetingHistory(systemContext(t.database.db, new Date('2026-11-22T12:00:00Z')), {
      linkBase: 'http://localhost:3000',
    });
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

  it.each(PAGE_EXPORTS)(
    '%s: the XLSX holds the CSV rows as typed cells under a frozen header',
    async (url) => {
      const csv = await get(withExtension(url, 'csv'));
      expect(csv.statusCode, csv.body.slice(0, 300)).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      const xlsx = await get(withExtension(url, 'xlsx'));
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toBe(XLSX);
      expect(xlsx.headers['content-disposition']).toMatch(/attachment; filename="[a-z-]+-707.*\.xlsx"/);

      const fromCsv = csvRows(csv.body).map((r) => r.map(restoreCell));
      const { sheet, rows } = await readXlsx(xlsx.rawPayload);
      expect(rows.length).toBeGreaterThan(1);
      expect(rows.map((r) => r.map(asCsvText))).toEqual(fromCsv);
      // Danish headers, frozen.
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(rows[0]?.every((h) => typeof h === 'string' && /^[A-ZÆØÅ]/.test(h))).toBe(true);
      // Typed cells: no date or number hides as text in the XLSX.
      for (const row of rows.slice(1)) {
        for (const cell of row) {
          if (typeof cell === 'string') {
            expect(cell, 'a date written as text').not.toMatch(/^\d{2}-\d{2}-\d{4}$/);
            expect(cell, 'a boolean written as text').not.toMatch(/^(ja|nej)$/);
          }
        }
      }
    },
  );

  it('writes real dates, numbers and booleans in the cells', async () => {
    const { rows } = await readXlsx((await get('/boligorganisationer.xlsx')).rawPayload);
    const header = rows[0] as string[];
    const first = rows[1] as ExcelJS.CellValue[];
    expect(first[header.indexOf('Aktiv fra')]).toBeInstanceOf(Date);
    expect(typeof first[header.indexOf('Boliger i alt')]).toBe('number');
    const deps = await readXlsx((await get('/afdelinger.xlsx')).rawPayload);
    const h = deps.rows[0] as string[];
    expect(typeof deps.rows[1]?.[h.indexOf('Afdelingsbestyrelse')]).toBe('boolean');
    expect(typeof deps.rows[1]?.[h.indexOf('Boliger')]).toBe('number');
  });

  it('gives the API the same files with ?format= and the Accept header', async () => {
    const page = await get('/boligorganisationer.csv');
    const api = await get('/api/v1/municipalities/707/organisations?format=csv');
    expect(api.statusCode).toBe(200);
    expect(api.body).toBe(page.body);
    const byAccept = await get('/api/v1/municipalities/707/agreements', 'caseOfficer', { accept: XLSX });
    expect(byAccept.headers['content-type']).toBe(XLSX);
    const pageRows = (await readXlsx((await get('/aftaler.xlsx')).rawPayload)).rows;
    expect((await readXlsx(byAccept.rawPayload)).rows).toEqual(pageRows);
    const json = await get('/api/v1/municipalities/707/meetings?year=2025');
    expect(json.headers['content-type']).toContain('application/json');
    const bad = await get('/api/v1/municipalities/707/meetings?format=pdf');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it('exports only what the list shows the viewer', async () => {
    // A housing organisation: only its own agreements.
    const own = csvRows((await get('/aftaler.csv', 'organisation')).body);
    const all = csvRows((await get('/aftaler.csv', 'caseOfficer')).body);
    const orgColumn = (all[0] as string[]).indexOf('Boligorganisation');
    expect(own.length).toBeGreaterThan(1);
    expect(all.length).toBeGreaterThan(own.length);
    expect(new Set(own.slice(1).map((r) => r[orgColumn]))).toEqual(new Set(['Boligselskabet Djurslandsbo']));
    const apiOwn = csvRows(
      (await get('/api/v1/municipalities/707/agreements?format=csv', 'organisation')).body,
    );
    expect(apiOwn).toEqual(own);
    // Contact data only where the list shows it.
    const officer = csvRows((await get('/personer.csv', 'caseOfficer')).body)[0];
    expect(officer).toContain('E-mail');
    for (const role of ['organisation', 'councilMember']) {
      const people = await get('/personer.xlsx', role);
      if (people.statusCode !== 200) continue; // a role the list refuses gets no file either
      const header = (await readXlsx(people.rawPayload)).rows[0];
      expect(header).not.toContain('E-mail');
      expect(header).not.toContain('Telefon');
    }
    // The public gets no file.
    expect((await get('/api/v1/municipalities/707/people?format=xlsx', 'public')).statusCode).toBe(401);
    expect((await get('/personer.csv', 'public')).statusCode).toBe(303);
  });
});
