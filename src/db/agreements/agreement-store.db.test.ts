import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { anAgreement, historyEntry } from '../../domain/agreements/agreement-arbitraries.ts';
import { isOverdue, summariseAgreements, summaryFromCounts } from '../../domain/agreements/follow-up.ts';
import type { Agreement, ProgressProposal } from '../../domain/agreements/types.ts';
import { createRegistryStore } from '../registry/registry-store.ts';
import { createAgreementStore } from './agreement-store.ts';

const organisation = {
  id: 'org-a',
  name: 'Boligselskabet A',
  cvr: '34182701',
  lbfNumber: null,
  kind: 'housingOrganisation' as const,
  seatMunicipality: '707',
  administeredBy: { kind: 'self' as const },
  accountingYearEnd: '12-31',
  activeFrom: '2000-01-01',
  activeTo: null,
};

const proposal = (id: string, agreementId: string): ProgressProposal => ({
  id,
  agreementId,
  status: 'fulfilled',
  note: 'Nået',
  evidenceUrl: null,
  proposedOn: '2026-03-01',
  proposedBy: 'user:org',
  proposedByName: 'Org Bruger',
  state: 'pending',
  decidedOn: null,
  decidedBy: null,
  decidedByName: null,
  decisionNote: null,
});

describeEachDatabase('agreement store', (db) => {
  async function seed() {
    const registry = createRegistryStore(db());
    await registry.saveMunicipality(
      {
        code: '707',
        name: 'Norddjurs Kommune',
        supervisingUnit: 'Vej og Ejendom',
        accountsUrl: null,
        bodyAbbreviations: {},
      },
      false,
    );
    await registry.insertOrganisation('707', organisation);
    return createAgreementStore(db());
  }

  it('stores an agreement with its history and reads it back field for field', async () => {
    const store = await seed();
    const agreement = anAgreement({
      id: 'agr-1',
      departmentIds: ['dep-x'],
      responsible: { kind: 'namedUnit', name: 'Boligsocial enhed' },
      councilApproval: { body: 'Kommunalbestyrelsen', date: '2025-12-16', caseNumber: '25/10412' },
      target: 'Under 1 %',
      status: 'inProgress',
      history: [
        historyEntry('agreed', '2025-10-14'),
        { ...historyEntry('inProgress', '2026-03-01', 'I gang'), evidenceUrl: 'https://x.dk' },
      ],
    });
    await store.insertAgreement('707', agreement);
    expect(await store.getAgreement('707', 'agr-1')).toEqual({ ...agreement, version: 1 });
    expect(await store.getAgreement('706', 'agr-1')).toBeNull();
    expect(await store.listAgreements('707', { organisationIds: [] })).toEqual([]);
    expect((await store.listAgreements('707', { organisationIds: ['org-a'] })).map((a) => a.id)).toEqual([
      'agr-1',
    ]);
    // The history-free read: the same fields, in the same order, under the same filter.
    const { id, organisationId, steeringYear, text, deadline, status } = agreement;
    expect(await store.listAgreementStates('707')).toEqual([
      { id, organisationId, steeringYear, text, deadline, status },
    ]);
    expect(await store.listAgreementStates('707', { organisationIds: [] })).toEqual([]);
    expect(await store.listAgreementStates('706')).toEqual([]);
  });

  it('appends a status change only for the version it was read at', async () => {
    const store = await seed();
    await store.insertAgreement('707', anAgreement({ id: 'agr-1' }));
    const entry = historyEntry('inProgress', '2026-01-01');
    expect(await store.appendStatusChange('707', 'agr-1', entry, 1)).toBe(true);
    expect(
      await store.appendStatusChange('707', 'agr-1', historyEntry('dropped', '2026-01-02', 'x'), 1),
    ).toBe(false);
    const stored = await store.getAgreement('707', 'agr-1');
    expect(stored?.status).toBe('inProgress');
    expect(stored?.history.map((h) => h.status)).toEqual(['agreed', 'inProgress']);
    expect(stored?.version).toBe(2);
  });

  it('keeps at most one pending progress report per agreement and decides it once', async () => {
    const store = await seed();
    await store.insertAgreement('707', anAgreement({ id: 'agr-1' }));
    await store.insertProposal(proposal('p-1', 'agr-1'));
    await expect(store.insertProposal(proposal('p-2', 'agr-1'))).rejects.toThrow();
    const decision = {
      id: 'p-1',
      state: 'rejected' as const,
      decidedOn: '2026-03-02',
      decidedBy: 'user:co',
      decidedByName: 'Sagsbehandler',
      decisionNote: 'Nej',
    };
    expect(await store.decideProposal(decision)).toBe(true);
    expect(await store.decideProposal({ ...decision, state: 'confirmed' })).toBe(false);
    expect((await store.getProposal('707', 'p-1'))?.state).toBe('rejected');
    await store.insertProposal(proposal('p-2', 'agr-1'));
    expect((await store.listProposals('707', { agreementId: 'agr-1' })).map((p) => [p.id, p.state])).toEqual([
      ['p-1', 'rejected'],
      ['p-2', 'pending'],
    ]);
  });

  it('pages the filtered list in SQL, newest steering year first, by offset and by keyset', async () => {
    const store = await seed();
    const agreements: Agreement[] = [
      anAgreement({ id: 'a1', steeringYear: 2023, agreedOn: '2023-10-01', deadline: '2024-06-30' }),
      anAgreement({ id: 'a2', steeringYear: 2025, agreedOn: '2025-10-14', status: 'inProgress' }),
      anAgreement({ id: 'a3', steeringYear: 2025, agreedOn: '2025-10-14', deadline: null }),
      anAgreement({ id: 'a4', steeringYear: 2025, agreedOn: '2025-11-02', status: 'fulfilled' }),
      anAgreement({ id: 'a5', steeringYear: 2024, agreedOn: '2024-09-30', objectiveArea: 'departments' }),
      anAgreement({
        id: 'a6',
        steeringYear: 2024,
        agreedOn: '2024-09-30',
        status: 'dropped',
        deadline: '2020-01-01',
      }),
      anAgreement({ id: 'a7', steeringYear: 2026, agreedOn: '2026-01-05', deadline: '2027-01-01' }),
    ];
    for (const a of agreements) await store.insertAgreement('707', a);
    const ids = async (q: Parameters<typeof store.pageAgreements>[1], page = {}) =>
      (await store.pageAgreements('707', q, page)).map((a) => a.id);
    const order = ['a7', 'a4', 'a3', 'a2', 'a6', 'a5', 'a1'];
    expect(await ids({})).toEqual(order);
    // Numbered pages (offset) and the API's keyset walk give the same rows in the same order.
    expect(await ids({}, { limit: 3, offset: 3 })).toEqual(order.slice(3, 6));
    const walked: string[] = [];
    let after: { steeringYear: number; agreedOn: string; id: string } | undefined;
    for (let i = 0; i < 5; i += 1) {
      const page = await store.pageAgreements('707', {}, { limit: 2, ...(after ? { after } : {}) });
      walked.push(...page.map((a) => a.id));
      const last = page[page.length - 1];
      if (!last) break;
      after = { steeringYear: last.steeringYear, agreedOn: last.agreedOn, id: last.id };
    }
    expect(walked).toEqual(order);
    // Each page carries its agreements' histories.
    expect((await store.pageAgreements('707', {}, { limit: 1, offset: 2 }))[0]?.history).toHaveLength(1);
    // Filters.
    expect(await ids({ status: 'agreed', steeringYear: 2025 })).toEqual(['a3']);
    expect(await ids({ objectiveArea: 'departments' })).toEqual(['a5']);
    expect(await ids({ organisationId: 'org-b' })).toEqual([]);
    expect(await ids({ organisationIds: [] })).toEqual([]);
    const today = '2026-11-22';
    const open = ['agreed', 'inProgress'] as const;
    const overdue = agreements.filter((a) => isOverdue(a, today)).map((a) => a.id);
    expect((await ids({ pastDeadline: { statuses: open, today } })).sort()).toEqual(overdue.sort());
    // The counts give the summary a whole read would give, filtered or not.
    expect(summaryFromCounts(await store.countAgreements('707', {}, today))).toEqual(
      summariseAgreements(agreements, today),
    );
    expect(summaryFromCounts(await store.countAgreements('707', { steeringYear: 2024 }, today))).toEqual(
      summariseAgreements(
        agreements.filter((a) => a.steeringYear === 2024),
        today,
      ),
    );
    expect(await store.countAgreements('706', {}, today)).toEqual([]);
  });
});
