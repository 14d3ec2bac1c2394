/**
 * Demo agreements for the demo organisations of Norddjurs Kommune (domain/registry/demo-data.ts):
 * agreements from the dialogue meetings of 2020–2025, in every status, with their status
 * history, some past their deadline, and one pending progress report from Boligselskabet
 * Djurslandsbo (the demo organisation user's organisation).
 *
 * All texts are invented but typical of the topics in domain.md §3. Pure data: every call returns
 * a fresh copy with the same content and stable ids. No randomness, no clock.
 */
import { DEMO_ORGANISATION_IDS } from '../registry/demo-organisations.ts';
import type { IsoDate } from '../shared/iso-date.ts';
import type {
  Agreement,
  AgreementStatus,
  CouncilApproval,
  ObjectiveArea,
  ProgressProposal,
  ResponsibleParty,
  StatusChange,
} from './types.ts';

const ORG = DEMO_ORGANISATION_IDS;

/** The case officer who records the demo's status changes (an invented official of Vej og Ejendom). */
const OFFICER = { changedBy: 'system:demo', changedByName: 'Kasper Mølgaard' };

/** [status, date, note, evidence link] */
type Step = [AgreementStatus, IsoDate, string | null, string?];

interface Spec {
  id: string;
  organisationId: string;
  steeringYear: number;
  agreedOn: IsoDate;
  objectiveArea: ObjectiveArea;
  text: string;
  target?: string;
  departments?: string[];
  responsible?: ResponsibleParty;
  deadline: IsoDate | null;
  councilApproval?: CouncilApproval;
  /** Status changes after the first `agreed` entry. */
  later?: Step[];
}

const dep = (organisationId: string, lbfNumber: string) =>
  `dep-${organisationId.replace(/^org-/, '')}-${lbfNumber}`;

