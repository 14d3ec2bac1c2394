/**
 * The open-data port: the created/modified instants of the records the OParl API serves. The
 * records themselves come from the slices' own ports; this port adds only the time stamps
 * (kept by the database: see the open-data-timestamps migration). Implemented in db/open-data/.
 */
import type { Stamps } from '../../domain/open-data/stamps.ts';

export interface OpenDataStamps {
  organisations: Map<string, Stamps>;
  bodies: Map<string, Stamps>;
  people: Map<string, Stamps>;
  /** Keyed by `membershipKey`. */
  memberships: Map<string, Stamps>;
  /** Keyed by election period label. */
  electionPeriods: Map<string, Stamps>;
  meetings: Map<string, Stamps>;
  politicalCases: Map<string, Stamps>;
  agreements: Map<string, Stamps>;
}

export function membershipKey(m: { bodyId: string; personId: string; electionPeriod: string }): string {
  return `${m.bodyId}|${m.personId}|${m.electionPeriod}`;
}

export interface OpenDataStore {
  /** Every municipality's stamps, by code. */
  municipalityStamps(): Promise<Map<string, Stamps>>;
  stampsOf(municipality: string): Promise<OpenDataStamps>;
}
