/**
 * Stored compliance (issue 18), in-process on PGlite: a municipality the size of the largest one
 * (64 organisations, Norddjurs' models, facts for 2010–2025) against the path before issue 18
 * (every read derives and assesses everything from the facts), beside /healthz.
 *
 *   npx tsx bench/stored-compliance.ts
 *
 * Prints ms per operation: the Overblik's five years read from the stored rows vs computed
 * fresh; the compliance API and the Overblik page (200 and 304); a fact recorded (only its
 * obligation is recomputed) and the full rebuild.
 */
import { performance } from 'node:perf_hooks';
import { complianceYears, freshComplianceYears } from '../src/app/governance/compliance-state.ts';
import { rebuildCompliance } from '../src/app/governance/rebuild-compliance.ts';
import { recordFact } from '../src/app/governance/record-fact.ts';
import { runUseCase } from '../src/app/run-use-case.ts';
import { connectInMemory } from '../src/db/connect.ts';
import { createUnitOfWork } from '../src/db/unit-of-work.ts';
import { norddjursModels } from '../src/domain/governance-model/norddjurs-models.ts';
import { deriveObligations } from '../src/domain/obligations/derive-obligations.ts';
import { caseOfficer707 } from '../test/support/actors.ts';
import { ensureMunicipality, systemContext } from '../test/support/auth.ts';
import { startTestApp } from '../test/support/test-app.ts';

const ORGANISATIONS = 64;
const TODAY = '2026-11-22';
const YEARS = [2023, 2024, 2025, 2026, 2027];

async function measure(name: string, minMs: number, op: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await op();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    await op();
    n++;
  }
  const ms = (performance.now() - start) / n;
  console.log(`${name.padEnd(62)} ${ms.toFixed(2).padStart(9)} ms/op`);
  return ms;
}

const database = await connectInMemory();
const t = await startTestApp({ database, resolveActor: async () => caseOfficer707 });
const db = t.database.db;
await ensureMunicipality(db, '707', 'Norddjurs Kommune');
const loadStart = performance.now();
for (const model of norddjursModels()) {
  await db
    .insertInto('governance_model_version')
    .values({
      model_id: model.id,
      version: model.version,
      municipality: '707',
      valid_from: model.validFrom,
      valid_to: model.validTo,
      model: JSON.stringify(model),
      reason: 'bench',
    })
    .execute();
}
const organisations = Array.from({ length: ORGANISATIONS }, (_, i) => ({
  id: `org-${i}`,
  municipality: '707',
  name: `Boligorganisation ${String(i).padStart(2, '0')}`,
  cvr: String(20000000 + i),
  lbf_number: null,
  kind: 'housingOrganisation',
  seat_municipality: '707',
  administered_by: JSON.stringify({ kind: 'self' }),
  active_from: '2005-01-01',
  active_to: null,
}));
await db.insertInto('housing_organisation').values(organisations).execute();
const orgs = (
  await createUnitOfWork(db, { actor: 'b', requestId: null }).read((s) => s.registry.listOrganisations('707'))
).map((o) => o.organisation);
const facts: {
  municipality: string;
  obligation_id: string;
  kind: string;
  date: string;
  ref: null;
  note: null;
}[] = [];
for (let year = 2010; year <= 2025; year++) {
  const obligations = deriveObligations({
    municipality: '707',
    models: norddjursModels(),
    organisations: orgs,
    year,
  });
  for (const [i, o] of obligations.entries()) {
    if (o.periodLabel !== String(year) || i % 7 === 0) continue;
    if (o.kind === 'documentationPackage') {
      facts.push({
        municipality: '707',
        obligation_id: o.id,
        kind: 'packageReceived',
        date: o.dueBy,
        ref: null,
        note: null,
      });
    } else {
      const held = `${year}-10-0${1 + (i % 9)}`;
      facts.push({
        municipality: '707',
        obligation_id: o.id,
        kind: 'meetingHeld',
        date: held,
        ref: null,
        note: null,
      });
      if (i % 3 !== 0)
        facts.push({
          municipality: '707',
          obligation_id: o.id,
          kind: 'accountPublished',
          date: `${year}-11-15`,
          ref: null,
          note: null,
        });
    }
  }
}
for (let i = 0; i < facts.length; i += 1000)
  await db
    .insertInto('obligation_fact')
    .values(facts.slice(i, i + 1000))
    .execute();
console.log(
  `\n# Stored compliance: ${ORGANISATIONS} organisations, ${facts.length} facts 2010–2025 (load ${(performance.now() - loadStart).toFixed(0)} ms)`,
);
const ctx = systemContext(db);
const rebuildStart = performance.now();
const rebuilt = await runUseCase(rebuildCompliance, ctx, {});
console.log(
  `full rebuild: ${(performance.now() - rebuildStart).toFixed(0)} ms, ${Object.values(rebuilt.rowsWritten)[0]} rows`,
);

const uow = createUnitOfWork(db, { actor: 'b', requestId: null });
const fresh = await measure('Overblik years, computed fresh (before issue 18)', 3000, () =>
  uow.read((s) => freshComplianceYears(s, '707', YEARS, TODAY)),
);
const stored = await measure('Overblik years, from the stored rows', 3000, () =>
  uow.read((s) => complianceYears(s, '707', YEARS, TODAY)),
);
console.log(`  stored / fresh: ${(stored / fresh).toFixed(2)}×`);
const inject = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });
const health = await measure('GET /healthz (baseline)', 2000, () => inject('/healthz'));
const api = '/api/v1/municipalities/707/compliance?year=2026';
const apiMs = await measure('GET compliance API, largest municipality', 3000, () => inject(api));
const etag = (await inject(api)).headers.etag as string;
const api304 = await measure('GET compliance API with If-None-Match (304)', 2000, () =>
  inject(api, { 'if-none-match': etag }),
);
const page = await measure('GET / (Overblik, five years)', 3000, () => inject('/'));
const pageTag = (await inject('/')).headers.etag as string;
const page304 = await measure('GET / with If-None-Match (304)', 2000, () =>
  inject('/', { 'if-none-match': pageTag }),
);
console.log(
  `  vs /healthz: API ${(apiMs / health).toFixed(1)}×, 304 ${(api304 / health).toFixed(1)}×; Overblik ${(page / health).toFixed(1)}×, 304 ${(page304 / health).toFixed(1)}×`,
);

const open = (await uow.read((s) => complianceYears(s, '707', [2026], TODAY)))[0]!.obligations.filter(
  (o) => o.organisation && o.kind === 'dialogueMeeting',
);
let k = 0;
await measure('recordFact (the write + recomputing its obligation)', 2000, async () => {
  const o = open[k++ % open.length]!;
  await runUseCase(recordFact, ctx, {
    municipality: '707',
    obligationId: o.id,
    kind: 'meetingHeld',
    date: `2026-0${1 + (k % 9)}-1${k % 10}`,
  });
});
await t.close();
