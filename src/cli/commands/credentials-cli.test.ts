/**
 * Finding #4 of the hardening issue: answering a leaked token must not need downtime. While the
 * server holds the embedded database, `tokens revoke` and `users deactivate` either run through
 * the server (`--server URL --token T`) or, without it, say exactly how (page, API route, flag).
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestUser, ensureMunicipality, systemContext } from '../../../test/support/auth.ts';
import { runCliAgainst } from '../../../test/support/cli-harness.ts';
import { resetDatabase } from '../../../test/support/database.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { AppError } from '../../app/app-error.ts';
import { createApiToken } from '../../app/auth/create-api-token.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { runCli } from '../program.ts';

/** A CLI whose database is held by the running server, as DataDirLockedError reports it. */
async function runLocked(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const deps: CliDeps = {
    io: { out: (s) => out.push(s), err: (s) => err.push(s) },
    open: async () => {
      throw new AppError('databaseLocked', 'Databasen er i brug', 'Låsen er taget af en anden proces.');
    },
    serve: async () => {},
  };
  const code = await runCli(argv, deps);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('CLI credentials while the server runs', () => {
  let t: TestApp;
  let server = '';
  let adminToken = '';
  let saraToken = '';
  let saraTokenId = 0;

  beforeAll(async () => {
    t = await startTestApp({ clock: () => new Date() });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    server = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await resetDatabase(t.database.db);
    await ensureMunicipality(t.database.db, '707', 'Norddjurs Kommune');
    await createTestUser(t.database.db, { email: 'admin@norddjurs.dk', role: 'admin' });
    await createTestUser(t.database.db, { email: 'sara@norddjurs.dk', role: 'caseOfficer' });
    const ctx = systemContext(t.database.db, new Date());
    adminToken = (await runUseCase(createApiToken, ctx, { userEmail: 'admin@norddjurs.dk' })).token;
    const sara = await runUseCase(createApiToken, ctx, { userEmail: 'sara@norddjurs.dk' });
    saraToken = sara.token;
    saraTokenId = sara.id;
  });

  const me = (token: string) =>
    t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });

  it('says exactly how to revoke while the database is locked: the flag, the pages and the API routes', async () => {
    const r = await runLocked(['tokens', 'revoke', '7']);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('Databasen er i brug');
    expect(r.stderr).toContain('tokens revoke 7 --server URL --token ADMINNØGLE --municipality KODE');
    expect(r.stderr).toContain('/min-profil');
    expect(r.stderr).toContain('DELETE /api/v1/municipalities/{kode}/api-tokens/7');
    const d = await runLocked([
      'users',
      'deactivate',
      '--email',
      'sara@norddjurs.dk',
      '--municipality',
      '707',
    ]);
    expect(d.code).toBe(5);
    expect(d.stderr).toContain('POST /api/v1/municipalities/707/users/{userId}/deactivation');
    expect(d.stderr).toContain('--server URL');
  });

  it('revokes a token through the running server with --server and --token', async () => {
    expect((await me(saraToken)).statusCode).toBe(200);
    const r = await runLocked([
      'tokens',
      'revoke',
      String(saraTokenId),
      '--server',
      server,
      '--token',
      adminToken,
      '--municipality',
      '707',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Adgangsnøgle ${saraTokenId} er tilbagekaldt.`);
    expect((await me(saraToken)).statusCode).toBe(401);
  });

  it('deactivates a user through the running server, and refuses a non-admin token', async () => {
    const refused = await runLocked([
      'users',
      'deactivate',
      '--email',
      'admin@norddjurs.dk',
      '--municipality',
      '707',
      '--server',
      server,
      '--token',
      saraToken,
    ]);
    expect(refused.code).toBe(4);
    const r = await runLocked([
      'users',
      'deactivate',
      '--email',
      'sara@norddjurs.dk',
      '--municipality',
      '707',
      '--server',
      server,
      '--token',
      adminToken,
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ apiTokensRevoked: 1 });
    expect((await me(saraToken)).statusCode).toBe(401);
  });

  it('deactivates a user on the local database when the server is not running', async () => {
    const r = await runCliAgainst(t.database.db, [
      'users',
      'deactivate',
      '--email',
      'Sara@Norddjurs.dk',
      '--municipality',
      '707',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('sara@norddjurs.dk er deaktiveret: 0 sessioner afsluttet, 1 adgangsnøgler');
    expect((await me(saraToken)).statusCode).toBe(401);
  });
});
