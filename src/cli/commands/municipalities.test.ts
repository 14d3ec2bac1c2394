import { expect, it } from 'vitest';
import { runCliAgainst } from '../../../test/support/cli-harness.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { EXIT } from '../exit-codes.ts';

describeEachDatabase('styringsdialog municipalities', (db) => {
  it('creates Aarhus, refuses it twice (conflict) and refuses a code outside the 98', async () => {
    const created = await runCliAgainst(db(), [
      'municipalities',
      'create',
      '--code',
      '751',
      '--name',
      'Aarhus Kommune',
      '--json',
    ]);
    expect(created.code).toBe(EXIT.ok);
    expect(created.json<{ code: string; name: string }>()).toMatchObject({
      code: '751',
      name: 'Aarhus Kommune',
    });

    const twice = await runCliAgainst(db(), ['municipalities', 'create', '--code', '751', '--json']);
    expect(twice.code).toBe(EXIT.conflict);
    expect(twice.stderr).toContain('allerede oprettet');

    const bad = await runCliAgainst(db(), ['municipalities', 'create', '--code', '999']);
    expect(bad.code).toBe(EXIT.invalid);
    expect(bad.stderr).toContain('ikke en af de 98 danske kommuners koder');

    const list = await runCliAgainst(db(), ['municipalities', 'list', '--json']);
    expect(list.json<{ municipalities: { code: string }[] }>().municipalities.map((m) => m.code)).toContain(
      '751',
    );
  });

  it('suspends, resumes and grants the first admin', async () => {
    await runCliAgainst(db(), ['municipalities', 'create', '--code', '706']);
    const admin = await runCliAgainst(db(), [
      'municipalities',
      'grant-admin',
      '--code',
      '706',
      '--email',
      'admin@syddjurs.dk',
      '--name',
      'Sif Admin',
      '--json',
    ]);
    expect(admin.code).toBe(EXIT.ok);
    expect(
      admin.json<{ created: boolean; generatedPassword: string }>().generatedPassword.length,
    ).toBeGreaterThan(10);
    expect(
      (await runCliAgainst(db(), ['municipalities', 'suspend', '--code', '706', '--reason', 'Test'])).code,
    ).toBe(EXIT.ok);
    const row = await db()
      .selectFrom('municipality')
      .select('suspended_at')
      .where('code', '=', '706')
      .executeTakeFirst();
    expect(row?.suspended_at).not.toBeNull();
    expect((await runCliAgainst(db(), ['municipalities', 'resume', '--code', '706'])).code).toBe(EXIT.ok);
    expect((await runCliAgainst(db(), ['municipalities', 'suspend', '--code', '101'])).code).toBe(
      EXIT.notFound,
    );
  });
});
