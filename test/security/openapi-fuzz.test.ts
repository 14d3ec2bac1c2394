/**
 * A seeded fuzz test generated from /api/openapi.json (issue 12, "tests that keep it so"): every
 * documented operation, as several roles of two municipalities and the public, with plausible
 * input and with hostile input — NUL characters, huge strings, wrong types, extra keys, deep
 * nesting, non-JSON bodies, over-long and malformed path parameters. In process (app.inject) so
 * thousands of requests run in seconds.
 *
 * Holds: no 5xx; every 4xx is application/problem+json; a key the API documents is never refused
 * as unknown. FUZZ_SEED and FUZZ_REQUESTS override the defaults to explore further.
 */
import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/app/actor.ts';
import { userWith } from '../support/actors.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 5000);

const ACTORS: Record<string, Actor> = {
  admin: userWith('admin'),
  caseOfficer: userWith('caseOfficer'),
  official: {
    kind: 'user',
    id: 'test-official-707',
    name: 'Test official',
    grants: [{ role: 'official', municipality: '707', unit: 'Social' }],
  },
  councilMember: userWith('councilMember'),
  organisation: userWith('organisation', '707', 'org-djurslandsbo'),
  otherMunicipality: userWith('caseOfficer', '101'),
  public: { kind: 'public' },
};
const ACTOR_NAMES = Object.keys(ACTORS);

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
  };
}
type Rng = ReturnType<typeof prng>;

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
};

interface Operation {
  method: string;
  path: string;
  params: { in: string; name: string; schema?: JsonSchema }[];
  body: JsonSchema | null;
}

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '%00',
  '\u202e\u0645',
  '💥🏠',
  'Ærø Åse Øjvind',
  '<script>alert(1)</script>',
  "'; DROP TABLE meeting; --",
  '../../etc/passwd',
  '=HYPERLINK("http://evil.example")',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  '\ud800',
  'null',
  '-1',
  '1e309',
  '2027-02-30',
  '99:99',
  '__proto__',
  'constructor',
];
const NASTY_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  2 ** 53,
  -(2 ** 60),
  [],
  {},
  [null],
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
];
/** Plausible values for the field names the product uses, so some requests get deep. */
const PLAUSIBLE: Record<string, unknown[]> = {
  date: ['2027-03-14', '14-03-2027', '2026-10-01'],
  on: ['2027-03-14', '2026-11-20'],
  receivedOn: ['2026-11-01', null],
  deadline: ['2027-12-31', null],
  startTime: ['10:00', '13:30'],
  endTime: ['12:00', '15:00'],
  year: [2026, 2027, '2027'],
  steeringYear: [2026, 2027],
  version: [1, 2, 3],
  email: ['fuzz@norddjurs.dk', 'x@y'],
  name: ['Fuzz Testesen', 'Boligselskabet Fuzz'],
  title: ['Dialogmøde', 'Punkt'],
  reason: ['Fordi', 'Aflyst på grund af sygdom'],
  note: ['Noteret', null],
  status: ['agreed', 'inProgress', 'fulfilled', 'notFulfilled'],
  kind: ['meetingHeld', 'accountPublished', 'packageReceived', 'notApplicable', 'family'],
  role: ['caseOfficer', 'admin', 'organisation'],
  party: ['organisation', 'administration'],
  decision: ['accepted', 'declined'],
  cvr: ['12345678', '31335598'],
  accountsUrl: ['https://www.norddjurs.dk/x', 'javascript:alert(1)'],
  evidenceUrl: ['https://example.dk/doc', 'data:text/html,x'],
  contentBase64: ['IyBTYWcKCkVuIHNhZy4=', 'not base64!'],
  fileName: ['sag.md', 'aftaler.csv'],
};

/**
 * A body schema with its component `$ref`s replaced by the components and `allOf` parts merged
 * into one object schema, so the generator sees every documented key.
 */
