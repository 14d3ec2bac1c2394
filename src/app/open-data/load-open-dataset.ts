/**
 * Loads a municipality's public dataset through the slices' ports and the open-data stamps, and
 * lets the pure projection (domain/open-data/project-open-data.ts) keep only what is public.
 * Shared by the open-data use cases; never called from the edges.
 */
import type { OpenDataset } from '../../domain/open-data/open-records.ts';
import { projectOpenData } from '../../domain/open-data/project-open-data.ts';
import type { Stamps } from '../../domain/open-data/stamps.ts';
import type { Municipality } from '../../domain/registry/types.ts';
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

export async function loadOpenDataset(s: Store, owner: OpenMunicipality): Promise<OpenDataset> {
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
  return projectOpenData({
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
}
