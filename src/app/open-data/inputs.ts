/** Input pieces of the open-data use cases: OParl's list filters and paging (OParl 1.1, "Objektlisten"). */
import { z } from 'zod';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from '../../domain/open-data/list-window.ts';

const instant = (name: string) =>
  z.iso
    .datetime({
      offset: true,
      message: `${name} skal være et tidspunkt efter ISO 8601 med tidszone, fx 2026-01-31T12:00:00+01:00`,
    })
    .optional();

export const listWindowInput = {
  createdSince: instant('created_since'),
  createdUntil: instant('created_until'),
  modifiedSince: instant('modified_since'),
  modifiedUntil: instant('modified_until'),
  page: z.coerce
    .number({ message: 'page skal være et tal' })
    .int()
    .min(1, { message: 'page skal være mindst 1' })
    .default(1),
  limit: z.coerce
    .number({ message: 'limit skal være et tal' })
    .int()
    .min(1, { message: 'limit skal være mindst 1' })
    .max(MAX_PER_PAGE, { message: `limit må højst være ${MAX_PER_PAGE}` })
    .default(DEFAULT_PER_PAGE),
};

export function windowOf(input: {
  createdSince?: string | undefined;
  createdUntil?: string | undefined;
  modifiedSince?: string | undefined;
  modifiedUntil?: string | undefined;
}) {
  return {
    ...(input.createdSince !== undefined ? { createdSince: input.createdSince } : {}),
    ...(input.createdUntil !== undefined ? { createdUntil: input.createdUntil } : {}),
    ...(input.modifiedSince !== undefined ? { modifiedSince: input.modifiedSince } : {}),
    ...(input.modifiedUntil !== undefined ? { modifiedUntil: input.modifiedUntil } : {}),
  };
}

/** The lists a body offers: OParl's own and the styringsdialog extension's. */
export const OPEN_LISTS = [
  'organization',
  'person',
  'membership',
  'legislativeTerm',
  'meeting',
  'paper',
  'agreement',
  'publishedAccount',
  'obligation',
] as const;
export type OpenList = (typeof OPEN_LISTS)[number];
