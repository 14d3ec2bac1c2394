/**
 * The paging fields every paged list use case accepts (domain/shared/paging.ts): `offset` and
 * `limit`. Without `limit` a list comes whole — exports and the forms' pick lists ask for that.
 */
import { z } from 'zod';
import { API_MAX_PAGE_SIZE } from '../domain/shared/paging.ts';

export const pagingInput = {
  offset: z.coerce.number().int().min(0).max(1_000_000_000).optional(),
  limit: z.coerce.number().int().min(1).max(API_MAX_PAGE_SIZE).optional(),
};
