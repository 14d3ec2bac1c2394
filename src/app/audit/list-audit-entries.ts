import { DateTime } from 'luxon';
import { z } from 'zod';
import { DANISH_ZONE } from '../../domain/shared/copenhagen-date.ts';
import { optionalDateField } from '../../domain/shared/date-schema.ts';
import { authorize } from '../actor.ts';
import { invalidInput } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import type { AuditFilter } from './audit-log.ts';

export const auditReaders = { roles: ['admin'] } as const;
export const AUDIT_MAX_ROWS = 10_000;

const day = (label: string) => optionalDateField(label).transform((d) => d ?? undefined);
const text = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.string().trim().max(200).optional(),
);

/** Midnight at the start of a Danish calendar day, as an instant. */
function startOfDanishDay(date: string): Date {
  return DateTime.fromISO(date, { zone: DANISH_ZONE }).startOf('day').toJSDate();
}

/**
 * The municipality's audit log, newest first, filtered by Danish calendar days (`from`, `to`
 * inclusive), action, entity and actor. For the Revisionslog page, the CLI and aktindsigt exports.
 * Paged two ways, both newest first by id: `offset` (the page's numbered pages) and `before` an
 * id (the API's cursor: entries written meanwhile do not shift it). `paging.total` counts the
 * whole filter; two statements whatever the page.
 */
export const listAuditEntries = defineUseCase({
  name: 'listAuditEntries',
  summary: 'Vis revisionsloggen for kommunen',
  mutates: false,
  access: auditReaders,
  input: z.object({
    municipality: municipalityCode,
    from: day('Fra dato'),
    to: day('Til dato'),
    action: text,
    entity: text,
    entityId: text,
    actor: text,
    limit: z.coerce.number().int().min(1).max(AUDIT_MAX_ROWS).default(500),
    offset: z.coerce.number().int().min(0).max(1_000_000_000).default(0),
    before: z.coerce.number().int().min(1).optional(),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, auditReaders, { municipality: input.municipality });
    if (input.from && input.to && input.from > input.to) {
      throw invalidInput('Perioden er ugyldig.', [
        { field: 'to', message: 'Til-datoen ligger før fra-datoen' },
      ]);
    }
    const filter: AuditFilter = {
      municipality: input.municipality,
      ...(input.from ? { from: startOfDanishDay(input.from) } : {}),
      ...(input.to
        ? { to: DateTime.fromJSDate(startOfDanishDay(input.to)).plus({ days: 1 }).toJSDate() }
        : {}),
      ...(input.action ? { action: input.action } : {}),
      ...(input.entity ? { entity: input.entity } : {}),
      ...(input.entityId ? { entityId: input.entityId } : {}),
      ...(input.actor ? { actor: input.actor } : {}),
    };
    const [rows, total] = await ctx.uow.read((s) =>
      Promise.all([
        s.auditLog.list(
          { ...filter, ...(input.before ? { beforeId: input.before } : {}) },
          { offset: input.offset, limit: input.limit + 1 },
        ),
        s.auditLog.count(filter),
      ]),
    );
    const more = rows.length > input.limit;
    const entries = more ? rows.slice(0, input.limit) : rows;
    return {
      entries,
      /** More entries follow this page. */
      truncated: more,
      paging: { offset: input.offset, limit: input.limit, total },
      /** The `before` of the next page (the API's cursor), or null on the last. */
      nextBefore: more ? (entries[entries.length - 1]?.id ?? null) : null,
    };
  },
});
