/**
 * /api/v1 registry routes: municipalities, organisations, departments, people, bodies,
 * election periods.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { organisationsTable, peopleTable } from '../../app/exports/list-exports.ts';
import { getMunicipality } from '../../app/registry/get-municipality.ts';
import { getOrganisation } from '../../app/registry/get-organisation.ts';
import { listBodies } from '../../app/registry/list-bodies.ts';
import { listElectionPeriods } from '../../app/registry/list-election-periods.ts';
import { listMunicipalities } from '../../app/registry/list-municipalities.ts';
import { listOrganisations } from '../../app/registry/list-organisations.ts';
import { getPerson, listPeople } from '../../app/registry/list-people.ts';
import { saveDepartment } from '../../app/registry/save-department.ts';
import { municipalitySettingsSchema, updateMunicipality } from '../../app/registry/save-municipality.ts';
import { createOrganisation, updateOrganisation } from '../../app/registry/save-organisation.ts';
import { savePerson } from '../../app/registry/save-person.ts';
import { etagOf, versionFromIfMatch } from '../meetings/presenters.ts';
import type { HttpDeps } from '../request-context.ts';
import { inputPart, useCaseRoute } from '../use-case-route.ts';
import {
  departmentResponse,
  findingResponse,
  municipalityResponse,
  organisationListItem,
  organisationResponse,
  personResponse,
  presentDepartment,
  presentFinding,
  presentMunicipality,
  presentOrganisation,
  presentOrganisationListItem,
  presentPerson,
} from './presenters.ts';

const params = (r: FastifyRequest) => r.params as Record<string, string>;
const body = (r: FastifyRequest) => (r.body ?? {}) as Record<string, unknown>;
const base = '/api/v1/municipalities/:municipality';
const tags = ['registry'];

/**
 * Optimistic concurrency: an edit names the version it read, as `If-Match: "N"` (the ETag of the
 * GET or of the last PUT) or as `version` in the body; If-Match wins. Without either the edit is
 * refused with 400 "Version mangler" (like the organisation and minutes routes; not 428, so every
 * client error of a missing field reads the same); a stale version gets 412 problem+json.
 */
function editVersion(r: FastifyRequest): { version: unknown; rest: Record<string, unknown> } {
  const { version, ...rest } = body(r);
  return { version: versionFromIfMatch(r.headers['if-match']) ?? version, rest };
}
const etag = (out: { version: number }) => ({ etag: etagOf(out.version) });

