/**
 * Agenda templates per meeting kind, and the pure edits a user makes to an agenda (add, remove,
 * move, reorder, assign). Every function returns a new array; ids are deterministic so the same
 * input gives the same agenda.
 *
 * The dialogue meeting's template follows the yearly cycle (domain.md §2–3):
 * 1. "Opfølgning på sidste års aftaler" [practice: minutes often open with it], one item per
 *    agreement passed in;
 * 2. the five national objective areas (domain.md §3);
 * 3. the year's supervision theme (tilsynstema), when there is one [practice, since 2016];
 * 4. the points the organisation asked for (e.g. from its styringsrapport);
 * 5. "Eventuelt".
 * The theme meeting's template (Norddjurs KB 15-11-2022, sag 22/8287, pkt. 1: one theme meeting
 * for the council members per election period, asked for because the politicians wanted more
 * information about how the organisations work and how the municipality can use the social
 * housing sector — domain.md §5):
 * 1. "Velkomst og formål";
 * 2. the theme (or, without one, the case's own question);
 * 3. the organisations' short presentations, one item per organisation passed in;
 * 4. the council's discussion;
 * 5. conclusions: what goes on to the yearly dialogue meetings;
 * 6. points the organisations asked for, then "Eventuelt".
 * Dialogue forums and coordination groups get a shorter joint template [practice].
 */
import type { MeetingKind } from '../governance-model/types.ts';
import { OBJECTIVE_AREA_LABELS, OBJECTIVE_AREAS, type ObjectiveArea } from './objective-areas.ts';
import type { AgendaItem, AgendaItemKind } from './types.ts';

export type FollowUpStatus = 'notStarted' | 'inProgress' | 'completed' | 'dropped';

export const FOLLOW_UP_STATUS_LABELS: Readonly<Record<FollowUpStatus, string>> = {
  notStarted: 'Ikke påbegyndt',
  inProgress: 'I gang',
  completed: 'Gennemført',
  dropped: 'Opgivet',
};

/** An agreement from last year's meeting, to be followed up. */
export interface FollowUpAgreement {
  id: string;
  text: string;
  objectiveArea: ObjectiveArea;
  status: FollowUpStatus;
  /**
   * The status in the agreement register's own words ("Aftalt", "I gang" …); when given the
   * agenda says it, so agenda and register never disagree.
   */
  statusLabel?: string;
}

export interface OrganisationPoint {
  title: string;
  description?: string;
}

export interface AgendaTemplateInput {
  kind: MeetingKind;
  /** Last year's agreements to follow up (the caller picks which: usually all from last year). */
  openAgreements?: readonly FollowUpAgreement[];
  /** The year's national supervision theme, or null when none is set. */
  supervisionTheme?: string | null;
  /** Points the organisation asked to discuss. */
  organisationPoints?: readonly OrganisationPoint[];
  /** For theme meetings: the theme. */
  theme?: string | null;
  /** For theme meetings: the organisations that present themselves, in the order given. */
  organisations?: readonly ThemeMeetingOrganisation[];
}

export interface ThemeMeetingOrganisation {
  id: string;
  name: string;
  /** The participant who presents it (`participantKey`), e.g. the chair; null when not known. */
  presenter?: string | null;
}

export const THEME_PRESENTATIONS_ID = 'presentations';
export const THEME_CONCLUSIONS_ID = 'conclusions';

export const FOLLOW_UP_HEADING_ID = 'followUp';
export const SUPERVISION_THEME_ID = 'supervisionTheme';
export const ANY_OTHER_BUSINESS_ID = 'anyOtherBusiness';

function item(id: string, title: string, kind: AgendaItemKind, description = ''): AgendaItem {
  return { id, title, description, kind, assignedTo: null };
}

const anyOtherBusiness = (): AgendaItem => item(ANY_OTHER_BUSINESS_ID, 'Eventuelt', 'anyOtherBusiness');

function dialogueMeetingAgenda(input: AgendaTemplateInput): AgendaItem[] {
  // One follow-up item per agreement; a repeated id would give two items with one id.
  const agreements = [...new Map((input.openAgreements ?? []).map((a) => [a.id, a])).values()];
  const out: AgendaItem[] = [
    {
      ...item(
        FOLLOW_UP_HEADING_ID,
        'Opfølgning på sidste års aftaler',
        'followUp',
        agreements.length === 0 ? 'Der er ingen aftaler fra sidste år at følge op på.' : '',
      ),
      agreementIds: agreements.map((a) => a.id),
    },
    ...agreements.map(
      (a): AgendaItem => ({
        ...item(
          `followUp:${a.id}`,
          `Opfølgning: ${a.text}`,
          'followUp',
          `Målområde: ${OBJECTIVE_AREA_LABELS[a.objectiveArea]}. Status: ${a.statusLabel ?? FOLLOW_UP_STATUS_LABELS[a.status]}.`,
        ),
        agreementIds: [a.id],
        objectiveArea: a.objectiveArea,
      }),
    ),
    // domain.md §3: the national objective areas that the dialogue follows up.
    ...OBJECTIVE_AREAS.map(
      (area): AgendaItem => ({
        ...item(`objectiveArea:${area}`, OBJECTIVE_AREA_LABELS[area], 'objectiveArea'),
        objectiveArea: area,
      }),
    ),
  ];
  const theme = input.supervisionTheme?.trim();
  // domain.md §3 [practice]: the national housing authority's yearly supervision theme.
  if (theme) out.push(item(SUPERVISION_THEME_ID, `Tilsynstema: ${theme}`, 'supervisionTheme'));
  (input.organisationPoints ?? []).forEach((p, i) => {
    out.push(
      item(`organisationPoint:${i + 1}`, p.title.trim(), 'organisationPoint', p.description?.trim() ?? ''),
    );
  });
  out.push(anyOtherBusiness());
  return out;
}

