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

const obligation = (org: string) => [`dialogueMeeting:707:${org}:2026:legalFloor#1`];

export function reminderMeetings(): Meeting[] {
  const minutes = editDraft(null, completeMinutes());
  return [
    aMeeting({
      id: 'rm-djurslandsbo-minutes',
      organisationId: 'org-djurslandsbo',
      obligationIds: obligation('org-djurslandsbo'),
      title: 'Styringsdialogmøde 2026 med Djurslandsbo',
      date: '2026-11-10',
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
      date: '2026-09-15',
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
      date: '2026-12-01',
      status: 'invited',
    }),
    aMeeting({
      id: 'rm-grenaa-next',
      organisationId: 'org-grenaa-almene',
      obligationIds: obligation('org-grenaa-almene'),
      title: 'Styringsdialogmøde 2026 med Grenaa Almene',
      date: '2026-12-05',
      status: 'planned',
    }),
  ];
}

export async function insertReminderMeetings(db: Kysely<Database>): Promise<void> {
  const store = createMeetingStore(db);
  for (const m of reminderMeetings()) await store.insertMeeting(m, 2026);
}
