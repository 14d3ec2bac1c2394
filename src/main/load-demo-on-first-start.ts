/**
 * Loads the demo dataset on first start, when the database has no municipality yet.
 */

import { loadDemoMeetingHistory } from '../app/meetings/load-demo-meeting-history.ts';
import { loadDemo } from '../app/registry/load-demo.ts';
import { runUseCase } from '../app/run-use-case.ts';
import type { UseCaseContext } from '../app/use-case.ts';

/** `linkBase`: PUBLIC_URL, so the demo's invitations and notices link to this installation. */
export async function loadDemoOnFirstStart(ctx: UseCaseContext, linkBase: string): Promise<boolean> {
  const municipalities = await ctx.uow.read((s) => s.registry.listMunicipalities());
  if (municipalities.length > 0) return false;
  await runUseCase(loadDemo, ctx, {});
  await loadDemoMeetingHistory(ctx, { linkBase });
  return true;
}
