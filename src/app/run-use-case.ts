/**
 * The one way the edges call a use case: parse the input (Danish field errors), deny by
 * default (public actors only reach public use cases; users need one of the admitted roles),
 * then run. Scope checks that need the loaded object happen inside the use case via authorize().
 */
import type { z } from 'zod';
import { AppError, notFound } from './app-error.ts';
import type { UseCase, UseCaseContext } from './use-case.ts';
import { parseInput } from './validate-input.ts';

export async function runUseCase<S extends z.ZodType, O>(
  useCase: UseCase<S, O>,
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<O> {
  const policy = useCase.access;
  if (!('public' in policy)) {
    if (ctx.actor.kind === 'public') {
      throw new AppError('unauthenticated', 'Log ind', 'Du skal logge ind for at se dette.');
    }
    const actor = ctx.actor;
    if (actor.kind === 'user' && !actor.grants.some((g) => policy.roles.includes(g.role))) {
      throw notFound('Siden');
    }
  }
  const input = parseInput(useCase.input, rawInput);
  return useCase.run(ctx, input);
}
