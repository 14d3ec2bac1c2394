/**
 * The legal floor: what almenboligloven § 164, stk. 2–3 requires whatever the municipality's
 * own model says (domain.md §1). Used by validateModel (a model version must not go below it)
 * and by the obligation engine (which falls back to it when no valid model is in force, so the
 * statutory meeting can never disappear from the plan).
 */
import type { MeetingRule } from './types.ts';

export const LEGAL_FLOOR_BASIS = 'almenboligloven § 164, stk. 2-3';

/**
 * Lov nr. 490 af 12. juni 2009 took effect 1 January 2010 (domain.md §1); the engine applies the
 * floor from this steering year on. [open] whether the first statutory meetings were in 2010 or 2011.
 */
export const LEGAL_FLOOR_FIRST_STEERING_YEAR = 2010;

/** Rule ids starting with this are reserved for rules the product supplies itself. */
export const RESERVED_RULE_ID_PREFIX = 'legalFloor';

/**
 * The rule the engine uses when no model in force carries the floor. Its id is reserved, so a
 * municipality's own rule can never collide with it in obligation ids.
 */
export const LEGAL_FLOOR_DIALOGUE_MEETING_RULE: MeetingRule = {
  id: 'legalFloor',
  kind: 'dialogueMeeting',
  label: 'Årligt styringsdialogmøde (lovkrav)',
  cadence: { unit: 'perSteeringYear', count: 1 },
  scope: 'eachOrganisation',
  // almenboligloven § 164, stk. 2: the council and the organisation hold the dialogue.
  requiredParties: ['administration', 'organisation'],
  optionalParticipants: [],
  statutory: true,
  basis: LEGAL_FLOOR_BASIS,
  // almenboligloven § 164, stk. 2: the council publishes an account of the dialogue.
  publishMinutes: { required: true, withinDays: null },
  window: null,
  // almenboligloven § 164, stk. 3: the organisation's yearly report is the basis of the meeting.
  basedOnDocumentationPackage: true,
};

/**
 * True for a rule that IS the statutory yearly dialogue meeting with each organisation
 * (almenboligloven § 164, stk. 2: "a dialogue meeting every year with each organisation").
 * The engine treats such a rule as carrying the floor even when details are below it (e.g.
 * minutes not marked for publication); validateModel reports those details as errors.
 */
export function isStatutoryDialogueMeetingRule(rule: MeetingRule): boolean {
  return (
    rule.kind === 'dialogueMeeting' &&
    rule.statutory &&
    rule.cadence.unit === 'perSteeringYear' &&
    rule.cadence.count >= 1 &&
    rule.scope === 'eachOrganisation'
  );
}

export type FloorDeficiency = 'minutesNotPublished' | 'missingParty' | 'missingDocumentationPackageBasis';

/** What a statutory dialogue meeting rule lacks to meet the floor in full. */
export function floorDeficiencies(rule: MeetingRule): FloorDeficiency[] {
  const out: FloorDeficiency[] = [];
  // almenboligloven § 164, stk. 2: the account of the dialogue is published on the website.
  if (!rule.publishMinutes.required) out.push('minutesNotPublished');
  // almenboligloven § 164, stk. 2: the dialogue is between the council and the organisation.
  if (!rule.requiredParties.includes('administration') || !rule.requiredParties.includes('organisation')) {
    out.push('missingParty');
  }
  // almenboligloven § 164, stk. 3: the organisation's report is the basis of the meeting.
  if (!rule.basedOnDocumentationPackage) out.push('missingDocumentationPackageBasis');
  return out;
}
