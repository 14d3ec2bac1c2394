/**
 * The demo's meeting history: yearly dialogue meetings of 2023–2026 that are run through the real
 * meeting cycle when the demo is loaded — planned, invited, held, minutes with both parties'
 * assessments, approved by both, published — and whose agreements are followed up at the next
 * meeting. Pure data; `app/meetings/load-demo-meeting-history.ts` plays it through the use cases.
 *
 * It covers the organisation-years that have no hand-written demo agreements
 * (domain/agreements/demo-agreements.ts), so the register holds each agreement once: Boligforeningen
 * Lyngbakken 2023, 2025 and 2026, Boligforeningen Kattegatkysten 2023 and 2026, and Boligselskabet
 * Djurslandsbo 2026, whose minutes wait for the organisation's approval (the demo board user's task).
 *
 * Each party writes its own assessment (the case officer the municipality's, the board the
 * organisation's); Lyngbakken 2025 shows a change the board asked for, and Lyngbakken's 2023
 * account was corrected after publication (version 2 with the reason, version 1 kept).
 *
 * Beside them, the council's theme meeting of the 2022–2025 election period (Norddjurs KB
 * 15-11-2022, sag 22/8287, pkt. 1), held in September 2024 with every organisation's
 * representatives: the municipality's summary, approved by the municipality and published
 * (`DEMO_THEME_MEETING`).
 *
 * The texts are invented but typical of the topics in domain.md §3 (economy, vacancies,
 * maintenance, resident democracy, allocation). Dates are ordinary working days.
 */
import type { AgreementStatus, ObjectiveArea } from '../agreements/types.ts';
import { DEMO_ORGANISATION_IDS } from '../registry/demo-organisations.ts';
import type { IsoDate } from '../shared/iso-date.ts';

export interface DemoHistoryAgreement {
  text: string;
  objectiveArea: ObjectiveArea;
  deadline: IsoDate;
  responsible: string;
  /** How it stood when it was followed up at the next year's meeting (none: not followed up yet). */
  followUp?: { status: AgreementStatus; note: string };
}

export interface DemoHistoryMeeting {
  organisationId: string;
  /** The steering year whose statutory dialogue meeting it is. */
  year: number;
  date: IsoDate;
  location: string;
  minuteTaker: string;
  organisationAssessment: string;
  municipalityAssessment: string;
  agreements: DemoHistoryAgreement[];
  /**
   * The organisation asked for a change of the draft (with its reason) and the case officer
   * revised the municipality's assessment accordingly before both approved.
   */
  changeRequest?: { reason: string; revisedMunicipalityAssessment: string };
  /**
   * The published account was corrected afterwards: the minutes reopened with the reason, the
   * municipality's assessment corrected, approved again by both and published as version 2.
   */
  correction?: { afterDays: number; reason: string; municipalityAssessment: string };
  /** false: the minutes wait for the organisation's approval (the demo's open task). */
  completed: boolean;
}

const ORG = DEMO_ORGANISATION_IDS;

/** The organisations whose dialogue meetings the history covers, and in which steering years. */
const COVERED: Readonly<Record<string, readonly number[]>> = {
  [ORG.lyngbakken]: [2023, 2025, 2026],
  [ORG.kattegatkysten]: [2023, 2026],
  [ORG.djurslandsbo]: [2026],
};

const TOWN_HALL = 'Norddjurs Kommune, Rådhuset, Torvet 3, Grenaa';
const OFFICER = 'Kasper Mølgaard';

