/**
 * The one way the edges call a use case: parse the input (Danish field errors), deny by
 * default (public actors only reach public use cases; users need one of the admitted roles),
 * then run. Scope checks that need the loaded object happen inside the use case via authorize().
 *
 * The unit of work is guarded: a use case not marked `mutates` cannot open a write transaction,
 * and a write transaction that appended no audit entry is rolled back with a defect. So every
 * change made through a use case is in the audit log, by construction.
 *
 * Before a write transaction commits, the stored compliance of every municipality whose inputs
 * changed (database triggers bump its version) is recomputed in it (issue 18), so no use case
 * has to remember to.
 */
import type { z } from 'zod';
import { admits } from './actor.ts';
import { AppError, notFound } from './app-error.ts';
import { refreshStaleCompliance } from './governance/compliance-state.ts';
import type { Store, UnitOfWork } from './ports.ts';
import type { UseCase, UseCaseContext } from './use-case.ts';
import { type ParseOptions, parseInput } from './validate-input.ts';

export async function runUseCase<S extends z.ZodType, O>(
  useCase: UseCase<S, O>,
  ctx: UseCaseContext,
  rawInput: unknown,
  parse: ParseOptions = {},
): Promise<O> {
  const policy = useCase.access;
  if (!('public' in policy)) {
    if (ctx.actor.kind === 'public') {
      throw new AppError('unauthenticated', 'Log ind', 'Du skal logge ind for at se dette.');
    }
    if (!admits(ctx.actor, policy)) throw notFound('Siden');
  }
  const input = parseInput(useCase.input, rawInput, parse);
  return useCase.run({ ...ctx, uow: auditGuarded(ctx.uow, useCase, ctx.today) }, input);
}

/** Thrown (as a defect, HTTP 500) when a use case changes data in a way the audit rule forbids. */
export class AuditRuleViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditRuleViolation';
  }
}

function auditGuarded(
  uow: UnitOfWork,
  useCase: { name: string; mutates: boolean },
  today: string,
): UnitOfWork {
  return {
    read: (fn) => uow.read(fn),
    write: (fn, options) => {
      if (!useCase.mutates) {
        return Promise.reject(
          new AuditRuleViolation(`${useCase.name} is not marked mutates but opened a write transaction`),
        );
      }
      return uow.write(async (store) => {
        let appended = 0;
        const guarded: Store = {
          ...store,
          audit: {
            ...store.audit,
            append: async (record) => {
              appended += 1;
              await store.audit.append(record);
            },
          },
        };
        const result = await fn(guarded);
        if (appended === 0) {
          throw new AuditRuleViolation(
            `${useCase.name} wrote without an audit entry; the change is rolled back`,
          );
        }
        await refreshStaleCompliance(store, today, { touchedByThisTransaction: true });
        return result;
      }, options);
    },
  };
}
