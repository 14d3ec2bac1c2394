/**
 * Shared by the publish step and the public account use cases. The public sees only stored
 * published versions (PublishedAccountVersion, append-only), never a meeting's current minutes:
 * minutes reopened and approved again after publication stay private until they are published.
 */
import {
  type Meeting,
  nextPublishedVersion,
  type PublishedAccountVersion,
} from '../../domain/meetings/index.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';
import type { Store } from '../ports.ts';

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
  const next = nextPublishedVersion(meeting, earlier, organisation, municipality, today);
  if (next) await s.meetings.insertPublishedVersion(meeting.municipality, meeting.id, next);
  return next;
}
