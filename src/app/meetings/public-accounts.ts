/**
 * Shared by the publish step and the public account use cases. The public sees only stored
 * published versions (PublishedAccountVersion, append-only), never a meeting's current minutes:
 * minutes reopened and approved again after publication stay private until they are published.
 */
import {
  type Meeting,
  minutesShape,
  nextPublishedVersion,
  type PublishedAccountVersion,
} from '../../domain/meetings/index.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';
import { loadObligations } from '../governance/load-obligations.ts';
import type { Store } from '../ports.ts';
import { steeringYearOf } from './meeting-changes.ts';
import { ruleFor } from './meeting-setup.ts';

/**
 * The basis a theme meeting's account names: its governance model rule's (e.g. "Norddjurs KB
 * 15-11-2022, sag 22/8287, pkt. 1"); a dialogue meeting's account names the law itself.
 */
async function summaryBasis(s: Store, meeting: Meeting): Promise<string | null> {
  if (minutesShape(meeting).form !== 'summary') return null;
  const { obligations } = await loadObligations(s, meeting.municipality, steeringYearOf(meeting));
  const obligation = obligations.find((o) => meeting.obligationIds.includes(o.id));
  return obligation ? ((await ruleFor(s, obligation))?.basis ?? null) : null;
}

/** Stores the account of `meeting` (just transitioned to `published`) as its next version. */
export async function storePublishedVersion(
  s: Store,
  meeting: Meeting,
  today: IsoDate,
): Promise<PublishedAccountVersion | null> {
  const municipality = await s.registry.getMunicipality(meeting.municipality);
  if (!municipality) return null;
  const organisation = meeting.organisationId
    ? await s.registry.getOrganisation(meeting.municipality, meeting.organisationId)
    : null;
  const earlier = await s.meetings.listPublishedVersions(meeting.municipality, meeting.id);
  const next = nextPublishedVersion(meeting, earlier, organisation, municipality, today, {
    basis: await summaryBasis(s, meeting),
  });
  if (next) await s.meetings.insertPublishedVersion(meeting.municipality, meeting.id, next);
  return next;
}
