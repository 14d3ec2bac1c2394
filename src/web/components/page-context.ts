/**
 * What every server-rendered page knows about its request, without threading props through
 * each component: the CSRF token for forms and the actor (for the header and menus).
 * page-route.ts provides it around every page; components read it with useContext.
 */
import { createContext } from 'preact';
import type { Actor } from '../../app/actor.ts';
import type { Navigation } from '../../app/navigation/get-navigation.ts';

export interface PageContextValue {
  csrfToken: string | null;
  actor: Actor;
  /** The frame's read model (getNavigation); null outside a request (the error page). */
  navigation: Navigation | null;
}

export const PageContext = createContext<PageContextValue>({
  csrfToken: null,
  actor: { kind: 'public' },
  navigation: null,
});
