/**
 * The OpenAPI document at /api/openapi.json is valid and true (issue 15 point 4):
 *
 * - `swagger-parser validate` and `redocly lint` (recommended rules) find 0 errors;
 * - every GET the document lists — discovered from the document, which is built from the route
 *   table, so a new route is covered without touching this file — is called as each demo user
 *   (logged in through the real login) and the public; every 200 body is validated against the
 *   documented schema with Ajv (JSON Schema 2020-12, formats checked, extra fields refused), every
 *   error body against the Problem schema, and every content type against the documented ones.
 *   Each GET must answer 200 with a valid body to at least one of them.
 *
 * Path parameters are filled from the data itself: `{id}` from the list one level up, the rest
 * from PARAMETERS below (a route with a parameter not there fails, naming it).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoUsers, seedDemoUsers } from '../../src/app/auth/demo-users.ts';
import { loadDemoMeetingHistory } from '../../src/app/meetings/load-demo-meeting-history.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import { addNationalAdmin } from '../../src/app/tenancy/add-national-admin.ts';
import { cookieHeader, logIn, systemContext, TEST_PASSWORD } from '../support/auth.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

type Json = Record<string, unknown>;
interface MediaType {
  schema?: Json;
}
interface Operation {
  operationId?: string;
  security?: Json[];
  parameters?: { in: string; name: string; required?: boolean }[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
}
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Json } };

/** Values for path and required query parameters other than a collection's `{id}`. */
const PARAMETERS: Record<string, string> = {
  municipality: '707',
  organisation: 'org-djurslandsbo',
  steeringYear: '2026',
  year: '2026',
};

const execFileAsync = promisify(execFile);
/** ajv-formats is CommonJS: its function is the module itself. */
const addFormats = (ajvFormats as unknown as { default: (ajv: Ajv2020) => void }).default;
const require = createRequire(import.meta.url);

describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: Document;
  const callers: { name: string; headers: Record<string, string> }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoInto(t.database);
    // Meetings, minutes and published accounts: the demo's history through the real use cases.
    await loadDemoMeetingHistory(systemContext(t.database.db, new Date('2026-11-22T12:00:00Z')), {
      linkBase: 'http://localhost:3000',
    });
    await runUseCase(seedDemoUsers, systemContext(t.database.db), {});
    for (const user of demoUsers()) {
      const session = await logIn(t.app, user.email, DEMO_PASSWORD);
      callers.push({ name: user.grant.role, headers: { cookie: cookieHeader(session.cookies) } });
    }
    // The installation's national administrator (issue 17), logged in the same way.
    await runUseCase(addNationalAdmin, systemContext(t.database.db), {
      email: 'drift@styringsdialog.test',
      name: 'Drift',
      password: TEST_PASSWORD,
    });
    const national = await logIn(t.app, 'drift@styringsdialog.test', TEST_PASSWORD);
    callers.push({ name: 'nationalAdmin', headers: { cookie: cookieHeader(national.cookies) } });
    callers.push({ name: 'public', headers: {} });
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = res.json() as Document;
  }, 240_000);

  afterAll(async () => {
    await t?.close();
  });

  it('is valid for swagger-parser', async () => {
    // validate() dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it('has 0 errors in redocly lint (recommended rules)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    const cli = require.resolve('@redocly/cli/bin/cli.js');
    const { stdout } = await execFileAsync(process.execPath, [cli, 'lint', file, '--format=json'], {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as {
      totals: { errors: number };
      problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
    };
    const errors = report.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(errors).toEqual([]);
    expect(report.totals.errors).toBe(0);
  }, 120_000);

  it('declares security, problem+json errors and named schemas on every operation', () => {
    const problems: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const where = `${method.toUpperCase()} ${path}`;
        if (!Array.isArray(op.security)) problems.push(`${where}: no security`);
        for (const [status, response] of Object.entries(op.responses)) {
          const types = Object.keys(response.content ?? {});
          if (
            /^[45]/.test(status) &&
            (types.length === 0 || types.some((c) => c !== 'application/problem+json'))
          )
            problems.push(`${where} ${status}: not problem+json (${types.join(', ')})`);
          const json = response.content?.['application/json']?.schema;
          if (json && !json.$ref)
            problems.push(`${where} ${status}: response schema is not a named component`);
        }
        const body = op.requestBody?.content['application/json']?.schema;
        if (body && !body.$ref) problems.push(`${where}: request body is not a named component`);
      }
    }
    expect(problems).toEqual([]);
    for (const name of ['bearer', 'session']) {
      expect(
        (doc as unknown as { components: { securitySchemes: Json } }).components.securitySchemes,
      ).toHaveProperty(name);
    }
    expect((doc as unknown as { servers: unknown[] }).servers.length).toBeGreaterThan(0);
  });

  it('describes the real response of every GET, for every caller', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const base = 'openapi.json';
    ajv.addSchema({ $id: base, $defs: toDefs(doc.components.schemas, base) });
    const validators = new Map<string, ReturnType<typeof ajv.compile>>();
    const validatorFor = (schema: Json) => {
      const key = JSON.stringify(schema);
      let v = validators.get(key);
      if (!v) {
        v = ajv.compile(toDefs(schema, base) as Json);
        validators.set(key, v);
      }
      return v;
    };

    const gets = Object.entries(doc.paths)
      .filter(([, ops]) => ops.get)
      .map(([path, ops]) => ({ path, op: ops.get as Operation }));
    expect(gets.length).toBeGreaterThan(25);
    const failures: string[] = [];
    const covered = new Set<string>();
    let checked = 0;

    async function urlsFor(path: string, caller: (typeof callers)[number]): Promise<string[]> {
      let urls = [path];
      for (const match of path.matchAll(/\{([^}]+)\}/g)) {
        const name = match[1] as string;
        const next: string[] = [];
        for (const url of urls) {
          if (name === 'id') {
            const collection = url.slice(0, url.indexOf('{id}') - 1);
            let res = await t.app.inject({ method: 'GET', url: collection, headers: caller.headers });
            if (res.statusCode !== 200) {
              // No list one level up (e.g. /key-figures/organisations/{id}): the municipality's
              // list of that name gives the ids.
              const segment = collection.split('/').pop();
              const list = `/api/v1/municipalities/${PARAMETERS.municipality}/${segment}`;
              res = await t.app.inject({ method: 'GET', url: list, headers: caller.headers });
            }
            const ids = res.statusCode === 200 ? idsIn(res.json()).slice(0, 3) : [];
            for (const id of ids) next.push(url.replace('{id}', encodeURIComponent(id)));
          } else {
            const value = PARAMETERS[name];
            if (value === undefined) {
              failures.push(`${path}: no value for {${name}} — add it to PARAMETERS in this test`);
              return [];
            }
            next.push(url.replace(`{${name}}`, value));
          }
        }
        urls = next;
      }
      return urls;
    }

    for (const { path, op } of gets) {
      const query = new URLSearchParams();
      for (const p of (op.parameters ?? []).filter((x) => x.in === 'query' && x.required)) {
        const value = PARAMETERS[p.name];
        if (value === undefined) failures.push(`${path}: no value for ?${p.name} — add it to PARAMETERS`);
        else query.set(p.name, value);
      }
      for (const caller of callers) {
        for (const url of await urlsFor(path, caller)) {
          const full = query.size > 0 ? `${url}?${query}` : url;
          const res = await t.app.inject({ method: 'GET', url: full, headers: caller.headers });
          const status = String(res.statusCode);
          const response = op.responses[status] ?? op.responses[`${status[0]}XX`];
          const where = `GET ${full} as ${caller.name} → ${status}`;
          if (!response) {
            failures.push(`${where}: status not documented`);
            continue;
          }
          const type = String(res.headers['content-type'] ?? '').split(';')[0] as string;
          const media = response.content?.[type];
          if (!media) {
            failures.push(`${where}: content type ${type} not documented`);
            continue;
          }
          if (!type.includes('json') || !media.schema) {
            // A non-JSON answer (Markdown) is checked for its documented media type only.
            if (status === '200') covered.add(path);
            continue;
          }
          const validate = validatorFor(media.schema);
          checked += 1;
          if (!validate(res.json())) {
            failures.push(`${where}: ${ajv.errorsText(validate.errors, { separator: '; ' }).slice(0, 600)}`);
          } else if (status === '200') {
            covered.add(path);
            // A list documented as downloadable answers ?format= with the documented media types.
            for (const format of ['csv', 'xlsx'].filter(() => response.content?.['text/csv'])) {
              const sep = full.includes('?') ? '&' : '?';
              const file = await t.app.inject({
                method: 'GET',
                url: `${full}${sep}format=${format}`,
                headers: caller.headers,
              });
              const fileType = String(file.headers['content-type'] ?? '').split(';')[0] as string;
              if (file.statusCode !== 200 || !response.content?.[fileType])
                failures.push(`${where} ?format=${format}: ${file.statusCode} ${fileType} not documented`);
            }
          }
        }
      }
    }
    const neverAnswered = gets.map((g) => g.path).filter((p) => !covered.has(p));
    expect(failures.slice(0, 30)).toEqual([]);
    expect(neverAnswered, 'GETs no caller got a valid 200 from').toEqual([]);
    expect(checked).toBeGreaterThan(gets.length);
  }, 600_000);
});

/** `#/components/schemas/X` → `<base>#/$defs/X`, so Ajv resolves references into one schema. */
function toDefs(value: unknown, base: string): unknown {
  return JSON.parse(JSON.stringify(value), (key, v) =>
    key === '$ref' && typeof v === 'string' ? v.replace('#/components/schemas/', `${base}#/$defs/`) : v,
  );
}

/** The ids of the first list of objects with an `id` (or a published account's `meetingId`) in a response. */
function idsIn(value: unknown): string[] {
  if (Array.isArray(value)) {
    const ids = value.map((v) =>
      v && typeof v === 'object' ? ((v as Json).id ?? (v as Json).meetingId) : undefined,
    );
    if (ids.length > 0 && ids.every((id) => typeof id === 'string')) return ids as string[];
    for (const v of value) {
      const found = idsIn(v);
      if (found.length > 0) return found;
    }
    return [];
  }
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) {
      const found = idsIn(v);
      if (found.length > 0) return found;
    }
  }
  return [];
}
