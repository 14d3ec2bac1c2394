/**
 * Loads what the reminder rules (domain/reminders/reminder-rules.ts) read about one
 * municipality: its meetings, documentation packages, agreements, organisation names and its
 * reminder settings — a fixed number of queries whatever the number of organisations. Used by
 * the daily digest and by the front page's "Mine opgaver". Optionally limited to some
 * organisations (an organisation user's scope), so nothing outside it is even loaded.
 */
import { isClosed } from '../../domain/agreements/status-rules.ts';
import {
  type DocumentationPackage,
  type Meeting,
  type MeetingStatus,
  minutesShape,
  missingApprovals,
  packageStatus,
} from '../../domain/meetings/index.ts';
import type { ReminderFacts } from '../../domain/reminders/reminder-rules.ts';
import {
  DEFAULT_REMINDER_SETTINGS,
  type ReminderSettings,
} from '../../domain/reminders/reminder-settings.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';
import type { AgreementState } from '../agreements/agreement-store.ts';
import { steeringYearOf } from '../meetings/meeting-changes.ts';
import type { Store } from '../ports.ts';

export interface LoadedReminderFacts {
  facts: ReminderFacts;
  settings: ReminderSettings;
  meetings: Meeting[];
  /** Stored packages by `organisationId:steeringYear`. */
  packages: Map<string, DocumentationPackage>;
}

/** The meeting statuses the reminder rules and "Mine opgaver" act on. */
const OPEN_STATUSES: readonly MeetingStatus[] = ['planned', 'invited', 'held', 'minutesDrafted', 'approved'];

export const packageKey = (organisationId: string, steeringYear: number) =>
  `${organisationId}:${steeringYear}`;

export async function loadReminderFacts(
  s: Store,
  municipality: string,
  today: IsoDate,
  options: {
    organisationIds?: readonly string[];
    settings?: ReminderSettings | null;
    /** The municipality's agreement states and organisation names when the caller has them (read cache). */
    preloaded?: { agreements: readonly AgreementState[]; organisationNames: Record<string, string> };
  } = {},
): Promise<LoadedReminderFacts> {
  const preloaded = options.preloaded;
  const scope = options.organisationIds;
  const inScope = (id: string | null) => scope === undefined || (id !== null && scope.includes(id));
  const [meetings, stored, agreements, organisations, settings] = await Promise.all([
    // Published and cancelled meetings are due for nothing (reminder-rules.ts), so they are not read.
    s.meetings.listMeetings(municipality, {
      ...(scope ? { organisationIds: scope } : {}),
      statuses: OPEN_STATUSES,
    }),
    s.reminders.listPackages(municipality),
    preloaded
      ? Promise.resolve(preloaded.agreements)
      : s.agreements.listAgreementStates(municipality, scope ? { organisationIds: scope } : undefined),
    preloaded
      ? Promise.resolve(preloaded.organisationNames)
      : s.registry
          .listOrganisations(municipality)
          .then((list) => Object.fromEntries(list.map((o) => [o.organisation.id, o.organisation.name]))),
    options.settings !== undefined ? Promise.resolve(options.settings) : s.reminders.settings(municipality),
  ]);
  const packages = new Map(
    stored
      .filter((p) => inScope(p.organisationId))
      .map((p) => [packageKey(p.organisationId, p.steeringYear), p]),
  );
  const facts: ReminderFacts = {
    meetings: meetings
      .filter((m) => scope === undefined || inScope(m.organisationId))
      .map((m) => ({
        id: m.id,
        title: m.title,
        kind: m.kind,
        organisationId: m.organisationId,
        date: m.date,
        status: m.status,
        steeringYear: steeringYearOf(m),
        // The parties that approve this kind of meeting (a theme meeting: the municipality alone).
        missingApprovals: m.minutes ? missingApprovals(m.minutes, minutesShape(m).approvingParties) : [],
      })),
    packages: [...packages.values()].map((p) => ({
      organisationId: p.organisationId,
      steeringYear: p.steeringYear,
      complete: packageStatus({ pkg: p, today, meetingHeldOn: null }).missing.length === 0,
    })),
    agreements: agreements
      .filter((a) => inScope(a.organisationId))
      .map((a) => ({
        id: a.id,
        organisationId: a.organisationId,
        text: a.text,
        deadline: a.deadline,
        closed: isClosed(a.status),
      })),
    organisationNames: organisations,
  };
  return { facts, settings: settings ?? DEFAULT_REMINDER_SETTINGS, meetings, packages };
}
