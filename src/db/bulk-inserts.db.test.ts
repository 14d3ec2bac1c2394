/**
 * The stores' bulk methods (used by the bench dataset's loader) store exactly what the one-row
 * methods store, in the same order, across more rows than one batched statement holds, on both
 * databases; insertFacts keeps insertFact's "once" rule.
 */
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/database.ts';
import { anAgreement, historyEntry } from '../domain/agreements/agreement-arbitraries.ts';
import type { Fact } from '../domain/compliance/types.ts';
import { newMeeting } from '../domain/meetings/new-meeting.ts';
import { createAgreementStore } from './agreements/agreement-store.ts';
import { BATCH } from './batches.ts';
import { createGovernanceStore } from './governance/governance-store.ts';
import { createMeetingStore } from './meetings/meeting-store.ts';
import { createRegistryStore } from './registry/registry-store.ts';

const organisation = (id: string, cvr: string, municipality: string) => ({
  id,
  name: `Boligselskabet ${cvr}`,
  cvr,
  lbfNumber: null,
  kind: 'housingOrganisation' as const,
  seatMunicipality: municipality,
  administeredBy: { kind: 'self' as const },
  accountingYearEnd: '12-31',
  activeFrom: '2000-01-01',
  activeTo: null,
});

describeEachDatabase('bulk inserts', (db) => {
  async function seed() {
    const registry = createRegistryStore(db());
    for (const [code, name] of [
      ['707', 'Norddjurs Kommune'],
      ['101', 'Københavns Kommune'],
    ] as const) {
      await registry.saveMunicipality(
        { code, name, supervisingUnit: 'Tilsyn', accountsUrl: null, bodyAbbreviations: {} },
        false,
      );
    }
    await registry.insertOrganisation('707', organisation('org-a', '34182701', '707'));
    await registry.insertOrganisation('101', organisation('org-b', '34182702', '101'));
  }

  it('insertFacts stores what insertFact stores, in order, and a repeat is not stored twice', async () => {
    await seed();
    const store = createGovernanceStore(db());
    const facts: Fact[] = Array.from({ length: BATCH + 37 }, (_, i) => ({
      obligationId: `dialogueMeeting:ORG:${2010 + (i % 16)}:legalFloor#${i}`,
      kind: i % 2 === 0 ? 'meetingHeld' : 'accountPublished',
      date: `20${10 + (i % 16)}-10-${String(1 + (i % 27)).padStart(2, '0')}`,
      ref: i % 3 === 0 ? null : `meeting-${i}`,
      note: i % 5 === 0 ? null : 'Benchdata',
    }));
    for (const f of facts) await store.insertFact('707', f);
    expect(await store.insertFacts('101', facts)).toBe(facts.length);
    const strip = (list: Awaited<ReturnType<typeof store.listFacts>>) =>
      list.map(({ id: _id, recordedAt: _at, ...fact }) => fact);
    const one = strip(await store.listFacts('707'));
    const bulk = strip(await store.listFacts('101'));
    expect(bulk).toHaveLength(facts.length);
    expect(bulk).toEqual(one);
    expect(await store.insertFacts('101', facts.slice(0, 10))).toBe(0);
    expect(await store.listFacts('101')).toHaveLength(facts.length);
  });

  it('insertAgreements stores every agreement with its whole history, as insertAgreement does', async () => {
    await seed();
    const store = createAgreementStore(db());
    const make = (prefix: string, organisationId: string) =>
      Array.from({ length: Math.ceil(BATCH / 2) + 11 }, (_, i) =>
        anAgreement({
          id: `${prefix}-${i}`,
          organisationId,
          steeringYear: 2010 + (i % 16),
          text: `Aftale ${i}`,
          status: i % 3 === 0 ? 'fulfilled' : 'inProgress',
          history: [
            historyEntry('agreed', '2020-10-01'),
            historyEntry('inProgress', '2020-12-01', `Trin ${i}`),
            ...(i % 3 === 0 ? [historyEntry('fulfilled', '2021-09-01')] : []),
          ],
        }),
      );
    const single = make('one', 'org-a');
    const bulk = make('bulk', 'org-b');
    for (const a of single) await store.insertAgreement('707', a);
    await store.insertAgreements('101', bulk);
    const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((a) => [a.id, a]));
    const one = byId(await store.listAgreements('707'));
    const stored = byId(await store.listAgreements('101'));
    expect(stored.size).toBe(bulk.length);
    bulk.forEach((expected, i) => {
      expect(stored.get(expected.id)).toMatchObject(expected);
      expect(stored.get(expected.id)?.history).toEqual(one.get(`one-${i}`)?.history);
    });
  }, 120_000);

  it('insertMeetings stores every meeting as insertMeeting does', async () => {
    await seed();
    const store = createMeetingStore(db());
    const meetings = Array.from({ length: 150 }, (_, i) => ({
      meeting: newMeeting({
        id: `meeting-${i}`,
        municipality: '707',
        obligationIds: [`o-${i}`],
        kind: 'dialogueMeeting',
        organisationId: 'org-a',
        title: `Styringsdialogmøde ${i}`,
        date: `2020-10-${String(1 + (i % 27)).padStart(2, '0')}`,
      }),
      year: 2010 + (i % 16),
    }));
    await store.insertMeetings(meetings);
    for (const { meeting } of meetings) expect(await store.getMeeting('707', meeting.id)).toEqual(meeting);
  });
});
