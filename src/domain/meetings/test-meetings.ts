/**
 * Test support for the meeting tests: builders for meetings, participants and complete minutes.
 * Not used by production code.
 */
import { newMeeting } from './new-meeting.ts';
import type { Meeting, MinutesContent, Participant } from './types.ts';

export const TODAY = '2027-10-01';
export const NOW = '2027-10-01T10:00:00.000Z';

export function aParticipant(overrides: Partial<Participant> & { name: string }): Participant {
  return {
    personId: null,
    email: null,
    party: 'administration',
    role: '',
    attendance: 'invited',
    ...overrides,
  };
}

export const ANNA = aParticipant({
  personId: 'p-anna',
  name: 'Anna Jensen',
  email: 'anna@norddjurs.dk',
  party: 'administration',
  role: 'Boligkonsulent',
});
export const BO = aParticipant({
  personId: 'p-bo',
  name: 'Bo Hansen',
  email: 'bo@djursland-bolig.dk',
  party: 'organisation',
  role: 'Direktør',
});

/** A planned dialogue meeting with Boligselskabet Djursland, dated, timed, with an agenda. */
export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    ...newMeeting({
      id: 'm-1',
      municipality: '707',
      obligationIds: ['dialogueMeeting:707:org-a:2027:legalFloor#1'],
      kind: 'dialogueMeeting',
      organisationId: 'org-a',
      title: 'Styringsdialogmøde med Boligselskabet Djursland',
      date: '2027-10-12',
      startTime: '10:00',
      endTime: '12:00',
      location: 'Rådhuset, Grenaa',
      participants: [ANNA, BO],
      agenda: [
        {
          id: 'followUp',
          title: 'Opfølgning på sidste års aftaler',
          description: '',
          kind: 'followUp',
          assignedTo: null,
        },
        {
          id: 'anyOtherBusiness',
          title: 'Eventuelt',
          description: '',
          kind: 'anyOtherBusiness',
          assignedTo: null,
        },
      ],
    }),
    ...overrides,
  };
}

/** Minutes with every part the law and practice ask for. */
export function completeMinutes(overrides: Partial<MinutesContent> = {}): MinutesContent {
  return {
    participantsPresent: [
      { name: 'Anna Jensen', party: 'administration', role: 'Boligkonsulent' },
      { name: 'Bo Hansen', party: 'organisation', role: 'Direktør' },
    ],
    apologies: [],
    minuteTaker: 'Anna Jensen',
    items: [
      {
        agendaItemId: 'followUp',
        summary: 'Aftalerne fra 2026 er fulgt op.',
        outcome: 'Taget til efterretning.',
      },
    ],
    organisationAssessment:
      'Organisationen vurderer, at driften er stabil, men tomgangen i afd. 3 er en udfordring.',
    municipalityAssessment: 'Kommunen vurderer, at organisationen drives forsvarligt.',
    agreements: [
      {
        id: 'a-1',
        text: 'Tomgangen i afdeling 3 nedbringes',
        objectiveArea: 'letting',
        deadline: '2028-06-30',
        responsible: 'Boligorganisationen',
      },
    ],
    noAgreements: false,
    ...overrides,
  };
}
