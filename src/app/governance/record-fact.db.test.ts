/**
 * Recording the same fact twice stores it once (issue 12 #12), on PGlite and PostgreSQL: the
 * use case answers a repeat with the first fact, and the store's unique index holds even when
 * two transactions race.
 */
import { expect, it } from 'vitest';
import { systemContext } from '../../../test/support/auth.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import type { OpenDatabase } from '../../db/connect.ts';
import { createUnitOfWork } from '../../db/unit-of-work.ts';
import { runUseCase } from '../run-use-case.ts';
import { recordFact } from './record-fact.ts';

const OBLIGATION = 'dialogueMeeting:707:org-djurslandsbo:2026:legalFloor#1';

describeEachDatabase('recording a fact', (db) => {
  const input = {
    municipality: '707',
    obligationId: OBLIGATION,
    kind: 'meetingHeld',
    date: '2026-10-14',
    ref: 'Referat 14-10-2026',
  };
  const factRows = () =>
    db().selectFrom('obligation_fact').selectAll().where('obligation_id', '=', OBLIGATION).execute();
  const auditRows = () =>
    db().selectFrom('audit_entry').selectAll().where('action', '=', 'recordFact').execute();

  it('stores the same fact once and answers a repeat with the first', async () => {
    await loadDemoInto({ db: db() } as OpenDatabase);
    const before = (await factRows()).length;
    const first = await runUseCase(recordFact, systemContext(db()), input);
    const again = await runUseCase(recordFact, systemContext(db()), { ...input });
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.fact.id).toBe(first.fact.id);
    expect((await factRows()).length).toBe(before + 1);
    expect(await auditRows()).toHaveLength(1);
    // Another date, or another note, is another fact.
    const other = await runUseCase(recordFact, systemContext(db()), { ...input, note: 'Ekstra møde' });
    expect(other.created).toBe(true);
    expect((await factRows()).length).toBe(before + 2);
  });

  it('keeps one row when two transactions insert the same fact at once', async () => {
    await loadDemoInto({ db: db() } as OpenDatabase);
    const fact = {
      obligationId: OBLIGATION,
      kind: 'meetingHeld' as const,
      date: '2026-10-15',
      ref: null,
      note: null,
    };
    const insert = () =>
      createUnitOfWork(db(), { actor: 'system:test', requestId: 'race' }).write((s) =>
        s.governance.insertFact('707', fact),
      );
    const results = await Promise.all([insert(), insert()]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(results[0]?.fact.id).toBe(results[1]?.fact.id);
    const rows = (await factRows()).filter(
      (r) => String(r.date).startsWith('2026-10-15') || r.date === '2026-10-15',
    );
    expect(rows).toHaveLength(1);
  });
});
