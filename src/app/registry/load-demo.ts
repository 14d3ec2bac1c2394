import { z } from 'zod';
import { demoAgreements, demoProgressProposals } from '../../domain/agreements/demo-agreements.ts';
import { electionPeriodsBetween } from '../../domain/election-period/election-period.ts';
import { norddjursModels } from '../../domain/governance-model/norddjurs-models.ts';
import { DEMO_KEY_FIGURE_YEARS, demoKeyFigures } from '../../domain/key-figures/demo-key-figures.ts';
import { coveredByDemoHistory } from '../../domain/meetings/demo-meeting-history.ts';
import type { Obligation } from '../../domain/obligations/types.ts';
import { demoRegistry } from '../../domain/registry/demo-data.ts';
import { AppError } from '../app-error.ts';
import { demoFacts } from '../governance/demo-facts.ts';
import { loadObligations } from '../governance/load-obligations.ts';
import { DEMO_POLITICAL_CASE_ID } from '../political-cases/demo-political-case.ts';
import { DEMO_CASE_NUMBER, storeDemoPoliticalCase } from '../political-cases/demo-political-case-store.ts';
import type { Store } from '../ports.ts';
import { defineUseCase } from '../use-case.ts';
import { municipalityAdmins } from './access.ts';

/** The demo's meeting history starts here. */
const DEMO_HISTORY_FROM = 2020;

/** The election periods the product stores: enough history and future for any plan. */
export const STORED_ELECTION_PERIODS = { fromYear: 2010, toYear: 2037 };

/** Stores the election periods derived by rule (kommunal- og regionalvalgloven § 6, domain.md §4). */
export async function storeElectionPeriods(s: Store): Promise<number> {
  const periods = electionPeriodsBetween(STORED_ELECTION_PERIODS.fromYear, STORED_ELECTION_PERIODS.toYear);
  for (const p of periods) {
    await s.registry.saveElectionPeriod({
      label: p.label,
      electionDate: p.electionDate,
      start: p.start,
      end: p.end,
    });
  }
  return periods.length;
}

/**
 * Loads the demo dataset (Norddjurs Kommune with invented organisations and people) into an
 * empty database. Refuses when the demo municipality already exists, so real data is never
 * mixed with demo data.
 */
export const loadDemo = defineUseCase({
  name: 'loadDemo',
  summary: 'Indlæs demodata for Norddjurs Kommune',
  mutates: true,
  access: municipalityAdmins,
  input: z.object({}),
  async run(ctx) {
    const demo = demoRegistry();
    return ctx.uow.write(async (s) => {
      const main = demo.municipalities[0];
      if (main && (await s.registry.getMunicipality(main.code))) {
        throw new AppError(
          'conflict',
          'Demodata findes allerede',
          `Kommune ${main.code} findes allerede i databasen.`,
        );
      }
      const periods = await storeElectionPeriods(s);
      for (const m of demo.municipalities) await s.registry.saveMunicipality(m, true);
      for (const b of demo.bodies) await s.registry.saveBody(b);
      for (const o of demo.organisations) await s.registry.insertOrganisation('707', o);
      for (const d of demo.departments) await s.registry.saveDepartment(d);
      for (const p of demo.persons) await s.registry.savePerson('707', p);
      for (const m of demo.memberships) await s.registry.saveMembership(m);
      // Norddjurs' two models as adopted (KB 13-12-2011 and KB 15-11-2022, sag 22/8287), the
      // 2022 version linked to the demo's copy of its political case.
      const politicalCases = await storeDemoPoliticalCase(s, ctx.actor);
      const models = norddjursModels().map((m) =>
        m.legalBasis.caseNumber === DEMO_CASE_NUMBER
          ? { ...m, legalBasis: { ...m.legalBasis, politicalCaseId: DEMO_POLITICAL_CASE_ID } }
          : m,
      );
      for (const model of models) await s.governance.insertModelVersion(model, 'Indlæst med demodata');
      // The history of the past years' meetings, up to the year before this one.
      const lastYear = Number(ctx.today.slice(0, 4)) - 1;
      const past = new Map<string, Obligation>();
      for (let year = DEMO_HISTORY_FROM; year <= lastYear; year++) {
        for (const o of (await loadObligations(s, '707', year)).obligations) past.set(o.id, o);
      }
      // The meetings of the demo's meeting history record their own facts when they are played
      // through the meeting cycle (load-demo-meeting-history.ts).
      const facts = demoFacts(
        [...past.values()].filter((o) => !coveredByDemoHistory(o)),
        lastYear,
      );
      for (const fact of facts) await s.governance.insertFact('707', fact);
      // Agreements of the 2020–2025 meetings with their status history, and one pending report.
      const agreements = demoAgreements();
      for (const a of agreements) await s.agreements.insertAgreement('707', a);
      const proposals = demoProgressProposals();
      for (const p of proposals) await s.agreements.insertProposal(p);
      // Invented key figures 2019–2026, stored with source `demo` and shown as demo data.
      const keyFigures = await s.keyFigures.replaceYears('707', DEMO_KEY_FIGURE_YEARS, demoKeyFigures());
      const counts = {
        electionPeriods: periods,
        municipalities: demo.municipalities.length,
        bodies: demo.bodies.length,
        organisations: demo.organisations.length,
        departments: demo.departments.length,
        persons: demo.persons.length,
        memberships: demo.memberships.length,
        modelVersions: models.length,
        facts: facts.length,
        agreements: agreements.length,
        progressProposals: proposals.length,
        keyFigures,
        politicalCases,
      };
      await s.audit.append({
        municipality: '707',
        action: 'loadDemo',
        entity: 'dataset',
        entityId: 'demo',
        before: null,
        after: counts,
      });
      return counts;
    });
  },
});
