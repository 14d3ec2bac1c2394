import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/database.ts';
import { migrateToLatest } from './migrate.ts';
import { createUnitOfWork } from './unit-of-work.ts';

describeEachDatabase('migrations and the audit log', (db) => {
  it('is idempotent: running the migrations again applies nothing', async () => {
    expect((await migrateToLatest(db())).applied).toEqual([]);
  });

  it('has the read indexes of issue 18 (open meetings, the compliance read order) and not the index they replace', async () => {
    const r = await sql<{ indexname: string }>`
      SELECT indexname FROM pg_indexes WHERE tablename IN ('meeting', 'compliance_obligation')`.execute(db());
    const names = r.rows.map((x) => x.indexname);
    expect(names).toEqual(
      expect.arrayContaining(['meeting_municipality_status', 'compliance_obligation_order']),
    );
    expect(names).not.toContain('compliance_obligation_read');
  });

  it('does not take the fast path past a recorded migration this version does not know', async () => {
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('2999-01-01T0000-from-the-future', '2999-01-01')`.execute(
      db(),
    );
    try {
      await expect(migrateToLatest(db())).rejects.toThrow(/2999-01-01T0000-from-the-future/);
    } finally {
      await sql`DELETE FROM kysely_migration WHERE name = '2999-01-01T0000-from-the-future'`.execute(db());
    }
  });

  it('keeps the audit log append-only even for direct SQL', async () => {
    const uow = createUnitOfWork(db(), { actor: 'system:test', requestId: 'r1' });
    await uow.write((s) =>
      s.audit.append({
        municipality: '707',
        action: 'test',
        entity: 'thing',
        entityId: '1',
        before: null,
        after: { a: 1 },
      }),
    );
    await expect(sql`UPDATE audit_entry SET actor = 'someone else'`.execute(db())).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_entry`.execute(db())).rejects.toThrow(/append-only/);
    const rows = await db().selectFrom('audit_entry').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: 'system:test', request_id: 'r1', after: { a: 1 } });
  });

  it('rolls back the audit entry with a failed change', async () => {
    const uow = createUnitOfWork(db(), { actor: 'system:test', requestId: 'r2' });
    await expect(
      uow.write(async (s) => {
        await s.audit.append({
          municipality: '707',
          action: 'x',
          entity: 'thing',
          entityId: '2',
          before: null,
          after: null,
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db().selectFrom('audit_entry').selectAll().execute()).toEqual([]);
  });
});
