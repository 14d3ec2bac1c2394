/**
 * Loads the bench dataset (issue 18, point 7) into an empty database, through the product's own
 * paths where they exist and timing each phase (loading time is itself a figure):
 * - municipalities: the `createMunicipality` use case, one per municipality;
 * - registry: registry CSV files in the documented format, written to a temporary directory and
 *   read by the bulk import (`importRegistryFiles`, what `styringsdialog import-registry DIR` runs);
 * - models: Norddjurs' two model versions for every municipality, through the governance store;
 * - history 2010–2025: facts for the obligations the engine derives, published dialogue meetings
 *   with approved minutes and their published account, agreements with status histories, through
 *   the governance, meeting and agreement stores (one transaction and audit entry per municipality);
 * - key figures: the key-figure import use case with a CSV file per municipality;
 * - users: one per role in every municipality (one password hash, as the demo users), a national
 *   administrator, and a bearer token for the largest municipality's case officer;
 * - compliance: the operator's `rebuildCompliance` over every municipality.
 *
 * Used by `npm run bench:data` (bench/data/bench-data.ts) and the bench harness.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { NATIONAL as NATIONAL_SCOPE, type RoleGrant } from '../../src/app/actor.ts';
import { issueApiToken } from '../../src/app/auth/issue-api-token.ts';
import { hashPassword } from '../../src/app/auth/password-hash.ts';
import { loadObligations } from '../../src/app/governance/load-obligations.ts';
import { rebuildCompliance } from '../../src/app/governance/rebuild-compliance.ts';
import { importKeyFigures } from '../../src/app/key-figures/import-key-figures.ts';
import { importRegistryFiles } from '../../src/app/registry/import-registry-files.ts';
import { storeElectionPeriods } from '../../src/app/registry/load-demo.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import { createMunicipality } from '../../src/app/tenancy/create-municipality.ts';
import type { UseCaseContext } from '../../src/app/use-case.ts';
import { connect, type OpenDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { refreshStatistics } from '../../src/db/statistics.ts';
import { createUnitOfWork } from '../../src/db/unit-of-work.ts';
import { norddjursModels } from '../../src/domain/governance-model/norddjurs-models.ts';
import { nextPublishedVersion, type PublishedAccountVersion } from '../../src/domain/meetings/publication.ts';
import type { Meeting } from '../../src/domain/meetings/types.ts';
import { deriveObligations } from '../../src/domain/obligations/derive-obligations.ts';
import type { Obligation } from '../../src/domain/obligations/types.ts';
import { copenhagenDate } from '../../src/domain/shared/copenhagen-date.ts';
import { HISTORY, historyOf, keyFiguresCsv } from './bench-history.ts';
import {
  type BenchMunicipality,
  type BenchScale,
  benchRegistry,
  LARGEST_MUNICIPALITY,
  registryCsv,
  registryFileName,
} from './bench-registry.ts';
import { contentChecksum, type TableChecksum } from './content-checksum.ts';

/** Every bench user's password (a dataset for load tests, never a real installation). */
export const BENCH_PASSWORD = 'bench-styringsdialog-2026';

export interface BenchDataResult {
  seconds: number;
  phases: Record<string, number>;
  counts: Record<string, number>;
  largestMunicipality: string;
  users: { caseOfficer: { email: string; password: string }; apiToken: string };
}

export interface LoadOptions {
  seed?: number;
  /** Progress lines (phase done, seconds); default silent. */
  log?: (line: string) => void;
  /** Steering years of key figures (default 2019–2025). */
  keyFigureYears?: readonly number[];
  /** Only the first N municipalities of the scale (tests: a small, fast dataset). */
  limitMunicipalities?: number;
  /** Only the first N organisations of each municipality (tests). */
  limitOrganisations?: number;
}

const KEY_FIGURE_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

export const benchEmail = (role: string, code: string) => `${role}@k${code}.bench`;

function context(database: OpenDatabase, today: string, now: Date): UseCaseContext {
  const requestId = `bench-data-${now.getTime()}`;
  return {
    actor: { kind: 'system', name: 'bench-data' },
    today,
    now,
    requestId,
    uow: createUnitOfWork(database.db, { actor: 'system:bench-data', requestId }),
  };
}

/** The registry of the scale, cut to the limits (tests). */
export function benchMunicipalities(scale: BenchScale, options: LoadOptions = {}): BenchMunicipality[] {
  const all = benchRegistry(scale, options.seed).slice(0, options.limitMunicipalities);
  if (options.limitOrganisations === undefined) return all;
  return all.map((m) => {
    const organisations = m.organisations.slice(0, options.limitOrganisations);
    const cvrs = new Set(organisations.map((o) => o.cvr));
    return { ...m, organisations, persons: m.persons.filter((p) => p.cvr === null || cvrs.has(p.cvr)) };
  });
}

