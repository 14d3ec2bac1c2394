import { describe, expect, it } from 'vitest';
import { norddjursModels } from '../../domain/governance-model/norddjurs-models.ts';
import { deriveObligations } from '../../domain/obligations/derive-obligations.ts';
import { demoRegistry } from '../../domain/registry/demo-data.ts';
import { demoFacts } from './demo-facts.ts';

describe('demoFacts', () => {
  const obligations = [2023, 2024, 2025, 2026].flatMap((year) =>
    deriveObligations({
      municipality: '707',
      models: norddjursModels(),
      organisations: demoRegistry().organisations,
      year,
    }),
  );
  const unique = [...new Map(obligations.map((o) => [o.id, o])).values()];

  it('records nothing for the current year or later', () => {
    const facts = demoFacts(unique, 2025);
    const ids = new Set(facts.map((f) => f.obligationId));
    expect(unique.filter((o) => o.periodLabel === '2026').some((o) => ids.has(o.id))).toBe(false);
  });

  it('holds most past statutory meetings and misses at least one, deterministically', () => {
    const facts = demoFacts(unique, 2025);
    const held = facts.filter((f) => f.kind === 'meetingHeld').map((f) => f.obligationId);
    const past = unique.filter((o) => o.kind === 'dialogueMeeting' && o.periodLabel <= '2025');
    expect(held.length).toBeGreaterThan(past.length / 2);
    expect(past.some((o) => !held.includes(o.id))).toBe(true);
    expect(demoFacts(unique, 2025)).toEqual(facts);
  });

  it('dates every fact inside the period it belongs to or after the meeting', () => {
    for (const f of demoFacts(unique, 2025)) {
      const o = unique.find((x) => x.id === f.obligationId);
      if (!o) throw new Error(`unknown obligation ${f.obligationId}`);
      if (f.kind === 'meetingHeld') expect(f.date >= o.periodStart && f.date <= o.periodEnd).toBe(true);
    }
  });
});
