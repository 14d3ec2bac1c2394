/**
 * Walks the use-case catalogue (src/app/catalogue.ts):
 * - every use case defined anywhere in src/app is in the catalogue, under its own name;
 * - every use case that changes data writes an audit entry, in the same transaction, with the
 *   actor and request id: each is run below against a database with the demo data (a use case
 *   marked `mutates` without a step here fails the test — add a step when you add one);
 * - the guard in runUseCase refuses a write without an audit entry, and a write from a use case
 *   not marked `mutates`, and leaves nothing behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Actor, Role } from '../../src/app/actor.ts';
import { type AnyUseCase, allUseCases, catalogue } from '../../src/app/catalogue.ts';
import { AuditRuleViolation, runUseCase } from '../../src/app/run-use-case.ts';
import { defineUseCase, type UseCaseContext } from '../../src/app/use-case.ts';
import { connectInMemory, type OpenDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createImportCorrectionStore } from '../../src/db/political-cases/import-correction-store.ts';
import type { Database } from '../../src/db/schema.ts';
import { createUnitOfWork } from '../../src/db/unit-of-work.ts';
import { norddjursModels } from '../../src/domain/governance-model/norddjurs-models.ts';

const appDir = fileURLToPath(new URL('../../src/app/', import.meta.url));
const registryFixtures = fileURLToPath(new URL('../fixtures/registry/', import.meta.url));

function isUseCase(value: unknown): value is AnyUseCase {
  return (
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    'access' in value &&
    'mutates' in value &&
    'run' in value &&
    typeof (value as { run: unknown }).run === 'function'
  );
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe('the use-case catalogue', () => {
  it('lists every use case defined in src/app, each under its own name', async () => {
    const defined = new Map<string, string>();
    for (const file of sourceFiles(appDir)) {
      const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const value of Object.values(mod)) {
        if (isUseCase(value)) defined.set(value.name, path.relative(appDir, file));
      }
    }
    const listed = new Set(allUseCases());
    const missing = [...defined].filter(
      ([name]) => !listed.has((catalogue as Record<string, AnyUseCase>)[name] as AnyUseCase),
    );
    expect(missing.map(([name, file]) => `${name} (${file}) is not in src/app/catalogue.ts`)).toEqual([]);
    for (const [key, useCase] of Object.entries(catalogue)) expect(useCase.name, key).toBe(key);
  });

  it('gives every use case a Danish summary and an access policy', () => {
    for (const u of allUseCases()) {
      expect(u.summary.length, u.name).toBeGreaterThan(5);
      expect('public' in u.access || Array.isArray(u.access.roles), u.name).toBe(true);
    }
  });
});

type Step = {
  useCase: AnyUseCase;
  /** The input, computed against the database as the earlier steps left it. */
  input: (h: Helpers) => Promise<unknown> | unknown;
  /** For use cases that audit a refusal (a failed login): the run must throw this code. */
  expectError?: string;
  /** Self-service use cases run as this demo user instead of the system. */
  asUser?: string;
};

interface Helpers {
  db: Kysely<Database>;
  run<O>(useCase: AnyUseCase & { run: (...a: never[]) => Promise<O> }, input: unknown): Promise<O>;
  /** Outputs of earlier steps, by step label. */
  outputs: Map<string, unknown>;
}

const sys = { kind: 'system' as const, name: 'test' };
const now = new Date('2026-11-22T12:00:00Z');

function context(db: Kysely<Database>, requestId: string, actor: Actor = sys): UseCaseContext {
  const label = actor.kind === 'user' ? `user:${actor.id}` : 'system:test';
  return {
    actor,
    today: '2026-11-22',
    now,
    requestId,
    uow: createUnitOfWork(db, { actor: label, requestId }),
  };
}

/** A demo user as the actor, for self-service use cases (one's own tokens and feeds). */
async function userActor(db: Kysely<Database>, email: string): Promise<Actor> {
  const user = await db
    .selectFrom('app_user')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  const grants = await db.selectFrom('user_grant').selectAll().where('user_id', '=', user.id).execute();
  return {
    kind: 'user',
    id: user.id,
    name: user.name,
    grants: grants.map((g) => ({
      role: g.role as Role,
      municipality: g.municipality ?? 'national',
      ...(g.organisation_id ? { organisationId: g.organisation_id } : {}),
    })),
  };
}

