/**
 * The API's CSV imports (agreement statuses, key figures): the body is the file as `text/csv`,
 * read as bytes so Windows-1252 files work; `?dryRun=true` stores nothing and `?fileName=` names
 * the file in the report. `withCsvBody` scopes the text/csv body parser to the routes it registers.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { UseCase } from '../app/use-case.ts';
import type { HttpDeps } from './request-context.ts';
import { useCaseRoute } from './use-case-route.ts';

export async function withCsvBody(
  app: FastifyInstance,
  register: (scope: FastifyInstance) => void,
): Promise<void> {
  // Encapsulated, so the text/csv body parser applies to these routes only.
  await app.register(async (scope) => {
    scope.addContentTypeParser('text/csv', { parseAs: 'buffer' }, (_request, payload, done) =>
      done(null, payload),
    );
    register(scope);
  });
}

export function csvImportRoute<S extends z.ZodType, O, R extends z.ZodType>(
  app: FastifyInstance,
  deps: HttpDeps,
  route: {
    url: string;
    tags: string[];
    useCase: UseCase<S, O>;
    /** The file name reported when the query names none. */
    defaultFileName: string;
    /** What the file holds, for the OpenAPI document. */
    description: string;
    response: R;
    present(output: O): z.input<R>;
  },
): void {
  useCaseRoute(app, deps, {
    method: 'POST',
    url: route.url,
    tags: route.tags,
    useCase: route.useCase,
    input: (r: FastifyRequest) => {
      const q = (r.query ?? {}) as Record<string, unknown>;
      return {
        municipality: (r.params as Record<string, string>).municipality,
        file: r.body instanceof Uint8Array ? r.body : undefined,
        fileName: typeof q.fileName === 'string' ? q.fileName : route.defaultFileName,
        dryRun: q.dryRun === 'true',
      };
    },
    rawBody: { mediaType: 'text/csv', description: route.description },
    querystring: z.object({ dryRun: z.enum(['true', 'false']).optional(), fileName: z.string().optional() }),
    response: route.response,
    present: route.present,
  });
}
