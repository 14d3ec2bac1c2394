/**
 * One demo user per role for the demo municipality (Norddjurs, 707), all with the password
 * `demo1234`. Only seeded into a municipality marked as demo: a real installation never gets
 * accounts with a published password. The short password bypasses the password policy on purpose.
 */
import { z } from 'zod';
import type { RoleGrant } from '../actor.ts';
import { defineUseCase } from '../use-case.ts';
import { instant } from './inputs.ts';
import { hashPassword } from './password-hash.ts';
import { grantForAudit, userForAudit } from './user-access.ts';

export const DEMO_PASSWORD = 'demo1234';
export const DEMO_MUNICIPALITY = '707';
/** Boligselskabet Djurslandsbo in domain/registry/demo-organisations.ts. */
export const DEMO_ORGANISATION_ID = 'org-djurslandsbo';

export interface DemoUser {
  id: string;
  email: string;
  name: string;
  grant: RoleGrant;
}

export function demoUsers(): DemoUser[] {
  const m = DEMO_MUNICIPALITY;
  return [
    {
      id: 'user-demo-admin',
      email: 'admin@norddjurs.demo',
      name: 'Demo Administrator',
      grant: { role: 'admin', municipality: m },
    },
    {
      id: 'user-demo-sagsbehandler',
      email: 'sagsbehandler@norddjurs.demo',
      name: 'Demo Sagsbehandler',
      grant: { role: 'caseOfficer', municipality: m },
    },
    {
      id: 'user-demo-embedsmand',
      email: 'embedsmand@norddjurs.demo',
      name: 'Demo Embedsmand',
      grant: { role: 'official', municipality: m, unit: 'Social' },
    },
    {
      id: 'user-demo-bestyrelse',
      email: 'bestyrelse@djurslandsbo.demo',
      name: 'Demo Bestyrelsesmedlem',
      grant: { role: 'organisation', municipality: m, organisationId: DEMO_ORGANISATION_ID },
    },
    {
      id: 'user-demo-politiker',
      email: 'politiker@norddjurs.demo',
      name: 'Demo Politiker',
      grant: { role: 'councilMember', municipality: m },
    },
  ];
}

/** Creates the demo users that do not exist yet. Idempotent; a no-op outside a demo municipality. */
export const seedDemoUsers = defineUseCase({
  name: 'seedDemoUsers',
  summary: 'Opret demobrugere (én pr. rolle) i demokommunen',
  mutates: true,
  // No role admits it: only the operator (system actor: CLI, first start) may seed.
  access: { roles: [] },
  input: z.object({}),
  async run(ctx) {
    const now = instant(ctx);
    const missing = await ctx.uow.read(async (s) => {
      const municipality = await s.registry.getMunicipality(DEMO_MUNICIPALITY);
      if (!municipality?.isDemo) return null;
      const out: DemoUser[] = [];
      for (const u of demoUsers()) if (!(await s.auth.findUserByEmail(u.email))) out.push(u);
      return out;
    });
    if (missing === null) return { created: [] as string[], reason: 'noDemoMunicipality' as const };
    if (missing.length === 0) return { created: [] as string[], reason: 'alreadySeeded' as const };
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    return ctx.uow.write(async (s) => {
      for (const u of missing) {
        const user = { id: u.id, email: u.email, name: u.name, municipality: DEMO_MUNICIPALITY };
        await s.auth.insertUser({ ...user, passwordHash, createdAt: now });
        await s.auth.insertGrant(u.id, u.grant, now);
        await s.audit.append({
          municipality: DEMO_MUNICIPALITY,
          action: 'create',
          entity: 'user',
          entityId: u.id,
          before: null,
          after: { ...userForAudit(user), grants: [grantForAudit(u.grant)], demo: true },
        });
      }
      return { created: missing.map((u) => u.email), reason: 'created' as const };
    });
  },
});