function csv(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(registryFixtures, name)));
}

/** Mutating use cases in an order where each step's preconditions hold. Labels are unique. */
const steps: [string, Step][] = [
  ['loadDemo', { useCase: catalogue.loadDemo, input: () => ({}) }],
  ['seedDemoUsers', { useCase: catalogue.seedDemoUsers, input: () => ({}) }],
  [
    'updateMunicipality',
    {
      useCase: catalogue.updateMunicipality,
      input: async ({ db }) => {
        const m = await db
          .selectFrom('municipality')
          .selectAll()
          .where('code', '=', '707')
          .executeTakeFirstOrThrow();
        return {
          municipality: '707',
          version: m.version,
          settings: {
            name: m.name,
            supervisingUnit: 'Vej og Ejendom, tilsyn',
            accountsUrl: m.accounts_url,
            bodyAbbreviations: m.body_abbreviations,
          },
        };
      },
    },
  ],
  [
    'updateMunicipalityNotices',
    {
      useCase: catalogue.updateMunicipalityNotices,
      input: async ({ db }) => ({
        municipality: '707',
        version: (
          await db
            .selectFrom('municipality')
            .select('version')
            .where('code', '=', '707')
            .executeTakeFirstOrThrow()
        ).version,
        notices: { accessibilityStatementUrl: 'https://was.digst.dk/norddjurs-dk', privacyNoticeUrl: '' },
      }),
    },
  ],
  [
    'importRegistry',
    {
      useCase: catalogue.importRegistry,
      input: () => ({ municipality: '706', file: csv('good-semicolon.csv'), fileName: 'good-semicolon.csv' }),
    },
  ],
  [
    'importRegistryFiles',
    {
      useCase: catalogue.importRegistryFiles,
      input: () => ({
        files: [{ municipality: '706', file: csv('good-comma.csv'), fileName: 'good-comma.csv' }],
      }),
    },
  ],
  [
    'importKeyFigures',
    {
      useCase: catalogue.importKeyFigures,
      input: () => ({
        municipality: '707',
        file: new TextEncoder().encode(
          'lbf_org_nr;afdeling_nr;styringsaar;kode;vaerdi;enhed\n137;1;2030;tomgang_pct;0,7;%\n',
        ),
        fileName: 'noegletal.csv',
      }),
    },
  ],
  [
    'saveKeyFigure',
    {
      useCase: catalogue.saveKeyFigure,
      input: () => ({
        municipality: '707',
        organisationId: 'org-djurslandsbo',
        departmentId: '',
        steeringYear: '2030',
        code: 'effektivitetstal',
        value: '81,5',
      }),
    },
  ],
  [
    'saveKeyFigureThresholds',
    {
      useCase: catalogue.saveKeyFigureThresholds,
      input: () => ({ municipality: '707', efficiencyBelow: 72, vacancyAbove: 1.5 }),
    },
  ],
  [
    'createOrganisation',
    {
      useCase: catalogue.createOrganisation,
      input: () => ({
        municipality: '707',
        organisation: {
          name: 'Boligforeningen Katalogtest',
          cvr: '10000009',
          lbfNumber: null,
          kind: 'housingOrganisation',
          seatMunicipality: '707',
          administeredBy: { kind: 'self' },
          accountingYearEnd: '12-31',
          activeFrom: '2020-01-01',
          activeTo: null,
        },
      }),
    },
  ],
  [
    'updateOrganisation',
    {
      useCase: catalogue.updateOrganisation,
      input: async ({ db }) => {
        const o = await db
          .selectFrom('housing_organisation')
          .selectAll()
          .where('id', '=', 'org-nordlyset')
          .executeTakeFirstOrThrow();
        return {
          municipality: '707',
          id: o.id,
          version: o.version,
          organisation: {
            name: `${o.name} (ændret)`,
            cvr: o.cvr,
            lbfNumber: o.lbf_number,
            kind: o.kind,
            seatMunicipality: o.seat_municipality,
            administeredBy: o.administered_by,
            accountingYearEnd: o.accounting_year_end,
            activeFrom: o.active_from,
            activeTo: o.active_to,
          },
        };
      },
    },
  ],
  [
    'saveDepartment',
    {
      useCase: catalogue.saveDepartment,
      input: async ({ db }) => {
        const d = await db
          .selectFrom('department')
          .selectAll()
          .where('organisation_id', '=', 'org-nordlyset')
          .executeTakeFirstOrThrow();
        return {
          municipality: '707',
          id: d.id,
          version: d.version,
          department: {
            organisationId: d.organisation_id,
            lbfNumber: d.lbf_number,
            name: `${d.name} (ændret)`,
            address: d.address,
            locationMunicipality: d.location_municipality,
            homes: d.homes + 1,
            kind: d.kind,
            hasDepartmentBoard: d.has_department_board,
          },
        };
      },
    },
  ],
  [
    'savePerson',
    {
      useCase: catalogue.savePerson,
      input: () => ({
        municipality: '707',
        person: { name: 'Karla Katalog', email: 'karla@norddjurs.demo', phone: null, roles: [] },
      }),
    },
  ],
  [
    'importAgenda',
    {
      useCase: catalogue.importAgenda,
      input: () => ({
        municipality: '707',
        files: [
          {
            fileName: 'katalog.md',
            content: new TextEncoder().encode(
              '## Katalogsag\n\n26/0002 Åben sag\n\n### Sagsfremstilling\n\nTekst.\n\n### **Beslutning i Kommunalbestyrelsen den 01-12-2026**\n\nGodkendt.\n',
            ),
          },
        ],
      }),
    },
  ],
  [
    'removeImportCorrection',
    {
      useCase: catalogue.removeImportCorrection,
      input: async ({ db }) => {
        const id = 'ic-catalogue';
        await createImportCorrectionStore(db).addCorrection({
          id,
          municipality: '707',
          rule: { kind: 'caseNumberLabel', text: 'Sagsreference' },
          example: '',
          createdBy: 'system:catalogue',
        });
        return { municipality: '707', id };
      },
    },
  ],
  [
    'pinLayoutProfile',
    {
      useCase: catalogue.pinLayoutProfile,
      input: () => ({ municipality: '707', layoutProfile: 'sbsys' }),
    },
  ],
  [
    'linkCaseToModel',
    {
      useCase: catalogue.linkCaseToModel,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('importAgenda') as { outcomes: { id: string }[] }).outcomes[0]?.id,
        modelId: 'norddjurs-styringsdialog',
        version: 1,
      }),
    },
  ],
  [
    'adoptModelVersion',
    {
      useCase: catalogue.adoptModelVersion,
      input: () => ({
        municipality: '707',
        model: {
          ...norddjursModels()[1],
          name: 'Styringsmodel 2027',
          validFrom: '2027-01-01',
          validTo: null,
        },
        reason: 'KB 10-12-2026',
      }),
    },
  ],
  [
    'recordFact',
    {
      useCase: catalogue.recordFact,
      input: async ({ run }) => {
        const plan = (await run(catalogue.listObligations, { municipality: '707', year: 2026 })) as {
          obligations: { id: string; kind: string }[];
        };
        const meeting = plan.obligations.find((o) => o.kind === 'dialogueMeeting');
        return { municipality: '707', obligationId: meeting?.id, kind: 'meetingHeld', date: '2026-10-14' };
      },
    },
  ],
  ['rebuildCompliance', { useCase: catalogue.rebuildCompliance, input: () => ({ municipality: '707' }) }],
  [
    'createAgreement',
    {
      useCase: catalogue.createAgreement,
      input: () => ({
        municipality: '707',
        agreement: {
          organisationId: 'org-nordlyset',
          steeringYear: 2026,
          agreedOn: '2026-10-14',
          objectiveArea: 'letting',
          text: 'Ventelisten gøres digital.',
          responsible: { kind: 'organisation' },
          deadline: '2027-06-30',
        },
      }),
    },
  ],
  [
    'updateAgreement',
    {
      useCase: catalogue.updateAgreement,
      input: async ({ outputs }) => {
        const created = outputs.get('createAgreement') as { agreement: { id: string }; version?: number };
        return {
          municipality: '707',
          id: created.agreement.id,
          version: created.version ?? 1,
          agreement: {
            organisationId: 'org-nordlyset',
            steeringYear: 2026,
            agreedOn: '2026-10-14',
            objectiveArea: 'letting',
            text: 'Ventelisten gøres digital inden sommer.',
            responsible: { kind: 'organisation' },
            deadline: '2027-06-30',
          },
        };
      },
    },
  ],
  [
    'changeAgreementStatus',
    {
      useCase: catalogue.changeAgreementStatus,
      input: async ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('createAgreement') as { agreement: { id: string } }).agreement.id,
        status: 'inProgress',
        note: 'Udbud i gang',
      }),
    },
  ],
  [
    'proposeAgreementProgress',
    {
      useCase: catalogue.proposeAgreementProgress,
      input: () => ({
        municipality: '707',
        id: 'agr-djurslandsbo-2025-2',
        status: 'inProgress',
        note: 'Vedtaget på afdelingsmødet',
      }),
    },
  ],
  [
    'confirmProgressProposal',
    {
      useCase: catalogue.confirmProgressProposal,
      input: ({ outputs }) => ({
        municipality: '707',
        id: 'agr-djurslandsbo-2025-2',
        proposalId: (outputs.get('proposeAgreementProgress') as { proposal: { id: string } }).proposal.id,
      }),
    },
  ],
  [
    'rejectProgressProposal',
    {
      useCase: catalogue.rejectProgressProposal,
      input: () => ({
        municipality: '707',
        id: 'agr-djurslandsbo-2024-1',
        proposalId: 'proposal-demo-1',
        note: 'Dokumentationen mangler',
      }),
    },
  ],
  [
    'importAgreementStatuses',
    {
      useCase: catalogue.importAgreementStatuses,
      input: async ({ outputs }) => {
        const id = (outputs.get('createAgreement') as { agreement: { id: string } }).agreement.id;
        const file = `Id;Status;Dato;Note\n${id};Opfyldt;2026-11-22;Ventelisten er digital\n`;
        return { municipality: '707', file: new TextEncoder().encode(file), fileName: 'aftaler.csv' };
      },
    },
  ],
  [
    'addUser',
    {
      useCase: catalogue.addUser,
      input: () => ({
        municipality: '707',
        email: 'ny@norddjurs.demo',
        name: 'Ny Bruger',
        role: 'caseOfficer',
        inviteLinkBase: 'http://localhost',
      }),
    },
  ],
  [
    'grantRole',
    {
      useCase: catalogue.grantRole,
      input: ({ outputs }) => ({
        municipality: '707',
        userId: (outputs.get('addUser') as { user: { id: string } }).user.id,
        role: 'official',
        unit: 'Social',
      }),
    },
  ],
  [
    'revokeRole',
    {
      useCase: catalogue.revokeRole,
      input: ({ outputs }) => {
        const grant = outputs.get('grantRole') as { id: number; userId: string };
        return { municipality: '707', userId: grant.userId, grantId: grant.id };
      },
    },
  ],
  [
    'resetPassword',
    {
      useCase: catalogue.resetPassword,
      input: async ({ db }) => {
        const mail = await db
          .selectFrom('outbox')
          .select('body')
          .where('to_address', '=', 'ny@norddjurs.demo')
          .executeTakeFirstOrThrow();
        return {
          token: /token=([A-Za-z0-9_-]+)/.exec(mail.body)?.[1],
          password: 'et langt og sikkert kodeord',
        };
      },
    },
  ],
  [
    'requestPasswordReset',
    {
      useCase: catalogue.requestPasswordReset,
      input: () => ({ email: 'ny@norddjurs.demo', linkBase: 'http://localhost' }),
    },
  ],
  [
    'logIn',
    {
      useCase: catalogue.logIn,
      input: () => ({ email: 'admin@norddjurs.demo', password: 'demo1234', ip: '10.0.0.1' }),
    },
  ],
  [
    'logIn (wrong password)',
    {
      useCase: catalogue.logIn,
      input: () => ({ email: 'admin@norddjurs.demo', password: 'forkert', ip: '10.0.0.1' }),
      expectError: 'unauthenticated',
    },
  ],
  [
    'logInWithOidc',
    {
      useCase: catalogue.logInWithOidc,
      input: () => ({ email: 'admin@norddjurs.demo', issuer: 'https://login.example', subject: 'abc' }),
    },
  ],
  [
    'logOut',
    {
      useCase: catalogue.logOut,
      input: ({ outputs }) => ({
        sessionToken: (outputs.get('logIn') as { sessionToken: string }).sessionToken,
      }),
    },
  ],
  [
    'createApiToken',
    { useCase: catalogue.createApiToken, input: () => ({ userEmail: 'admin@norddjurs.demo' }) },
  ],
  [
    'revokeApiToken',
    {
      useCase: catalogue.revokeApiToken,
      input: ({ outputs }) => ({ id: (outputs.get('createApiToken') as { id: number }).id }),
    },
  ],
  [
    'createWebhook',
    {
      useCase: catalogue.createWebhook,
      input: () => ({ municipality: '707', url: 'https://example.org/hook', events: ['meeting.planned'] }),
    },
  ],
  // meetings: a 2027 meeting through invite → reschedule → cancel, a 2026 meeting through publish
  [
    'confirmYearPlan',
    {
      useCase: catalogue.confirmYearPlan,
      input: () => ({
        municipality: '707',
        meetings: [
          {
            obligationId: 'dialogueMeeting:707:org-nordlyset:2027:legalFloor#1',
            date: '2027-10-12',
            startTime: '09:00',
            endTime: '11:00',
          },
        ],
      }),
    },
  ],
  [
    'createMeeting',
    {
      useCase: catalogue.createMeeting,
      input: () => ({
        municipality: '707',
        meeting: {
          obligationId: 'dialogueMeeting:707:org-djurslandsbo:2027:legalFloor#1',
          date: '2027-10-14',
          startTime: '10:00',
          endTime: '12:00',
        },
      }),
    },
  ],
  [
    'editAgenda',
    {
      useCase: catalogue.editAgenda,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('createMeeting') as { meeting: { id: string } }).meeting.id,
        edit: { type: 'add', title: 'Katalogpunkt' },
      }),
    },
  ],
  [
    'requestOfficial',
    {
      useCase: catalogue.requestOfficial,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('createMeeting') as { meeting: { id: string } }).meeting.id,
        unit: 'Social',
        reason: 'Boligsocial indsats',
      }),
    },
  ],
  [
    'decideOfficialRequest',
    {
      useCase: catalogue.decideOfficialRequest,
      input: ({ outputs }) => {
        const m = (
          outputs.get('requestOfficial') as { meeting: { id: string; officialRequests: { id: string }[] } }
        ).meeting;
        return {
          municipality: '707',
          id: m.id,
          requestId: m.officialRequests[0]?.id,
          decision: 'accepted',
          personId: 'person-karina-vrist',
        };
      },
    },
  ],
  [
    'inviteMeeting',
    {
      useCase: catalogue.inviteMeeting,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('createMeeting') as { meeting: { id: string } }).meeting.id,
      }),
    },
  ],
  [
    'resendInvitation',
    {
      useCase: catalogue.resendInvitation,
      input: ({ outputs }) => ({
        municipality: '707',
        invitationId: (outputs.get('inviteMeeting') as { invitations: { id: number }[] }).invitations[0]?.id,
      }),
    },
  ],
  [
    'answerInvitation',
    {
      useCase: catalogue.answerInvitation,
      input: async ({ db }) => {
        const mail = await db
          .selectFrom('outbox')
          .select('body')
          .where('kind', '=', 'meetingInvitation')
          .orderBy('id', 'desc')
          .executeTakeFirstOrThrow();
        return { token: /svar\?token=([A-Za-z0-9_-]+)/.exec(mail.body)?.[1], response: 'notAttending' };
      },
    },
  ],
  [
    'rescheduleMeeting',
    {
      useCase: catalogue.rescheduleMeeting,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('createMeeting') as { meeting: { id: string } }).meeting.id,
        date: '2027-10-15',
        startTime: '13:00',
        endTime: '15:00',
      }),
    },
  ],
  [
    'recordAttendance',
    {
      useCase: catalogue.recordAttendance,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('createMeeting') as { meeting: { id: string } }).meeting.id,
        attendance: [{ participant: 'person:person-karina-vrist', attendance: 'apology' }],
      }),
    },
  ],
  [
    'addParticipant',
    {
      useCase: catalogue.addParticipant,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('createMeeting') as { meeting: { id: string } }).meeting.id,
        personId: 'person-peter-holmsgaard',
      }),
    },
  ],
  [
    'registerDeputy',
    {
      useCase: catalogue.registerDeputy,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('createMeeting') as { meeting: { id: string } }).meeting.id,
        participant: 'person:person-peter-holmsgaard',
        deputyName: 'Katalog Stedfortræder',
      }),
    },
  ],
  [
    'removeParticipant',
    {
      useCase: catalogue.removeParticipant,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('createMeeting') as { meeting: { id: string } }).meeting.id,
        participant: 'person:person-peter-holmsgaard',
      }),
    },
  ],
  [
    'cancelMeeting',
    {
      useCase: catalogue.cancelMeeting,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('createMeeting') as { meeting: { id: string } }).meeting.id,
        reason: 'Katalogtest',
      }),
    },
  ],
  [
    'createPastMeeting',
    {
      useCase: catalogue.createMeeting,
      input: () => ({
        municipality: '707',
        meeting: {
          obligationId: 'dialogueMeeting:707:org-djurslandsbo:2026:legalFloor#1',
          date: '2026-10-14',
          startTime: '10:00',
          endTime: '12:00',
        },
      }),
    },
  ],
  [
    'markHeld',
    {
      useCase: catalogue.markHeld,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('createPastMeeting') as { meeting: { id: string } }).meeting.id,
      }),
    },
  ],
  [
    'saveMinutes',
    {
      useCase: catalogue.saveMinutes,
      input: ({ outputs }) => {
        const m = (outputs.get('markHeld') as { meeting: { id: string; version: number } }).meeting;
        return {
          municipality: '707',
          id: m.id,
          version: m.version,
          minutes: {
            minuteTaker: 'Katalog',
            organisationAssessment: 'God drift.',
            municipalityAssessment: 'Enig.',
            agreements: [{ text: 'Katalogaftale', objectiveArea: 'letting', responsible: 'Begge' }],
          },
        };
      },
    },
  ],
  [
    'saveAssessment',
    {
      useCase: catalogue.saveAssessment,
      input: ({ outputs }) => {
        const m = (outputs.get('saveMinutes') as { meeting: { id: string; version: number } }).meeting;
        return { municipality: '707', id: m.id, version: m.version, text: 'Kommunen er enig.' };
      },
    },
  ],
  [
    'commentMinutes',
    {
      useCase: catalogue.commentMinutes,
      input: ({ outputs }) => {
        const m = (outputs.get('saveAssessment') as { meeting: { id: string; version: number } }).meeting;
        return { municipality: '707', id: m.id, version: m.version, text: 'Fint.', requestsChange: false };
      },
    },
  ],
  [
    'approveMinutes',
    {
      useCase: catalogue.approveMinutes,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('markHeld') as { meeting: { id: string } }).meeting.id,
        party: 'administration',
      }),
    },
  ],
  [
    'approveMinutesOrganisation',
    {
      useCase: catalogue.approveMinutes,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('markHeld') as { meeting: { id: string } }).meeting.id,
        party: 'organisation',
      }),
    },
  ],
  [
    'publishMeeting',
    {
      useCase: catalogue.publishMeeting,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('markHeld') as { meeting: { id: string } }).meeting.id,
      }),
    },
  ],
  [
    'withdrawPublishedAccount',
    {
      useCase: catalogue.withdrawPublishedAccount,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('markHeld') as { meeting: { id: string } }).meeting.id,
        reason: 'Katalogets tilbagetrækning',
      }),
    },
  ],
  [
    'reopenMinutes',
    {
      useCase: catalogue.reopenMinutes,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('markHeld') as { meeting: { id: string } }).meeting.id,
        reason: 'Rettelse af en stavefejl',
      }),
    },
  ],
  [
    'recordPackageDocument',
    {
      useCase: catalogue.recordPackageDocument,
      input: () => ({
        municipality: '707',
        organisation: 'org-djurslandsbo',
        steeringYear: 2026,
        kind: 'steeringReport',
        receivedOn: '2026-06-01',
      }),
    },
  ],
  [
    'markPackageHeldInPortal',
    {
      useCase: catalogue.markPackageHeldInPortal,
      input: () => ({
        municipality: '707',
        organisation: 'org-djurslandsbo',
        steeringYear: 2026,
        on: '2026-11-01',
      }),
    },
  ],
  [
    'createCalendarFeed',
    {
      useCase: catalogue.createCalendarFeed,
      input: () => ({ municipality: '707', userEmail: 'sagsbehandler@norddjurs.demo' }),
    },
  ],
  [
    'revokeCalendarFeed',
    {
      useCase: catalogue.revokeCalendarFeed,
      asUser: 'sagsbehandler@norddjurs.demo',
      input: () => ({ municipality: '707' }),
    },
  ],
  [
    'createOwnApiToken',
    {
      useCase: catalogue.createOwnApiToken,
      asUser: 'sagsbehandler@norddjurs.demo',
      input: () => ({ label: 'Regneark' }),
    },
  ],
  [
    'revokeOwnApiToken',
    {
      useCase: catalogue.revokeOwnApiToken,
      asUser: 'sagsbehandler@norddjurs.demo',
      input: ({ outputs }) => ({ id: (outputs.get('createOwnApiToken') as { id: number }).id }),
    },
  ],
  [
    'setMyReminders',
    {
      useCase: catalogue.setMyReminders,
      asUser: 'sagsbehandler@norddjurs.demo',
      input: () => ({ enabled: false }),
    },
  ],
  [
    'saveReminderSettings',
    {
      useCase: catalogue.saveReminderSettings,
      input: () => ({
        municipality: '707',
        packageDaysBefore: 28,
        accountDaysAfter: 30,
        agreementDaysAhead: 14,
      }),
    },
  ],
  [
    'runReminderDigest',
    {
      useCase: catalogue.runReminderDigest,
      input: () => ({ date: '2026-11-22', linkBase: 'https://styringsdialog.example' }),
    },
  ],
  [
    'deactivateUser',
    {
      useCase: catalogue.deactivateUser,
      input: ({ outputs }) => ({
        municipality: '707',
        userId: (outputs.get('addUser') as { user: { id: string } }).user.id,
      }),
    },
  ],
  [
    'createMunicipality',
    { useCase: catalogue.createMunicipality, input: () => ({ code: '751', name: 'Aarhus Kommune' }) },
  ],
  [
    'grantFirstAdmin',
    {
      useCase: catalogue.grantFirstAdmin,
      input: () => ({ municipality: '751', email: 'admin@aarhus.test', name: 'Aarhus Admin' }),
    },
  ],
  [
    'adoptModelFromTemplate',
    {
      useCase: catalogue.adoptModelFromTemplate,
      input: () => ({
        municipality: '751',
        templateId: 'faelles-moeder',
        validFrom: '01-01-2027',
        decision: { decisionDate: '15-12-2026', caseNumber: '26/1234', text: 'Modellen vedtages.' },
      }),
    },
  ],
  [
    'setMunicipalitySuspension',
    {
      useCase: catalogue.setMunicipalitySuspension,
      input: () => ({ municipality: '751', suspended: true, reason: 'Test' }),
    },
  ],
  [
    'addNationalAdmin',
    {
      useCase: catalogue.addNationalAdmin,
      input: () => ({ email: 'drift@styringsdialog.test', name: 'Drift' }),
    },
  ],
  // webhooks: the hook created above got the meetings' "planned" events; send one again, remove it
  [
    'redeliverWebhook',
    {
      useCase: catalogue.redeliverWebhook,
      input: async ({ db }) => {
        const delivery = await db.selectFrom('webhook_delivery').select('id').executeTakeFirstOrThrow();
        return { municipality: '707', id: delivery.id };
      },
    },
  ],
  [
    'removeWebhook',
    {
      useCase: catalogue.removeWebhook,
      input: ({ outputs }) => ({
        municipality: '707',
        id: (outputs.get('createWebhook') as { webhook: { id: string } }).webhook.id,
      }),
    },
  ],
];

