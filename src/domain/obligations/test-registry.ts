/**
 * Test support for the obligation and compliance tests: organisation builders and fast-check
 * arbitraries for registries. Not used by production code.
 */
import fc from 'fast-check';
import type { HousingOrganisation } from '../registry/types.ts';
import { isoDate } from '../shared/iso-date.ts';

export function anOrganisation(
  overrides: Partial<HousingOrganisation> & { id: string },
): HousingOrganisation {
  return {
    name: `Boligorganisation ${overrides.id}`,
    cvr: '12345674',
    lbfNumber: null,
    kind: 'housingOrganisation',
    seatMunicipality: '707',
    administeredBy: { kind: 'self' },
    accountingYearEnd: '12-31',
    activeFrom: '2000-01-01',
    activeTo: null,
    ...overrides,
  };
}

/** A Norddjurs-like registry: active local ones, an administration organisation, edge cases. */
export function demoRegistry(): HousingOrganisation[] {
  return [
    anOrganisation({ id: 'org-a', name: 'Boligselskabet Djursland' }),
    anOrganisation({ id: 'org-b', name: 'Grenaa Andelsboligforening', accountingYearEnd: '03-31' }),
    anOrganisation({ id: 'org-c', name: 'Djurs Administration', kind: 'administrationOrganisation' }),
    // Seated in Syddjurs (706): has local departments perhaps, but no statutory meeting here.
    anOrganisation({ id: 'org-d', name: 'Syddjurs Almene Boliger', seatMunicipality: '706' }),
    // Merged away at the end of 2025.
    anOrganisation({ id: 'org-e', name: 'Auning Boligforening', activeTo: '2025-12-31' }),
    // Founded mid-2027: a meeting in 2027, but no accounts for 2026 to send.
    anOrganisation({ id: 'org-f', name: 'Nyt Boligselskab', activeFrom: '2027-06-01' }),
  ];
}

const dateArb = (fromYear: number, toYear: number) =>
  fc
    .tuple(
      fc.integer({ min: fromYear, max: toYear }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => isoDate(y, m, d));

export const organisationArb = (id: string): fc.Arbitrary<HousingOrganisation> =>
  fc
    .record({
      seat: fc.constantFrom('707', '707', '707', '706', '101'),
      kind: fc.constantFrom('housingOrganisation' as const, 'administrationOrganisation' as const),
      accountingYearEnd: fc.constantFrom('12-31', '12-31', '03-31', '06-30', '09-30'),
      activeFrom: dateArb(2005, 2040),
      activeDays: fc.option(fc.integer({ min: 0, max: 20 * 366 }), { nil: null }),
    })
    .map(({ seat, kind, accountingYearEnd, activeFrom, activeDays }) => {
      const activeTo =
        activeDays === null
          ? null
          : new Date(Date.parse(`${activeFrom}T00:00:00Z`) + activeDays * 86_400_000)
              .toISOString()
              .slice(0, 10);
      return anOrganisation({ id, kind, seatMunicipality: seat, accountingYearEnd, activeFrom, activeTo });
    });

export const registryArb: fc.Arbitrary<HousingOrganisation[]> = fc
  .array(organisationArb('x'), { maxLength: 12 })
  .map((orgs) => orgs.map((o, i) => ({ ...o, id: `org-${i}`, name: `Boligorganisation ${i}` })));

export function activeIn(o: HousingOrganisation, start: string, end: string): boolean {
  return o.activeFrom <= end && (o.activeTo === null || start <= o.activeTo);
}
