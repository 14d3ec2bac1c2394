/**
 * A deterministic demo registry for Norddjurs Kommune: the municipality (and Syddjurs as a
 * neighbour), its political bodies and memberships for 2022–2025 and 2026–2029, eight invented
 * housing organisations with 50 departments, and invented people — including exactly one
 * deliberate almenboligloven § 14 conflict so that the finding shows in the demo.
 *
 * Pure data: every call returns a fresh copy with the same content and stable ids. No randomness,
 * no clock. Municipality codes, body abbreviations and the supervising unit follow domain.md §4–5.
 */

import { demoDepartments, demoOrganisations } from './demo-organisations.ts';
import { DEMO_BODY_IDS, demoMemberships, demoPersons } from './demo-people.ts';
import type { Body, BodyMembership, Department, HousingOrganisation, Municipality, Person } from './types.ts';

export { DEMO_ORGANISATION_IDS } from './demo-organisations.ts';
export { DEMO_BODY_IDS, demoPersonId } from './demo-people.ts';

export interface DemoRegistry {
  municipalities: Municipality[];
  bodies: Body[];
  memberships: BodyMembership[];
  organisations: HousingOrganisation[];
  departments: Department[];
  persons: Person[];
}

/** Norddjurs abbreviations, domain.md §4 [seed]. */
const NORDDJURS_BODIES = {
  MTU: 'Miljø- og teknikudvalget',
  ØK: 'Økonomiudvalget',
  KB: 'Kommunalbestyrelsen',
};

function demoMunicipalities(): Municipality[] {
  return [
    {
      code: '707',
      name: 'Norddjurs Kommune',
      supervisingUnit: 'Vej og Ejendom',
      accountsUrl: 'https://www.norddjurs.dk/borger/bolig-og-byggeri/almene-boliger/styringsdialog',
      bodyAbbreviations: { ...NORDDJURS_BODIES },
    },
    {
      // Neighbour record: seat of Boligselskabet Molsbo, which has a department in Norddjurs.
      code: '706',
      name: 'Syddjurs Kommune',
      supervisingUnit: 'Plan og Byg',
      accountsUrl: null,
      bodyAbbreviations: { ØK: 'Økonomiudvalget', KB: 'Kommunalbestyrelsen' },
    },
  ];
}

function demoBodies(): Body[] {
  return [
    {
      id: DEMO_BODY_IDS.MTU,
      municipality: '707',
      abbreviation: 'MTU',
      name: NORDDJURS_BODIES.MTU,
      kind: 'committee',
      // The demo treats MTU as the supervising committee: the case on the governance dialogue
      // started there (sag 22/8287, MTU 10-10-2022). An assumption [seed], not a stated fact.
      supervises: true,
    },
    {
      id: DEMO_BODY_IDS.ØK,
      municipality: '707',
      abbreviation: 'ØK',
      name: NORDDJURS_BODIES.ØK,
      kind: 'committee',
      supervises: false,
    },
    {
      id: DEMO_BODY_IDS.KB,
      municipality: '707',
      abbreviation: 'KB',
      name: NORDDJURS_BODIES.KB,
      kind: 'council',
      supervises: false,
    },
  ];
}

export function demoRegistry(): DemoRegistry {
  return {
    municipalities: demoMunicipalities(),
    bodies: demoBodies(),
    memberships: demoMemberships(),
    organisations: demoOrganisations(),
    departments: demoDepartments(),
    persons: demoPersons(),
  };
}
