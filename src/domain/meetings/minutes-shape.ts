/**
 * Which minutes a meeting has, by its kind: what they hold, who writes what and who approves them
 * (issue 13, point 6). The lifecycle, the use cases and the read model ask this one function, so
 * the pages never decide it.
 *
 * Rules:
 * 1. A dialogue meeting (the statutory yearly meeting with one organisation) has minutes with
 *    both parties' assessment, the agreements (or an explicit "Ingen aftaler"), the organisation
 *    writes its own assessment, and both parties approve (almenboligloven § 164, stk. 2).
 * 2. A theme meeting has minutes with the municipality's summary (Referat/sammenfatning) instead
 *    of two assessments, no agreements, and the municipality alone approves and publishes:
 *    Norddjurs KB 15-11-2022, sag 22/8287, pkt. 1 makes it "et temamøde for
 *    kommunalbestyrelsesmedlemmerne en gang indenfor valgperioden" — the council members meet
 *    the whole sector to learn how the organisations work, not the statutory dialogue with one
 *    organisation, so no single organisation is a party who could approve or agree.
 * 3. Any other meeting without one organisation (a dialogue forum, a coordination group — joint
 *    meetings of the 2011 model, Norddjurs KB 13-12-2011) has the same summary minutes, for the
 *    same reason: there is no single counterpart to write an assessment or approve.
 * 4. Any other meeting with one organisation (a municipality-named kind) keeps the two-party
 *    minutes; the assessments are not required there, as it is not the statutory meeting.
 *
 * Not here: access (app/), the texts' validation (minutes.ts).
 */
import type { DialogueParty, Meeting } from './types.ts';

/** `assessments`: both parties' assessments; `summary`: the municipality's summary. */
export type MinutesForm = 'assessments' | 'summary';

export interface MinutesShape {
  form: MinutesForm;
  /** The parties whose approvals lock the minutes (then the account may be published). */
  approvingParties: readonly DialogueParty[];
  /** Both assessments and the agreements must be there before approval (rule 1). */
  assessmentsRequired: boolean;
  /** The organisation writes its own assessment (rule 1). */
  organisationWrites: boolean;
  /** Agreements may be recorded (they go to the register for one organisation). */
  agreementsAllowed: boolean;
}

const BOTH: readonly DialogueParty[] = ['organisation', 'administration'];
const MUNICIPALITY_ALONE: readonly DialogueParty[] = ['administration'];

const SUMMARY: MinutesShape = {
  form: 'summary',
  approvingParties: MUNICIPALITY_ALONE,
  assessmentsRequired: false,
  organisationWrites: false,
  agreementsAllowed: false,
};

export function minutesShape(meeting: Pick<Meeting, 'kind' | 'organisationId'>): MinutesShape {
  // Rule 2 (Norddjurs KB 15-11-2022, sag 22/8287, pkt. 1) and rule 3.
  if (meeting.kind === 'themeMeeting' || meeting.organisationId === null) return SUMMARY;
  const dialogue = meeting.kind === 'dialogueMeeting';
  return {
    form: 'assessments',
    // Rule 1: almenboligloven § 164, stk. 2 — minutes approved by both parties.
    approvingParties: BOTH,
    assessmentsRequired: dialogue,
    organisationWrites: dialogue,
    agreementsAllowed: true,
  };
}

/** "begge parter" or "kommunen": who must approve, for messages. */
export function approversPhrase(shape: MinutesShape): string {
  return shape.approvingParties.length > 1 ? 'begge parter' : 'kommunen';
}
