/**
 * Loads the demo dataset on first start, when the database has no municipality yet.
 */

import { loadDemoMeetingHistory } from '../app/meetings/load-demo-meeting-history.ts';
import { loadDemo } from '../app/registry/load-demo.ts';
import { runUseCase } from '../app/run-use-case.ts';
import type { UseCaseContext } from '../app/use-case.ts';

export async function loadDemoOnFirstStart(ctx: UseCaseContext): Promise<boolean> {
  const municipalities = await ctx.uow.read((s) => s.registry.listMunicipalities());
  if (municipalities.length > 0) return false;
  await runUseCase(loadDemo, ctx, {});
  await loadDemoMeetingHistory(ctx);
  return true;
}
