/**
 * Demo housing organisations and departments for Norddjurs Kommune (see demo-data.ts).
 *
 * All names are invented. CVR numbers are invented but pass the modulus-11 check (they may by
 * chance belong to a real company: never use them for anything but the demo). LBF numbers are
 * invented. Plain data, no randomness.
 */
import type { Department, DepartmentKind, HousingOrganisation, MunicipalityCode } from './types.ts';

export const DEMO_ORGANISATION_IDS = {
  administration: 'org-djursland-administration',
  djurslandsbo: 'org-djurslandsbo',
  grenaaAlmene: 'org-grenaa-almene',
  kattegatkysten: 'org-kattegatkysten',
  nordlyset: 'org-nordlyset',
  lyngbakken: 'org-lyngbakken',
  molsbo: 'org-molsbo',
  auningAlmene: 'org-auning-almene',
} as const;

const ID = DEMO_ORGANISATION_IDS;

export function demoOrganisations(): HousingOrganisation[] {
  return [
    {
      id: ID.administration,
      name: 'Djursland Boligadministration',
      cvr: '34182701',
      lbfNumber: '401',
      kind: 'administrationOrganisation',
      seatMunicipality: '707',
      administeredBy: { kind: 'self' },
      accountingYearEnd: '12-31',
      activeFrom: '2008-01-01',
      activeTo: null,
    },
    {
      id: ID.djurslandsbo,
      name: 'Boligselskabet Djurslandsbo',
      cvr: '34183058',
      lbfNumber: '137',
      kind: 'housingOrganisation',
      seatMunicipality: '707',
      // Administered by the administration organisation, like Grenaa Almene Boligforening.
      administeredBy: { kind: 'administrationOrganisation', organisationId: ID.administration },
      accountingYearEnd: '12-31',
      activeFrom: '1950-04-01',
      activeTo: null,
    },
    {
      id: ID.grenaaAlmene,
      name: 'Grenaa Almene Boligforening',
      cvr: '34183414',
      lbfNumber: '142',
      kind: 'housingOrganisation',
      seatMunicipality: '707',
      administeredBy: { kind: 'administrationOrganisation', organisationId: ID.administration },
      accountingYearEnd: '12-31',
      activeFrom: '1962-01-01',
      activeTo: null,
    },
    {
      id: ID.kattegatkysten,
      name: 'Boligforeningen Kattegatkysten',
      cvr: '34183767',
      lbfNumber: '155',
      kind: 'housingOrganisation',
      seatMunicipality: '707',
      administeredBy: { kind: 'self' },
      // Shifted accounting year, 1 April – 31 March (domain.md §2).
      accountingYearEnd: '03-31',
      activeFrom: '1971-04-01',
      activeTo: null,
    },
    {
      id: ID.nordlyset,
      name: 'Boligselskabet Nordlyset',
      cvr: '34184127',
      lbfNumber: '163',
      kind: 'housingOrganisation',
      seatMunicipality: '707',
      administeredBy: { kind: 'otherOrganisation', organisationId: ID.kattegatkysten },
      accountingYearEnd: '12-31',
      activeFrom: '1975-01-01',
      activeTo: null,
    },
    {
      id: ID.lyngbakken,
      name: 'Boligforeningen Lyngbakken',
      cvr: '34184836',
      lbfNumber: '171',
      kind: 'housingOrganisation',
      seatMunicipality: '707',
      administeredBy: { kind: 'privateAdministrator', name: 'Ejendomskontoret Kattegat ApS' },
      accountingYearEnd: '12-31',
      activeFrom: '1984-01-01',
      activeTo: null,
    },
    {
      id: ID.molsbo,
      name: 'Boligselskabet Molsbo',
      cvr: '34185182',
      lbfNumber: '188',
      kind: 'housingOrganisation',
      // Seated in Syddjurs with one department in Norddjurs: Norddjurs talks to it about that
      // department, but the statutory meeting is Syddjurs' duty (domain.md §1).
      seatMunicipality: '706',
      administeredBy: { kind: 'self' },
      accountingYearEnd: '12-31',
      activeFrom: '1966-01-01',
      activeTo: null,
    },
    {
      id: ID.auningAlmene,
      name: 'Auning Almene Boligselskab',
      cvr: '34185549',
      lbfNumber: '129',
      kind: 'housingOrganisation',
      seatMunicipality: '707',
      administeredBy: { kind: 'self' },
      accountingYearEnd: '12-31',
      activeFrom: '1958-01-01',
      // Dissolved by merger into Boligselskabet Djurslandsbo; its departments continue there as 21–23.
      activeTo: '2019-12-31',
    },
  ];
}

