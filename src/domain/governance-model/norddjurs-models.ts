/**
 * Norddjurs Kommune's two governance models as data (domain.md §5, seed: sag 22/8287).
 * Version 1: the model decided by the council on 13 December 2011. Version 2: the model decided
 * on 15 November 2022 (sag 22/8287), whose effective date the case does not state — hence
 * `effectiveDate` (default 1 January 2023); version 1 ends the day before.
 */
import { addDays, type IsoDate, isIsoDate } from '../shared/iso-date.ts';
import { LEGAL_FLOOR_BASIS } from './legal-floor.ts';
import type { GovernanceModel, MeetingRule } from './types.ts';

export const NORDDJURS_MUNICIPALITY = '707';
export const NORDDJURS_MODEL_ID = 'norddjurs-styringsdialog';
export const NORDDJURS_2022_DEFAULT_EFFECTIVE_DATE = '2023-01-01';
const MODEL_2011_VALID_FROM = '2012-01-01';

// domain.md §2 [practice]: meetings are held from September to December.
const SEPTEMBER_TO_DECEMBER = { fromMonth: 9, toMonth: 12 };

/** Shared by both versions under the same id, so obligation ids stay stable across them. */
function statutoryDialogueMeeting(basis: string, optional: MeetingRule['optionalParticipants']): MeetingRule {
  return {
    id: 'dialogueMeeting',
    kind: 'dialogueMeeting',
    label: 'Årligt styringsdialogmøde',
    cadence: { unit: 'perSteeringYear', count: 1 },
    scope: 'eachOrganisation',
    // Sag 22/8287: "De årlige styringsdialogmøder afholdes mellem den enkelte boligforening og forvaltningen."
    requiredParties: ['organisation', 'administration'],
    optionalParticipants: optional,
    statutory: true,
    basis,
    // almenboligloven § 164, stk. 2. No publication deadline is set by either decision [open].
    publishMinutes: { required: true, withinDays: null },
    window: SEPTEMBER_TO_DECEMBER,
    // almenboligloven § 164, stk. 3.
    basedOnDocumentationPackage: true,
  };
}

function model2011(validTo: IsoDate): GovernanceModel {
  const decision = 'Norddjurs KB 13-12-2011';
  return {
    id: NORDDJURS_MODEL_ID,
    municipality: NORDDJURS_MUNICIPALITY,
    name: 'Styringsdialogen i Norddjurs Kommune',
    version: 1,
    validFrom: MODEL_2011_VALID_FROM,
    validTo,
    legalBasis: {
      body: 'Kommunalbestyrelsen',
      decisionDate: '2011-12-13',
      caseNumber: null,
      politicalCaseId: null,
      // As summarised in sag 22/8287 ("Baggrund"); the 2011 case itself is not in the seed.
      text:
        'Model for gennemførelse af styringsdialog med de almene boligorganisationer: årlige lovpligtige ' +
        'styringsdialogmøder med de enkelte boligorganisationer, et årligt møde i en administrativ ' +
        'koordinationsgruppe og et årligt møde i dialogforum med politisk deltagelse.',
      route: [],
    },
    meetingRules: [
      statutoryDialogueMeeting(`${LEGAL_FLOOR_BASIS}; ${decision}`, []),
      {
        id: 'coordinationGroupMeeting',
        kind: 'coordinationGroupMeeting',
        label: 'Møde i den administrative koordinationsgruppe',
        cadence: { unit: 'perSteeringYear', count: 1 },
        scope: 'allOrganisations',
        // Sag 22/8287, Baggrund: "bestående af boligorganisationerne og de dele af forvaltningen,
        // som er relevante i forhold til de aktuelle behov".
        requiredParties: ['organisation', 'relevantUnits'],
        optionalParticipants: [],
        statutory: false,
        basis: decision,
        publishMinutes: { required: false, withinDays: null },
        window: null,
        basedOnDocumentationPackage: false,
      },
      {
        id: 'dialogueForum',
        kind: 'dialogueForum',
        label: 'Dialogforum med politisk deltagelse',
        cadence: { unit: 'perSteeringYear', count: 1 },
        scope: 'allOrganisations',
        // Sag 22/8287, Baggrund: "et årligt møde med boligorganisationerne i dialogforum med politisk deltagelse".
        requiredParties: ['organisation', 'administration', 'councilMembers'],
        optionalParticipants: [],
        statutory: false,
        basis: decision,
        publishMinutes: { required: false, withinDays: null },
        window: null,
        basedOnDocumentationPackage: false,
      },
    ],
  };
}

