/**
 * Refuses, before any route runs, input that no field may hold: the NUL character (U+0000,
 * which PostgreSQL cannot store in text, so it would end as a 500) anywhere in the path, the
 * query or the body, and bodies nested deeper than any input of the product. The answer is a
 * 400 naming where (`query.q`, `body.minutes.items.0.summary`).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type FieldError, invalidInput } from '../app/app-error.ts';

const NUL = '\u0000';
/** No input of the product nests deeper than a handful of levels; the meeting plan is the deepest. */
export const MAX_BODY_DEPTH = 32;

const NUL_MESSAGE = 'Må ikke indeholde NUL-tegnet (\\u0000). Fjern det.';

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Where in a raw URL a NUL hides (literally or as %00): `path` or `query.<name>`. */
export function nulInUrl(url: string): string[] {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const places: string[] = [];
  if (safeDecode(path).includes(NUL)) places.push('path');
  if (q !== -1) {
    for (const pair of url.slice(q + 1).split('&')) {
      const eq = pair.indexOf('=');
      const key = safeDecode(eq === -1 ? pair : pair.slice(0, eq));
      const value = eq === -1 ? '' : safeDecode(pair.slice(eq + 1));
      if (key.includes(NUL) || value.includes(NUL)) places.push(`query.${key.replaceAll(NUL, '\\u0000')}`);
    }
  }
  return places;
}

/**
 * Paths in a parsed body that hold a NUL (in a key or a string), and whether it nests deeper
 * than `maxDepth`. Iterative, so a hostile 1 MB of `[[[[…` cannot overflow the stack.
 */
export function inspectBody(
  body: unknown,
  maxDepth = MAX_BODY_DEPTH,
): { nul: string[]; tooDeep: string | null } {
  const nul: string[] = [];
  let tooDeep: string | null = null;
  const stack: { value: unknown; path: string[] }[] = [{ value: body, path: [] }];
  while (stack.length > 0 && nul.length < 20) {
    const { value, path } = stack.pop() as { value: unknown; path: string[] };
    const here = ['body', ...path].join('.');
    if (typeof value === 'string') {
      if (value.includes(NUL)) nul.push(here);
    } else if (Buffer.isBuffer(value)) {
      if (value.includes(0)) nul.push(here);
    } else if (typeof value === 'object' && value !== null) {
      if (path.length >= maxDepth) {
        tooDeep ??= here;
        continue;
      }
      for (const [key, child] of Object.entries(value)) {
        const safeKey = key.replaceAll(NUL, '\\u0000');
        if (key.includes(NUL)) nul.push(['body', ...path, safeKey].join('.'));
        stack.push({ value: child, path: [...path, safeKey] });
      }
    }
  }
  return { nul: [...new Set(nul)], tooDeep };
}

function nulErrors(places: string[]): FieldError[] {
  return places.map((field) => ({ field, message: NUL_MESSAGE }));
}

function refuseNul(places: string[]): never {
  throw invalidInput(
    `Forespørgslen indeholder NUL-tegnet (\\u0000), som ingen oplysning må indeholde: ${places.join(', ')}.`,
    nulErrors(places),
  );
}

export function registerInputGuards(app: FastifyInstance): void {
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const places = nulInUrl(request.url);
    if (places.length > 0) refuseNul(places);
  });
  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (request.body === undefined || request.body === null) return;
    const { nul, tooDeep } = inspectBody(request.body);
    if (nul.length > 0) refuseNul(nul);
    if (tooDeep) {
      throw invalidInput(
        `Forespørgslen er indlejret dybere end ${MAX_BODY_DEPTH} niveauer (ved ${tooDeep}).`,
        [{ field: tooDeep, message: `Må højst være indlejret ${MAX_BODY_DEPTH} niveauer` }],
      );
    }
  });
}