/** [LBF department number, name, address, homes, kind, department board, municipality] */
type DepartmentRow = [string, string, string, number, DepartmentKind, boolean, MunicipalityCode?];

const DEPARTMENTS: Record<string, DepartmentRow[]> = {
  [ID.djurslandsbo]: [
    ['1', 'Søndergården', 'Søndergade 12-30, 8500 Grenaa', 64, 'family', true],
    ['2', 'Nørrevang', 'Nørrevangen 1-47, 8500 Grenaa', 112, 'family', true],
    ['3', 'Kystparken', 'Kystvejen 40-88, 8500 Grenaa', 186, 'family', true],
    ['4', 'Lindehaven', 'Lindealle 2-20, 8500 Grenaa', 36, 'elderly', true],
    ['5', 'Havnefronten', 'Havnegade 5, 8500 Grenaa', 72, 'youth', false],
    ['6', 'Vestervang', 'Vestervangsvej 3-61, 8500 Grenaa', 240, 'family', true],
    ['7', 'Bakkegården', 'Bakkevej 2-14, 8950 Ørsted', 24, 'family', true],
    ['8', 'Ørsted Ældreboliger', 'Kirkegade 9-15, 8950 Ørsted', 12, 'elderly', false],
    ['9', 'Åbyen', 'Åboulevarden 7-33, 8500 Grenaa', 398, 'family', true],
    ['10', 'Fjordglimt', 'Fjordvej 1-11, 8961 Allingåbro', 18, 'family', false],
    ['11', 'Anholt Boligerne', 'Nordstrandvej 4, 8592 Anholt', 6, 'family', false],
    ['21', 'Auning Midtby', 'Storegade 20-36, 8963 Auning', 48, 'family', true],
    ['22', 'Skovbrynet', 'Skovbrynet 1-23, 8963 Auning', 30, 'elderly', true],
    ['23', 'Ungdomsboligerne Auning', 'Stationsvej 8, 8963 Auning', 16, 'youth', false],
  ],
  [ID.grenaaAlmene]: [
    ['1', 'Østerport', 'Østergade 31-45, 8500 Grenaa', 88, 'family', true],
    ['2', 'Rugmarken', 'Rugmarken 2-60, 8500 Grenaa', 156, 'family', true],
    ['3', 'Teglværksparken', 'Teglværksvej 10-24, 8500 Grenaa', 64, 'family', true],
    ['4', 'Solbakken', 'Solbakken 1-19, 8500 Grenaa', 40, 'elderly', true],
    ['5', 'Kollegiet Kattegat', 'Kattegatvej 2, 8500 Grenaa', 120, 'youth', true],
    ['6', 'Hammelev Huse', 'Hammelevvej 70-84, 8500 Grenaa', 14, 'family', false],
    ['7', 'Gjerrild Ældreboliger', 'Bygaden 3-9, 8500 Grenaa', 8, 'elderly', false],
    ['8', 'Ringvejsparken', 'Ringvejen 100-150, 8500 Grenaa', 310, 'family', true],
    ['9', 'Stadionparken', 'Stadion Allé 4-28, 8500 Grenaa', 96, 'family', true],
    ['10', 'Præstevænget', 'Præstevænget 1-15, 8500 Grenaa', 28, 'family', true],
  ],
  [ID.kattegatkysten]: [
    ['1', 'Bønnerup Strandhuse', 'Havnevej 12-30, 8585 Glesborg', 20, 'family', true],
    ['2', 'Glesborg Vænge', 'Vængevej 1-25, 8585 Glesborg', 26, 'family', true],
    ['3', 'Fjellerup Klit', 'Klitvej 3-17, 8585 Glesborg', 10, 'family', false],
    ['4', 'Ørum Bakker', 'Bakkegade 2-18, 8586 Ørum Djurs', 18, 'family', false],
    ['5', 'Vivild Ældreboliger', 'Hovedgaden 41-47, 8961 Allingåbro', 8, 'elderly', false],
    ['6', 'Allingåbro Centerbo', 'Centervej 5-29, 8961 Allingåbro', 54, 'family', true],
    ['7', 'Trustrup Have', 'Havevej 1-13, 8570 Trustrup', 16, 'family', false],
    ['8', 'Kattegathuset', 'Kattegatvej 60, 8500 Grenaa', 34, 'youth', true],
  ],
  [ID.nordlyset]: [
    ['1', 'Nordlyset I', 'Nordlysvej 1-41, 8500 Grenaa', 82, 'family', true],
    ['2', 'Nordlyset II', 'Nordlysvej 43-99, 8500 Grenaa', 104, 'family', true],
    ['3', 'Polarparken', 'Polarvej 2-26, 8500 Grenaa', 52, 'family', true],
    ['4', 'Stjernehusene', 'Stjernevej 1-15, 8500 Grenaa', 22, 'elderly', true],
    ['5', 'Mølleparken', 'Møllevej 8-30, 8963 Auning', 38, 'family', true],
    ['6', 'Gården ved Åen', 'Ågade 2-8, 8961 Allingåbro', 11, 'elderly', false],
    ['7', 'Havblik', 'Strandvejen 90-120, 8500 Grenaa', 144, 'family', true],
  ],
  [ID.lyngbakken]: [
    ['1', 'Lyngbakken', 'Lyngbakken 1-35, 8500 Grenaa', 70, 'family', true],
    ['2', 'Lynghaven', 'Lynghaven 2-30, 8500 Grenaa', 44, 'elderly', true],
    ['3', 'Hedebo', 'Hedevej 5-21, 8950 Ørsted', 19, 'family', false],
    ['4', 'Enghaven', 'Engvej 40-62, 8963 Auning', 32, 'family', true],
    ['5', 'Lyngens Kollegium', 'Lyngbakken 40, 8500 Grenaa', 60, 'youth', true],
    ['6', 'Hyldebærhaven', 'Hyldebærvej 1-9, 8950 Ørsted', 9, 'elderly', false],
  ],
  [ID.molsbo]: [
    ['1', 'Ebeltoft Strandpark', 'Strandparken 1-51, 8400 Ebeltoft', 128, 'family', true, '706'],
    ['2', 'Rønde Vænge', 'Vængevej 3-31, 8410 Rønde', 46, 'family', true, '706'],
    ['3', 'Kolind Ældreboliger', 'Skolevej 2-14, 8560 Kolind', 14, 'elderly', false, '706'],
    ['4', 'Hornslet Have', 'Havevej 10-40, 8543 Hornslet', 62, 'family', true, '706'],
    ['5', 'Allingåbro Stationsby', 'Stationsvej 11-25, 8961 Allingåbro', 24, 'family', true, '707'],
  ],
};

export function demoDepartments(): Department[] {
  return Object.entries(DEPARTMENTS).flatMap(([organisationId, rows]) =>
    rows.map(([lbfNumber, name, address, homes, kind, hasDepartmentBoard, municipality]) => ({
      id: `dep-${organisationId.replace(/^org-/, '')}-${lbfNumber}`,
      organisationId,
      lbfNumber,
      name,
      address,
      locationMunicipality: municipality ?? '707',
      homes,
      kind,
      hasDepartmentBoard,
    })),
  );
}
