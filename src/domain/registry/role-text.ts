/** A person's role in words, as the people list and its exports write it. */
import { danishDate } from '../shared/iso-date.ts';
import type { HousingOrganisation, PersonRole } from './types.ts';
import { ROLE_LABELS } from './validate-person.ts';

export function roleText(role: PersonRole, organisations: readonly HousingOrganisation[]): string {
  const span = `${danishDate(role.from)} – ${role.to ? danishDate(role.to) : 'nu'}`;
  const label = ROLE_LABELS[role.kind];
  switch (role.kind) {
    case 'official':
      return `${label}, ${role.unit} (${span})`;
    case 'councilMember':
      return `${label}, ${role.party} (${span})`;
    case 'mayor':
      return `${label} (${span})`;
    default: {
      const org = organisations.find((o) => o.id === role.organisationId);
      return `${label}, ${org?.name ?? role.organisationId} (${span})`;
    }
  }
}