describe('every use case that changes data writes an audit entry', () => {
  let open: OpenDatabase;
  const outputs = new Map<string, unknown>();

  beforeAll(async () => {
    open = await connectInMemory();
    await migrateToLatest(open.db);
  });
  afterAll(async () => {
    await open?.close();
  });

  it('has a step below for every mutating use case in the catalogue', () => {
    const covered = new Set(steps.map(([, s]) => s.useCase.name));
    const missing = allUseCases()
      .filter((u) => u.mutates && !covered.has(u.name))
      .map((u) => u.name);
    expect(missing, 'add a step to test/architecture/use-case-catalogue.test.ts').toEqual([]);
  });

  // Sequential on purpose: later steps use what earlier ones created.
  for (const [label, step] of steps) {
    it(`${label}: writes an audit entry with the actor and request id`, async () => {
      const db = open.db;
      const helpers: Helpers = {
        db,
        outputs,
        run: (useCase, input) => runUseCase(useCase, context(db, `helper-${label}`), input) as never,
      };
      const requestId = `catalogue-${label}`;
      const input = await step.input(helpers);
      const actor = step.asUser ? await userActor(db, step.asUser) : sys;
      const running = runUseCase(step.useCase, context(db, requestId, actor), input);
      if (step.expectError) {
        await expect(running).rejects.toMatchObject({ code: step.expectError });
      } else {
        outputs.set(label, await running);
      }
      const entries = await db
        .selectFrom('audit_entry')
        .selectAll()
        .where('request_id', '=', requestId)
        .execute();
      expect(entries.length, `${label} wrote no audit entry`).toBeGreaterThan(0);
      for (const e of entries) {
        // The caller, or (login, logout) the user the entry is about.
        const caller = actor.kind === 'user' ? `user:${actor.id}` : 'system:test';
        expect(e.actor === caller || e.actor === `user:${e.entity_id}`, e.actor).toBe(true);
        expect(e.action.length).toBeGreaterThan(0);
        expect(e.entity_id.length).toBeGreaterThan(0);
        // Secrets never reach the log.
        expect(JSON.stringify([e.before, e.after])).not.toMatch(
          /\$argon2|sessionToken|"token"|password_hash|demo1234/,
        );
      }
    });
  }
});

