/**
 * /api/v1 registry routes: municipalities, organisations, departments, people, bodies.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listMunicipalities } from '../../app/registry/list-municipalities.ts';
import { listOrganisations } from '../../app/registry/list-organisations.ts';
import { copenhagenDate } from '../../domain/shared/copenhagen-date.ts';
import type { HttpDeps } from '../request-context.ts';
import { useCaseRoute } from '../use-case-route.ts';
import {
  municipalityResponse,
  organisationListItem,
  presentMunicipality,
  presentOrganisationListItem,
} from './presenters.ts';

type Params = Record<string, string>;

export function registerRegistryApi(app: FastifyInstance, deps: HttpDeps): void {
  useCaseRoute(app, deps, {
    method: 'GET',
    url: '/api/v1/municipalities',
    tags: ['registry'],
    useCase: listMunicipalities,
    input: () => ({}),
    response: z.object({ municipalities: z.array(municipalityResponse) }),
    present: (list) => ({ municipalities: list.map(presentMunicipality) }),
  });

  useCaseRoute(app, deps, {
    method: 'GET',
    url: '/api/v1/municipalities/:municipality/organisations',
    tags: ['registry'],
    useCase: listOrganisations,
    input: (r) => ({ municipality: (r.params as Params).municipality }),
    response: z.object({ municipality: z.string(), organisations: z.array(organisationListItem) }),
    present: (out) => {
      const today = copenhagenDate(deps.now());
      return {
        municipality: out.municipality.code,
        organisations: out.organisations.map((o) => presentOrganisationListItem(o, today)),
      };
    },
  });
}
