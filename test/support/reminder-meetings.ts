/**
 * Meetings that make reminders due on 2026-11-22 (the test apps' today) in the demo data:
 * Djurslandsbo's minutes approved by the municipality only, Lyngbakken's account unpublished 68
 * days after its meeting, and two planned meetings without a documentation package
 * (Djurslandsbo in 9 days, Grenaa in 13). Stored directly through the meeting store.
 */
import type { Kysely } from 'kysely';
import { createMeetingStore } from '../../src/db/meetings/meeting-store.ts';
import type { Database } from '../../src/db/schema.ts';
import { editDraft } from '../../src/domain/meetings/minutes.ts';
import { aMeeting, completeMinutes } from '../../src/domain/meetings/test-meetings.ts';
import type { Meeting } from '../../src/domain/meetings/types.ts';
import { addDays } from '../../src/domain/shared/iso-date.ts';

const obligation = (org: string) => [`dialogueMeeting:707:${org}:2026:legalFloor#1`];

/** `today` moves every date along (the e2e test runs on the real clock). */
export function reminderMeetings(today = '2026-11-22'): Meeting[] {
  const on = (days: number) => addDays(today, days);
  const minutes = editDraft(null, completeMinutes());
  return [
    aMeeting({
      id: 'rm-djurslandsbo-minutes',
      organisationId: 'org-djurslandsbo',
      obligationIds: obligation('org-djurslandsbo'),
      title: 'Styringsdialogmøde 2026 med Djurslandsbo',
      date: on(-12),
      status: 'minutesDrafted',
      minutes: {
        ...minutes,
        approvals: [{ party: 'administration', by: 'Sagsbehandler', at: '2026-11-12T10:00:00.000Z' }],
      },
    }),
    aMeeting({
      id: 'rm-lyngbakken-account',
      organisationId: 'org-lyngbakken',
      obligationIds: obligation('org-lyngbakken'),
      title: 'Styringsdialogmøde 2026 med Lyngbakken',
      date: on(-68),
      status: 'approved',
      minutes: {
        ...minutes,
        locked: true,
        approvals: [
          { party: 'administration', by: 'Sagsbehandler', at: '2026-09-20T10:00:00.000Z' },
          { party: 'organisation', by: 'Formand', at: '2026-09-21T10:00:00.000Z' },
        ],
      },
    }),
    aMeeting({
      id: 'rm-djurslandsbo-next',
      organisationId: 'org-djurslandsbo',
      obligationIds: obligation('org-djurslandsbo'),
      title: 'Ekstra dialogmøde med Djurslandsbo',
      date: on(9),
      status: 'invited',
    }),
    aMeeting({
      id: 'rm-grenaa-next',
      organisationId: 'org-grenaa-almene',
      obligationIds: obligation('org-grenaa-almene'),
      title: 'Styringsdialogmøde 2026 med Grenaa Almene',
      date: on(13),
      status: 'planned',
    }),
  ];
}

export async function insertReminderMeetings(db: Kysely<Database>, today?: string): Promise<void> {
  const store = createMeetingStore(db);
  for (const m of reminderMeetings(today)) await store.insertMeeting(m, 2026);
}