export function registerRegistryApi(app: FastifyInstance, deps: HttpDeps): void {
  useCaseRoute(app, deps, {
    method: 'GET',
    url: '/api/v1/municipalities',
    tags,
    useCase: listMunicipalities,
    input: () => ({}),
    response: z.object({ municipalities: z.array(municipalityResponse) }),
    present: (list) => ({ municipalities: list.map(presentMunicipality) }),
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: base,
    tags,
    useCase: getMunicipality,
    input: (r) => ({ municipality: params(r).municipality }),
    response: municipalityResponse,
    present: (out) => presentMunicipality(out),
    headers: (out) => etag(out),
  });

  useCaseRoute(app, deps, {
    method: 'PUT',
    url: base,
    tags,
    useCase: updateMunicipality,
    input: (r) => {
      const { version, rest } = editVersion(r);
      return { municipality: params(r).municipality, version, settings: rest };
    },
    body: municipalitySettingsSchema.extend({ version: z.number().int().optional() }),
    response: municipalityResponse,
    present: (out) => presentMunicipality(out),
    headers: (out) => etag(out),
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: '/api/v1/election-periods',
    tags,
    useCase: listElectionPeriods,
    input: () => ({}),
    response: z.object({
      electionPeriods: z.array(
        z.object({ label: z.string(), electionDate: z.string(), start: z.string(), end: z.string() }),
      ),
    }),
    present: (periods) => ({ electionPeriods: periods }),
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: `${base}/organisations`,
    tags,
    useCase: listOrganisations,
    paged: 'offset',
    input: (r) => ({ municipality: params(r).municipality }),
    response: z.object({ municipality: z.string(), organisations: z.array(organisationListItem) }),
    present: (out) => ({
      municipality: out.municipality.code,
      organisations: out.organisations.map(presentOrganisationListItem),
    }),
    export: organisationsTable,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/organisations`,
    tags,
    useCase: createOrganisation,
    input: (r) => ({ municipality: params(r).municipality, organisation: r.body }),
    body: inputPart(createOrganisation, 'organisation'),
    response: organisationResponse,
    present: (out) => presentOrganisation(out.organisation, out.version),
    successStatus: 201,
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: `${base}/organisations/:id`,
    tags,
    useCase: getOrganisation,
    input: (r) => ({ municipality: params(r).municipality, id: params(r).id }),
    response: z.object({
      organisation: organisationResponse,
      active: z.boolean(),
      departments: z.array(departmentResponse),
      people: z.array(personResponse),
      findings: z.array(findingResponse),
      contactVisible: z.boolean(),
    }),
    present: (out) => ({
      organisation: presentOrganisation(out.organisation, out.organisation.version),
      active: out.active,
      departments: out.departments.map(presentDepartment),
      people: out.people.map(presentPerson),
      findings: out.findings.map(presentFinding),
      contactVisible: out.contactVisible,
    }),
  });

  useCaseRoute(app, deps, {
    method: 'PUT',
    url: `${base}/organisations/:id`,
    tags,
    useCase: updateOrganisation,
    input: (r) => {
      const { version, ...organisation } = body(r);
      return { municipality: params(r).municipality, id: params(r).id, version, organisation };
    },
    body: z
      .object({ version: inputPart(updateOrganisation, 'version') })
      .and(inputPart(updateOrganisation, 'organisation')),
    response: organisationResponse,
    present: (out) => presentOrganisation(out.organisation, out.version),
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/departments`,
    tags,
    useCase: saveDepartment,
    operationId: 'createDepartment',
    input: (r) => ({ municipality: params(r).municipality, department: r.body }),
    body: inputPart(saveDepartment, 'department'),
    response: departmentResponse,
    present: presentDepartment,
    successStatus: 201,
  });

  useCaseRoute(app, deps, {
    method: 'PUT',
    url: `${base}/departments/:id`,
    tags,
    useCase: saveDepartment,
    input: (r) => {
      const { version, rest } = editVersion(r);
      return { municipality: params(r).municipality, id: params(r).id, version, department: rest };
    },
    operationId: 'updateDepartment',
    body: z
      .object({ version: inputPart(saveDepartment, 'version') })
      .and(inputPart(saveDepartment, 'department')),
    response: departmentResponse,
    present: (out) => presentDepartment(out),
    headers: (out) => etag(out),
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: `${base}/people`,
    tags,
    useCase: listPeople,
    paged: 'offset',
    input: (r) => ({ municipality: params(r).municipality }),
    response: z.object({
      people: z.array(personResponse),
      findings: z.array(findingResponse),
      /** False when the caller's role does not see e-mail and phone (they are then null). */
      contactVisible: z.boolean(),
    }),
    present: (out) => ({
      people: out.persons.map(presentPerson),
      findings: out.findings.map(presentFinding),
      contactVisible: out.contactVisible,
    }),
    export: peopleTable,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/people`,
    tags,
    useCase: savePerson,
    operationId: 'createPerson',
    input: (r) => ({ municipality: params(r).municipality, person: r.body }),
    body: inputPart(savePerson, 'person'),
    response: personResponse,
    present: presentPerson,
    successStatus: 201,
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: `${base}/people/:id`,
    tags,
    useCase: getPerson,
    input: (r) => ({ municipality: params(r).municipality, id: params(r).id }),
    response: z.object({
      person: personResponse,
      findings: z.array(findingResponse),
      contactVisible: z.boolean(),
    }),
    present: (out) => ({
      person: presentPerson({ ...out.person, version: out.version } as typeof out.person),
      findings: out.findings.map(presentFinding),
      contactVisible: out.contactVisible,
    }),
    headers: (out) => etag(out),
  });

  useCaseRoute(app, deps, {
    method: 'PUT',
    url: `${base}/people/:id`,
    tags,
    useCase: savePerson,
    input: (r) => {
      const { version, rest } = editVersion(r);
      return { municipality: params(r).municipality, id: params(r).id, version, person: rest };
    },
    operationId: 'updatePerson',
    body: z.object({ version: inputPart(savePerson, 'version') }).and(inputPart(savePerson, 'person')),
    response: personResponse,
    present: (out) => presentPerson(out),
    headers: (out) => etag(out),
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: `${base}/bodies`,
    tags,
    useCase: listBodies,
    input: (r) => ({ municipality: params(r).municipality }),
    response: z.object({
      bodies: z.array(
        z.object({
          id: z.string(),
          abbreviation: z.string(),
          name: z.string(),
          kind: z.enum(['council', 'committee']),
          supervises: z.boolean(),
          members: z.array(
            z.object({
              personId: z.string(),
              name: z.string(),
              electionPeriod: z.string(),
              role: z.string(),
            }),
          ),
        }),
      ),
    }),
    present: (out) => ({
      bodies: out.bodies.map(({ body: b, members }) => ({
        id: b.id,
        abbreviation: b.abbreviation,
        name: b.name,
        kind: b.kind,
        supervises: b.supervises,
        members: members.map((m) => ({
          personId: m.personId,
          name: m.name,
          electionPeriod: m.electionPeriod,
          role: m.role,
        })),
      })),
    }),
  });
}
