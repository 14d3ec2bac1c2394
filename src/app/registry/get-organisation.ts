import { z } from 'zod';
import { isActiveOn } from '../../domain/registry/active.ts';
import { findSection14Conflicts } from '../../domain/registry/conflicts.ts';
import { authorize, may } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import { registryReaders, registryWriters } from './access.ts';
import { mayReadContactData, personForViewer } from './contact-access.ts';
import { entityId, municipalityCode } from './inputs.ts';

/**
 * One organisation with its departments, the people who hold roles in it, the organisation
 * that administers it, and § 14 conflict findings for its board.
 */
export const getOrganisation = defineUseCase({
  name: 'getOrganisation',
  summary: 'Vis en boligorganisation med afdelinger, personer og fund',
  mutates: false,
  access: registryReaders,
  input: z.object({ municipality: municipalityCode, id: entityId }),
  async run(ctx, input) {
    authorize(
      ctx.actor,
      registryReaders,
      { municipality: input.municipality, organisationId: input.id },
      'Boligorganisationen',
    );
    return ctx.uow.read(async (s) => {
      const [municipality, organisation] = await Promise.all([
        s.registry.getMunicipality(input.municipality),
        s.registry.getOrganisation(input.municipality, input.id),
      ]);
      if (!municipality || !organisation) throw notFound('Boligorganisationen');
      const [departments, persons, bodies, memberships, summaries] = await Promise.all([
        s.registry.listDepartments(organisation.id),
        s.registry.listPersons(input.municipality),
        s.registry.listBodies(input.municipality),
        s.registry.listMemberships(input.municipality),
        s.registry.listOrganisations(input.municipality),
      ]);
      const organisations = summaries.map((x) => x.organisation);
      const departmentVersions = await s.registry.versionsOf(
        'department',
        departments.map((d) => d.id),
      );
      const contactVisible = mayReadContactData(ctx.actor, input.municipality);
      const people = persons
        .filter((p) => p.roles.some((r) => 'organisationId' in r && r.organisationId === organisation.id))
        .map((p) => personForViewer(p, contactVisible));
      const findings = findSection14Conflicts({
        municipality,
        persons,
        bodies,
        memberships,
        organisations,
        today: ctx.today,
      }).filter((f) => f.ref?.includes(organisation.id));
      const administrator =
        'organisationId' in organisation.administeredBy
          ? (organisations.find(
              (o) => o.id === (organisation.administeredBy as { organisationId: string }).organisationId,
            ) ?? null)
          : null;
      return {
        municipality,
        organisation,
        active: isActiveOn(organisation, ctx.today),
        // Each with the version an edit is based on (optimistic concurrency).
        departments: departments.map((d) => ({ ...d, version: departmentVersions.get(d.id) ?? 1 })),
        people,
        contactVisible,
        findings,
        administrator,
        administers: organisations.filter(
          (o) => 'organisationId' in o.administeredBy && o.administeredBy.organisationId === organisation.id,
        ),
        /** Change the organisation and its departments (case officers and admins of the municipality). */
        can: { edit: may(ctx.actor, registryWriters, { municipality: input.municipality }) },
      };
    });
  },
});
