/**
 * How the form catalogue test (src/web/form-catalogue.test.ts) reaches each form: per form
 * route URL, the path parameters of a page that shows the form (creating the data it needs on
 * the demo dataset, which the test loads before each form), an optional query and, where the
 * default (a case officer, or organisation A's user) does not fit, the actor. A form route with
 * path parameters needs a line here.
 */
import { readFileSync } from 'node:fs';
import type { Actor } from '../../src/app/actor.ts';
import { approveMinutes } from '../../src/app/meetings/approve-minutes.ts';
import { createMeeting } from '../../src/app/meetings/create-meeting.ts';
import { inviteMeeting } from '../../src/app/meetings/invite-meeting.ts';
import { markHeld } from '../../src/app/meetings/mark-held.ts';
import { publishMeeting } from '../../src/app/meetings/publish-meeting.ts';
import { requestOfficial } from '../../src/app/meetings/request-official.ts';
import { saveMinutes } from '../../src/app/meetings/save-minutes.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import type { UseCaseContext } from '../../src/app/use-case.ts';
import { createAuthStore } from '../../src/db/auth/auth-store.ts';
import { createImportCorrectionStore } from '../../src/db/political-cases/import-correction-store.ts';
import { createWebhookStore } from '../../src/db/webhooks/webhook-store.ts';
import { userWith } from './actors.ts';
import { systemContext } from './auth.ts';
import type { TestApp } from './test-app.ts';

export interface FormFixture {
  params?: (t: TestApp) => Promise<Record<string, string>> | Record<string, string>;
  query?: Record<string, string>;
  actor?: Actor;
  /**
   * The form saves a draft: marked-required fields are required for a later step, not for saving
   * (the minutes are complete only when approved, lifecycle.ts), so an empty post may succeed.
   */
  savesDraft?: true;
  /**
   * For a form that only appears after another step (the import preview after an upload): opens
   * that page and returns its HTML. `cookie` carries the CSRF cookie the test uses; `csrf` its token.
   */
  open?: (t: TestApp, cookie: string, csrf: string) => Promise<string>;
}

