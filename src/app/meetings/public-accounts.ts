/** Shared by the public account use cases: published meetings only, never contact data. */
import { type Meeting, publishedAccount } from '../../domain/meetings/index.ts';
import type { Store } from '../ports.ts';

export async function accountOf(s: Store, meeting: Meeting) {
  const municipality = await s.registry.getMunicipality(meeting.municipality);
  if (!municipality) return null;
  const organisation = meeting.organisationId
    ? await s.registry.getOrganisation(meeting.municipality, meeting.organisationId)
    : null;
  return publishedAccount(meeting, organisation, municipality);
}
