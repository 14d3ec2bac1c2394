import { expect, it } from 'vitest';
import { ensureMunicipality, ensureOrganisation } from '../../../test/support/auth.ts';
import { runCliAgainst } from '../../../test/support/cli-harness.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { verifyPassword } from '../../app/auth/password-hash.ts';

describeEachDatabase('styringsdialog users / tokens / audit', (db) => {
  async function setup() {
    await ensureMunicipality(db(), '707', 'Norddjurs Kommune');
    await ensureOrganisation(db(), '707', 'org-djurslandsbo', '34183058');
  }

  it('adds a user without a password: prints a generated one once, stores only its argon2id hash', async () => {
    await setup();
    const r = await runCliAgainst(db(), [
      'users',
      'add',
      '--email',
      'Sara@Norddjurs.dk',
      '--name',
      'Sara Sagsbehandler',
      '--role',
      'caseOfficer',
      '--municipality',
      '707',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = r.json<{ user: { id: string; email: string }; password: string }>();
    expect(out.user.email).toBe('sara@norddjurs.dk');
    expect(out.password).toMatch(/^[A-Za-z2-9]{20}$/);
    const row = await db().selectFrom('app_user').selectAll().executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.password_hash ?? '', out.password)).toBe(true);
    const human = await runCliAgainst(db(), [
      'users',
      'add',
      '--email',
      'embedsmand@norddjurs.dk',
      '--name',
      'Erik Embedsmand',
      '--role',
      'official',
      '--unit',
      'Social',
      '--municipality',
      '707',
    ]);
    expect(human.stdout).toMatch(
      /^Bruger oprettet: Erik Embedsmand <embedsmand@norddjurs.dk> \(user-[0-9a-f-]+\), Embedsmand i 707\.\nAdgangskode \(vises kun denne ene gang\): \S{20}$/,
    );
  });

  it('takes a given password only when it meets the policy, and never prints it', async () => {
    await setup();
    const weak = await runCliAgainst(db(), [
      'users',
      'add',
      '--email',
      'a@norddjurs.dk',
      '--name',
      'A',
      '--role',
      'admin',
      '--municipality',
      '707',
      '--password',
      'kort',
    ]);
    expect(weak.code).toBe(3);
    expect(weak.stderr).toContain('password: Adgangskoden skal være mindst 12 tegn');
    expect(await db().selectFrom('app_user').selectAll().execute()).toEqual([]);
    const ok = await runCliAgainst(db(), [
      'users',
      'add',
      '--email',
      'a@norddjurs.dk',
      '--name',
      'A',
      '--role',
      'admin',
      '--municipality',
      '707',
      '--password',
      'korrekt hest batteri hæfte',
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).not.toContain('korrekt hest');
  });

  it('refuses an unknown role (usage, exit 2) and an organisation user without an organisation (exit 3)', async () => {
    await setup();
    const role = await runCliAgainst(db(), [
      'users',
      'add',
      '--email',
      'a@x.dk',
      '--name',
      'A',
      '--role',
      'superuser',
      '--municipality',
      '707',
    ]);
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('superuser');
    const org = await runCliAgainst(db(), [
      'users',
      'add',
      '--email',
      'a@x.dk',
      '--name',
      'A',
      '--role',
      'organisation',
      '--municipality',
      '707',
    ]);
    expect(org.code).toBe(3);
    expect(org.stderr).toContain('organisationId: Vælg boligorganisationen');
    const unknownOrg = await runCliAgainst(db(), [
      'users',
      'add',
      '--email',
      'a@x.dk',
      '--name',
      'A',
      '--role',
      'organisation',
      '--municipality',
      '707',
      '--organisation',
      'org-findes-ikke',
    ]);
    expect(unknownOrg.code).toBe(3);
    const good = await runCliAgainst(db(), [
      'users',
      'add',
      '--email',
      'a@x.dk',
      '--name',
      'A',
      '--role',
      'organisation',
      '--municipality',
      '707',
      '--organisation',
      'org-djurslandsbo',
    ]);
    expect(good.code).toBe(0);
  });

  it('lists users with their roles as a table and as JSON', async () => {
    await setup();
    await runCliAgainst(db(), [
      'users',
      'add',
      '--email',
      'b@x.dk',
      '--name',
      'Bo',
      '--role',
      'councilMember',
      '--municipality',
      '707',
    ]);
    const table = await runCliAgainst(db(), ['users', 'list']);
    expect(table.stdout.split('\n')[0]).toMatch(/^Navn\s+E-mail\s+Kommune\s+Roller/);
    expect(table.stdout).toContain('Politiker 707');
    const json = (await runCliAgainst(db(), ['users', 'list', '--municipality', '707', '--json'])).json<{
      users: { email: string; grants: { role: string }[] }[];
    }>();
    expect(json.users).toEqual([
      expect.objectContaining({
        email: 'b@x.dk',
        grants: [expect.objectContaining({ role: 'councilMember' })],
      }),
    ]);
    expect(JSON.stringify(json)).not.toMatch(/argon2|password/i);
  });

  it('creates a token shown once (only its hash stored), lists it without the secret, and revokes it', async () => {
    await setup();
    await runCliAgainst(db(), [
      'users',
      'add',
      '--email',
      'esdh@norddjurs.dk',
      '--name',
      'ESDH',
      '--role',
      'caseOfficer',
      '--municipality',
      '707',
    ]);
    const created = await runCliAgainst(db(), [
      'tokens',
      'create',
      '--user',
      'esdh@norddjurs.dk',
      '--expires',
      '30d',
      '--json',
    ]);
    expect(created.code).toBe(0);
    const token = created.json<{ token: string; id: number; expiresAt: string }>();
    expect(token.token).toMatch(/^sd_[A-Za-z0-9_-]{43}$/);
    expect(token.id).toBeGreaterThan(0);
    expect(new Date(token.expiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    const row = await db().selectFrom('api_token').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(token.token.slice(3));

    const list = await runCliAgainst(db(), ['tokens', 'list', '--json']);
    expect(list.stdout).not.toContain(token.token.slice(3));
    expect(list.json<{ tokens: { id: number; status: string; user: string }[] }>().tokens).toEqual([
      expect.objectContaining({ id: token.id, status: 'active', user: 'esdh@norddjurs.dk' }),
    ]);

    const revoked = await runCliAgainst(db(), ['tokens', 'revoke', String(token.id)]);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toBe(`Adgangsnøgle ${token.id} er tilbagekaldt.`);
    const after = await runCliAgainst(db(), ['tokens', 'list']);
    expect(after.stdout).toContain('tilbagekaldt');
    expect((await runCliAgainst(db(), ['tokens', 'revoke', '999'])).code).toBe(4);
  });

  it('prints the token in human output with a warning that it is shown once', async () => {
    await setup();
    await runCliAgainst(db(), [
      'users',
      'add',
      '--email',
      'x@norddjurs.dk',
      '--name',
      'X',
      '--role',
      'admin',
      '--municipality',
      '707',
    ]);
    const r = await runCliAgainst(db(), ['tokens', 'create', '--user', 'x@norddjurs.dk']);
    expect(r.stdout).toMatch(/Gem den nu – den vises ikke igen:\nsd_[A-Za-z0-9_-]{43}$/);
    expect(
      (await runCliAgainst(db(), ['tokens', 'create', '--user', 'x@norddjurs.dk', '--expires', 'never']))
        .code,
    ).toBe(3);
    expect((await runCliAgainst(db(), ['tokens', 'create', '--user', 'ukendt@norddjurs.dk'])).code).toBe(4);
  });

  it('shows the audit log of a municipality, filtered by date, as JSON, table and CSV', async () => {
    await setup();
    await runCliAgainst(db(), [
      'users',
      'add',
      '--email',
      'y@norddjurs.dk',
      '--name',
      'Y',
      '--role',
      'admin',
      '--municipality',
      '707',
    ]);
    const json = await runCliAgainst(db(), [
      'audit',
      '--municipality',
      '707',
      '--since',
      '2020-01-01',
      '--json',
    ]);
    expect(json.code).toBe(0);
    const entries = json.json<{
      entries: { action: string; entity: string; actor: string; requestId: string }[];
    }>().entries;
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'create',
        entity: 'user',
        actor: 'system:cli:test',
        requestId: 'cli-test',
      }),
    ]);
    const future = await runCliAgainst(db(), [
      'audit',
      '--municipality',
      '707',
      '--since',
      '2999-01-01',
      '--json',
    ]);
    expect(future.json<{ entries: unknown[] }>().entries).toEqual([]);
    const table = await runCliAgainst(db(), ['audit', '--municipality', '707']);
    expect(table.stdout.split('\n')[0]).toMatch(/^Id\s+Tidspunkt\s+Aktør\s+Handling/);
    const csv = await runCliAgainst(db(), ['audit', '--municipality', '707', '--csv']);
    expect(csv.stdout.startsWith('\uFEFFid;tidspunkt;kommune;aktør')).toBe(true);
    const bad = await runCliAgainst(db(), ['audit', '--municipality', '707', '--since', '31-02-2026']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('dd-mm-åååå');
    const danish = await runCliAgainst(db(), [
      'audit',
      '--municipality',
      '707',
      '--since',
      '01-01-2000',
      '--json',
    ]);
    const iso = await runCliAgainst(db(), [
      'audit',
      '--municipality',
      '707',
      '--since',
      '2000-01-01',
      '--json',
    ]);
    expect(danish.code).toBe(0);
    expect(danish.stdout).toBe(iso.stdout);
  });

  it('seeds the demo users only into a demo municipality', async () => {
    await setup();
    const none = await runCliAgainst(db(), ['users', 'seed-demo']);
    expect(none.stdout).toContain('Ingen demokommune');
    expect(await db().selectFrom('app_user').selectAll().execute()).toEqual([]);
  });
});
