/**
 * Builders for governance-model tests (not shipped data): a minimal valid model and rules that
 * tests change one field at a time.
 */
import type { GovernanceModel, MeetingRule } from './types.ts';

export function aRule(overrides: Partial<MeetingRule> = {}): MeetingRule {
  return {
    id: 'dialogueMeeting',
    kind: 'dialogueMeeting',
    label: 'Årligt styringsdialogmøde',
    cadence: { unit: 'perSteeringYear', count: 1 },
    scope: 'eachOrganisation',
    requiredParties: ['administration', 'organisation'],
    optionalParticipants: [],
    statutory: true,
    basis: 'almenboligloven § 164, stk. 2',
    publishMinutes: { required: true, withinDays: 30 },
    window: { fromMonth: 9, toMonth: 12 },
    basedOnDocumentationPackage: true,
    ...overrides,
  };
}

export function aModel(overrides: Partial<GovernanceModel> = {}): GovernanceModel {
  return {
    id: 'test-model',
    municipality: '707',
    name: 'Testmodel',
    version: 1,
    validFrom: '2020-01-01',
    validTo: null,
    legalBasis: {
      body: 'Kommunalbestyrelsen',
      decisionDate: '2019-12-10',
      caseNumber: '19/1234',
      politicalCaseId: null,
      text: 'Testbeslutning',
      route: [],
    },
    meetingRules: [aRule()],
    ...overrides,
  };
}
