import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { ensureMunicipality, ensureOrganisation, systemContext } from '../../../test/support/auth.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import type { OpenDatabase } from '../../db/connect.ts';
import type { Actor } from '../actor.ts';
import { createMeeting } from '../meetings/create-meeting.ts';
import { loadDemoMeetingHistory } from '../meetings/load-demo-meeting-history.ts';
import { runUseCase } from '../run-use-case.ts';
import { listCrossMunicipalityWork } from './list-cross-municipality-work.ts';
import { setMunicipalitySuspension } from './suspend-municipality.ts';

/** An administration organisation's user with grants in Norddjurs (707) and Syddjurs (706). */
const spanning: Actor = {
  kind: 'user',
  id: 'cross-user',
  name: 'Djursland Boligadministration',
  grants: [
    { role: 'organisation', municipality: '707', organisationId: 'org-djurslandsbo' },
    { role: 'organisation', municipality: '706', organisationId: 'org-706-own' },
  ],
};

describe('listCrossMunicipalityWork', () => {
  let database: OpenDatabase;
  const ctx = (actor: Actor) => ({ ...systemContext(database.db), actor });

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    await loadDemoInto(database);
    const db = database.db;
    // The demo's past meetings, played through the use cases (as on first start).
    await loadDemoMeetingHistory(systemContext(db), { linkBase: 'http://localhost:3000' });
    await ensureMunicipality(db, '706', 'Syddjurs Kommune');
    await ensureMunicipality(db, '101', 'Københavns Kommune');
    await ensureOrganisation(db, '706', 'org-706-own', '34183058');
    await ensureOrganisation(db, '706', 'org-706-other', '34184127');
    await ensureOrganisation(db, '101', 'org-101', '34183058');
    const plan = async (municipality: string, organisation: string) =>
      runUseCase(createMeeting, systemContext(db), {
        municipality,
        meeting: {
          obligationId: `dialogueMeeting:${municipality}:${organisation}:2027:legalFloor#1`,
          date: '2027-10-05',
          startTime: '10:00',
          endTime: '12:00',
        },
      });
    await plan('706', 'org-706-own');
    await plan('706', 'org-706-other');
    await plan('101', 'org-101');
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it('lists both municipalities, each with only its own organisation: 0 leaks', async () => {
    const out = await runUseCase(listCrossMunicipalityWork, ctx(spanning), {});
    expect(out.municipalities.map((m) => m.code)).toEqual(['707', '706']);
    const [norddjurs, syddjurs] = out.municipalities;
    // Norddjurs: Djurslandsbo's meetings only (the demo has meetings of three organisations).
    expect(norddjurs?.meetings.length).toBeGreaterThan(0);
    expect(new Set(norddjurs?.meetings.map((m) => m.organisation))).toEqual(
      new Set(['Boligselskabet Djurslandsbo']),
    );
    // The demo's 2026 minutes of Djurslandsbo wait for the organisation's approval.
    expect(norddjurs?.minutesToApprove.length).toBe(1);
    expect(new Set(norddjurs?.agreements.map((a) => a.organisation))).toEqual(
      new Set(['Boligselskabet Djurslandsbo']),
    );
    // Syddjurs: its own organisation's meeting, not the other organisation's.
    expect(syddjurs?.meetings.map((m) => m.organisation)).toEqual(['Boligorganisation org-706-own']);
    // Nothing of København, where it holds no grant.
    expect(JSON.stringify(out)).not.toContain('org-101');
  });

  it('drops a suspended municipality and refuses users without an organisation grant', async () => {
    await runUseCase(setMunicipalitySuspension, systemContext(database.db), {
      municipality: '706',
      suspended: true,
      reason: null,
    });
    // A suspended municipality's grants are dropped when the actor is resolved (sessions.ts); here
    // the actor is given directly, so only its remaining grant is passed on.
    const only707: Actor = {
      ...spanning,
      grants: spanning.kind === 'user' ? spanning.grants.slice(0, 1) : [],
    };
    const out = await runUseCase(listCrossMunicipalityWork, ctx(only707), {});
    expect(out.municipalities.map((m) => m.code)).toEqual(['707']);
    await expect(runUseCase(listCrossMunicipalityWork, ctx(userWith('admin')), {})).rejects.toMatchObject({
      code: 'notFound',
    });
  });
});