export const DEMO_MEETING_HISTORY: readonly DemoHistoryMeeting[] = [
  {
    organisationId: ORG.lyngbakken,
    year: 2023,
    date: '2023-11-14',
    location: TOWN_HALL,
    minuteTaker: OFFICER,
    organisationAssessment:
      'Organisationsbestyrelsen finder, at økonomien i alle afdelinger er sund, og at huslejen fortsat er konkurrencedygtig.\n\nTomgangen i Lyngens Kollegium er steget, fordi færre studerende flytter til Grenaa. Bestyrelsen ønsker kommunens hjælp til at gøre kollegiet kendt blandt elever på erhvervsskolerne.',
    municipalityAssessment:
      'Kommunen deler vurderingen af økonomien og noterer, at effektivitetstallet er tæt på landsgennemsnittet.\n\nKommunen vil gerne bidrage til udlejningen og foreslår en fælles indsats over for uddannelsesstederne og kommunens nye medarbejdere.',
    agreements: [
      {
        text: 'Fælles udlejningskampagne for Lyngens Kollegium rettet mod elever på erhvervsskolerne og nye medarbejdere.',
        objectiveArea: 'letting',
        deadline: '2024-06-30',
        responsible: 'Boligforeningen Lyngbakken og Erhverv og Bosætning',
        followUp: { status: 'fulfilled', note: 'Kampagnen kørte i foråret 2024; tomgangen er halveret.' },
      },
      {
        text: 'Henlæggelserne i Lyngbakken og Enghaven hæves, så de dækker vedligeholdelsesplanen for de næste 10 år.',
        objectiveArea: 'economyAndOperations',
        deadline: '2027-12-31',
        responsible: 'Boligforeningen Lyngbakken',
        followUp: { status: 'inProgress', note: 'Budgettet for 2026 hæver henlæggelserne med 12 %.' },
      },
    ],
    correction: {
      afterDays: 43,
      reason: 'Effektivitetstallet var gengivet forkert; det ligger under landsgennemsnittet.',
      municipalityAssessment:
        'Kommunen deler vurderingen af økonomien og noterer, at effektivitetstallet ligger lidt under landsgennemsnittet.\n\nKommunen vil gerne bidrage til udlejningen og foreslår en fælles indsats over for uddannelsesstederne og kommunens nye medarbejdere.',
    },
    completed: true,
  },
  {
    organisationId: ORG.lyngbakken,
    year: 2025,
    date: '2025-11-11',
    location: TOWN_HALL,
    minuteTaker: OFFICER,
    organisationAssessment:
      'Organisationen er i god drift. Udlejningskampagnen virkede, og der er nu afdelingsbestyrelser i alle afdelinger.\n\nBestyrelsen ønsker at undersøge nybyggeri af små familieboliger i Ørsted.',
    municipalityAssessment:
      'Kommunen ser positivt på ønsket om nybyggeri og vil afklare grundkapital og lokalplan i 2026.',
    changeRequest: {
      reason: 'Kommunens vurdering bør også nævne planen for henlæggelserne, som vi aftalte i 2023.',
      revisedMunicipalityAssessment:
        'Kommunen ser positivt på ønsket om nybyggeri og vil afklare grundkapital og lokalplan i 2026. Planen for henlæggelserne følges som aftalt.',
    },
    agreements: [
      {
        text: 'Kommunen og Lyngbakken afklarer mulighederne for 16 små familieboliger i Ørsted, herunder grundkapital og lokalplan.',
        objectiveArea: 'newBuildingAndRenovation',
        deadline: '2026-09-30',
        responsible: 'Plan og Byg',
        followUp: { status: 'inProgress', note: 'Lokalplanforslaget er sendt i høring.' },
      },
    ],
    completed: true,
  },
  {
    organisationId: ORG.lyngbakken,
    year: 2026,
    date: '2026-10-13',
    location: TOWN_HALL,
    minuteTaker: OFFICER,
    organisationAssessment:
      'Bestyrelsen er glad for det gode samarbejde om nybyggeriet. Tomgangen er lav i alle afdelinger, og økonomien er stabil.',
    municipalityAssessment:
      'Kommunen vurderer, at organisationen er velfungerende, og at de aftalte indsatser følges. Kommunen forventer at kunne behandle skema A for nybyggeriet i foråret 2027.',
    agreements: [
      {
        text: 'Skema A for familieboligerne i Ørsted forelægges kommunalbestyrelsen.',
        objectiveArea: 'newBuildingAndRenovation',
        deadline: '2027-04-30',
        responsible: 'Begge parter',
      },
    ],
    completed: true,
  },
  {
    organisationId: ORG.kattegatkysten,
    year: 2023,
    date: '2023-10-17',
    location: TOWN_HALL,
    minuteTaker: OFFICER,
    organisationAssessment:
      'Boligforeningen Kattegatkysten har en sund økonomi. Vivild Ældreboliger er svære at udleje, fordi de ikke er tilgængelige for kørestolsbrugere.',
    municipalityAssessment:
      'Kommunen er enig i, at Vivild Ældreboliger bør gøres tilgængelige, og vil anvise flere ældre til afdelingen, når den er ombygget (almenboligloven § 59).',
    agreements: [
      {
        text: 'Boligforeningen undersøger en tilgængelighedsrenovering af Vivild Ældreboliger og søger Landsbyggefonden.',
        objectiveArea: 'newBuildingAndRenovation',
        deadline: '2024-10-31',
        responsible: 'Boligforeningen Kattegatkysten',
        followUp: { status: 'fulfilled', note: 'Ansøgningen er sendt til Landsbyggefonden i juni 2024.' },
      },
      {
        text: 'Ny husorden for Allingåbro Centerbo udarbejdes med beboerne, med støtte fra kommunens boligsociale medarbejder.',
        objectiveArea: 'departments',
        deadline: '2024-08-31',
        responsible: 'Begge parter',
        followUp: {
          status: 'notFulfilled',
          note: 'Afdelingsmødet forkastede forslaget; arbejdet fortsætter i et nyt udvalg.',
        },
      },
    ],
    completed: true,
  },
  {
    organisationId: ORG.kattegatkysten,
    year: 2026,
    date: '2026-10-20',
    location: TOWN_HALL,
    minuteTaker: OFFICER,
    organisationAssessment:
      'Renoveringen af Vivild Ældreboliger følger tidsplanen. Bestyrelsen ønsker en drøftelse af kommunens anvisningsret til familieboliger i Allingåbro.',
    municipalityAssessment:
      'Kommunen vurderer, at organisationen driver afdelingerne godt. Kommunen ønsker at bruge anvisningsretten til familieboliger mere målrettet og foreslår en aftale om det i 2027.',
    agreements: [
      {
        text: 'Parterne laver en aftale om kommunens anvisning til familieboliger i Allingåbro.',
        objectiveArea: 'letting',
        deadline: '2027-06-30',
        responsible: 'Begge parter',
      },
    ],
    completed: true,
  },
  {
    organisationId: ORG.djurslandsbo,
    year: 2026,
    date: '2026-11-10',
    location: TOWN_HALL,
    minuteTaker: OFFICER,
    organisationAssessment:
      'Bestyrelsen finder, at organisationen er i god drift. Effektiviseringen af driften i Vestervang og Åbyen er godt i gang.\n\nBestyrelsen er bekymret for huslejen i Kystparken efter renoveringen.',
    municipalityAssessment:
      'Kommunen deler vurderingen af driften. Kommunen vil følge huslejen i Kystparken og tager den op på næste års møde.',
    agreements: [
      {
        text: 'Huslejen i Kystparken efter renoveringen belyses, og mulighederne for at dæmpe den undersøges.',
        objectiveArea: 'economyAndOperations',
        deadline: '2027-09-30',
        responsible: 'Boligselskabet Djurslandsbo',
      },
    ],
    completed: false,
  },
];

