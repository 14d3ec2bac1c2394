import { describe, expect, it } from 'vitest';
import { demoRegistry } from '../registry/demo-data.ts';
import { demoAgreements, demoProgressProposals } from './demo-agreements.ts';
import { isOverdue, openAgreementsForFollowUp } from './follow-up.ts';
import { applyStatusChange, checkStatusChange } from './status-rules.ts';
import { AGREEMENT_STATUSES } from './types.ts';
import { validateAgreementInput } from './validate-agreement.ts';

const demoToday = '2026-11-22';

describe('demo agreements', () => {
  const agreements = demoAgreements();
  const registry = demoRegistry();

  it('covers 2020–2025, every status, and has some overdue and some not', () => {
    expect(new Set(agreements.map((a) => a.steeringYear))).toEqual(
      new Set([2020, 2021, 2022, 2023, 2024, 2025]),
    );
    expect(new Set(agreements.map((a) => a.status))).toEqual(new Set(AGREEMENT_STATUSES));
    const overdue = agreements.filter((a) => isOverdue(a, demoToday));
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(
      agreements.filter((a) => a.status === 'inProgress' && !isOverdue(a, demoToday)).length,
    ).toBeGreaterThan(0);
  });

  it('passes the same validation and status rules as typed input', () => {
    for (const a of agreements) {
      const { id: _id, status: _s, history, ...input } = a;
      expect(validateAgreementInput(input), a.id).toMatchObject({ ok: true });
      let replay = { ...a, status: 'agreed' as const, history: history.slice(0, 1) };
      for (const entry of history.slice(1)) {
        expect(checkStatusChange(replay, entry, demoToday), `${a.id} → ${entry.status}`).toEqual([]);
        replay = applyStatusChange(replay, entry) as typeof replay;
      }
      expect(replay.status).toBe(a.status);
    }
  });

  it('refers only to demo organisations seated in Norddjurs and to their own departments', () => {
    const organisations = new Map(registry.organisations.map((o) => [o.id, o]));
    const departments = new Map(registry.departments.map((d) => [d.id, d]));
    for (const a of agreements) {
      expect(organisations.get(a.organisationId)?.seatMunicipality, a.id).toBe('707');
      for (const d of a.departmentIds)
        expect(departments.get(d)?.organisationId, `${a.id} ${d}`).toBe(a.organisationId);
    }
    expect(new Set(agreements.map((a) => a.id)).size).toBe(agreements.length);
  });

  it('gives Boligselskabet Djurslandsbo open follow-up items for 2026, and a valid pending proposal', () => {
    const open = openAgreementsForFollowUp(agreements, 'org-djurslandsbo', 2026);
    expect(open.map((a) => a.id)).toContain('agr-djurslandsbo-2025-1');
    for (const p of demoProgressProposals()) {
      const agreement = agreements.find((a) => a.id === p.agreementId);
      expect(agreement).toBeDefined();
      if (agreement)
        expect(
          checkStatusChange(agreement, { status: p.status, date: p.proposedOn, note: p.note }, demoToday),
        ).toEqual([]);
    }
  });
});
