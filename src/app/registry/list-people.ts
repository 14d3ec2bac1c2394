import { z } from 'zod';
import { findSection14Conflicts } from '../../domain/registry/conflicts.ts';
import { slicePage } from '../../domain/shared/paging.ts';
import { authorize, may } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { pagingInput } from '../paging-input.ts';
import { defineUseCase, type UseCaseContext } from '../use-case.ts';
import { municipalReaders, registryWriters } from './access.ts';
import { mayReadContactData, personForViewer } from './contact-access.ts';
import { entityId, municipalityCode } from './inputs.ts';

/** Contact data (e-mail, phone) is removed for roles without need to know (contact-access.ts). */
async function loadPeople(ctx: UseCaseContext, municipalityCodeValue: string) {
  const contactVisible = mayReadContactData(ctx.actor, municipalityCodeValue);
  return ctx.uow.read(async (s) => {
    const municipality = await s.registry.getMunicipality(municipalityCodeValue);
    if (!municipality) throw notFound('Kommunen');
    const [persons, bodies, memberships, summaries] = await Promise.all([
      s.registry.listPersons(municipalityCodeValue),
      s.registry.listBodies(municipalityCodeValue),
      s.registry.listMemberships(municipalityCodeValue),
      s.registry.listOrganisations(municipalityCodeValue),
    ]);
    const organisations = summaries.map((o) => o.organisation);
    const findings = findSection14Conflicts({
      municipality,
      persons,
      bodies,
      memberships,
      organisations,
      today: ctx.today,
    });
    return {
      municipality,
      persons: persons.map((p) => personForViewer(p, contactVisible)),
      contactVisible,
      organisations,
      findings,
      bodies,
      memberships,
      can: { edit: may(ctx.actor, registryWriters, { municipality: municipalityCodeValue }) },
    };
  });
}

/**
 * The municipality's people with their roles over time and § 14 conflict findings. With `limit`,
 * one page of the people (`paging`); the findings are always the whole municipality's.
 */
export const listPeople = defineUseCase({
  name: 'listPeople',
  summary: 'List personer med roller og fund efter almenboligloven § 14',
  mutates: false,
  access: municipalReaders,
  input: z.object({ municipality: municipalityCode, ...pagingInput }),
  async run(ctx, input) {
    authorize(ctx.actor, municipalReaders, { municipality: input.municipality });
    const all = await loadPeople(ctx, input.municipality);
    const page = slicePage(all.persons, input);
    return { ...all, persons: page.items, paging: page.paging };
  },
});

/** One person with roles, body memberships and § 14 findings. */
export const getPerson = defineUseCase({
  name: 'getPerson',
  summary: 'Vis en person med roller og fund',
  mutates: false,
  access: municipalReaders,
  input: z.object({ municipality: municipalityCode, id: entityId }),
  async run(ctx, input) {
    authorize(ctx.actor, municipalReaders, { municipality: input.municipality }, 'Personen');
    const all = await loadPeople(ctx, input.municipality);
    const person = all.persons.find((p) => p.id === input.id);
    if (!person) throw notFound('Personen');
    const versions = await ctx.uow.read((s) => s.registry.versionsOf('person', [person.id]));
    return {
      municipality: all.municipality,
      person,
      /** The version an edit is based on (optimistic concurrency). */
      version: versions.get(person.id) ?? 1,
      contactVisible: all.contactVisible,
      organisations: all.organisations,
      memberships: all.memberships
        .filter((m) => m.personId === person.id)
        .map((m) => ({ ...m, body: all.bodies.find((b) => b.id === m.bodyId) ?? null })),
      findings: all.findings.filter((f) => f.ref?.startsWith(`person:${person.id}/`)),
      can: all.can,
    };
  },
});