const SPECS: Spec[] = [
  // Boligselskabet Djurslandsbo: meetings in late September.
  {
    id: 'agr-djurslandsbo-2020-1',
    organisationId: ORG.djurslandsbo,
    steeringYear: 2020,
    agreedOn: '2020-09-22',
    objectiveArea: 'economyAndOperations',
    text: 'Tomgangen i Vestervang nedbringes.',
    target: 'Tomgang under 1 % af lejemålene',
    departments: [dep(ORG.djurslandsbo, '6')],
    deadline: '2021-12-31',
    later: [
      ['inProgress', '2021-09-21', 'Udlejningen er lagt om; tomgangen faldt til 1,4 %.'],
      ['fulfilled', '2022-09-20', 'Tomgangen var 0,6 % i regnskabet for 2021.'],
    ],
  },
  {
    id: 'agr-djurslandsbo-2021-1',
    organisationId: ORG.djurslandsbo,
    steeringYear: 2021,
    agreedOn: '2021-09-21',
    objectiveArea: 'letting',
    text: 'Kommunen anviser hver fjerde ledige familiebolig i Åbyen (almenboligloven § 59).',
    departments: [dep(ORG.djurslandsbo, '9')],
    responsible: { kind: 'both' },
    deadline: '2022-06-30',
    later: [
      [
        'fulfilled',
        '2022-09-20',
        'Anvisningsaftalen blev underskrevet 12. maj 2022.',
        'https://www.norddjurs.dk/demo/anvisningsaftale-djurslandsbo.pdf',
      ],
    ],
  },
  {
    id: 'agr-djurslandsbo-2022-1',
    organisationId: ORG.djurslandsbo,
    steeringYear: 2022,
    agreedOn: '2022-09-20',
    objectiveArea: 'managementAndResidentDemocracy',
    text: 'Beboerdemokratiet styrkes i afdelingerne uden afdelingsbestyrelse.',
    target: 'Afdelingsbestyrelse i mindst to af de tre afdelinger',
    departments: [dep(ORG.djurslandsbo, '5'), dep(ORG.djurslandsbo, '10'), dep(ORG.djurslandsbo, '11')],
    deadline: '2024-06-30',
    later: [
      ['inProgress', '2023-09-19', 'Havnefronten valgte afdelingsbestyrelse i marts 2023.'],
      [
        'notFulfilled',
        '2024-09-24',
        'Kun Havnefronten har fået en afdelingsbestyrelse; arbejdet fortsætter uden aftale.',
      ],
    ],
  },
  {
    id: 'agr-djurslandsbo-2023-1',
    organisationId: ORG.djurslandsbo,
    steeringYear: 2023,
    agreedOn: '2023-09-19',
    objectiveArea: 'newBuildingAndRenovation',
    text: 'Helhedsplan for Vestervang sendes til Landsbyggefonden.',
    departments: [dep(ORG.djurslandsbo, '6')],
    deadline: '2024-12-31',
    later: [
      [
        'inProgress',
        '2024-09-24',
        'Prækvalifikation er sendt; LBF har bedt om en supplerende tilstandsvurdering.',
      ],
    ],
  },
  {
    id: 'agr-djurslandsbo-2024-1',
    organisationId: ORG.djurslandsbo,
    steeringYear: 2024,
    agreedOn: '2024-09-24',
    objectiveArea: 'departments',
    text: 'Handleplan for afdelinger med et effektivitetstal under 70 %.',
    target: 'Effektivitetstal på mindst 70 % i alle afdelinger',
    deadline: '2025-12-31',
    later: [['inProgress', '2025-09-23', 'To af tre afdelinger er over 70 %.']],
  },
  {
    id: 'agr-djurslandsbo-2025-1',
    organisationId: ORG.djurslandsbo,
    steeringYear: 2025,
    agreedOn: '2025-09-23',
    objectiveArea: 'economyAndOperations',
    text: 'Henlæggelserne til planlagt vedligeholdelse øges til landsgennemsnittet.',
    target: 'Henlæggelser pr. m² mindst på landsgennemsnittet',
    deadline: '2027-12-31',
    later: [['inProgress', '2025-12-01', 'Budgettet for 2026 hæver henlæggelserne med 8 %.']],
  },
  {
    id: 'agr-djurslandsbo-2025-2',
    organisationId: ORG.djurslandsbo,
    steeringYear: 2025,
    agreedOn: '2025-09-23',
    objectiveArea: 'letting',
    text: 'Fleksibel udlejning i Åbyen med fortrinsret for boligsøgende i beskæftigelse.',
    departments: [dep(ORG.djurslandsbo, '9')],
    responsible: { kind: 'both' },
    deadline: '2026-06-30',
  },
  // Grenaa Almene Boligforening: meetings in early October.
  {
    id: 'agr-grenaa-almene-2020-1',
    organisationId: ORG.grenaaAlmene,
    steeringYear: 2020,
    agreedOn: '2020-10-06',
    objectiveArea: 'departments',
    text: 'Den boligsociale indsats i Ringvejsparken videreføres.',
    departments: [dep(ORG.grenaaAlmene, '8')],
    responsible: { kind: 'both' },
    deadline: '2022-12-31',
    later: [
      ['inProgress', '2021-10-05', 'Ny boligsocial helhedsplan er godkendt af Landsbyggefonden.'],
      ['fulfilled', '2023-10-03', 'Indsatsen kører med fælles styregruppe til 2026.'],
    ],
  },
  {
    id: 'agr-grenaa-almene-2021-1',
    organisationId: ORG.grenaaAlmene,
    steeringYear: 2021,
    agreedOn: '2021-10-05',
    objectiveArea: 'economyAndOperations',
    text: 'Fælles indkøbsaftale for vedligehold med Djursland Boligadministration.',
    responsible: { kind: 'namedUnit', name: 'Djursland Boligadministration' },
    deadline: '2022-06-30',
    later: [
      [
        'dropped',
        '2022-10-04',
        'Erstattet af et landsdækkende indkøbsfællesskab, som foreningen har tilsluttet sig.',
      ],
    ],
  },
  {
    id: 'agr-grenaa-almene-2022-1',
    organisationId: ORG.grenaaAlmene,
    steeringYear: 2022,
    agreedOn: '2022-10-04',
    objectiveArea: 'letting',
    text: 'Fraflytningen fra Kollegiet Kattegat nedbringes.',
    target: 'Fraflytning under 30 % om året',
    departments: [dep(ORG.grenaaAlmene, '5')],
    deadline: '2023-12-31',
    later: [
      [
        'notFulfilled',
        '2024-10-01',
        'Fraflytningen var 41 % i 2023; uddannelsesstederne har flyttet optaget.',
      ],
    ],
  },
  {
    id: 'agr-grenaa-almene-2023-1',
    organisationId: ORG.grenaaAlmene,
    steeringYear: 2023,
    agreedOn: '2023-10-03',
    objectiveArea: 'managementAndResidentDemocracy',
    text: 'Digitale afdelingsmøder tilbydes som supplement til de fysiske møder.',
    deadline: '2024-06-30',
    later: [['fulfilled', '2024-10-01', 'Alle afdelingsmøder i 2024 kunne følges digitalt.']],
  },
  {
    id: 'agr-grenaa-almene-2024-1',
    organisationId: ORG.grenaaAlmene,
    steeringYear: 2024,
    agreedOn: '2024-10-01',
    objectiveArea: 'newBuildingAndRenovation',
    text: 'Energirenovering af Stadionparken.',
    departments: [dep(ORG.grenaaAlmene, '9')],
    deadline: '2026-03-31',
    later: [['inProgress', '2025-10-07', 'Udbuddet er afsluttet; byggestart marts 2026.']],
  },
  {
    id: 'agr-grenaa-almene-2025-1',
    organisationId: ORG.grenaaAlmene,
    steeringYear: 2025,
    agreedOn: '2025-10-07',
    objectiveArea: 'other',
    text: 'Fælles beredskab for hedebølger i ældreboligerne.',
    departments: [dep(ORG.grenaaAlmene, '4'), dep(ORG.grenaaAlmene, '7')],
    responsible: { kind: 'both' },
    deadline: null,
  },
  // Boligforeningen Kattegatkysten (shifted accounting year): meetings in late October.
  {
    id: 'agr-kattegatkysten-2021-1',
    organisationId: ORG.kattegatkysten,
    steeringYear: 2021,
    agreedOn: '2021-10-19',
    objectiveArea: 'economyAndOperations',
    text: 'Styringsrapporten forklarer det forskudte regnskabsår (1. april – 31. marts).',
    deadline: '2022-03-31',
    later: [['fulfilled', '2022-10-18', 'Forklaringen står i styringsrapporten for 2022.']],
  },
  {
    id: 'agr-kattegatkysten-2022-1',
    organisationId: ORG.kattegatkysten,
    steeringYear: 2022,
    agreedOn: '2022-10-18',
    objectiveArea: 'departments',
    text: 'Fugtskaderne i Bønnerup Strandhuse udbedres.',
    departments: [dep(ORG.kattegatkysten, '1')],
    deadline: '2023-12-31',
    later: [['inProgress', '2023-10-17', 'Skaderne er kortlagt; udbedringen afventer helhedsplanen.']],
  },
  {
    id: 'agr-kattegatkysten-2024-1',
    organisationId: ORG.kattegatkysten,
    steeringYear: 2024,
    agreedOn: '2024-10-22',
    objectiveArea: 'letting',
    text: 'Tomgangen i Fjellerup Klit nedbringes.',
    departments: [dep(ORG.kattegatkysten, '3')],
    deadline: '2025-06-30',
    later: [
      [
        'dropped',
        '2025-10-21',
        'Afdelingen indgår i helhedsplanen fra 2025; aftalen erstattes af den nye aftale.',
      ],
    ],
  },
  {
    id: 'agr-kattegatkysten-2025-1',
    organisationId: ORG.kattegatkysten,
    steeringYear: 2025,
    agreedOn: '2025-10-21',
    objectiveArea: 'newBuildingAndRenovation',
    text: 'Helhedsplan for Bønnerup Strandhuse og Fjellerup Klit.',
    departments: [dep(ORG.kattegatkysten, '1'), dep(ORG.kattegatkysten, '3')],
    deadline: '2028-12-31',
    councilApproval: { body: 'Kommunalbestyrelsen', date: '2025-12-16', caseNumber: '25/10412' },
  },
  // Boligselskabet Nordlyset: meetings in early November.
  {
    id: 'agr-nordlyset-2020-1',
    organisationId: ORG.nordlyset,
    steeringYear: 2020,
    agreedOn: '2020-11-03',
    objectiveArea: 'managementAndResidentDemocracy',
    text: 'Den nye administrationsaftale med Boligforeningen Kattegatkysten forelægges kommunen.',
    deadline: '2021-03-31',
    later: [['fulfilled', '2021-11-02', 'Aftalen blev forelagt i februar 2021.']],
  },
  {
    id: 'agr-nordlyset-2023-1',
    organisationId: ORG.nordlyset,
    steeringYear: 2023,
    agreedOn: '2023-11-07',
    objectiveArea: 'economyAndOperations',
    text: 'Huslejestigningerne i Havblik holdes nede.',
    target: 'Lejestigning på højst 2 % om året',
    departments: [dep(ORG.nordlyset, '7')],
    deadline: '2025-10-31',
    later: [
      ['inProgress', '2024-11-05', 'Lejen steg 1,8 % i 2024.'],
      ['notFulfilled', '2025-11-04', 'Lejen steg 3,5 % i 2025 efter en ekstraordinær tagudskiftning.'],
    ],
  },
  {
    id: 'agr-nordlyset-2025-1',
    organisationId: ORG.nordlyset,
    steeringYear: 2025,
    agreedOn: '2025-11-04',
    objectiveArea: 'departments',
    text: 'Tilgængeligheden i Stjernehusene forbedres (ramper og automatiske døre).',
    departments: [dep(ORG.nordlyset, '4')],
    deadline: '2026-12-31',
  },
  // Boligforeningen Lyngbakken (private administrator): meetings in mid November.
  {
    id: 'agr-lyngbakken-2022-1',
    organisationId: ORG.lyngbakken,
    steeringYear: 2022,
    agreedOn: '2022-11-15',
    objectiveArea: 'letting',
    text: 'Samarbejde om anvisning af ungdomsboliger i Lyngens Kollegium.',
    departments: [dep(ORG.lyngbakken, '5')],
    responsible: { kind: 'both' },
    deadline: '2023-08-31',
    later: [['fulfilled', '2023-11-14', 'Samarbejdsaftale med uddannelsesstederne indgået.']],
  },
  {
    id: 'agr-lyngbakken-2024-1',
    organisationId: ORG.lyngbakken,
    steeringYear: 2024,
    agreedOn: '2024-11-19',
    objectiveArea: 'economyAndOperations',
    text: 'Administrator dokumenterer sine administrationsudgifter i forhold til sammenlignelige organisationer.',
    responsible: { kind: 'namedUnit', name: 'Ejendomskontoret Kattegat ApS' },
    deadline: '2025-06-30',
  },
  // Djursland Boligadministration (administration organisation): meetings in early December.
  {
    id: 'agr-djursland-administration-2022-1',
    organisationId: ORG.administration,
    steeringYear: 2022,
    agreedOn: '2022-12-06',
    objectiveArea: 'other',
    text: 'Årlig orientering om administrationsaftalerne med de administrerede boligorganisationer.',
    deadline: null,
    later: [['inProgress', '2023-12-05', 'Første orientering givet på mødet.']],
  },
  {
    id: 'agr-djursland-administration-2024-1',
    organisationId: ORG.administration,
    steeringYear: 2024,
    agreedOn: '2024-12-03',
    objectiveArea: 'managementAndResidentDemocracy',
    text: 'Fælles kursus for nye bestyrelsesmedlemmer i de administrerede organisationer.',
    responsible: { kind: 'both' },
    deadline: '2025-05-31',
    later: [['fulfilled', '2025-06-10', 'Kurset blev holdt 22. maj 2025 med 31 deltagere.']],
  },
];

