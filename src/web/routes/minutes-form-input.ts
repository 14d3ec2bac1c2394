/**
 * The minutes form's fields as saveMinutes' input, and saveMinutes' field names back as the
 * form's: attendance comes from the `present.N` selects (one per participant), agreement rows
 * left empty are not agreements, so an error on the input's agreement 0 may belong to row 2.
 * The organisation's assessment is not posted: the organisation writes it (saveAssessment).
 */
import type { PostedForm } from '../form-route.ts';

interface Attendee {
  name: string;
  party: string;
  role: string;
}

interface AgreementRow {
  id?: string;
  text?: string;
  objectiveArea?: string;
  deadline?: string;
  responsible?: string;
}

/** The agreement rows with text, with their row number in the form. */
function writtenAgreements(form: PostedForm): { row: AgreementRow; i: number }[] {
  const rows = (form.nested.agreements ?? []) as (AgreementRow | undefined)[];
  return rows.flatMap((row, i) => (row && (row.text ?? '').trim() !== '' ? [{ row, i }] : []));
}

export function minutesFrom(form: PostedForm, participants: readonly Attendee[]) {
  const flat = form.fields;
  const items = (form.nested.items ?? []) as (
    | { agendaItemId?: string; summary?: string; outcome?: string }
    | undefined
  )[];
  const attendee = (p: Attendee) => ({ name: p.name, party: p.party, role: p.role });
  return {
    participantsPresent: participants.filter((_, i) => flat[`present.${i}`] === 'present').map(attendee),
    apologies: participants.filter((_, i) => flat[`present.${i}`] === 'apology').map(attendee),
    minuteTaker: flat.minuteTaker?.trim() || null,
    items: items
      .filter((i) => i?.agendaItemId)
      .map((i) => ({ agendaItemId: i?.agendaItemId, summary: i?.summary ?? '', outcome: i?.outcome ?? '' })),
    municipalityAssessment: flat.municipalityAssessment ?? '',
    // Posted only by a theme meeting's form; left out, the stored summary is kept.
    ...(flat.summary === undefined ? {} : { summary: flat.summary }),
    agreements: writtenAgreements(form).map(({ row: a }) => ({
      ...(a.id ? { id: a.id } : {}),
      text: a.text,
      objectiveArea: a.objectiveArea || undefined,
      deadline: a.deadline || null,
      responsible: a.responsible ?? '',
    })),
    noAgreements: flat.noAgreements === 'true',
  };
}

/** `minutes.agreements.0.text` → `agreements.2.text` (the third row was the first written one). */
export function minutesFieldName(field: string, form: PostedForm): string {
  const inForm = field.startsWith('minutes.') ? field.slice('minutes.'.length) : field;
  return inForm.replace(
    /^agreements\.(\d+)/,
    (_whole, n: string) => `agreements.${writtenAgreements(form)[Number(n)]?.i ?? n}`,
  );
}
