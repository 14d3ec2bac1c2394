import { expect, it } from 'vitest';
import type { z } from 'zod';
import { userWith } from '../../../test/support/actors.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { type Actor, actorLabel } from '../../app/actor.ts';
import { listAgreements } from '../../app/agreements/list-agreements.ts';
import { AppError } from '../../app/app-error.ts';
import { complianceGrid } from '../../app/governance/compliance-grid.ts';
import { recordFact } from '../../app/governance/record-fact.ts';
import { loadDemo } from '../../app/registry/load-demo.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCase } from '../../app/use-case.ts';
import { COMPLIANCE_STATUS_LABELS } from '../../domain/compliance/labels.ts';
import { createUnitOfWork } from '../unit-of-work.ts';

const officer = userWith('caseOfficer');
const councilMember = userWith('councilMember');
const YEARS = [2023, 2024, 2025, 2026, 2027];

describeEachDatabase('complianceGrid', (db) => {
  function run<S extends z.ZodType, O>(useCase: UseCase<S, O>, actor: Actor, input: unknown) {
    return runUseCase(
      useCase,
      {
        actor,
        today: '2026-11-22',
        requestId: 'test',
        uow: createUnitOfWork(db(), { actor: actorLabel(actor), requestId: 'test' }),
      },
      input,
    );
  }
  const demo = () => run(loadDemo, { kind: 'system', name: 'test' }, {});

  it('gives the same status per organisation and year as asking for each year alone', async () => {
    await demo();
    const grid = await run(complianceGrid, officer, { municipality: '707', year: 2026, years: YEARS });
    expect(grid.years.map((y) => y.year)).toEqual(YEARS);
    expect(grid.rows.length).toBeGreaterThan(3);
    let compared = 0;
    for (const year of YEARS) {
      const single = await run(complianceGrid, officer, { municipality: '707', year });
      for (const o of single.current.obligations) {
        if (!o.organisation || o.kind !== 'dialogueMeeting' || o.periodLabel !== String(year)) continue;
        const row = grid.rows.find((r) => r.organisation.id === o.organisation?.id);
        const cell = row?.cells.find((c) => c.year === year)?.dialogueMeeting;
        expect(cell).toMatchObject({ obligationId: o.id, status: o.status, statusLabel: o.statusLabel });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('lists the organisations in Danish order with one cell per year', async () => {
    await demo();
    const grid = await run(complianceGrid, officer, { municipality: '707', year: 2026, years: YEARS });
    const names = grid.rows.map((r) => r.organisation.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'da')));
    for (const row of grid.rows) expect(row.cells.map((c) => c.year)).toEqual(YEARS);
    expect(grid.rows.flatMap((r) => r.cells).some((c) => c.dialogueMeeting !== null)).toBe(true);
  });

  it('words a received documentation package with the one label table', async () => {
    await demo();
    const before = await run(complianceGrid, officer, { municipality: '707', year: 2026 });
    const pack = before.current.obligations.find(
      (o) => o.kind === 'documentationPackage' && o.organisation !== null,
    );
    if (!pack?.organisation) throw new Error('the demo owes no documentation package in 2026');
    expect(pack.status).not.toBe('met');
    await run(recordFact, officer, {
      municipality: '707',
      obligationId: pack.id,
      kind: 'packageReceived',
      date: '2026-05-01',
    });
    const after = await run(complianceGrid, officer, { municipality: '707', year: 2026 });
    const cell = after.rows
      .find((r) => r.organisation.id === pack.organisation?.id)
      ?.cells.find((c) => c.year === 2026)?.documentationPackage;
    expect(cell?.status).toBe('met');
    expect(cell?.statusLabel.startsWith(COMPLIANCE_STATUS_LABELS.met)).toBe(true);
  });

  it("carries the agreements' summary sentence and what the viewer may do", async () => {
    await demo();
    const grid = await run(complianceGrid, officer, { municipality: '707', year: 2026 });
    const listing = await run(listAgreements, officer, { municipality: '707' });
    expect(grid.agreements.sentence).toBe(listing.summary.sentence);
    expect(grid.can.recordFacts).toBe(true);
    const seen = await run(complianceGrid, councilMember, { municipality: '707', year: 2026 });
    expect(seen.can.recordFacts).toBe(false);
  });

  it('is not for organisation users, nor for another municipality', async () => {
    await demo();
    const organisation = userWith('organisation', '707', 'org-djurslandsbo');
    await expect(
      run(complianceGrid, organisation, { municipality: '707', year: 2026 }),
    ).rejects.toBeInstanceOf(AppError);
    await expect(
      run(complianceGrid, userWith('caseOfficer', '751'), { municipality: '707', year: 2026 }),
    ).rejects.toMatchObject({ code: 'notFound' });
  });
});
