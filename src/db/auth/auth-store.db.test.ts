import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { ensureMunicipality } from '../../../test/support/auth.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { createAuditLogReader } from '../audit/audit-log.ts';
import { createUnitOfWork } from '../unit-of-work.ts';
import { createAuthStore } from './auth-store.ts';

const at = (iso: string) => new Date(`2026-11-22T${iso}Z`);

describeEachDatabase('auth store', (db) => {
  async function userIn(municipality: string, id: string, email: string) {
    await ensureMunicipality(db(), municipality);
    await createAuthStore(db()).insertUser({
      id,
      email,
      name: `Navn ${id}`,
      municipality,
      passwordHash: null,
      createdAt: at('08:00:00'),
    });
  }

  it('finds users by e-mail and refuses a second spelling of the same address', async () => {
    await userIn('707', 'u1', 'hanne@norddjurs.dk');
    const store = createAuthStore(db());
    expect((await store.findUserByEmail(' Hanne@Norddjurs.DK '))?.id).toBe('u1');
    await expect(
      store.insertUser({
        id: 'u2',
        email: 'Hanne@norddjurs.dk',
        name: 'x',
        municipality: '707',
        passwordHash: null,
        createdAt: at('08:00:00'),
      }),
    ).rejects.toThrow();
  });

  it('lists the users a municipality manages: its own and those with a grant there', async () => {
    await userIn('707', 'u707', 'a@norddjurs.dk');
    await userIn('706', 'u706', 'b@syddjurs.dk');
    await userIn('706', 'u706-with-707-grant', 'c@syddjurs.dk');
    const store = createAuthStore(db());
    await store.insertGrant(
      'u706-with-707-grant',
      { role: 'official', municipality: '707', unit: 'Social' },
      at('09:00:00'),
    );
    expect((await store.listUsers('707')).map((u) => u.id).sort()).toEqual(
      ['u707', 'u706-with-707-grant'].sort(),
    );
    expect((await store.listUsers('706')).map((u) => u.id).sort()).toEqual(
      ['u706', 'u706-with-707-grant'].sort(),
    );
    expect(await store.listUsers(null)).toHaveLength(3);
  });

  it('stores each grant once, and organisation grants only with an organisation', async () => {
    await userIn('707', 'u1', 'a@norddjurs.dk');
    const store = createAuthStore(db());
    const first = await store.insertGrant(
      'u1',
      { role: 'organisation', municipality: '707', organisationId: 'org-a' },
      at('09:00:00'),
    );
    expect(first).toMatchObject({ role: 'organisation', organisationId: 'org-a' });
    expect(
      await store.insertGrant(
        'u1',
        { role: 'organisation', municipality: '707', organisationId: 'org-a' },
        at('09:00:00'),
      ),
    ).toBeNull();
    expect(
      await store.insertGrant(
        'u1',
        { role: 'organisation', municipality: '707', organisationId: 'org-b' },
        at('09:00:00'),
      ),
    ).not.toBeNull();
    await expect(
      store.insertGrant('u1', { role: 'organisation', municipality: '707' }, at('09:00:00')),
    ).rejects.toThrow();
    await expect(
      store.insertGrant(
        'u1',
        { role: 'caseOfficer', municipality: '707', organisationId: 'org-a' },
        at('09:00:00'),
      ),
    ).rejects.toThrow();
    await expect(
      store.insertGrant('u1', { role: 'superuser' as 'admin', municipality: '707' }, at('09:00:00')),
    ).rejects.toThrow();
  });

  it('keeps sessions, tokens and links by hash and round-trips their times', async () => {
    await userIn('707', 'u1', 'a@norddjurs.dk');
    const store = createAuthStore(db());
    await store.insertSession('h'.repeat(64), {
      userId: 'u1',
      csrfToken: 'c',
      createdAt: at('08:00:00'),
      lastSeenAt: at('08:00:00'),
      expiresAt: at('20:00:00'),
    });
    await store.touchSession('h'.repeat(64), at('09:30:00'));
    expect(await store.findSession('h'.repeat(64))).toEqual({
      userId: 'u1',
      csrfToken: 'c',
      createdAt: at('08:00:00'),
      lastSeenAt: at('09:30:00'),
      expiresAt: at('20:00:00'),
    });
    expect(await store.deleteSessionsOfUser('u1')).toBe(1);

    const id = await store.insertApiToken({
      userId: 'u1',
      tokenHash: 't'.repeat(64),
      label: 'ESDH',
      createdAt: at('08:00:00'),
      expiresAt: at('20:00:00'),
    });
    await store.revokeApiToken(id, at('10:00:00'));
    await store.revokeApiToken(id, at('11:00:00'));
    expect(await store.findApiTokenByHash('t'.repeat(64))).toMatchObject({
      id,
      userEmail: 'a@norddjurs.dk',
      userMunicipality: '707',
      revokedAt: at('10:00:00'),
    });
    expect(await store.listApiTokens('706')).toEqual([]);
    expect(await store.listApiTokens('707')).toHaveLength(1);
  });

  it('reads a session or a token with its user and every grant, as getUser and listGrants give them', async () => {
    await userIn('707', 'u1', 'a@norddjurs.dk');
    await userIn('707', 'u2', 'b@norddjurs.dk');
    const store = createAuthStore(db());
    await store.insertGrant('u1', { role: 'caseOfficer', municipality: '707' }, at('08:00:00'));
    await store.insertGrant(
      'u1',
      { role: 'organisation', municipality: '707', organisationId: 'org-a' },
      at('08:00:00'),
    );
    await store.insertGrant('u2', { role: 'official', municipality: '707', unit: 'Social' }, at('08:00:00'));
    const session = {
      userId: 'u1',
      csrfToken: 'c',
      createdAt: at('08:00:00'),
      lastSeenAt: at('08:30:00'),
      expiresAt: at('20:00:00'),
    };
    await store.insertSession('h'.repeat(64), session);
    const u1 = { user: await store.getUser('u1'), grants: await store.listGrants(['u1']) };
    expect(u1.grants).toHaveLength(2);
    expect(await store.findSessionWithUser('h'.repeat(64))).toEqual({ session, ...u1 });
    expect(await store.findSessionWithUser('x'.repeat(64))).toBeNull();

    await store.insertApiToken({
      userId: 'u1',
      tokenHash: 't'.repeat(64),
      label: 'ESDH',
      createdAt: at('08:00:00'),
      expiresAt: at('20:00:00'),
    });
    expect(await store.findApiTokenWithUser('t'.repeat(64))).toEqual({
      token: await store.findApiTokenByHash('t'.repeat(64)),
      ...u1,
    });
    expect(await store.findApiTokenWithUser('x'.repeat(64))).toBeNull();

    await userIn('707', 'u3', 'c@norddjurs.dk');
    await store.insertSession('n'.repeat(64), { ...session, userId: 'u3' });
    expect((await store.findSessionWithUser('n'.repeat(64)))?.grants).toEqual([]);
  });

  it('returns login attempts by e-mail and failures by address within the window', async () => {
    const store = createAuthStore(db());
    await store.recordLoginAttempt({
      email: 'a@x.dk',
      ip: '10.0.0.1',
      at: at('08:00:00'),
      outcome: 'failure',
    });
    await store.recordLoginAttempt({
      email: 'a@x.dk',
      ip: '10.0.0.1',
      at: at('09:00:00'),
      outcome: 'success',
    });
    await store.recordLoginAttempt({
      email: 'b@x.dk',
      ip: '10.0.0.1',
      at: at('09:10:00'),
      outcome: 'failure',
    });
    expect(await store.listLoginAttempts('a@x.dk', at('08:30:00'))).toEqual([
      { at: at('09:00:00'), outcome: 'success' },
    ]);
    expect(await store.listAddressFailures('10.0.0.1', at('07:00:00'))).toEqual([
      at('08:00:00'),
      at('09:10:00'),
    ]);
  });
});

