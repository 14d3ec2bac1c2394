import fc from 'fast-check';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { systemContext } from '../../../test/support/auth.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { createUnitOfWork } from '../../db/unit-of-work.ts';
import { cvrCheckDigit } from '../../domain/registry/cvr.ts';
import { addDays } from '../../domain/shared/iso-date.ts';
import { loadDemo } from '../registry/load-demo.ts';
import { createOrganisation } from '../registry/save-organisation.ts';
import { runUseCase } from '../run-use-case.ts';
import { complianceYears, freshComplianceYears } from './compliance-state.ts';
import { listObligations } from './list-obligations.ts';
import { checkStoredCompliance, rebuildCompliance } from './rebuild-compliance.ts';
import { recordFact } from './record-fact.ts';

const TODAY = '2026-11-22';
const YEARS = [2022, 2023, 2024, 2025, 2026, 2027];

function cvr(n: number): string {
  for (let k = 3_000_000 + n * 13; ; k++) {
    const check = cvrCheckDigit(String(k));
    if (check !== null) return `${k}${check}`;
  }
}

describeEachDatabase('stored compliance (issue 18)', (db) => {
  const ctx = () => systemContext(db());
  const uow = () => createUnitOfWork(db(), { actor: 'system:test', requestId: 'test' });
  const check = () => runUseCase(checkStoredCompliance, ctx(), { municipality: '707' });
  const content = () => uow().read((s) => s.compliance.content('707'));
  const stored = (today = TODAY) => uow().read((s) => complianceYears(s, '707', YEARS, today));
  const fresh = (today = TODAY) => uow().read((s) => freshComplianceYears(s, '707', YEARS, today));

  it('is current after every use case that writes, and equal to a fresh computation', async () => {
    await runUseCase(loadDemo, ctx(), {});
    const before = await content();
    expect(before).not.toBeNull();
    expect(before!.computedVersion).toBe(before!.complianceVersion);
    expect(await check()).toMatchObject({ ok: true });

    const { obligations } = await runUseCase(listObligations, ctx(), { municipality: '707', year: 2026 });
    const open = obligations.find((o) => o.kind === 'dialogueMeeting' && o.organisation !== null)!;
    await runUseCase(recordFact, ctx(), {
      municipality: '707',
      obligationId: open.id,
      kind: 'meetingHeld',
      date: '2026-05-04',
    });
    const after = await content();
    expect(after!.complianceVersion).toBeGreaterThan(before!.complianceVersion);
    expect(after!.computedVersion).toBe(after!.complianceVersion);
    const rows = await uow().read((s) => s.compliance.rowsOn('707', [2026], TODAY));
    expect(rows.find((r) => r.obligationId === open.id)?.assessment.completedOn).toBe('2026-05-04');
    expect(await stored()).toEqual(await fresh());
    expect(await check()).toMatchObject({ ok: true });
  });

  it('answers correctly after a write outside the use cases, and rebuild makes the stored state current', async () => {
    await runUseCase(loadDemo, ctx(), {});
    const { obligations } = await runUseCase(listObligations, ctx(), { municipality: '707', year: 2025 });
    const target = obligations.find((o) => o.kind === 'documentationPackage')!;
    await db()
      .insertInto('obligation_fact')
      .values({
        municipality: '707',
        obligation_id: target.id,
        kind: 'notApplicable',
        date: '2025-03-01',
        ref: null,
        note: 'direkte',
      })
      .execute();
    const stale = await check();
    expect(stale.ok).toBe(false);
    expect(stale.checks[0]!.stale).toBe(true);
    const read = await stored();
    expect(read).toEqual(await fresh());
    const year = read.find((y) => y.year === 2025)!;
    expect(year.assessments.find((a) => a.obligationId === target.id)?.status).toBe('notApplicable');

    await runUseCase(rebuildCompliance, ctx(), {});
    expect(await check()).toMatchObject({ ok: true });
  });

  it('finds a stored row that differs from a fresh computation', async () => {
    await runUseCase(loadDemo, ctx(), {});
    await sql`UPDATE compliance_obligation SET assessment = jsonb_set(assessment::jsonb, '{status}', '"met"')::json
      WHERE municipality = '707' AND status <> 'met' AND year = 2025`.execute(db());
    const bad = await check();
    expect(bad.ok).toBe(false);
    expect(bad.checks[0]!.different.length).toBeGreaterThan(0);
    await runUseCase(rebuildCompliance, ctx(), { municipality: '707' });
    expect(await check()).toMatchObject({ ok: true });
  });

  it('equals a fresh computation on any day after random histories of facts and organisations', async () => {
    await runUseCase(loadDemo, ctx(), {});
    const years = await fresh();
    const ids = years.flatMap((y) => y.obligations.map((o) => o.id));
    const day = fc
      .tuple(
        fc.integer({ min: 2021, max: 2026 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
      .filter((d) => d <= TODAY);
    const step = fc.oneof(
      fc.record({
        op: fc.constant('fact' as const),
        id: fc.constantFrom(...ids),
        kind: fc.constantFrom('meetingHeld', 'accountPublished', 'packageReceived', 'notApplicable'),
        date: day,
      }),
      fc.record({ op: fc.constant('organisation' as const), activeFrom: day, n: fc.nat(1000) }),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 5 }),
        fc.array(day, { minLength: 1, maxLength: 3 }),
        async (steps, days) => {
          run++;
          for (const s of steps) {
            if (s.op === 'fact') {
              await runUseCase(recordFact, ctx(), {
                municipality: '707',
                obligationId: s.id,
                kind: s.kind,
                date: s.date,
                note: s.kind === 'notApplicable' ? 'ikke relevant' : null,
              }).catch(() => undefined);
            } else {
              await runUseCase(createOrganisation, ctx(), {
                municipality: '707',
                organisation: {
                  name: `Ny boligorganisation ${run}-${s.n}`,
                  cvr: cvr(run * 1000 + s.n),
                  kind: 'housingOrganisation',
                  seatMunicipality: '707',
                  activeFrom: s.activeFrom,
                },
              }).catch(() => undefined);
            }
          }
          const c = await content();
          expect(c!.computedVersion).toBe(c!.complianceVersion);
          for (const d of [...days, addDays(TODAY, 400)]) expect(await stored(d)).toEqual(await fresh(d));
          expect(await check()).toMatchObject({ ok: true });
        },
      ),
      { numRuns: 6 },
    );
  });
});