/** Loads into an already open, migrated, empty database (tests call this directly). */
export async function loadInto(
  database: OpenDatabase,
  scale: BenchScale,
  options: LoadOptions = {},
): Promise<Omit<BenchDataResult, 'seconds'>> {
  const log = options.log ?? (() => {});
  const phases: Record<string, number> = {};
  const now = new Date();
  const today = copenhagenDate(now);
  const ctx = context(database, today, now);
  async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const out = await work();
    phases[name] = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    log(
      `${name.padEnd(28)} ${phases[name].toFixed(1).padStart(7)} s  (CPU of this process ${((used.user + used.system) / 1e6).toFixed(1)} s)`,
    );
    return out;
  }

  const existing = await database.db.selectFrom('municipality').select('code').limit(1).execute();
  if (existing.length > 0) {
    throw new Error('The bench dataset loads into an empty database only: this one has municipalities.');
  }
  const municipalities = benchMunicipalities(scale, options);
  const largest = municipalities.find((m) => m.code === LARGEST_MUNICIPALITY) ?? municipalities[0];
  if (!largest) throw new Error('No municipality in the dataset');

  await phase('municipalities', async () => {
    await ctx.uow.write(async (s) => {
      const n = await storeElectionPeriods(s);
      await s.audit.append({
        municipality: null,
        action: 'benchData',
        entity: 'electionPeriods',
        entityId: 'all',
        before: null,
        after: { electionPeriods: n },
      });
    });
    for (const m of municipalities) {
      await runUseCase(createMunicipality, ctx, { code: m.code, accountsUrl: null });
    }
  });

  const dir = await phase('registry files written', async () => {
    const d = await fs.mkdtemp(path.join(os.tmpdir(), 'styringsdialog-bench-registry-'));
    for (const m of municipalities) await fs.writeFile(path.join(d, registryFileName(m)), registryCsv(m));
    return d;
  });
  try {
    await phase('registry import (bulk)', async () => {
      const names = (await fs.readdir(dir)).sort();
      const files = await Promise.all(
        names.map(async (n) => ({
          municipality: n.slice(0, 3),
          file: new Uint8Array(await fs.readFile(path.join(dir, n))),
          fileName: n,
        })),
      );
      await runUseCase(importRegistryFiles, ctx, { files });
    });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }

  await phase('models', async () => {
    await ctx.uow.write(async (s) => {
      for (const m of municipalities) {
        for (const model of norddjursModels()) {
          await s.governance.insertModelVersion(
            { ...model, id: `${model.id}-${m.code}`, municipality: m.code },
            'Benchdata: Norddjurs Kommunes model',
          );
        }
      }
      await s.audit.append({
        municipality: null,
        action: 'benchData',
        entity: 'governanceModel',
        entityId: 'all',
        before: null,
        after: { municipalities: municipalities.length },
      });
    });
  });

  const parts: Record<string, number> = { obligations: 0, facts: 0, meetings: 0, agreements: 0 };
  async function timed<T>(part: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    const out = await work();
    parts[part] = (parts[part] ?? 0) + (performance.now() - start) / 1000;
    return out;
  }
  await phase('history 2010-2025', async () => {
    // One transaction per municipality, the rows through the stores' bulk methods (batched
    // multi-row statements); the compliance the rows make stale is rebuilt once at the end.
    for (const m of municipalities) {
      await ctx.uow.write(async (s) => {
        // The engine's inputs read once; the obligations of every year derived from them (what
        // loadObligations does per year).
        const loaded = await timed('obligations', () => loadObligations(s, m.code, HISTORY.fromYear));
        const models = (await s.governance.listModelVersions(m.code)).map((v) => v.model);
        const obligations = new Map<string, Obligation>();
        for (let year = HISTORY.fromYear; year <= HISTORY.toYear; year++) {
          const derived =
            year === HISTORY.fromYear
              ? loaded.obligations
              : deriveObligations({
                  municipality: m.code,
                  models,
                  organisations: loaded.organisations,
                  year,
                });
          for (const o of derived) obligations.set(o.id, o);
        }
        const people = {
          officer: m.persons.find((p) => p.role === 'embedsmand')?.name ?? 'Sagsbehandler',
          chair: 'Bestyrelsesformanden',
        };
        const byId = new Map(loaded.organisations.map((o) => [o.id, o]));
        const cvrOf = (id: string) => byId.get(id)?.cvr ?? id;
        const histories = [...obligations.values()].map((o) => ({
          o,
          h: historyOf(o, HISTORY.toYear, people, cvrOf),
        }));
        const counts = {
          facts: await timed('facts', () =>
            s.governance.insertFacts(
              m.code,
              histories.flatMap(({ h }) => h.facts),
            ),
          ),
          meetings: 0,
          agreements: 0,
        };
        await timed('meetings', async () => {
          const meetings: { meeting: Meeting; year: number }[] = [];
          const versions: { meetingId: string; version: PublishedAccountVersion }[] = [];
          for (const { o, h } of histories) {
            if (!h.meeting) continue;
            meetings.push({ meeting: h.meeting, year: Number(o.periodLabel.slice(0, 4)) });
            const org = h.meeting.organisationId ? (byId.get(h.meeting.organisationId) ?? null) : null;
            const version = nextPublishedVersion(
              h.meeting,
              [],
              org,
              loaded.municipality,
              h.meeting.publishedOn ?? today,
            );
            if (version) versions.push({ meetingId: h.meeting.id, version });
          }
          await s.meetings.insertMeetings(meetings);
          await s.meetings.insertPublishedVersions(m.code, versions);
          counts.meetings = meetings.length;
        });
        await timed('agreements', async () => {
          const agreements = histories.flatMap(({ h }) => h.agreements);
          await s.agreements.insertAgreements(m.code, agreements);
          counts.agreements = agreements.length;
        });
        await s.audit.append({
          municipality: m.code,
          action: 'benchData',
          entity: 'history',
          entityId: m.code,
          before: null,
          after: counts,
        });
      });
    }
  });

  for (const [part, seconds] of Object.entries(parts)) {
    phases[`  of which ${part}`] = seconds;
    log(`${`  of which ${part}`.padEnd(28)} ${seconds.toFixed(1).padStart(7)} s`);
  }

  await phase('key figures (import)', async () => {
    const years = options.keyFigureYears ?? KEY_FIGURE_YEARS;
    for (const m of municipalities) {
      const csv = keyFiguresCsv(m.organisations, years);
      await runUseCase(importKeyFigures, ctx, {
        municipality: m.code,
        file: new TextEncoder().encode(csv),
        fileName: `${m.code}-noegletal.csv`,
      });
    }
  });

  const apiToken = await phase('users', async () => {
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    return ctx.uow.write(async (s) => {
      let token = '';
      const add = async (id: string, email: string, name: string, municipality: string, grant: RoleGrant) => {
        await s.auth.insertUser({ id, email, name, municipality, passwordHash, createdAt: now });
        await s.auth.insertGrant(id, grant, now);
      };
      await add(
        'user-bench-national',
        'landsadmin@national.bench',
        'Bench Landsadministrator',
        NATIONAL_SCOPE,
        {
          role: 'nationalAdmin',
          municipality: NATIONAL_SCOPE,
        },
      );
      for (const m of municipalities) {
        const orgs = await s.registry.listOrganisations(m.code);
        const firstOrg = orgs.find((o) => o.organisation.cvr === m.organisations[0]?.cvr)?.organisation;
        const roles: [string, RoleGrant][] = [
          ['admin', { role: 'admin', municipality: m.code }],
          ['sagsbehandler', { role: 'caseOfficer', municipality: m.code }],
          ['embedsmand', { role: 'official', municipality: m.code, unit: 'Tilsyn med almene boliger' }],
          ['politiker', { role: 'councilMember', municipality: m.code }],
        ];
        if (firstOrg)
          roles.push([
            'bestyrelse',
            { role: 'organisation', municipality: m.code, organisationId: firstOrg.id },
          ]);
        for (const [label, grant] of roles) {
          await add(
            `user-bench-${label}-${m.code}`,
            benchEmail(label, m.code),
            `Bench ${label} ${m.name}`,
            m.code,
            grant,
          );
        }
        if (m.code === largest.code) {
          const officer = await s.auth.getUser(`user-bench-sagsbehandler-${m.code}`);
          if (!officer) throw new Error('the case officer was not stored');
          token = (
            await issueApiToken(s, officer, {
              label: 'Benchmark',
              createdAt: now,
              expiresAt: new Date(now.getTime() + 365 * 24 * 3600 * 1000),
            })
          ).token;
        }
      }
      await s.audit.append({
        municipality: null,
        action: 'benchData',
        entity: 'user',
        entityId: 'all',
        before: null,
        after: { municipalities: municipalities.length },
      });
      return token;
    });
  });

  // A bulk write: after it commits, every table the load made stale is analysed (UnitOfWork `bulk`,
  // db/statistics.ts), so this phase includes ANALYZE; the next one checks that nothing is left.
  await phase('compliance rebuild + ANALYZE', () => runUseCase(rebuildCompliance, ctx, {}));
  const leftStale = await phase('planner statistics left', () => refreshStatistics(database.db));
  if (leftStale.tables.length > 0)
    log(`analysed after the load: ${leftStale.tables.map((t) => t.table).join(', ')}`);

  const count = async (table: string) =>
    Number(
      (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(database.db))
        .rows[0]?.n ?? 0,
    );
  const homes = await database.db
    .selectFrom('department')
    .select((eb) => eb.fn.sum<number>('homes').as('n'))
    .executeTakeFirstOrThrow();
  const counts: Record<string, number> = {
    municipalities: await count('municipality'),
    organisations: await count('housing_organisation'),
    departments: await count('department'),
    homes: Number(homes.n ?? 0),
    persons: await count('person'),
    modelVersions: await count('governance_model_version'),
    facts: await count('obligation_fact'),
    meetings: await count('meeting'),
    publishedAccounts: await count('published_account_version'),
    agreements: await count('agreement'),
    keyFigures: await count('key_figure'),
    users: await count('app_user'),
    storedObligations: await count('compliance_obligation'),
  };
  return {
    phases,
    counts,
    largestMunicipality: largest.code,
    users: {
      caseOfficer: { email: benchEmail('sagsbehandler', largest.code), password: BENCH_PASSWORD },
      apiToken,
    },
  };
}

