/**
 * Turns the zod schemas the API validates and serialises with into named OpenAPI 3.1 components
 * (JSON Schema 2020-12), with zod's own `z.toJSONSchema`.
 *
 * Every schema that carries an `id` in zod's global registry (`.meta({ id: 'Problem' })`) becomes
 * the component of that name; a route's request body and response get a name from its operation
 * (`CreateMeetingRequest`, `ListMeetingsResponse`) unless they already have one. Nested schemas
 * with an id become `$ref`s, everything else is inlined.
 *
 * Requests are converted as zod's *input* type (what a client may send: defaults optional,
 * coercions accepted), responses as the *output* type. A named schema used both ways whose two
 * forms differ gets the component `<Name>Input` for the request side.
 */
import { z } from 'zod';

type Json = Record<string, unknown>;
export type SchemaSide = 'input' | 'output';

const REF_PREFIX = '#/components/schemas/';

/** Schema positions to walk; a property *named* `id` must survive, the `id` keyword must not. */
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'id' || key === '$id' || key === '$schema') continue;
    if (
      (key === 'properties' || key === '$defs' || key === 'patternProperties') &&
      child &&
      typeof child === 'object'
    ) {
      out[key] = Object.fromEntries(Object.entries(child).map(([k, v]) => [k, strip(v)]));
    } else if (
      typeof child === 'object' &&
      child !== null &&
      key !== 'enum' &&
      key !== 'const' &&
      key !== 'examples' &&
      key !== 'example' &&
      key !== 'default' &&
      key !== 'required'
    ) {
      out[key] = strip(child);
    } else {
      out[key] = child;
    }
  }
  return out;
}

/** Every `$ref` name in a JSON Schema. */
function refsIn(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) refsIn(v, into);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith(REF_PREFIX)) {
        into.add(child.slice(REF_PREFIX.length));
      } else refsIn(child, into);
    }
  }
  return into;
}

function renameRefs(value: unknown, names: Map<string, string>): unknown {
  return JSON.parse(JSON.stringify(value), (key, v) =>
    key === '$ref' && typeof v === 'string' && v.startsWith(REF_PREFIX)
      ? `${REF_PREFIX}${names.get(v.slice(REF_PREFIX.length)) ?? v.slice(REF_PREFIX.length)}`
      : v,
  );
}

/**
 * Collects the schemas of one document: `use(schema, side, fallbackName)` returns the `$ref` a
 * route puts in its operation; `components()` converts everything used, once, at the end.
 */
export class SchemaComponents {
  private readonly names = new Map<z.ZodType, string>();
  private readonly roots: Record<SchemaSide, Set<z.ZodType>> = { input: new Set(), output: new Set() };

  /** The component reference for a route-level schema, naming it `fallbackName` if it has no id. */
  use(schema: z.ZodType, side: SchemaSide, fallbackName: string): { $ref: string } {
    this.roots[side].add(schema);
    const id = z.globalRegistry.get(schema)?.id ?? this.names.get(schema);
    if (id) return { $ref: `${REF_PREFIX}${this.sideName(id, side)}` };
    let name = fallbackName;
    const taken = new Set(this.names.values());
    for (let n = 2; taken.has(name) || z.globalRegistry._idmap.has(name); n += 1)
      name = `${fallbackName}${n}`;
    this.names.set(schema, name);
    return { $ref: `${REF_PREFIX}${this.sideName(name, side)}` };
  }

  /** Input-side names are settled in components(); until then a placeholder marks them. */
  private sideName(name: string, side: SchemaSide): string {
    return side === 'input' ? `${name}\u0000input` : name;
  }

  private convert(side: SchemaSide): Record<string, Json> {
    const registry = z.registry<{ id: string }>();
    for (const [id, schema] of z.globalRegistry._idmap) registry.add(schema as z.ZodType, { id });
    for (const [schema, id] of this.names) registry.add(schema, { id });
    const { schemas } = z.toJSONSchema(registry, {
      target: 'draft-2020-12',
      io: side,
      unrepresentable: 'any',
      cycles: 'ref',
      reused: 'inline',
      uri: (id) => `${REF_PREFIX}${id}`,
    }) as { schemas: Record<string, Json> };
    if ('__shared' in schemas) throw new Error('OpenAPI: a schema was extracted without a name');
    // Only what the side's roots reach.
    const start = [...this.roots[side]].map((s) => z.globalRegistry.get(s)?.id ?? this.names.get(s) ?? '');
    const reached = new Set<string>();
    const queue = [...start];
    while (queue.length > 0) {
      const name = queue.pop() as string;
      if (reached.has(name) || !schemas[name]) continue;
      reached.add(name);
      queue.push(...refsIn(schemas[name], new Set()));
    }
    return Object.fromEntries([...reached].sort().map((n) => [n, strip(schemas[n]) as Json]));
  }

  /** The `components.schemas` object, and a function that fixes the input-side `$ref`s of paths. */
  components(): { schemas: Record<string, Json>; fixRefs<T>(value: T): T } {
    const output = this.convert('output');
    const input = this.convert('input');
    const inputName = new Map<string, string>();
    for (const [name, schema] of Object.entries(input)) {
      const same = output[name] !== undefined && JSON.stringify(output[name]) === JSON.stringify(schema);
      inputName.set(name, same || output[name] === undefined ? name : `${name}Input`);
    }
    const schemas: Record<string, Json> = { ...output };
    for (const [name, schema] of Object.entries(input)) {
      schemas[inputName.get(name) as string] = renameRefs(schema, inputName) as Json;
    }
    const sorted = Object.fromEntries(
      Object.keys(schemas)
        .sort()
        .map((k) => [k, schemas[k] as Json]),
    );
    return {
      schemas: sorted,
      fixRefs: <T>(value: T): T =>
        JSON.parse(JSON.stringify(value), (key, v) => {
          if (key !== '$ref' || typeof v !== 'string' || !v.endsWith('\u0000input')) return v;
          const name = v.slice(REF_PREFIX.length, -'\u0000input'.length);
          return `${REF_PREFIX}${inputName.get(name) ?? name}`;
        }) as T,
    };
  }
}