function themeMeetingAgenda(input: AgendaTemplateInput): AgendaItem[] {
  const theme = input.theme?.trim();
  // One presentation per organisation; a repeated id would give two items with one id.
  const organisations = [...new Map((input.organisations ?? []).map((o) => [o.id, o])).values()];
  return [
    item(
      'welcome',
      'Velkomst og formål',
      'other',
      'Temamødet er kommunalbestyrelsens møde med de almene boligorganisationer i valgperioden.',
    ),
    // Norddjurs KB 15-11-2022, sag 22/8287: the politicians asked for more information about how
    // the organisations work and how the municipality can use the social housing sector.
    item(
      'presentation',
      theme ? `Tema: ${theme}` : 'Oplæg om den almene boligsektor',
      'other',
      theme
        ? ''
        : 'Hvordan arbejder boligorganisationerne, og hvordan kan kommunen bruge den almene boligsektor?',
    ),
    // Norddjurs KB 15-11-2022, sag 22/8287, pkt. 1: the council members meet the organisations.
    item(
      THEME_PRESENTATIONS_ID,
      'Boligorganisationernes korte præsentationer',
      'other',
      'Hver boligorganisation fortæller kort om sine afdelinger, sin drift og sine udfordringer.',
    ),
    ...organisations.map(
      (o): AgendaItem => ({
        ...item(`${THEME_PRESENTATIONS_ID}:${o.id}`, `Præsentation: ${o.name.trim()}`, 'other'),
        assignedTo: o.presenter ?? null,
      }),
    ),
    item(
      'discussion',
      'Kommunalbestyrelsens drøftelse',
      'other',
      'Spørgsmål til boligorganisationerne, og hvordan kommunen kan bruge den almene boligsektor.',
    ),
    // What the theme meeting gives the statutory dialogue (almenboligloven § 164, stk. 2).
    item(
      THEME_CONCLUSIONS_ID,
      'Konklusioner – hvad går videre til dialogmøderne',
      'other',
      'Det, der tages op på de årlige styringsdialogmøder med den enkelte boligorganisation.',
    ),
    ...(input.organisationPoints ?? []).map((p, i) =>
      item(`organisationPoint:${i + 1}`, p.title.trim(), 'organisationPoint', p.description?.trim() ?? ''),
    ),
    anyOtherBusiness(),
  ];
}

function jointMeetingAgenda(input: AgendaTemplateInput): AgendaItem[] {
  const theme = input.supervisionTheme?.trim();
  return [
    item('welcome', 'Velkomst', 'other'),
    item('news', 'Nyt fra forvaltningen', 'other'),
    item('organisationsNews', 'Nyt fra boligorganisationerne', 'other'),
    ...(theme ? [item(SUPERVISION_THEME_ID, `Tilsynstema: ${theme}`, 'supervisionTheme')] : []),
    ...(input.organisationPoints ?? []).map((p, i) =>
      item(`organisationPoint:${i + 1}`, p.title.trim(), 'organisationPoint', p.description?.trim() ?? ''),
    ),
    anyOtherBusiness(),
  ];
}

/** The starting agenda for a meeting of `kind`. */
export function agendaTemplate(input: AgendaTemplateInput): AgendaItem[] {
  switch (input.kind) {
    case 'dialogueMeeting':
      return dialogueMeetingAgenda(input);
    case 'themeMeeting':
      return themeMeetingAgenda(input);
    default:
      // Dialogue forums, coordination groups and municipality-named kinds.
      return jointMeetingAgenda(input);
  }
}

function isFollowUpItem(i: AgendaItem): boolean {
  return i.id === FOLLOW_UP_HEADING_ID || i.id.startsWith(`${FOLLOW_UP_HEADING_ID}:`);
}

/**
 * The agenda with its follow-up items drawn again from the register (a live agenda until it is
 * sent): the heading and one item per open agreement, in the template's words, where the
 * follow-up section stands; the other items, their order and who presents a follow-up item are
 * kept. An agenda without the follow-up heading (removed by the user, or another kind of
 * meeting) is returned unchanged. [practice] domain.md §2: agreements are followed up at next
 * year's meeting — also those made after this agenda was first planned.
 */