function entry([status, date, note, evidenceUrl]: Step): StatusChange {
  return {
    status,
    date,
    note,
    evidenceUrl: evidenceUrl ?? null,
    meetingId: null,
    proposedByName: null,
    ...OFFICER,
  };
}

export function demoAgreements(): Agreement[] {
  return SPECS.map((s) => {
    const history = [entry(['agreed', s.agreedOn, null]), ...(s.later ?? []).map(entry)];
    return {
      id: s.id,
      organisationId: s.organisationId,
      meetingId: null,
      steeringYear: s.steeringYear,
      agreedOn: s.agreedOn,
      objectiveArea: s.objectiveArea,
      departmentIds: [...(s.departments ?? [])],
      text: s.text,
      target: s.target ?? null,
      responsible: s.responsible ?? { kind: 'organisation' },
      deadline: s.deadline,
      councilApproval: s.councilApproval ? { ...s.councilApproval } : null,
      status: history.at(-1)?.status ?? 'agreed',
      history,
    };
  });
}

/** One pending progress report from the demo organisation user's organisation. */
export function demoProgressProposals(): ProgressProposal[] {
  return [
    {
      id: 'proposal-demo-1',
      agreementId: 'agr-djurslandsbo-2024-1',
      status: 'fulfilled',
      note: 'Alle afdelinger har nu et effektivitetstal på mindst 70 % (regnskab 2025).',
      evidenceUrl: null,
      proposedOn: '2026-03-02',
      proposedBy: 'user:user-demo-bestyrelse',
      proposedByName: 'Demo Bestyrelsesmedlem',
      state: 'pending',
      decidedOn: null,
      decidedBy: null,
      decidedByName: null,
      decisionNote: null,
    },
  ];
}
