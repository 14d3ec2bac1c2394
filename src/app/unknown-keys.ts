/**
 * The keys of an input that its zod schema does not know, as dotted paths. zod's default objects
 * drop such keys silently, so `PUT …/minutes {"minutes":{…}}` would answer 200 and save
 * nothing; the JSON API refuses them instead (validate-input.ts#parseInput, `strict`), with the
 * same schema the use case parses — there is no second copy to keep in step. Objects declared
 * `.loose()` or with a catchall accept any key; `.strict()` ones are left to zod itself.
 */
import type { z } from 'zod';

type Def = { type: string } & Record<string, unknown>;

const defOf = (schema: unknown): Def | null => (schema as { _zod?: { def?: Def } } | null)?._zod?.def ?? null;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Nesting beyond this is not followed (the HTTP edge refuses deeper input before). */
const MAX_DEPTH = 64;

export function unknownKeys(schema: z.ZodType, input: unknown): string[] {
  const found: string[] = [];
  walk(schema, input, [], found, 0);
  return found;
}

function walk(schema: unknown, value: unknown, path: string[], found: string[], depth: number): void {
  const def = defOf(schema);
  if (!def || depth > MAX_DEPTH) return;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
    case 'success':
      walk(def.innerType, value, path, found, depth + 1);
      return;
    case 'pipe': {
      // z.preprocess(fn, s) is a pipe from a transform: the value reaches `s` (nearly) as given.
      const inDef = defOf(def.in);
      walk(inDef?.type === 'transform' ? def.out : def.in, value, path, found, depth + 1);
      return;
    }
    case 'lazy':
      walk((def.getter as () => unknown)(), value, path, found, depth + 1);
      return;
    case 'object': {
      if (!isPlainObject(value)) return;
      const shape = def.shape as Record<string, unknown>;
      const catchall = defOf(def.catchall);
      for (const key of Object.keys(value)) {
        if (key in shape) walk(shape[key], value[key], [...path, key], found, depth + 1);
        else if (!catchall) found.push([...path, key].join('.'));
        else if (catchall.type !== 'never') walk(def.catchall, value[key], [...path, key], found, depth + 1);
      }
      return;
    }
    case 'array':
      if (!Array.isArray(value)) return;
      value.forEach((item, i) => {
        walk(def.element, item, [...path, String(i)], found, depth + 1);
      });
      return;
    case 'tuple':
      if (!Array.isArray(value)) return;
      value.forEach((item, i) => {
        walk((def.items as unknown[])[i] ?? def.rest, item, [...path, String(i)], found, depth + 1);
      });
      return;
    case 'record':
      if (!isPlainObject(value)) return;
      for (const key of Object.keys(value)) walk(def.valueType, value[key], [...path, key], found, depth + 1);
      return;
    case 'union': {
      // The option that explains the value best: a key is unknown only if no option knows it.
      let best: string[] | null = null;
      for (const option of def.options as unknown[]) {
        const mine: string[] = [];
        walk(option, value, path, mine, depth + 1);
        if (best === null || mine.length < best.length) best = mine;
        if (mine.length === 0) break;
      }
      found.push(...(best ?? []));
      return;
    }
    case 'intersection': {
      const left: string[] = [];
      const right: string[] = [];
      walk(def.left, value, path, left, depth + 1);
      walk(def.right, value, path, right, depth + 1);
      found.push(...left.filter((k) => right.includes(k)));
      return;
    }
    default:
      return;
  }
}
