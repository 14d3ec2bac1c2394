/**
 * The front page's read model, decided here rather than in the page: municipal staff and
 * politicians get the Overblik (the compliance grid with the agreements' summary); an
 * organisation user gets its municipality's organisations it may see; everyone else the list
 * of municipalities and the way to their published accounts. Case officers, administrators and
 * organisation users also get "Mine opgaver" (app/reminders/my-tasks.ts). One use case, one read
 * transaction per request.
 */
import { z } from 'zod';
import { isActiveOn } from '../../domain/registry/active.ts';
import type { Municipality } from '../../domain/registry/types.ts';
import { type Actor, may, organisationScope } from '../actor.ts';
import { briefingReaders } from '../key-figures/access.ts';
import type { Store } from '../ports.ts';
import { memoRead } from '../read-cache/read-model-cache.ts';
import type { OrganisationSummary } from '../registry/registry-store.ts';
import { loadMyTasks, type MyTasks } from '../reminders/my-tasks.ts';
import { defineUseCase, knownComplianceContent } from '../use-case.ts';
import { governanceReaders } from './access.ts';
import { type ComplianceGrid, loadComplianceGrid } from './compliance-grid.ts';
import type { ComplianceContent } from './compliance-state-store.ts';
import { yearInput } from './inputs.ts';
import { municipalityAgreementStates, municipalityOrganisationNames } from './municipality-read-models.ts';

/** Years shown in the Overblik's grid around the chosen year: three back, one ahead. */
export const OVERVIEW_YEARS = [-3, -2, -1, 0, 1] as const;

export type FrontPageView =
  | {
      kind: 'overview';
      grid: ComplianceGrid;
      /** The briefing for the council (issue 14) for the year in focus, when the viewer may read it. */
      briefing: { year: number } | null;
      /** What waits for the viewer; null for viewers without tasks (politicians, officials). */
      tasks: MyTasks | null;
    }
  | {
      kind: 'entry';
      municipalities: Municipality[];
      current: (Municipality & { isDemo: boolean }) | null;
      organisations: (OrganisationSummary & { active: boolean })[] | null;
      /** An organisation user's own tasks; null for everyone else. */
      tasks: MyTasks | null;
    };

export const frontPage = defineUseCase({
  name: 'frontPage',
  summary: 'Vis forsiden: Overblik for kommunens medarbejdere og politikere, ellers kommunerne',
  mutates: false,
  access: { public: true },
  input: z.object({
    /** The viewer's home municipality; none for the public. */
    municipality: z.string().nullable(),
    /** The year in focus; this year when left out or out of range. */
    year: z.unknown().optional(),
  }),
  async run(ctx, input): Promise<FrontPageView> {
    const year = yearInput.safeParse(input.year);
    const focus = year.success ? year.data : Number(ctx.today.slice(0, 4));
    const home = input.municipality;
    return ctx.uow.read(async (s) => {
      if (home && may(ctx.actor, governanceReaders, { municipality: home })) {
        const years = OVERVIEW_YEARS.map((d) => focus + d);
        // One version read serves the grid and the tasks' agreements and names (read cache): the
        // edge's, made for the ETag, when it made one.
        const known = knownComplianceContent(ctx, home);
        const content = known !== undefined ? known : await s.compliance.content(home);
        const grid = await loadComplianceGrid(s, ctx.actor, ctx.today, home, focus, years, content);
        return {
          kind: 'overview',
          grid,
          briefing: may(ctx.actor, briefingReaders, { municipality: home }) ? { year: focus } : null,
          tasks: await overviewTasks(s, ctx.actor, home, ctx.today, content),
        };
      }
      const municipalities = await s.registry.listMunicipalities();
      const current = home ? await s.registry.getMunicipality(home) : null;
      const scope = home ? organisationScope(ctx.actor, home) : [];
      // Outside the viewer's reach (the public, a user without grants there): no list.
      const reach = ctx.actor.kind === 'public' ? [] : scope;
      const organisations =
        current && (reach === 'all' || reach.length > 0)
          ? (await s.registry.listOrganisations(current.code))
              .filter((o) => reach === 'all' || reach.includes(o.organisation.id))
              .map((o) => ({ ...o, active: isActiveOn(o.organisation, ctx.today) }))
          : null;
      const tasks =
        current && reach !== 'all' && reach.length > 0
          ? await loadMyTasks(s, ctx.actor, current.code, ctx.today)
          : null;
      return { kind: 'entry', municipalities, current: current ?? null, organisations, tasks };
    });
  },
});

/**
 * Mine opgaver on the Overblik. Everything it reads (meetings, packages, reminder settings,
 * agreements, organisations) bumps the municipality's content version, and what it shows
 * depends on the viewer only through their grants in the municipality: so it is kept in the read
 * cache per version, day and grants — two viewers with other grants never share an entry.
 */
async function overviewTasks(
  s: Store,
  actor: Actor,
  home: string,
  today: string,
  content: ComplianceContent | null,
): Promise<MyTasks | null> {
  const grants = actor.kind === 'user' ? actor.grants.filter((g) => g.municipality === home) : [];
  const slot = `my-tasks:${home}:${JSON.stringify(grants)}`;
  const key = content ? `${content.version}|${today}` : null;
  return memoRead(s.readCache, slot, key, async () => {
    const preloaded = {
      agreements: await municipalityAgreementStates(s, content, home),
      organisationNames: await municipalityOrganisationNames(s, content, home),
    };
    return loadMyTasks(s, actor, home, today, preloaded);
  });
}
