/**
 * The OParl API as a client sees it: a walk from /oparl/v1.1/system that follows every link and
 * every page, validating each answer against our OParl 1.1 schemas (oparl-schemas.ts) and the
 * extension's schemas as the server serves them (fetched from each object's `type` URL).
 * Done means 0 errors, every object reachable under its own id, every object type seen.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoMeetingHistory } from '../../src/app/meetings/load-demo-meeting-history.ts';
import { systemContext } from '../support/auth.ts';
import { loadDemoInto } from '../support/demo.ts';
import { walkOparl } from '../support/oparl-walk.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { OPARL_LIST_SCHEMA, OPARL_SCHEMAS } from './oparl-schemas.ts';

const ORIGIN = 'http://localhost';
const BASE = `${ORIGIN}/oparl/v1.1`;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

describe('OParl walk', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ publicUrl: ORIGIN });
    await loadDemoInto(t.database);
    await loadDemoMeetingHistory(
      { ...systemContext(t.database.db), today: '2026-12-01' },
      { linkBase: 'http://localhost:3000' },
    );
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

  it('follows every link and page from /system: every answer valid, every object under its own id', async () => {
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
    const oparl = new Map<string, ValidateFunction>(
      Object.entries(OPARL_SCHEMAS).map(([name, schema]) => [
        `https://schema.oparl.org/1.1/${name}`,
        ajv.compile(schema),
      ]),
    );
    const list = ajv.compile(OPARL_LIST_SCHEMA);
    const extension = new Map<string, ValidateFunction>();
    const errors: string[] = [];
    const seenTypes = new Map<string, number>();

    const validatorFor = async (type: string): Promise<ValidateFunction | null> => {
      const known = oparl.get(type) ?? extension.get(type);
      if (known) return known;
      if (!type.startsWith(`${BASE}/extension/schema/`)) return null;
      const res = await t.app.inject({ url: type.slice(ORIGIN.length) });
      if (res.statusCode !== 200) return null;
      const compiled = ajv.compile(res.json());
      extension.set(type, compiled);
      return compiled;
    };
    const check = async (where: string, object: Record<string, unknown>) => {
      const type = String(object.type);
      seenTypes.set(type, (seenTypes.get(type) ?? 0) + 1);
      const validate = await validatorFor(type);
      if (!validate) {
        errors.push(`${where}: no schema for type ${type}`);
        return;
      }
      if (!validate(object)) errors.push(`${where}: ${ajv.errorsText(validate.errors)}`);
    };

    const answers = await walkOparl(t.app, ORIGIN, async ({ url, status, body: text }, json) => {
      if (status !== 200) {
        errors.push(`${url}: HTTP ${status} ${text.slice(0, 200)}`);
        return;
      }
      if (url.includes('/extension/schema/')) return; // a schema, compiled when its type is met
      const body = json as Record<string, unknown>;
      if ('data' in body && 'pagination' in body) {
        if (!list(body)) errors.push(`${url}: ${ajv.errorsText(list.errors)}`);
        for (const [i, item] of (body.data as Record<string, unknown>[]).entries())
          await check(`${url} data[${i}]`, item);
      } else if ('type' in body) {
        if (body.id !== url) errors.push(`${url}: id is ${String(body.id)}, not its own URL`);
        await check(url, body);
      }
    });
    const visited = answers.map((a) => a.url);
    expect(errors).toEqual([]);
    const types = [...seenTypes.keys()].map((ty) => ty.replace(/^.*\//, '').replace(/\.json$/, '')).sort();
    expect(types).toEqual(
      [
        'AgendaItem',
        'Agreement',
        'Body',
        'Consultation',
        'File',
        'LegislativeTerm',
        'Meeting',
        'Membership',
        'Obligation',
        'Organization',
        'Paper',
        'Person',
        'PublishedAccount',
        'System',
      ].sort(),
    );
    // Every page of a longer list was walked (memberships: more than one page of 20).
    expect(visited.some((u) => u.includes('/membership?') && u.includes('page=2'))).toBe(true);
  }, 240_000);

  it('serves the published account PDF that a File names as accessUrl', async () => {
    const meetings = (await t.app.inject({ url: '/oparl/v1.1/body/707/meeting?limit=1' })).json();
    const file = meetings.data[0].resultsProtocol;
    const pdf = await t.app.inject({ url: String(file.accessUrl).slice(ORIGIN.length) });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
  }, 60_000);
});
