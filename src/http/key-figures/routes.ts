/**
 * /api/v1/municipalities/:municipality/key-figures: the key figure import (body: the CSV file as
 * `text/csv`, read as bytes so Windows-1252 files work; `?dryRun=true` stores nothing) and one
 * organisation's figures for a steering year (an organisation's token sees only its own).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { getOrganisationKeyFigures } from '../../app/key-figures/get-organisation-key-figures.ts';
import { importKeyFigures } from '../../app/key-figures/import-key-figures.ts';
import { csvImportRoute, withCsvBody } from '../csv-import-route.ts';
import type { HttpDeps } from '../request-context.ts';
import { useCaseRoute } from '../use-case-route.ts';

const params = (r: FastifyRequest) => r.params as Record<string, string>;
const query = (r: FastifyRequest) => (r.query ?? {}) as Record<string, unknown>;
const base = '/api/v1/municipalities/:municipality/key-figures';
const tags = ['key-figures'];

const figureResponse = z.object({
  code: z.string(),
  label: z.string(),
  unit: z.string(),
  value: z.number().nullable(),
  derived: z.boolean(),
  municipalMedian: z.number().nullable(),
  nationalMedian: z.number().nullable(),
});

export async function registerKeyFiguresApi(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  await withCsvBody(app, (scope) => routes(scope, deps));
}

function routes(app: FastifyInstance, deps: HttpDeps): void {
  csvImportRoute(app, deps, {
    url: `${base}/import`,
    tags,
    useCase: importKeyFigures,
    defaultFileName: 'noegletal.csv',
    description: 'Nøgletal som CSV (UTF-8 eller Windows-1252)',
    response: z.object({
      dryRun: z.boolean(),
      years: z.array(z.number()),
      counts: z.record(z.string(), z.number()),
      unknownCodes: z.array(z.string()),
      replaced: z.number(),
      imported: z.number(),
    }),
    present: (out) => ({
      dryRun: out.dryRun,
      years: out.years,
      counts: out.counts,
      unknownCodes: out.unknownCodes,
      replaced: out.replaced,
      imported: out.imported,
    }),
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: `${base}/organisations/:id`,
    tags,
    useCase: getOrganisationKeyFigures,
    input: (r) => ({ municipality: params(r).municipality, id: params(r).id, year: query(r).year }),
    querystring: z.object({ year: z.string().optional() }),
    response: z.object({
      organisation: z.object({ id: z.string(), name: z.string() }),
      year: z.number(),
      figures: z.array(figureResponse),
      otherFigures: z.array(
        z.object({
          departmentName: z.string().nullable(),
          code: z.string(),
          value: z.number(),
          unit: z.string(),
        }),
      ),
      departments: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          figures: z.array(figureResponse),
          flags: z.array(
            z.object({ code: z.string(), value: z.number(), threshold: z.number(), message: z.string() }),
          ),
        }),
      ),
      demo: z.boolean(),
    }),
    present: (out) => ({
      organisation: out.organisation,
      year: out.year,
      figures: out.keyFigures.figures,
      otherFigures: out.keyFigures.otherFigures,
      departments: out.keyFigures.departments.map((d) => ({
        id: d.id,
        name: d.name,
        figures: d.figures,
        flags: d.flags,
      })),
      demo: out.keyFigures.demo,
    }),
  });
}