export function refreshFollowUps(
  agenda: readonly AgendaItem[],
  agreements: readonly FollowUpAgreement[],
): AgendaItem[] {
  const at = agenda.findIndex((i) => i.id === FOLLOW_UP_HEADING_ID);
  if (at === -1) return [...agenda];
  const presenters = new Map(agenda.filter(isFollowUpItem).map((i) => [i.id, i.assignedTo]));
  const fresh = dialogueMeetingAgenda({ kind: 'dialogueMeeting', openAgreements: agreements })
    .filter(isFollowUpItem)
    .map((i) => ({ ...i, assignedTo: presenters.get(i.id) ?? null }));
  const before = agenda.slice(0, at).filter((i) => !isFollowUpItem(i));
  const after = agenda.slice(at).filter((i) => !isFollowUpItem(i));
  return [...before, ...fresh, ...after];
}

export type AgendaEdit = { ok: true; agenda: AgendaItem[] } | { ok: false; message: string };

/** The next free id of the form `item-<n>`. */
export function nextAgendaItemId(agenda: readonly AgendaItem[]): string {
  const ids = new Set(agenda.map((i) => i.id));
  let n = 1;
  while (ids.has(`item-${n}`)) n++;
  return `item-${n}`;
}

export interface NewAgendaItem {
  title: string;
  description?: string;
  kind?: AgendaItemKind;
  id?: string;
}

/**
 * Adds an item at `position` (0-based), or by default just before "Eventuelt" — [practice]
 * "Eventuelt" closes a Danish agenda.
 */
export function addAgendaItem(
  agenda: readonly AgendaItem[],
  input: NewAgendaItem,
  position?: number,
): AgendaEdit {
  const title = input.title.trim();
  if (title === '') return { ok: false, message: 'Punktet skal have en titel' };
  const id = input.id ?? nextAgendaItemId(agenda);
  if (agenda.some((i) => i.id === id))
    return { ok: false, message: 'Der findes allerede et punkt med det id' };
  const aob = agenda.findIndex((i) => i.kind === 'anyOtherBusiness');
  const at = position ?? (aob === -1 ? agenda.length : aob);
  if (!Number.isInteger(at) || at < 0 || at > agenda.length)
    return { ok: false, message: 'Ugyldig placering' };
  const added = item(id, title, input.kind ?? 'other', input.description?.trim() ?? '');
  return { ok: true, agenda: [...agenda.slice(0, at), added, ...agenda.slice(at)] };
}

export function removeAgendaItem(agenda: readonly AgendaItem[], id: string): AgendaEdit {
  if (!agenda.some((i) => i.id === id)) return { ok: false, message: 'Punktet findes ikke på dagsordenen' };
  return { ok: true, agenda: agenda.filter((i) => i.id !== id) };
}

/** Moves one item to index `toIndex` (0-based, in the resulting agenda). */
export function moveAgendaItem(agenda: readonly AgendaItem[], id: string, toIndex: number): AgendaEdit {
  const from = agenda.findIndex((i) => i.id === id);
  if (from === -1) return { ok: false, message: 'Punktet findes ikke på dagsordenen' };
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= agenda.length) {
    return { ok: false, message: 'Ugyldig placering' };
  }
  const rest = agenda.filter((i) => i.id !== id);
  const moved = agenda[from] as AgendaItem;
  return { ok: true, agenda: [...rest.slice(0, toIndex), moved, ...rest.slice(toIndex)] };
}

/** Puts the items in the order of `ids`, which must name every item exactly once. */
export function reorderAgenda(agenda: readonly AgendaItem[], ids: readonly string[]): AgendaEdit {
  const byId = new Map(agenda.map((i) => [i.id, i]));
  const unique = new Set(ids);
  if (unique.size !== ids.length || ids.length !== agenda.length || !ids.every((id) => byId.has(id))) {
    return {
      ok: false,
      message: 'Den nye rækkefølge skal indeholde hvert punkt på dagsordenen præcis én gang',
    };
  }
  return { ok: true, agenda: ids.map((id) => byId.get(id) as AgendaItem) };
}

/**
 * Assigns an item to a participant (by `participantKey`), or clears it with null. Pass the
 * meeting's participant keys to refuse a key that is not on the meeting.
 */
export function assignAgendaItem(
  agenda: readonly AgendaItem[],
  id: string,
  participantKey: string | null,
  knownParticipantKeys?: readonly string[],
): AgendaEdit {
  if (!agenda.some((i) => i.id === id)) return { ok: false, message: 'Punktet findes ikke på dagsordenen' };
  if (participantKey !== null && knownParticipantKeys && !knownParticipantKeys.includes(participantKey)) {
    return { ok: false, message: 'Personen deltager ikke i mødet' };
  }
  return { ok: true, agenda: agenda.map((i) => (i.id === id ? { ...i, assignedTo: participantKey } : i)) };
}