/** A multipart/form-data body as a browser sends it, with one file in the field `file`. */
function multipart(fields: Record<string, string>, file: { name: string; bytes: Buffer }) {
  const boundary = '----styringsdialogcatalogue';
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/markdown\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

const MUNICIPALITY = '707';
/** Organisation A's dialogue meeting obligation of 2027 in the demo data. */
const OBLIGATION_2027 = 'dialogueMeeting:707:org-djurslandsbo:2027:legalFloor#1';
/** The same obligation a year earlier, for a meeting already past on the test clock (2026-11-22). */
const OBLIGATION_2026 = 'dialogueMeeting:707:org-djurslandsbo:2026:legalFloor#1';

const ctxOf = (t: TestApp, today = '2026-11-22'): UseCaseContext => ({
  ...systemContext(t.database.db, new Date(`${today}T12:00:00Z`)),
  today,
});

/** A planned meeting ahead (14-10-2027). */
export async function plannedMeeting(t: TestApp): Promise<string> {
  const out = await runUseCase(createMeeting, ctxOf(t), {
    municipality: MUNICIPALITY,
    meeting: {
      obligationId: OBLIGATION_2027,
      date: '2027-10-14',
      startTime: '10:00',
      endTime: '12:00',
      location: 'Rådhuset',
    },
  });
  return out.meeting.id;
}

/** A meeting held on 02-11-2026, before the test clock's today. */
export async function heldMeeting(t: TestApp): Promise<string> {
  const created = await runUseCase(createMeeting, ctxOf(t, '2026-10-01'), {
    municipality: MUNICIPALITY,
    meeting: {
      obligationId: OBLIGATION_2026,
      date: '2026-11-02',
      startTime: '10:00',
      endTime: '12:00',
      location: 'Rådhuset',
    },
  });
  const id = created.meeting.id;
  await runUseCase(markHeld, ctxOf(t), { municipality: MUNICIPALITY, id });
  return id;
}

/** Complete minutes of a held meeting (both assessments, no agreements). */
export async function draftedMeeting(
  t: TestApp,
  assessments: { organisationAssessment?: string; municipalityAssessment?: string } = {},
): Promise<string> {
  const id = await heldMeeting(t);
  await runUseCase(saveMinutes, ctxOf(t), {
    municipality: MUNICIPALITY,
    id,
    version: 2,
    minutes: {
      participantsPresent: [{ name: 'Frank Hedegaard', party: 'organisation', role: 'Formand' }],
      apologies: [],
      minuteTaker: 'Kasper Mølgaard',
      items: [{ agendaItemId: 'anyOtherBusiness', summary: 'Intet.', outcome: 'Taget til efterretning.' }],
      organisationAssessment: 'Organisationen er i god drift.',
      municipalityAssessment: 'Kommunen deler vurderingen.',
      agreements: [],
      noAgreements: true,
      ...assessments,
    },
  });
  return id;
}

export async function approvedMeeting(
  t: TestApp,
  assessments: { organisationAssessment?: string; municipalityAssessment?: string } = {},
): Promise<string> {
  const id = await draftedMeeting(t, assessments);
  await runUseCase(approveMinutes, ctxOf(t), { municipality: MUNICIPALITY, id, party: 'administration' });
  await runUseCase(approveMinutes, ctxOf(t), { municipality: MUNICIPALITY, id, party: 'organisation' });
  return id;
}

const planned = { params: async (t: TestApp) => ({ id: await plannedMeeting(t) }) };

/** An invitation of a planned meeting, sent: its mail waits in the queue. */
async function sentInvitation(t: TestApp): Promise<string> {
  const id = await plannedMeeting(t);
  const out = await runUseCase(inviteMeeting, ctxOf(t), { municipality: MUNICIPALITY, id });
  const first = out.invitations[0];
  if (!first) throw new Error('the demo meeting has no participant with an e-mail address');
  return String(first.id);
}

let users = 0;
/** A user of 707 without a password, for the user administration forms. */
async function freshUser(t: TestApp): Promise<string> {
  users += 1;
  const id = `catalogue-user-${users}`;
  await createAuthStore(t.database.db).insertUser({
    id,
    email: `${id}@catalogue.test`,
    name: `Katalog ${users}`,
    municipality: MUNICIPALITY,
    passwordHash: null,
    createdAt: new Date(),
  });
  return id;
}

/** A webhook of 707 (and one delivery of it) for the remove and redeliver forms. */
async function webhookWithDelivery(t: TestApp): Promise<{ webhookId: string; deliveryId: string }> {
  const store = createWebhookStore(t.database.db);
  const webhookId = `wh-form-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await store.insertWebhook(
    {
      id: webhookId,
      municipality: MUNICIPALITY,
      url: 'https://example.org/hook',
      events: ['meeting.planned'],
      description: 'Formular',
      createdAt: new Date().toISOString(),
      createdBy: 'system:test',
      removedAt: null,
    },
    'form-secret',
  );
  const deliveryId = `${webhookId}-delivery`;
  await store.insertDelivery({
    id: deliveryId,
    municipality: MUNICIPALITY,
    webhookId,
    eventId: 'event-form',
    eventType: 'meeting.planned',
    payload: '{}',
    nextAttemptAt: new Date(),
    redeliveryOf: null,
  });
  // Delivered: only a finished delivery can be sent again.
  await store.recordAttempt(deliveryId, {
    attempt: { at: new Date().toISOString(), statusCode: 200, error: null, durationMs: 5 },
    status: 'delivered',
    nextAttemptAt: null,
  });
  return { webhookId, deliveryId };
}

export const formFixtures: Record<string, FormFixture> = {
  // Mine adgange: the user must exist for the page (getMyAccess); the catalogue's case officer is stored.
  '/min-profil/paamindelser': {
    actor: userWith('caseOfficer'),
    params: async (t) => {
      const auth = createAuthStore(t.database.db);
      const id = 'test-caseOfficer-707-all';
      if (!(await auth.getUser(id)))
        await auth.insertUser({
          id,
          email: 'katalog@norddjurs.demo',
          name: 'Test caseOfficer',
          municipality: '707',
          passwordHash: null,
          createdAt: new Date('2026-11-22T12:00:00Z'),
        });
      return {};
    },
  },
  '/webhooks/:id/fjern': { params: async (t) => ({ id: (await webhookWithDelivery(t)).webhookId }) },
  '/webhooks/leveringer/:id/send-igen': {
    params: async (t) => ({ id: (await webhookWithDelivery(t)).deliveryId }),
  },
  // the operator's pages (issue 17): the demo municipality seen from /drift
  '/drift/kommuner/:code/administrator': { params: () => ({ code: '707' }) },
  '/drift/kommuner/:code/suspendering': { params: () => ({ code: '707' }) },
  '/moeder/planlaeg': { query: { aar: '2027' } },
  '/moeder/:id/indkald': planned,
  // The answer page of an invitation mail: a real link from the queued mail.
  '/svar': {
    open: async (t, cookie) => {
      await sentInvitation(t);
      const mail = await t.database.db
        .selectFrom('outbox')
        .select('body')
        .where('kind', '=', 'meetingInvitation')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      const token = /svar\?token=([A-Za-z0-9_-]+)/.exec(mail.body)?.[1] ?? '';
      const res = await t.app.inject({ method: 'GET', url: `/svar?token=${token}`, headers: { cookie } });
      return res.body;
    },
  },
  '/moeder/udbakke/:invitationId/send-igen': {
    params: async (t) => ({ invitationId: await sentInvitation(t) }),
  },
  '/moeder/:id/afholdt': {
    params: async (t) => {
      const created = await runUseCase(createMeeting, ctxOf(t, '2026-10-01'), {
        municipality: MUNICIPALITY,
        meeting: { obligationId: OBLIGATION_2026, date: '2026-11-02', startTime: '10:00', endTime: '12:00' },
      });
      return { id: created.meeting.id };
    },
  },
  '/moeder/:id/offentliggoer': { params: async (t) => ({ id: await approvedMeeting(t) }) },
  '/moeder/:id/godkend': { params: async (t) => ({ id: await draftedMeeting(t) }) },
  '/moeder/:id/anmodninger': planned,
  '/moeder/:id/anmodninger/:requestId': {
    params: async (t) => {
      const id = await plannedMeeting(t);
      const out = await runUseCase(requestOfficial, ctxOf(t), {
        municipality: MUNICIPALITY,
        id,
        unit: 'Social',
        reason: 'Beboersammensætningen skal drøftes.',
      });
      const requestId = out.meeting.officialRequests[0]?.id;
      if (!requestId) throw new Error('no official request made');
      return { id, requestId };
    },
  },
  '/moeder/:id/fremmoede': planned,
  '/moeder/:id/deltagere': planned,
  '/moeder/:id/deltagere/fjern': planned,
  '/moeder/:id/stedfortraeder': planned,
  '/moeder/:id/dagsorden': planned,
  '/moeder/:id/referat': { params: async (t) => ({ id: await heldMeeting(t) }), savesDraft: true },
  '/moeder/:id/vurdering': {
    params: async (t) => ({ id: await heldMeeting(t) }),
    actor: userWith('organisation', MUNICIPALITY, 'org-djurslandsbo'),
    savesDraft: true,
  },
  '/moeder/:id/kommentar': { params: async (t) => ({ id: await draftedMeeting(t) }) },
  '/moeder/:id/genaabn': { params: async (t) => ({ id: await approvedMeeting(t) }) },
  '/moeder/:id/traek-tilbage': {
    params: async (t) => {
      const id = await approvedMeeting(t);
      await runUseCase(publishMeeting, ctxOf(t), { municipality: MUNICIPALITY, id });
      return { id };
    },
  },
  '/moeder/:id/flyt': planned,
  '/moeder/:id/aflys': planned,
  // Other slices' forms, on the demo data (ids as in test/security/authorization-matrix.test.ts).
  '/aftaler/ny': { query: { organisation: 'org-djurslandsbo' } },
  '/aftaler/:id/ret': { params: () => ({ id: 'agr-djurslandsbo-2025-1' }) },
  '/aftaler/:id/status': { params: () => ({ id: 'agr-djurslandsbo-2025-1' }) },
  '/aftaler/:id/forslag': {
    params: () => ({ id: 'agr-djurslandsbo-2025-2' }),
    actor: userWith('organisation', MUNICIPALITY, 'org-djurslandsbo'),
  },
  '/aftaler/:id/forslag/:proposalId/bekraeft': {
    params: () => ({ id: 'agr-djurslandsbo-2024-1', proposalId: 'proposal-demo-1' }),
  },
  '/aftaler/:id/forslag/:proposalId/afvis': {
    params: () => ({ id: 'agr-djurslandsbo-2024-1', proposalId: 'proposal-demo-1' }),
  },
  '/politiske-sager/:id/styringsmodel': { params: () => ({ id: 'pc-demo-22-8287' }) },
  '/politiske-sager/importer/gem': {
    open: async (t, cookie, csrf) => {
      const bytes = readFileSync(new URL('../fixtures/agenda/norddjurs-flere-udvalg.md', import.meta.url));
      const body = multipart({ _csrf: csrf }, { name: 'dagsorden.md', bytes });
      const res = await t.app.inject({
        method: 'POST',
        url: '/politiske-sager/importer',
        headers: { cookie, 'content-type': body.contentType },
        payload: body.payload,
      });
      if (res.statusCode !== 200) throw new Error(`import preview answered ${res.statusCode}`);
      return res.body;
    },
  },
  '/politiske-sager/importer/rettelser/:id/fjern': {
    params: async (t) => {
      const id = `ic-form-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      await createImportCorrectionStore(t.database.db).addCorrection({
        id,
        municipality: MUNICIPALITY,
        rule: { kind: 'caseNumberLabel', text: `Formular ${id.slice(-6)}` },
        example: 'Formular',
        createdBy: 'system:test',
      });
      return { id };
    },
  },
  '/brugere/:userId/roller': {
    params: async (t) => ({ userId: await freshUser(t) }),
    query: { kommune: '707' },
  },
  '/brugere/:userId/roller/:grantId/fjern': {
    query: { kommune: '707' },
    params: async (t) => {
      const userId = await freshUser(t);
      const grant = await createAuthStore(t.database.db).insertGrant(
        userId,
        { role: 'official', municipality: MUNICIPALITY, unit: 'Social' },
        new Date(),
      );
      return { userId, grantId: String(grant?.id) };
    },
  },
  '/brugere/:userId/noegler/:tokenId/tilbagekald': {
    query: { kommune: '707' },
    params: async (t) => {
      const userId = await freshUser(t);
      const tokenId = await createAuthStore(t.database.db).insertApiToken({
        userId,
        tokenHash: `catalogue-token-${userId}`,
        label: 'Katalog',
        createdAt: new Date(),
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      return { userId, tokenId: String(tokenId) };
    },
  },
  '/brugere/:userId/deaktiver': {
    params: async (t) => ({ userId: await freshUser(t) }),
    query: { kommune: '707' },
  },
  '/moeder/dokumentationspakke/:organisation/:year/dokumenter': {
    params: () => ({ organisation: 'org-djurslandsbo', year: '2027' }),
  },
  '/moeder/dokumentationspakke/:organisation/:year/portal': {
    params: () => ({ organisation: 'org-djurslandsbo', year: '2027' }),
  },
  // Registry forms (durability): a demo organisation, its first department, the first person.
  '/boligorganisationer/:id/ret': { params: () => ({ id: 'org-djurslandsbo' }) },
  '/boligorganisationer/:id/afdelinger/ny': { params: () => ({ id: 'org-djurslandsbo' }) },
  '/boligorganisationer/:id/noegletal': { params: () => ({ id: 'org-djurslandsbo' }) },
  '/boligorganisationer/:id/afdelinger/:departmentId/ret': {
    params: async (t) => ({
      id: 'org-djurslandsbo',
      departmentId: (
        await t.database.db
          .selectFrom('department')
          .select('id')
          .where('organisation_id', '=', 'org-djurslandsbo')
          .orderBy('id')
          .executeTakeFirstOrThrow()
      ).id,
    }),
  },
  '/personer/:id/ret': {
    params: async (t) => ({
      id: (
        await t.database.db
          .selectFrom('person')
          .select('id')
          .where('municipality', '=', MUNICIPALITY)
          .orderBy('id')
          .executeTakeFirstOrThrow()
      ).id,
    }),
  },
};
