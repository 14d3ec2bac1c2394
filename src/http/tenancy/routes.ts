/**
 * /api/v1 routes of the national administrator (issue 17): the installation's overview, creating
 * a municipality (409 when the code exists; 400 naming why a code is not one of the 98),
 * suspending it and granting its first administrator.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { addNationalAdmin } from '../../app/tenancy/add-national-admin.ts';
import { createMunicipality } from '../../app/tenancy/create-municipality.ts';
import { getNationalOverview } from '../../app/tenancy/get-national-overview.ts';
import { grantFirstAdmin } from '../../app/tenancy/grant-first-admin.ts';
import { setMunicipalitySuspension } from '../../app/tenancy/suspend-municipality.ts';
import type { HttpDeps } from '../request-context.ts';
import { useCaseRoute } from '../use-case-route.ts';

const params = (r: FastifyRequest) => r.params as Record<string, string>;
const body = (r: FastifyRequest) => (r.body ?? {}) as Record<string, unknown>;
const query = (r: FastifyRequest) => (r.query ?? {}) as Record<string, string>;
const tags = ['installation'];

const suspension = z.object({ since: z.string(), reason: z.string().nullable() }).nullable();

export const tenantResponse = z
  .object({
    code: z.string(),
    name: z.string(),
    address: z.string().nullable(),
    supervisingUnit: z.string(),
    accountsUrl: z.string().nullable(),
    suspension,
  })
  .meta({ id: 'Tenant' });

const userResponse = z.object({ id: z.string(), email: z.string(), name: z.string() });

export function registerTenancyApi(app: FastifyInstance, deps: HttpDeps): void {
  useCaseRoute(app, deps, {
    method: 'GET',
    url: '/api/v1/installation',
    tags,
    useCase: getNationalOverview,
    input: (r) => (query(r).year ? { year: query(r).year } : {}),
    querystring: z.object({ year: z.string().optional() }),
    response: z.object({
      year: z.number().int(),
      municipalities: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          address: z.string().nullable(),
          suspension,
          admins: z.number().int(),
          hasModel: z.boolean(),
          picture: z.object({ held: z.number().int(), total: z.number().int(), onTime: z.number().int() }),
        }),
      ),
    }),
    present: (out) => ({ year: out.year, municipalities: out.municipalities }),
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: '/api/v1/municipalities',
    tags,
    useCase: createMunicipality,
    input: (r) => body(r),
    body: z
      .object({
        code: z.string(),
        name: z.string().optional(),
        address: z.string().optional(),
        supervisingUnit: z.string().optional(),
        accountsUrl: z.string().optional(),
      })
      .meta({ description: 'A code among the 98 municipality codes (Danmarks Statistik / DAGI)' }),
    response: tenantResponse,
    present: (m) => ({
      code: m.code,
      name: m.name,
      address: m.address ?? null,
      supervisingUnit: m.supervisingUnit,
      accountsUrl: m.accountsUrl,
      suspension: null,
    }),
    successStatus: 201,
  });

  useCaseRoute(app, deps, {
    method: 'PUT',
    url: '/api/v1/municipalities/:municipality/suspension',
    tags,
    useCase: setMunicipalitySuspension,
    input: (r) => ({
      municipality: params(r).municipality,
      suspended: body(r).suspended,
      reason: body(r).reason,
    }),
    body: z.object({ suspended: z.boolean(), reason: z.string().nullable().optional() }),
    response: z.object({ code: z.string(), suspension }),
    present: (out) => out,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: '/api/v1/municipalities/:municipality/first-admin',
    tags,
    useCase: grantFirstAdmin,
    input: (r) => ({ ...body(r), municipality: params(r).municipality }),
    body: z.object({
      email: z.string(),
      name: z.string(),
      password: z.string().optional(),
      inviteLinkBase: z.string().optional(),
    }),
    response: z.object({
      user: userResponse,
      created: z.boolean(),
      generatedPassword: z.string().nullable(),
      invited: z.boolean(),
    }),
    present: (out) => ({
      user: { id: out.user.id, email: out.user.email, name: out.user.name },
      created: out.created,
      generatedPassword: out.generatedPassword,
      invited: out.invited,
    }),
    statusOf: (out) => (out.created ? 201 : 200),
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: '/api/v1/installation/national-admins',
    tags,
    useCase: addNationalAdmin,
    input: (r) => body(r),
    body: z.object({ email: z.string(), name: z.string(), password: z.string().optional() }),
    response: z.object({
      user: userResponse,
      created: z.boolean(),
      generatedPassword: z.string().nullable(),
    }),
    present: (out) => ({
      user: { id: out.user.id, email: out.user.email, name: out.user.name },
      created: out.created,
      generatedPassword: out.generatedPassword,
    }),
    statusOf: (out) => (out.created ? 201 : 200),
  });
}
