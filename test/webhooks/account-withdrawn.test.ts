/**
 * Withdrawing a published account queues `account.withdrawn` for the hooks subscribed to it, in
 * the withdrawal's own transaction, like publication queues `account.published`: ids, the date,
 * the reason the public page shows, and the public path — not who withdrew it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishMeeting } from '../../src/app/meetings/publish-meeting.ts';
import { withdrawPublishedAccount } from '../../src/app/meetings/withdraw-published-account.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import { createWebhook } from '../../src/app/webhooks/manage-webhooks.ts';
import { userWith } from '../support/actors.ts';
import { systemContext } from '../support/auth.ts';
import { loadDemoInto } from '../support/demo.ts';
import { approvedMeeting } from '../support/form-fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const OWN = '707';
const REASON = 'Referatet indeholdt fortrolige oplysninger om en lejer.';

describe('account.withdrawn webhook event', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({});
    await loadDemoInto(t.database);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const as = (role: 'admin' | 'caseOfficer') => ({ ...systemContext(t.database.db), actor: userWith(role) });
  const hook = async (events: string[]) =>
    (
      await runUseCase(createWebhook, as('admin'), {
        municipality: OWN,
        url: 'https://modtager.example/hook',
        events,
      })
    ).webhook.id;
  const deliveries = () =>
    t.database.db
      .selectFrom('webhook_delivery')
      .select(['webhook_id', 'event_type', 'payload'])
      .orderBy('created_at')
      .execute();

  it('queues the withdrawal for subscribed hooks only, with the version, date, reason and public path', async () => {
    const subscribed = await hook(['account.published', 'account.withdrawn']);
    const publishedOnly = await hook(['account.published']);
    const id = await approvedMeeting(t);
    const { meeting } = await runUseCase(publishMeeting, as('caseOfficer'), { municipality: OWN, id });
    const before = (await deliveries()).length;

    // A refused withdrawal (no reason) rolls back and queues nothing.
    await expect(
      runUseCase(withdrawPublishedAccount, as('caseOfficer'), { municipality: OWN, id, reason: ' ' }),
    ).rejects.toMatchObject({ code: 'invalidInput' });
    expect(await deliveries()).toHaveLength(before);

    await runUseCase(withdrawPublishedAccount, as('caseOfficer'), {
      municipality: OWN,
      id,
      version: meeting.version,
      reason: REASON,
    });

    const added = (await deliveries()).slice(before);
    expect(added.map((d) => [d.webhook_id, d.event_type])).toEqual([[subscribed, 'account.withdrawn']]);
    expect(added.some((d) => d.webhook_id === publishedOnly)).toBe(false);
    const body = JSON.parse(added[0]?.payload ?? '{}') as {
      type: string;
      municipality: string;
      data: object;
    };
    expect(body).toMatchObject({
      type: 'account.withdrawn',
      municipality: OWN,
      data: {
        meetingId: id,
        organisationId: meeting.organisationId,
        version: 1,
        withdrawnOn: '2026-11-22',
        reason: REASON,
      },
    });
    expect((body.data as { path: string }).path).toMatch(/^\/redegoerelser\/707\//);
    // No names: the withdrawer stays out of the payload.
    expect(added[0]?.payload).not.toContain('Test caseOfficer');
  });
});
