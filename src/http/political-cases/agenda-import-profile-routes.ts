/**
 * /api/v1/municipalities/:municipality/agenda-import/profile: the layout profile the
 * municipality's agenda items are read with, pinned (PUT with the profile's id) or cleared
 * (DELETE: detect per page again) — the same audited use case as the form on
 * /politiske-sager/importer/rettelser (pinLayoutProfile). Both are idempotent: the same pin sent
 * twice changes nothing (`changed: false`, no audit entry).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pinLayoutProfile } from '../../app/political-cases/pin-layout-profile.ts';
import type { HttpDeps } from '../request-context.ts';
import { useCaseRoute } from '../use-case-route.ts';

const url = '/api/v1/municipalities/:municipality/agenda-import/profile';
const tags = ['political-cases'];
const municipalityOf = (r: FastifyRequest) => (r.params as Record<string, string>).municipality;

/** The use case's own field, without null: a PUT names a profile; DELETE clears. */
const profileId = pinLayoutProfile.input.shape.layoutProfile.unwrap();

const response = z.object({
  layoutProfile: profileId
    .nullable()
    .meta({ description: 'The pinned profile, or null: detected per page from its lines' }),
  changed: z.boolean().meta({ description: 'false when the pin was already so (no audit entry)' }),
});

export function registerAgendaImportProfileApi(app: FastifyInstance, deps: HttpDeps): void {
  useCaseRoute(app, deps, {
    method: 'PUT',
    url,
    tags,
    useCase: pinLayoutProfile,
    input: (r) => {
      const body = (r.body ?? {}) as Record<string, unknown>;
      // A missing or null profile is refused at the field ("Vælg en af layoutprofilerne"), not
      // read as "clear": clearing is the DELETE.
      return { municipality: municipalityOf(r), layoutProfile: body.layoutProfile ?? undefined };
    },
    body: z.object({ layoutProfile: profileId }),
    response,
    present: (out) => out,
  });

  useCaseRoute(app, deps, {
    method: 'DELETE',
    url,
    tags,
    useCase: pinLayoutProfile,
    operationId: 'clearLayoutProfile',
    input: (r) => ({ municipality: municipalityOf(r), layoutProfile: null }),
    response,
    present: (out) => out,
  });
}
