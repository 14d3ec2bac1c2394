/**
 * Loads a municipality's public dataset through the slices' ports and the open-data stamps, and
 * lets the pure projection (domain/open-data/project-open-data.ts) keep only what is public.
 * Shared by the open-data use cases; never called from the edges.
 */
import type { OpenDataset } from '../../domain/open-data/open-records.ts';
import { projectObligations } from '../../domain/open-data/project-obligations.ts';
import { projectOpenData } from '../../domain/open-data/project-open-data.ts';
import type { Stamps } from '../../domain/open-data/stamps.ts';
import type { Municipality } from '../../domain/registry/types.ts';
import { complianceYears } from '../governance/compliance-state.ts';
import type { Store } from '../ports.ts';

export interface OpenMunicipality extends Stamps {
  municipality: Municipality;
}

export async function loadOpenMunicipality(s: Store, code: string): Promise<OpenMunicipality | null> {
  const municipality = await s.registry.getMunicipality(code);
  if (!municipality) return null;
  const stamps = (await s.openData.municipalityStamps()).get(code);
  if (!stamps) return null;
  const { isDemo: _demo, ...plain } = municipality;
  return { municipality: plain, ...stamps };
}

/** The steering years whose obligations are served: the last five up to today's. */
const OBLIGATION_YEARS = 5;

/**
 * `withObligations`: assess the obligations too (the compliance state: the costly part), only for
 * the requests that show them.
 */
export async function loadOpenDataset(
  s: Store,
  owner: OpenMunicipality,
  today: string,
  withObligations = false,
): Promise<OpenDataset> {
  const code = owner.municipality.code;
  const [
    bodies,
    organisations,
    people,
    memberships,
    electionPeriods,
    latest,
    meetings,
    cases,
    agreements,
    stamps,
  ] = await Promise.all([
    s.registry.listBodies(code),
    s.registry.listOrganisations(code),
    s.registry.listPersons(code),
    s.registry.listMemberships(code),
    s.registry.listElectionPeriods(),
    s.meetings.latestPublishedVersions(code),
    s.meetings.listPublished(code),
    s.politicalCases.listCases(code),
    s.agreements.listAgreements(code),
    s.openData.stampsOf(code),
  ]);
  const published = [];
  for (const meeting of meetings) {
    const newest = latest.get(meeting.id);
    if (!newest) continue;
    published.push({
      meeting,
      latest: newest,
      versions: await s.meetings.listPublishedVersions(code, meeting.id),
    });
  }
  const dataset = projectOpenData({
    municipality: code,
    bodies,
    organisations: organisations.map((o) => o.organisation),
    people,
    memberships,
    electionPeriods,
    published,
    cases: cases.map((c) => ({ id: c.id, politicalCase: c.politicalCase })),
    agreements,
    stamps,
    fallback: { created: owner.created, modified: owner.modified },
  });
  if (!withObligations) return dataset;
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: OBLIGATION_YEARS }, (_, i) => thisYear - OBLIGATION_YEARS + 1 + i);
  const assessed = await complianceYears(s, code, years, today);
  const publishedIds = new Set(dataset.meetings.map((m) => m.id));
  return { ...dataset, obligations: projectObligations(assessed, publishedIds, owner) };
}