function resolved(
  schema: (JsonSchema & { $ref?: string; allOf?: JsonSchema[] }) | undefined,
  components: Record<string, JsonSchema>,
  depth = 0,
): JsonSchema | null {
  if (!schema || depth > 8) return schema ?? null;
  if (schema.$ref) return resolved(components[schema.$ref.split('/').pop() ?? ''], components, depth + 1);
  if (schema.allOf) {
    const parts = schema.allOf.map((p) => resolved(p, components, depth + 1) ?? {});
    return {
      type: 'object',
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
      required: parts.flatMap((p) => p.required ?? []),
    };
  }
  const out: JsonSchema = { ...schema };
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([k, v]) => [k, resolved(v, components, depth + 1) ?? {}]),
    );
  }
  if (schema.items) out.items = resolved(schema.items, components, depth + 1) ?? {};
  return out;
}

/** encodeURIComponent, but a lone surrogate becomes its (invalid) UTF-8 bytes instead of throwing. */
function encodeLoosely(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

function collectIds(value: unknown, into: Set<string>, depth = 0): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string' && (key === 'id' || key.endsWith('Id')) && child.length < 200)
      into.add(child);
    collectIds(child, into, depth + 1);
  }
}

describe('fuzzing the API from its OpenAPI description', () => {
  let t: TestApp;
  let operations: Operation[] = [];
  const ids = new Set<string>(['707', '101', 'org-djurslandsbo', 'org-nordlyset', '2026', '2027']);

  beforeAll(async () => {
    t = await startTestApp({
      resolveActor: async (request: FastifyRequest) =>
        ACTORS[String(request.headers['x-fuzz-actor'])] ?? { kind: 'public' },
      clock: () => new Date('2027-09-01T08:00:00Z'),
    });
    await loadDemoInto(t.database, '2027-09-01');
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      components?: { schemas?: Record<string, JsonSchema> };
      paths: Record<
        string,
        Record<
          string,
          {
            parameters?: Operation['params'];
            requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
          }
        >
      >;
    };
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const content = op.requestBody?.content ?? {};
        operations.push({
          method: method.toUpperCase(),
          path,
          params: op.parameters ?? [],
          body: resolved(content['application/json']?.schema, doc.components?.schemas ?? {}),
        });
      }
    }
    // Real ids make some requests reach the use cases' rules rather than "not found".
    for (const op of operations.filter((o) => o.method === 'GET')) {
      const url = op.path.replaceAll('{municipality}', '707').replace(/\{[^}]+\}/g, '2027');
      const res = await t.app.inject({
        method: 'GET',
        url: `${url}?year=2027`,
        headers: { 'x-fuzz-actor': 'admin' },
      });
      if (res.statusCode === 200 && String(res.headers['content-type']).includes('json'))
        collectIds(res.json(), ids);
    }
    operations = operations.filter((o) => o.path !== '/api/openapi.json');
  }, 240_000);

  afterAll(async () => {
    await t?.close();
  });

  function nastyString(rng: Rng): string {
    const roll = rng.int(10);
    if (roll === 0) return 'x'.repeat(1000 + rng.int(300_000));
    if (roll === 1) return `${rng.pick(NASTY_STRINGS)}${'å'.repeat(rng.int(5000))}`;
    return rng.pick(NASTY_STRINGS);
  }

  function valueFor(schema: JsonSchema | undefined, key: string, rng: Rng, depth: number): unknown {
    if (rng.chance(0.12)) return rng.chance(0.5) ? nastyString(rng) : rng.pick(NASTY_VALUES);
    const plausible = PLAUSIBLE[key];
    if (plausible && rng.chance(0.6)) return rng.pick(plausible);
    if (!schema) return rng.pick(['tekst', 1, true, null]);
    if (schema.enum) return rng.pick(schema.enum);
    const options = schema.anyOf ?? schema.oneOf;
    if (options) return valueFor(rng.pick(options), key, rng, depth);
    const type = Array.isArray(schema.type) ? rng.pick(schema.type) : schema.type;
    switch (type) {
      case 'string':
        return key.toLowerCase().includes('id') && ids.size > 0
          ? rng.pick([...ids])
          : rng.pick(['Tekst', 'Rådhuset, Grenaa', '2027-03-14']);
      case 'integer':
        return rng.pick([0, 1, 2, 2027, -5]);
      case 'number':
        return rng.pick([0, 1.5, 2027]);
      case 'boolean':
        return rng.chance(0.5);
      case 'null':
        return null;
      case 'array':
        return depth > 4
          ? []
          : Array.from({ length: rng.int(3) }, () => valueFor(schema.items, key, rng, depth + 1));
      default:
        return depth > 4 ? {} : objectFor(schema, rng, depth + 1);
    }
  }

  function objectFor(schema: JsonSchema | undefined, rng: Rng, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const props = schema?.properties ?? {};
    for (const [key, prop] of Object.entries(props)) {
      if ((schema?.required ?? []).includes(key) || rng.chance(0.7))
        out[key] = valueFor(prop, key, rng, depth);
    }
    if (schema?.additionalProperties !== undefined && schema.additionalProperties !== false) {
      for (let i = rng.int(6); i > 0; i -= 1) {
        const key = rng.pick(Object.keys(PLAUSIBLE));
        out[key] = valueFor(undefined, key, rng, depth);
      }
    }
    return out;
  }

  function bodyFor(op: Operation, rng: Rng): { payload?: string; contentType?: string; kind: string } {
    const roll = rng.int(20);
    if (roll === 0) return { payload: '{"broken": ', contentType: 'application/json', kind: 'bad-json' };
    if (roll === 1) return { payload: '<x/>', contentType: 'application/xml', kind: 'xml' };
    if (roll === 2)
      return { payload: 'a=1&b=%00', contentType: 'application/x-www-form-urlencoded', kind: 'form' };
    if (roll === 3) {
      return {
        payload: JSON.stringify(rng.pick([[], 'text', 42, null, [{}]])),
        contentType: 'application/json',
        kind: 'non-object',
      };
    }
    if (roll === 4) {
      let deep: unknown = 'bund';
      for (let i = 0; i < 40 + rng.int(2000); i += 1) deep = rng.chance(0.5) ? [deep] : { a: deep };
      return {
        payload: JSON.stringify({ ...objectFor(op.body ?? undefined, rng, 0), deep }),
        contentType: 'application/json',
        kind: 'deep',
      };
    }
    if (roll === 5)
      return {
        payload: JSON.stringify({ x: 'y'.repeat(1_100_000) }),
        contentType: 'application/json',
        kind: 'too-large',
      };
    const body = objectFor(op.body ?? undefined, rng, 0);
    if (roll < 9)
      body[rng.pick(['extra', 'minutes', 'isAdmin', 'id', '__proto__', 'a\u0000'])] = valueFor(
        undefined,
        'extra',
        rng,
        0,
      );
    if (!op.body && rng.chance(0.5)) return { kind: 'none' };
    return {
      payload: JSON.stringify(body),
      contentType: 'application/json',
      kind: roll < 9 ? 'extra-key' : 'schema',
    };
  }

  function paramFor(rng: Rng, name: string): string {
    if (rng.chance(0.15)) {
      const roll = rng.int(6);
      if (roll === 0) return 'x'.repeat(101 + rng.int(3000));
      if (roll === 1) return '%E0%A4%A';
      return encodeLoosely(rng.pick(NASTY_STRINGS)) || '%20';
    }
    if (name === 'municipality') return rng.chance(0.85) ? '707' : rng.pick(['101', '999', 'abc']);
    if (name === 'steeringYear') return String(rng.pick([2026, 2027, 1999, 3000]));
    return encodeURIComponent(rng.pick([...ids]));
  }

  function requestFor(op: Operation, rng: Rng) {
    const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => paramFor(rng, name));
    const query = new URLSearchParams();
    for (const p of op.params.filter((x) => x.in === 'query')) {
      if (rng.chance(0.6)) query.set(p.name, String(valueFor(p.schema, p.name, rng, 3) ?? ''));
    }
    if (rng.chance(0.1)) query.set(rng.pick(['unknown', 'a\u0000', 'year']), rng.pick(NASTY_STRINGS));
    const qs = query.toString();
    const body = ['POST', 'PUT', 'PATCH'].includes(op.method) ? bodyFor(op, rng) : { kind: 'none' as const };
    const actor = rng.pick(ACTOR_NAMES);
    const headers: Record<string, string> = { 'x-fuzz-actor': actor };
    if (body.contentType) headers['content-type'] = body.contentType;
    if (rng.chance(0.1))
      headers['if-match'] = rng.pick(['"1"', '"abc"', '*', 'W/"2"', '"99999999999999999999"']);
    return {
      method: op.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
      url: qs ? `${path}?${qs}` : path,
      headers,
      ...(body.payload !== undefined ? { payload: body.payload } : {}),
      kind: body.kind,
      actor,
    };
  }

  function documentedKeys(op: Operation): Set<string> {
    return new Set(Object.keys(op.body?.properties ?? {}));
  }

  it(`answers ${REQUESTS} generated requests (seed ${SEED}) without a 5xx, every 4xx as problem+json`, async () => {
    expect(operations.length).toBeGreaterThan(50);
    const rng = prng(SEED);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const started = Date.now();
    const timing = new Map<string, number>();
    for (let i = 0; i < REQUESTS; i += 1) {
      const op = operations[i % operations.length] as Operation;
      const req = requestFor(op, rng);
      const t0 = performance.now();
      const res = await t.app.inject({
        method: req.method,
        url: req.url,
        headers: req.headers,
        payload: req.payload,
      });
      const key = `${op.method} ${op.path} ${res.statusCode}`;
      timing.set(key, (timing.get(key) ?? 0) + performance.now() - t0);
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      const where = `#${i} ${req.method} ${req.url.slice(0, 160)} as ${req.actor} (${req.kind}${req.payload ? `: ${req.payload.slice(0, 160)}` : ''})`;
      if (res.statusCode >= 500) failures.push(`${res.statusCode} ${where} → ${res.body.slice(0, 200)}`);
      else if (
        res.statusCode >= 400 &&
        !String(res.headers['content-type']).startsWith('application/problem+json')
      ) {
        failures.push(`${res.statusCode} not problem+json (${res.headers['content-type']}) ${where}`);
      } else if (res.statusCode === 400) {
        const documented = documentedKeys(op);
        const refused = ((res.json() as { errors?: { field: string; message: string }[] }).errors ?? [])
          .filter((e) => e.message.startsWith('Ukendt felt') && documented.has(e.field))
          .map((e) => e.field);
        if (refused.length > 0)
          failures.push(`documented key refused as unknown (${refused.join(', ')}) ${where}`);
      }
    }
    const seconds = (Date.now() - started) / 1000;
    console.info(
      `fuzz: ${REQUESTS} requests over ${operations.length} operations in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`,
    );
    if (process.env.FUZZ_PROFILE) {
      console.info(
        [...timing]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 15)
          .map(([k, v]) => `${v.toFixed(0)} ms ${k}`)
          .join('\n'),
      );
    }
    expect(failures.slice(0, 25)).toEqual([]);
    if (REQUESTS < 1000) return;
    // The generator must get past the edge too, not only bounce off it.
    expect([...statuses.keys()].some((s) => s >= 200 && s < 300)).toBe(true);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(REQUESTS / 10);
    expect([...statuses.keys()].filter((s) => s >= 400).length).toBeGreaterThanOrEqual(5);
  }, 600_000);
});
