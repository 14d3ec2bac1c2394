/**
 * "Mine opgaver" (issue 13, point 8): the front page's list of what waits for the viewer — the
 * same items as the daily digest (domain/reminders/reminder-rules.ts: minutes to approve,
 * accounts to publish, packages missing, agreements due) — and the next meetings with the status
 * of their documentation package. For the municipality's case officers and administrators (every
 * organisation) and for an organisation's users (their own organisation only: nothing else is
 * loaded). Read inside the front page's one read transaction, a fixed number of queries.
 */
import type { PackageState } from '../../domain/meetings/documentation-package.ts';
import { packageStatus } from '../../domain/meetings/index.ts';
import { reminderPath } from '../../domain/reminders/digest-mail.ts';
import { dueItems, itemsFor, type ReminderItem } from '../../domain/reminders/reminder-rules.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';
import type { Actor } from '../actor.ts';
import type { AgreementState } from '../agreements/agreement-store.ts';
import type { Store } from '../ports.ts';
import { loadReminderFacts, packageKey } from './load-reminder-facts.ts';

/** Roles that act for the municipality on the front page. */
const MUNICIPALITY_ROLES = ['caseOfficer', 'admin'] as const;

/** How many upcoming meetings "Mine opgaver" lists. */
export const UPCOMING_MEETINGS = 5;

export interface MyTaskItem {
  item: ReminderItem;
  /** Where the task is done (a path in the product). */
  href: string;
}

export interface UpcomingMeeting {
  meetingId: string;
  title: string;
  date: IsoDate;
  organisationName: string | null;
  /** The documentation package of a dialogue meeting: none received yet, or its state. */
  package: { state: PackageState | 'none'; missing: number; href: string } | null;
}

export interface MyTasks {
  items: MyTaskItem[];
  upcoming: UpcomingMeeting[];
}

/** Whether the viewer gets "Mine opgaver" in the municipality, and for which organisations. */
export function taskScope(actor: Actor, municipality: string): 'all' | string[] | null {
  if (actor.kind !== 'user') return null;
  const grants = actor.grants.filter((g) => g.municipality === municipality);
  if (grants.some((g) => (MUNICIPALITY_ROLES as readonly string[]).includes(g.role))) return 'all';
  const own = grants.flatMap((g) =>
    g.role === 'organisation' && g.organisationId ? [g.organisationId] : [],
  );
  return own.length > 0 ? own : null;
}

export async function loadMyTasks(
  s: Store,
  actor: Actor,
  municipality: string,
  today: IsoDate,
  preloaded?: { agreements: readonly AgreementState[]; organisationNames: Record<string, string> },
): Promise<MyTasks | null> {
  const scope = taskScope(actor, municipality);
  if (scope === null || actor.kind !== 'user') return null;
  const loaded = await loadReminderFacts(s, municipality, today, {
    ...(scope === 'all' ? {} : { organisationIds: scope }),
    ...(preloaded ? { preloaded } : {}),
  });
  const grants = actor.grants
    .filter((g) => g.municipality === municipality)
    .map((g) => ({ role: g.role, organisationId: g.organisationId ?? null }));
  const items = itemsFor(dueItems(loaded.facts, today, loaded.settings), grants, MUNICIPALITY_ROLES).map(
    (item) => ({ item, href: reminderPath(item) }),
  );
  const names = loaded.facts.organisationNames;
  const upcoming = loaded.facts.meetings
    .filter(
      (m): m is typeof m & { date: IsoDate } =>
        (m.status === 'planned' || m.status === 'invited') && m.date !== null && m.date >= today,
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title))
    .slice(0, UPCOMING_MEETINGS)
    .map((m) => {
      const org = m.organisationId;
      const pkg = org ? loaded.packages.get(packageKey(org, m.steeringYear)) : undefined;
      const status = pkg ? packageStatus({ pkg, today, meetingHeldOn: null }) : null;
      return {
        meetingId: m.id,
        title: m.title,
        date: m.date,
        organisationName: org ? (names[org] ?? org) : null,
        package:
          m.kind === 'dialogueMeeting' && org
            ? {
                state: status?.status ?? ('none' as const),
                missing: status?.missing.length ?? 0,
                href: `/moeder/dokumentationspakke/${encodeURIComponent(org)}/${m.steeringYear}`,
              }
            : null,
      };
    });
  return { items, upcoming };
}