/** The app_meta key holding the manifest of a loaded bench dataset (both databases). */
export const BENCH_MANIFEST_KEY = 'benchManifest';
/** The manifest's file name in a PGlite data directory (the same content as in app_meta). */
export const BENCH_MANIFEST_FILE = 'bench-manifest.json';

/** What `npm run bench` needs to reuse a loaded dataset instead of loading it again. */
export interface BenchManifest extends BenchDataResult {
  scale: BenchScale;
  loadedAt: string;
  /** Per table (content-checksum.ts), when the load was asked for it. */
  checksum: Record<string, TableChecksum> | null;
}

/**
 * Opens the target (PostgreSQL by URL, or PGlite in `dataDir`), runs the migrations, loads the
 * dataset of `scale`, stores its manifest in app_meta (and, for PGlite, as bench-manifest.json
 * in the data directory) and closes the connection (and the data directory's lock) again.
 */
export async function loadBenchData(
  target: { databaseUrl?: string; dataDir?: string },
  scale: BenchScale,
  options: LoadOptions & { checksum?: boolean } = {},
): Promise<BenchManifest> {
  if (!target.databaseUrl && !target.dataDir) throw new Error('Give a databaseUrl or a dataDir');
  const start = performance.now();
  const openStart = performance.now();
  const database = await connect({ databaseUrl: target.databaseUrl ?? null, dataDir: target.dataDir ?? '' });
  let manifest: BenchManifest;
  try {
    await migrateToLatest(database.db);
    const opened = (performance.now() - openStart) / 1000;
    options.log?.(`${'open + migrate'.padEnd(28)} ${opened.toFixed(1).padStart(7)} s`);
    const result = await loadInto(database, scale, options);
    const seconds = (performance.now() - start) / 1000;
    let checksum: Record<string, TableChecksum> | null = null;
    if (options.checksum) {
      const t = performance.now();
      checksum = await contentChecksum(database.db);
      options.log?.(
        `${'(content checksum)'.padEnd(28)} ${((performance.now() - t) / 1000).toFixed(1).padStart(7)} s`,
      );
    }
    manifest = {
      ...result,
      phases: { 'open + migrate': opened, ...result.phases },
      seconds,
      scale,
      loadedAt: new Date().toISOString(),
      checksum,
    };
    await createUnitOfWork(database.db, { actor: 'system:bench-data', requestId: null }).read((s) =>
      s.meta.set(BENCH_MANIFEST_KEY, manifest),
    );
  } finally {
    await database.close();
  }
  if (target.dataDir && !target.databaseUrl) {
    await fs.writeFile(
      path.join(target.dataDir, BENCH_MANIFEST_FILE),
      `${JSON.stringify(manifest, null, 2)}\n`,
    );
  }
  return manifest;
}

/**
 * The manifest of a dataset loaded earlier by `npm run bench:data`: from bench-manifest.json in a
 * PGlite data directory, or from app_meta in a PostgreSQL database. Null when there is none.
 */
export async function readBenchManifest(target: {
  databaseUrl?: string;
  dataDir?: string;
}): Promise<BenchManifest | null> {
  if (target.dataDir && !target.databaseUrl) {
    try {
      return JSON.parse(await fs.readFile(path.join(target.dataDir, BENCH_MANIFEST_FILE), 'utf8'));
    } catch {
      return null;
    }
  }
  const database = await connect({ databaseUrl: target.databaseUrl ?? null, dataDir: '' });
  try {
    return await createUnitOfWork(database.db, { actor: 'system:bench', requestId: null }).read((s) =>
      s.meta.get<BenchManifest>(BENCH_MANIFEST_KEY),
    );
  } finally {
    await database.close();
  }
}