function model2022(effectiveDate: IsoDate): GovernanceModel {
  const decision = 'Norddjurs KB 15-11-2022, sag 22/8287';
  return {
    id: NORDDJURS_MODEL_ID,
    municipality: NORDDJURS_MUNICIPALITY,
    name: 'Styringsdialogen i Norddjurs Kommune',
    version: 2,
    validFrom: effectiveDate,
    validTo: null,
    legalBasis: {
      body: 'Kommunalbestyrelsen',
      decisionDate: '2022-11-15',
      caseNumber: '22/8287',
      politicalCaseId: null,
      text:
        'Modellen for styringsdialogen i Norddjurs Kommune fastlægges fremover således, at 1) den politiske ' +
        'deltagelse med den almene boligsektor vil bestå af et temamøde for kommunalbestyrelsesmedlemmerne en ' +
        'gang indenfor valgperioden, 2) de lovpligtige årlige styringsdialogmøder kan suppleres med deltagelse ' +
        'af relevante embedsmænd efter parternes behov.',
      route: [
        { body: 'MTU', date: '2022-10-10', outcome: 'Ad. 1. Tiltrådt. Ad. 2. Tiltrådt.' },
        { body: 'ØK', date: '2022-11-08', outcome: 'Ad. 1-2 Tiltrådt.' },
        { body: 'KB', date: '2022-11-15', outcome: 'Godkendt.' },
      ],
    },
    meetingRules: [
      // Norddjurs KB 15-11-2022, sag 22/8287, indstillingens pkt. 2.
      statutoryDialogueMeeting(`${LEGAL_FLOOR_BASIS}; ${decision}, pkt. 2`, [
        { who: 'Relevante embedsmænd efter parternes behov', mayRequest: ['administration', 'organisation'] },
      ]),
      {
        // Norddjurs KB 15-11-2022, sag 22/8287, indstillingens pkt. 1.
        id: 'themeMeeting',
        kind: 'themeMeeting',
        label: 'Temamøde for kommunalbestyrelsesmedlemmerne',
        cadence: { unit: 'perElectionPeriod', count: 1 },
        scope: 'allOrganisations',
        // "den politiske deltagelse med den almene boligsektor": the council members meet the sector.
        requiredParties: ['councilMembers', 'organisation'],
        optionalParticipants: [],
        statutory: false,
        basis: `${decision}, pkt. 1`,
        publishMinutes: { required: false, withinDays: null },
        window: null,
        basedOnDocumentationPackage: false,
      },
    ],
  };
}

export interface NorddjursModelOptions {
  /** When the 2022 model takes effect; not stated in the case (domain.md §5). Default 2023-01-01. */
  effectiveDate?: IsoDate;
}

/**
 * Both Norddjurs model versions, oldest first.
 * @throws RangeError when `effectiveDate` is not a date after the 2011 model took effect.
 */
export function norddjursModels(options: NorddjursModelOptions = {}): GovernanceModel[] {
  const effectiveDate = options.effectiveDate ?? NORDDJURS_2022_DEFAULT_EFFECTIVE_DATE;
  if (!isIsoDate(effectiveDate) || effectiveDate <= MODEL_2011_VALID_FROM) {
    throw new RangeError(`Ugyldig ikrafttrædelsesdato for 2022-modellen: ${effectiveDate}`);
  }
  return [model2011(addDays(effectiveDate, -1)), model2022(effectiveDate)];
}
