import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseOfficer707, userWith } from '../../../test/support/actors.ts';
import { resetDatabase } from '../../../test/support/database.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { insertReminderMeetings } from '../../../test/support/reminder-meetings.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Actor } from '../../app/actor.ts';
import type { UnitOfWork } from '../../app/ports.ts';

const between = (body: string, from: string, to: string) => body.slice(body.indexOf(from), body.indexOf(to));

/** The use cases a request ran, by name: every edge calls them through runUseCase. */
const called = vi.hoisted(() => [] as string[]);
vi.mock('../../app/run-use-case.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../app/run-use-case.ts')>();
  return {
    ...original,
    runUseCase: ((useCase, ctx, input) => {
      called.push(useCase.name);
      return original.runUseCase(useCase, ctx, input);
    }) as typeof original.runUseCase,
  };
});

/** The frame (menu, footer) is its own read model, shown on every page alike. */
const FRAME = 'getNavigation';
const pageCalls = () => called.filter((name) => name !== FRAME);

describe('front page (Overblik)', () => {
  let t: TestApp;
  let actor: Actor = caseOfficer707;
  let reads = 0;
  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => actor });
    // Every use case reads in one transaction: counting them counts the page's use-case calls.
    const unitOfWork = t.deps.unitOfWork;
    t.deps.unitOfWork = (binding) => {
      const uow: UnitOfWork = unitOfWork(binding);
      return {
        ...uow,
        read: (fn) => {
          reads++;
          return uow.read(fn);
        },
      };
    };
  });
  beforeEach(async () => {
    actor = caseOfficer707;
    await resetDatabase(t.database.db);
    await loadDemoInto(t.database);
    reads = 0;
    called.length = 0;
  });
  afterAll(async () => {
    await t.close();
  });

  it('makes exactly one use-case call, one read transaction, for the Overblik (besides the frame)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/?aar=2026' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Overblik 2026');
    // The content version for the ETag (one indexed select), then the page's one use case.
    expect(pageCalls()).toEqual(['complianceVersion', 'frontPage']);
    // Each use case reads in one transaction: the page's ones plus the frame's.
    expect(reads).toBe(called.length);
    // Unchanged content: 304 from the version alone, the page's use case is not run again.
    const etag = res.headers.etag as string;
    expect(etag).toBeTruthy();
    called.length = 0;
    const again = await t.app.inject({
      method: 'GET',
      url: '/?aar=2026',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(pageCalls()).toEqual(['complianceVersion']);
  });

  it('shows the grid with five years, the status words and the agreements sentence', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/?aar=2026' });
    for (const year of [2023, 2024, 2025, 2026, 2027])
      expect(res.body).toContain(`<th scope="col">${year}</th>`);
    expect(res.body).toMatch(/Aftaler: \d+ opfyldt, \d+ i gang, \d+ over deadline\./);
    expect(res.body).toMatch(
      /app-status--(met|due|missed|overdue)">(Opfyldt|Udestående|Ikke opfyldt|Over frist)/,
    );
  });

  it('gives an organisation user its organisation list, not the Overblik, in one call', async () => {
    actor = userWith('organisation', '707', 'org-djurslandsbo');
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('Overblik 2026');
    expect(res.body).toContain('Boligorganisationer i');
    expect(res.body).toContain('/boligorganisationer/org-djurslandsbo');
    expect(res.body).not.toContain('/boligorganisationer/org-grenaa-almene');
    expect(pageCalls()).toEqual(['complianceVersion', 'frontPage']);
    // An organisation may not read the municipality's compliance: no version is read, no ETag sent.
    expect(res.headers.etag).toBeUndefined();
    expect(reads).toBe(called.length - 1);
  });

  it('shows the case officer Mine opgaver: the municipality’s tasks and the next meetings with their package', async () => {
    await insertReminderMeetings(t.database.db);
    const res = await t.app.inject({ method: 'GET', url: '/?aar=2026' });
    const section = between(res.body, 'id="my-tasks-heading"', 'id="summary-heading"');
    // The account to publish is the municipality's; the organisation's approval is not its task.
    expect(section).toContain(
      'Redegørelsen for »Styringsdialogmøde 2026 med Lyngbakken« (15-09-2026) er ikke offentliggjort 68 dage efter mødet.',
    );
    expect(section).toContain('href="/moeder/rm-lyngbakken-account"');
    expect(section).not.toContain('venter på godkendelse');
    expect(section).toContain(
      'Dokumentationspakken for Boligselskabet Djurslandsbo (styringsår 2026) er ikke modtaget',
    );
    expect(section).toContain('href="/moeder/dokumentationspakke/org-grenaa-almene/2026"');
    expect(section).toContain('over fristen');
    // Next meetings, the nearest first, with the package's status.
    expect(section.indexOf('01-12-2026')).toBeLessThan(section.indexOf('05-12-2026'));
    expect(section).toContain('Intet modtaget');
  });

  it('shows an organisation user its own tasks only, including the approval it owes', async () => {
    await insertReminderMeetings(t.database.db);
    actor = userWith('organisation', '707', 'org-djurslandsbo');
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(pageCalls()).toEqual(['complianceVersion', 'frontPage']);
    const section = between(res.body, 'id="my-tasks-heading"', 'id="org-heading"');
    expect(section).toContain(
      'Referatet af »Styringsdialogmøde 2026 med Djurslandsbo« (10-11-2026) venter på godkendelse fra boligorganisationen.',
    );
    expect(section).toContain('href="/moeder/rm-djurslandsbo-minutes"');
    expect(section).toContain('Ekstra dialogmøde med Djurslandsbo');
    expect(section).toContain('Djurslandsbo');
    for (const other of ['Lyngbakken', 'Grenaa', 'Kattegatkysten', 'Redegørelsen'])
      expect(section).not.toContain(other);
  });

  it('gives a council member no Mine opgaver', async () => {
    actor = userWith('councilMember');
    const res = await t.app.inject({ method: 'GET', url: '/?aar=2026' });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('Mine opgaver');
  });

  it('answers a changed meeting with a new ETag: Mine opgaver never comes from a stale page', async () => {
    await insertReminderMeetings(t.database.db);
    const first = await t.app.inject({ method: 'GET', url: '/?aar=2026' });
    const etag = first.headers.etag as string;
    await t.database.db
      .updateTable('meeting')
      .set({ status: 'minutesDrafted' })
      .where('id', '=', 'rm-lyngbakken-account')
      .execute();
    const again = await t.app.inject({
      method: 'GET',
      url: '/?aar=2026',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(200);
    expect(again.headers.etag).not.toBe(etag);
  });

  it('gives the public the municipalities', async () => {
    actor = { kind: 'public' };
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('Boligorganisationer i');
    expect(res.body).toContain('Norddjurs');
  });
});
