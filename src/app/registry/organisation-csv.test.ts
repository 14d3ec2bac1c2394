import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoOrganisations } from '../../domain/registry/demo-organisations.ts';
import { periodArb, validCvr } from '../../domain/registry/registry-arbitraries.ts';
import type { HousingOrganisation } from '../../domain/registry/types.ts';
import { excelCsv } from '../../domain/shared/spreadsheet-csv.ts';
import { parseRegistryCsv } from '../../importer/registry-csv/parse-registry-csv.ts';
import type { ParsedOrganisation } from '../../importer/registry-csv/types.ts';
import { type OrganisationCsvInput, organisationCsvTable } from './organisation-csv.ts';

/** What `listOrganisations` gives the export: the organisation with its administrator looked up. */
function listed(organisations: readonly HousingOrganisation[]): OrganisationCsvInput[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  return organisations.map((organisation, i) => {
    const a = organisation.administeredBy;
    const administrator = 'organisationId' in a ? byId.get(a.organisationId) : undefined;
    return {
      organisation,
      departments: i,
      homes: i * 10,
      administrator: administrator ? { name: administrator.name, cvr: administrator.cvr } : null,
    };
  });
}

function exported(organisations: readonly HousingOrganisation[]): string {
  const table = organisationCsvTable(listed(organisations));
  return excelCsv(table.headers, table.rows);
}

/** The parsed row back in the registry's terms: CVR references become the organisations' ids. */
function asStored(
  parsed: ParsedOrganisation,
  all: readonly HousingOrganisation[],
): Omit<HousingOrganisation, 'id'> {
  const idOf = (cvr: string) => all.find((o) => o.cvr === cvr)?.id ?? `cvr:${cvr}`;
  const a = parsed.administeredBy;
  return {
    name: parsed.name,
    cvr: parsed.cvr,
    lbfNumber: parsed.lbfNumber,
    kind: parsed.kind,
    seatMunicipality: parsed.seatMunicipality,
    administeredBy: 'cvr' in a ? { kind: a.kind, organisationId: idOf(a.cvr) } : a,
    accountingYearEnd: parsed.accountingYearEnd,
    activeFrom: parsed.activeFrom,
    activeTo: parsed.activeTo,
  };
}

function roundTrip(organisations: readonly HousingOrganisation[]) {
  const result = parseRegistryCsv(exported(organisations));
  return {
    problems: result.problems,
    organisations: result.rows.organisations.map((p) => asStored(p, organisations)),
  };
}

const withoutId = ({ id: _id, ...rest }: HousingOrganisation) => rest;

describe('organisationCsvTable', () => {
  it('writes the accounting year end dd-mm and dates dd-mm-åååå, as the registry CSV documents', () => {
    const [shifted] = demoOrganisations().filter((o) => o.accountingYearEnd === '03-31');
    if (!shifted) throw new Error('the demo has an organisation with a shifted accounting year');
    const table = organisationCsvTable(listed([{ ...shifted, activeTo: '2030-06-30' }]));
    const cell = (header: string) => table.rows[0]?.[table.headers.indexOf(header)];
    expect(cell('Regnskabsår slutter')).toBe('31-03');
    expect(cell('Aktiv fra')).toBe(shifted.activeFrom.split('-').reverse().join('-'));
    expect(cell('Aktiv til')).toBe('30-06-2030');
  });

  it('gives back the demo organisations when the exported file is imported (round trip)', () => {
    const demo = demoOrganisations();
    const back = roundTrip(demo);
    expect(back.problems).toEqual([]);
    expect(back.organisations).toEqual(demo.map(withoutId));
  });

  it('gives back any valid organisations when the exported file is imported (property)', () => {
    const monthDay = fc
      .record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
      .map(({ m, d }) => `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const organisation = fc.record({
      name: fc.constantFrom(
        'Aage Boliger',
        'Åse Bo',
        'Ærlig Bolig; "nr. 2"',
        'Øster, Bo',
        'Zenia Boligselskab',
      ),
      cvr: validCvr,
      lbfNumber: fc.option(fc.integer({ min: 1, max: 999_999 }).map(String), { nil: null }),
      kind: fc.constantFrom('housingOrganisation', 'administrationOrganisation'),
      accountingYearEnd: monthDay,
      period: periodArb,
      privateAdministrator: fc.option(fc.constantFrom('Ejendomskontoret Kattegat ApS', 'Privat Admin'), {
        nil: null,
      }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(organisation, { selector: (o) => o.cvr, minLength: 1, maxLength: 6 }),
        (drafts) => {
          const organisations: HousingOrganisation[] = drafts.map((d, i) => ({
            id: `org-${i}`,
            name: `${d.name} ${i}`,
            cvr: d.cvr,
            lbfNumber: d.lbfNumber,
            kind: d.kind as HousingOrganisation['kind'],
            seatMunicipality: '707',
            administeredBy:
              d.privateAdministrator !== null
                ? { kind: 'privateAdministrator', name: d.privateAdministrator }
                : { kind: 'self' },
            accountingYearEnd: d.accountingYearEnd,
            activeFrom: d.period.from,
            activeTo: d.period.to,
          }));
          // The first administration organisation administers every housing organisation after it.
          const admin = organisations.find((o) => o.kind === 'administrationOrganisation');
          for (const o of organisations) {
            if (admin && o.kind === 'housingOrganisation' && o.administeredBy.kind === 'self') {
              o.administeredBy = { kind: 'administrationOrganisation', organisationId: admin.id };
            }
          }
          const back = roundTrip(organisations);
          expect(back.problems).toEqual([]);
          expect(back.organisations).toEqual(organisations.map(withoutId));
        },
      ),
      { numRuns: 150 },
    );
  });
});