describe('the audit guard in runUseCase', () => {
  let open: OpenDatabase;
  beforeAll(async () => {
    open = await connectInMemory();
    await migrateToLatest(open.db);
  });
  afterAll(async () => {
    await open?.close();
  });

  const writesMeta = (mutates: boolean, audit: boolean) =>
    defineUseCase({
      name: 'sneakyWrite',
      summary: 'Test: skriver metadata',
      mutates,
      access: { public: true },
      input: z.object({}),
      async run(ctx) {
        return ctx.uow.write(async (s) => {
          await s.meta.set('sneaky', true);
          if (audit) {
            await s.audit.append({
              municipality: null,
              action: 'set',
              entity: 'meta',
              entityId: 'sneaky',
              before: null,
              after: null,
            });
          }
          return true;
        });
      },
    });

  it('rolls back a change made without an audit entry and reports a defect', async () => {
    await expect(runUseCase(writesMeta(true, false), context(open.db, 'g1'), {})).rejects.toBeInstanceOf(
      AuditRuleViolation,
    );
    expect(await open.db.selectFrom('app_meta').selectAll().where('key', '=', 'sneaky').execute()).toEqual(
      [],
    );
  });

  it('refuses a write transaction from a use case not marked as changing data', async () => {
    await expect(runUseCase(writesMeta(false, true), context(open.db, 'g2'), {})).rejects.toBeInstanceOf(
      AuditRuleViolation,
    );
    expect(await open.db.selectFrom('audit_entry').selectAll().execute()).toEqual([]);
  });

  it('lets an audited change through (the guard is not simply always refusing)', async () => {
    expect(await runUseCase(writesMeta(true, true), context(open.db, 'g3'), {})).toBe(true);
    expect(await open.db.selectFrom('audit_entry').select('request_id').execute()).toEqual([
      { request_id: 'g3' },
    ]);
  });
});
