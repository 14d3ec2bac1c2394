/**
 * Whether an organisation is active on a date. Mergers and dissolutions end an organisation's
 * active period without deleting it, so history keeps its name (domain.md §6, issue: registry).
 */
import { type IsoDate, intervalsOverlap, withinInterval } from '../shared/iso-date.ts';
import type { HousingOrganisation } from './types.ts';

export function isActiveOn(o: Pick<HousingOrganisation, 'activeFrom' | 'activeTo'>, date: IsoDate): boolean {
  return withinInterval(date, o.activeFrom, o.activeTo);
}

/** Active at some point in [from, to]. */
export function isActiveDuring(
  o: Pick<HousingOrganisation, 'activeFrom' | 'activeTo'>,
  from: IsoDate,
  to: IsoDate,
): boolean {
  return intervalsOverlap(o.activeFrom, o.activeTo, from, to);
}
