/**
 * The page frame in Det Fælles Designsystem: skip link, header with the solution name and the
 * municipality, the main navigation, the content and a footer. Danish throughout.
 */
import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { PageContext } from './page-context.ts';

export interface NavItem {
  href: string;
  label: string;
}

export const mainNavigation: NavItem[] = [
  { href: '/', label: 'Overblik' },
  { href: '/boligorganisationer', label: 'Boligorganisationer' },
  { href: '/moeder', label: 'Møder' },
  { href: '/aftaler', label: 'Aftaler' },
  { href: '/styringsmodeller', label: 'Styringsmodeller' },
  { href: '/politiske-sager', label: 'Politiske sager' },
  { href: '/redegoerelser', label: 'Offentlige redegørelser' },
];

export interface LayoutProps {
  title: string;
  /** The path of the current page, to mark the navigation item. */
  path: string;
  municipalityName?: string | null;
  isDemo?: boolean;
  userName?: string | null;
  children: ComponentChildren;
}

function isCurrent(itemHref: string, path: string): boolean {
  return itemHref === '/' ? path === '/' : path === itemHref || path.startsWith(`${itemHref}/`);
}

export function Layout(props: LayoutProps) {
  // The logged-in user comes from the page context when the page does not pass it.
  const { actor } = useContext(PageContext);
  const userName = props.userName ?? (actor.kind === 'user' ? actor.name : null);
  const isAdmin = actor.kind === 'user' && actor.grants.some((g) => g.role === 'admin');
  return (
    <html lang="da">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – Styringsdialog`}</title>
        <link rel="stylesheet" href="/static/dkfds/css/dkfds-virkdk.min.css" />
        <link rel="stylesheet" href="/static/app/app.css" />
        <link rel="icon" href="/static/app/favicon.svg" type="image/svg+xml" />
        <script src="/static/dkfds/js/dkfds.min.js" defer />
        <script src="/static/app/app.js" defer />
      </head>
      <body>
        <a class="skipnav" href="#main-content">
          Gå til sidens indhold
        </a>
        <header class="header">
          <div class="portal-info">
            <div class="portal-info-inner container">
              <a href="/" class="app-brand">
                Styringsdialog
              </a>
              <div class="portal-user">
                {userName ? (
                  <span>
                    Logget ind som <strong>{userName}</strong>
                    {isAdmin ? (
                      <>
                        {' · '}
                        <a href="/brugere">Brugere</a> · <a href="/revision">Revisionslog</a>
                      </>
                    ) : null}{' '}
                    · <a href="/log-ud">Log ud</a>
                  </span>
                ) : (
                  <a href="/log-ind">Log ind</a>
                )}
              </div>
            </div>
          </div>
          <div class="solution-info">
            <div class="solution-info-inner container">
              <div class="solution-heading">
                {props.userName && props.municipalityName ? (
                  <a href="/kommune">{props.municipalityName}</a>
                ) : (
                  <span>{props.municipalityName ?? 'Styringsdialog med de almene boligorganisationer'}</span>
                )}
              </div>
            </div>
          </div>
          <nav class="navigation-menu" aria-label="Hovedmenu">
            <div class="navigation-menu-inner container">
              <ul class="mainmenu">
                {mainNavigation.map((item) => (
                  <li class={isCurrent(item.href, props.path) ? 'active current' : undefined}>
                    <a
                      href={item.href}
                      class="nav-link"
                      aria-current={isCurrent(item.href, props.path) ? 'page' : undefined}
                    >
                      <span>{item.label}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </nav>
        </header>
        <main id="main-content" class="container page-container">
          {props.isDemo ? (
            <div class="alert alert-info" role="note">
              <div class="alert-body">
                <p class="alert-heading">Demodata</p>
                <p class="alert-text">Alle organisationer og personer i dette datasæt er opdigtede.</p>
              </div>
            </div>
          ) : null}
          {props.children}
        </main>
        <footer class="footer">
          <div class="container">
            <p>
              Styringsdialog efter almenboligloven § 164 · <a href="/api/docs">API-dokumentation</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