/** The theme meeting of one election period, played through the cycle like the dialogue meetings. */
export interface DemoThemeMeeting {
  /** The election period whose theme-meeting obligation it meets, e.g. "2022-2025". */
  electionPeriod: string;
  date: IsoDate;
  location: string;
  minuteTaker: string;
  /** What was said under some agenda items (by item id); the others are "Punktet blev drøftet." */
  items: Readonly<Record<string, { summary: string; outcome: string }>>;
  /** The municipality's summary (Referat/sammenfatning), published as the account. */
  summary: string;
}

export const DEMO_THEME_MEETING: DemoThemeMeeting = {
  electionPeriod: '2022-2025',
  date: '2024-09-24',
  location: TOWN_HALL,
  minuteTaker: OFFICER,
  items: {
    presentation: {
      summary:
        'Forvaltningen gav et oplæg om den almene boligsektor i kommunen, om styringsdialogen og om kommunens anvisningsret (almenboligloven § 59).',
      outcome: '',
    },
    discussion: {
      summary:
        'Kommunalbestyrelsens medlemmer spurgte især til tomgang i de mindre byer, huslejen efter renoveringer og boliger til unge under uddannelse.',
      outcome: '',
    },
    conclusions: {
      summary:
        'Tre emner tages op på de årlige styringsdialogmøder: udlejningen af ungdoms- og ældreboliger, huslejen efter renoveringer og kommunens brug af anvisningsretten.',
      outcome: 'Forvaltningen tager emnerne med til styringsdialogmøderne i 2025.',
    },
  },
  summary:
    'Temamødet samlede kommunalbestyrelsen og repræsentanter for alle boligorganisationer i kommunen. Boligorganisationerne fortalte kort om deres afdelinger, driften og de udfordringer, de ser: tomgang i de mindre byer, huslejen efter renoveringer og behovet for boliger til unge og ældre.\n\nKommunalbestyrelsen fik et billede af, hvordan boligorganisationerne arbejder, og hvordan kommunen kan bruge den almene boligsektor, fx gennem anvisningsretten. Udlejningen, huslejen efter renoveringer og anvisningen tages op på de årlige styringsdialogmøder med den enkelte boligorganisation.',
};

/** The history's meetings are planned for these obligations (plain: a meeting, not a package). */
export function coveredByDemoHistory(o: {
  kind: string;
  organisation: { id: string } | null;
  periodKind: string;
  periodLabel: string;
}): boolean {
  // The theme meeting of DEMO_THEME_MEETING's election period (Norddjurs KB 15-11-2022, sag 22/8287).
  if (o.kind === 'themeMeeting') {
    return o.periodKind === 'electionPeriod' && o.periodLabel === DEMO_THEME_MEETING.electionPeriod;
  }
  const year = Number(o.periodLabel.slice(0, 4));
  return (
    o.kind !== 'documentationPackage' &&
    o.periodKind === 'steeringYear' &&
    o.organisation !== null &&
    (COVERED[o.organisation.id] ?? []).includes(year)
  );
}
