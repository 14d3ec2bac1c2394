/**
 * What a new municipality still lacks before its first steering year can run (issue 17 #2),
 * computed from its data every time — never stored as flags that could drift from the data.
 * The order is the order of the guided onboarding pages.
 */

export interface OnboardingFacts {
  organisations: number;
  /** The newest model version, if any. */
  model: {
    templateId: string | null;
    /** The council decision adopting it: a case number or an imported political case. */
    decisionNamed: boolean;
  } | null;
  /** Users with a role in the municipality (the admin counts). */
  users: number;
  accessibilityStatementUrl: string | null;
  privacyNoticeUrl: string | null;
  meetings: number;
}

export type OnboardingStep = 'registry' | 'model' | 'decision' | 'users' | 'notices' | 'meetings';

export interface ChecklistItem {
  step: OnboardingStep;
  /** Danish. */
  label: string;
  done: boolean;
  /** Danish: what is missing, when not done. */
  missing: string | null;
}

export function onboardingChecklist(f: OnboardingFacts): ChecklistItem[] {
  const item = (step: OnboardingStep, label: string, done: boolean, missing: string): ChecklistItem => ({
    step,
    label,
    done,
    missing: done ? null : missing,
  });
  return [
    // almenboligloven § 164, stk. 1: the council supervises the organisations seated in it.
    item(
      'registry',
      'Boligorganisationer og afdelinger',
      f.organisations > 0,
      'Indlæs registeret (CSV-fil).',
    ),
    item(
      'model',
      'Styringsmodel',
      f.model !== null,
      'Vælg en styringsmodel ud fra en skabelon. Indtil da gælder lovkravet alene.',
    ),
    item(
      'decision',
      'Kommunalbestyrelsens beslutning',
      f.model?.decisionNamed === true,
      'Angiv sagsnummeret på beslutningen, der vedtog modellen, eller importér den politiske sag.',
    ),
    item('users', 'Brugere og roller', f.users > 1, 'Opret sagsbehandlere og de øvrige brugere.'),
    // webtilgængelighedsloven § 3 (accessibility statement) and GDPR art. 13 (privacy notice).
    item(
      'notices',
      'Tilgængelighedserklæring og privatlivspolitik',
      f.accessibilityStatementUrl !== null && f.privacyNoticeUrl !== null,
      'Angiv adresserne til kommunens tilgængelighedserklæring og privatlivspolitik.',
    ),
    item('meetings', 'Årets møder planlagt', f.meetings > 0, 'Planlæg årets styringsdialogmøder.'),
  ];
}