describeEachDatabase('audit log', (db) => {
  it('appends entries in the transaction of the change and reads them back with the actor name', async () => {
    await ensureMunicipality(db(), '707');
    await createAuthStore(db()).insertUser({
      id: 'u1',
      email: 'a@norddjurs.dk',
      name: 'Ada',
      municipality: '707',
      passwordHash: null,
      createdAt: at('08:00:00'),
    });
    const uow = createUnitOfWork(db(), { actor: 'user:u1', requestId: 'req-1' });
    await uow.write((s) =>
      s.audit.append({
        municipality: '707',
        action: 'create',
        entity: 'x',
        entityId: '1',
        before: null,
        after: { a: 1 },
      }),
    );
    await expect(
      uow.write(async (s) => {
        await s.audit.append({
          municipality: '707',
          action: 'update',
          entity: 'x',
          entityId: '1',
          before: null,
          after: null,
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const entries = await createAuditLogReader(db()).list({ municipality: '707' }, { offset: 0, limit: 10 });
    expect(entries).toEqual([
      expect.objectContaining({
        actor: 'user:u1',
        actorName: 'Ada <a@norddjurs.dk>',
        action: 'create',
        after: { a: 1 },
        requestId: 'req-1',
      }),
    ]);
    expect(
      await createAuditLogReader(db()).list({ municipality: '707', actor: 'ADA' }, { offset: 0, limit: 10 }),
    ).toHaveLength(1);
    expect(
      await createAuditLogReader(db()).list({ municipality: '707', actor: 'bo%' }, { offset: 0, limit: 10 }),
    ).toHaveLength(0);
    expect(await createAuditLogReader(db()).list({ municipality: '706' }, { offset: 0, limit: 10 })).toEqual(
      [],
    );
    expect(await createAuditLogReader(db()).count({ municipality: '707', actor: 'ADA' })).toBe(1);
  });

  it('refuses UPDATE and DELETE of entries at the database level', async () => {
    await db()
      .insertInto('audit_entry')
      .values({ actor: 'system:test', action: 'create', entity: 'x', entity_id: '1', municipality: '707' })
      .execute();
    await expect(db().updateTable('audit_entry').set({ action: 'forged' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(db().deleteFrom('audit_entry').execute()).rejects.toThrow(/append-only/);
    await expect(sql`UPDATE audit_entry SET after = NULL`.execute(db())).rejects.toThrow(/append-only/);
    const rows = await db().selectFrom('audit_entry').select('action').execute();
    expect(rows).toEqual([{ action: 'create' }]);
  });
});
