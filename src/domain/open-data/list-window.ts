/**
 * Which records an OParl list shows and in what order: the time filters of OParl 1.1
 * ("Objektlisten": created_since, created_until, modified_since, modified_until; bounds inclusive)
 * and pages in a stable order (created, then id), so a client paging through a list while
 * nothing changes sees every record exactly once.
 */
import type { Stamps } from './stamps.ts';

export interface TimeWindow {
  createdSince?: string;
  createdUntil?: string;
  modifiedSince?: string;
  modifiedUntil?: string;
}

export interface PageRequest {
  /** 1-based. */
  page: number;
  perPage: number;
}

export interface ListPage<T> {
  items: T[];
  currentPage: number;
  perPage: number;
  totalElements: number;
  totalPages: number;
}

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

const at = (iso: string): number => Date.parse(iso);

export function inWindow(stamps: Stamps, w: TimeWindow): boolean {
  const created = at(stamps.created);
  const modified = at(stamps.modified);
  if (w.createdSince !== undefined && created < at(w.createdSince)) return false;
  if (w.createdUntil !== undefined && created > at(w.createdUntil)) return false;
  if (w.modifiedSince !== undefined && modified < at(w.modifiedSince)) return false;
  if (w.modifiedUntil !== undefined && modified > at(w.modifiedUntil)) return false;
  return true;
}

/** Oldest first; records created at the same instant by id. */
export function compareStable(a: Stamps & { id: string }, b: Stamps & { id: string }): number {
  return at(a.created) - at(b.created) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The records in the window, sorted stably, cut to the page asked for (empty past the end). */
export function listWindow<T extends Stamps & { id: string }>(
  records: readonly T[],
  window: TimeWindow,
  request: PageRequest,
): ListPage<T> {
  const kept = records.filter((r) => inWindow(r, window)).sort(compareStable);
  const perPage = Math.min(Math.max(1, request.perPage), MAX_PER_PAGE);
  const totalPages = Math.max(1, Math.ceil(kept.length / perPage));
  const start = (request.page - 1) * perPage;
  return {
    items: kept.slice(start, start + perPage),
    currentPage: request.page,
    perPage,
    totalElements: kept.length,
    totalPages,
  };
}
