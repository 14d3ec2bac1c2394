/**
 * The page frame's read model: the menu the viewer may open, who is logged in, the links beside
 * the user's name and the footer's accessibility statement and privacy notice. Every link is
 * admitted by the same access policy as the page it opens (navigation-links.ts), so the menu
 * shows exactly what the viewer can open; web/components/layout.tsx only renders it.
 *
 * The footer links go to the municipality's own documents when it has set them, else to the
 * built-in pages. The municipality is the user's (first grant); for a visitor who is not logged
 * in it is the installation's only municipality, if it serves exactly one.
 */
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import { governanceReaders } from '../governance/access.ts';
import type { Store } from '../ports.ts';
import { defineUseCase } from '../use-case.ts';
import { admits, mainLinkRules, type NavigationLinkRule, userLinkRules } from './navigation-links.ts';

export const BUILT_IN_ACCESSIBILITY_STATEMENT = '/tilgaengelighed';
export const BUILT_IN_PRIVACY_NOTICE = '/privatliv';

export interface NavigationLink {
  href: string;
  label: string;
}

export interface Navigation {
  main: NavigationLink[];
  /** The logged-in user, or null for a visitor (then the frame offers "Log ind"). */
  user: { name: string; links: NavigationLink[] } | null;
  /** The municipality the frame speaks for: controller and contact on the built-in notices. */
  municipality: { code: string; name: string; supervisingUnit: string } | null;
  footer: { accessibilityStatement: NavigationLink; privacyNotice: NavigationLink };
}

function linksFor(actor: Actor, rules: readonly NavigationLinkRule[]): NavigationLink[] {
  return rules
    .filter((r) => admits(actor, r.access))
    .map((r) => ({
      href: r.href,
      // The front page shows the compliance overview to those admitted to it.
      label: r.href === '/' && seesOverview(actor) ? 'Overblik' : r.label,
    }));
}

/** Those admitted to the compliance overview (assessYear's governanceReaders) get it on the front page. */
function seesOverview(actor: Actor): boolean {
  return actor.kind === 'user' && admits(actor, governanceReaders);
}

/** The frame for a page rendered without a request (e.g. the error page): public links only. */
export function publicNavigation(): Navigation {
  return frame({ kind: 'public' }, null);
}

function frame(
  actor: Actor,
  municipality: {
    code: string;
    name: string;
    supervisingUnit: string;
    accessibilityStatementUrl?: string | null;
    privacyNoticeUrl?: string | null;
  } | null,
): Navigation {
  return {
    main: linksFor(actor, mainLinkRules),
    user: actor.kind === 'user' ? { name: actor.name, links: linksFor(actor, userLinkRules) } : null,
    municipality: municipality
      ? { code: municipality.code, name: municipality.name, supervisingUnit: municipality.supervisingUnit }
      : null,
    footer: {
      accessibilityStatement: {
        href: municipality?.accessibilityStatementUrl ?? BUILT_IN_ACCESSIBILITY_STATEMENT,
        label: 'Tilgængelighedserklæring',
      },
      privacyNotice: {
        href: municipality?.privacyNoticeUrl ?? BUILT_IN_PRIVACY_NOTICE,
        label: 'Privatlivspolitik',
      },
    },
  };
}

async function frameMunicipality(s: Store, actor: Actor) {
  if (actor.kind === 'user') {
    const home = actor.grants[0]?.municipality;
    return home ? s.registry.getMunicipality(home) : null;
  }
  const all = await s.registry.listMunicipalities();
  return all.length === 1 ? (all[0] ?? null) : null;
}

export const getNavigation = defineUseCase({
  name: 'getNavigation',
  summary: 'Vis menuen og sidefodens links for den, der ser siden',
  mutates: false,
  // Everyone gets a frame; what is in it is filtered by the actor's roles above.
  access: { public: true },
  input: z.object({}),
  async run(ctx): Promise<Navigation> {
    const municipality = await ctx.uow.read((s) => frameMunicipality(s, ctx.actor));
    return frame(ctx.actor, municipality);
  },
});
