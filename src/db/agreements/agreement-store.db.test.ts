import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { anAgreement, historyEntry } from '../../domain/agreements/agreement-arbitraries.ts';
import type { ProgressProposal } from '../../domain/agreements/types.ts';
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
});
