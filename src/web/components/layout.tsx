/**
 * The page frame in Det Fælles Designsystem 11: skip link, the header (portal info with the
 * user and "Log ud", solution info with the municipality, the main menu) with its mobile drawer
 * (menu button, "Luk", the same menu, the user's links and "Log ud"), the content and a footer
 * with the accessibility statement and the privacy notice. Danish throughout.
 *
 * What the menu holds comes from the getNavigation use case (app/navigation/), put into the page
 * context by page-route.ts: this component decides nothing about who may see what. dkfds.min.js
 * (loaded as a file; DKFDS.init() runs from app.js, so the strict CSP holds) opens and closes the
 * drawer below 992 px, traps focus in it and closes it on Escape.
 */
import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import {
  type Navigation,
  type NavigationLink,
  publicNavigation,
} from '../../app/navigation/get-navigation.ts';
import { CsrfField } from './csrf-field.tsx';
import { PageContext } from './page-context.ts';

export interface LayoutProps {
  title: string;
  /** The path of the current page, to mark the navigation item. */
  path: string;
  municipalityName?: string | null;
  isDemo?: boolean;
  /** Kept for pages that pass it; the frame shows the user from the navigation read model. */
  userName?: string | null;
  children: ComponentChildren;
}

function isCurrent(itemHref: string, path: string): boolean {
  return itemHref === '/' ? path === '/' : path === itemHref || path.startsWith(`${itemHref}/`);
}

function Icon(props: { name: string }) {
  return (
    <svg class="icon-svg" focusable="false" aria-hidden="true">
      <use href={`/static/dkfds/img/all-svg-icons.svg#${props.name}`} />
    </svg>
  );
}

/** Logging out changes state, so it is a POST with the CSRF token (the button DKFDS calls log-off). */
function LogOutButton() {
  return (
    <form method="post" action="/log-ud" class="app-log-off-form">
      <CsrfField />
      <button type="submit" class="function-link d-print-none log-off">
        <Icon name="lock" />
        Log ud
      </button>
    </form>
  );
}

function MenuItems(props: { items: NavigationLink[]; path: string }) {
  return (
    <ul class="mainmenu">
      {props.items.map((item) => {
        const current = isCurrent(item.href, props.path);
        return (
          <li class={current ? 'active current' : undefined}>
            <a href={item.href} class="nav-link" aria-current={current ? 'page' : undefined}>
              <span>{item.label}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

function UserLinks(props: { links: NavigationLink[] }) {
  if (props.links.length === 0) return null;
  return (
    <ul class="unstyled-list app-user-links">
      {props.links.map((l) => (
        <li>
          <a href={l.href}>{l.label}</a>
        </li>
      ))}
    </ul>
  );
}

function LogIn() {
  return (
    <a href="/log-ind" class="function-link log-on">
      <Icon name="person" />
      Log ind
    </a>
  );
}

function Header(props: { nav: Navigation; path: string; municipalityName: string | null }) {
  const { nav } = props;
  const municipalityName = props.municipalityName ?? nav.municipality?.name ?? null;
  const municipalityLink = nav.user?.links.find((l) => l.href === '/kommune');
  return (
    <header class="header">
      <div class="portal-info">
        <div class="portal-info-inner container">
          <a href="/" class="app-brand">
            Styringsdialog
          </a>
          <button
            type="button"
            class="function-link button-menu-open js-menu-open ml-auto d-print-none"
            aria-haspopup="dialog"
          >
            <Icon name="menu" />
            Menu
          </button>
          <div class="portal-user">
            {nav.user ? (
              <>
                <div class="user">
                  <p>
                    Logget ind som <strong>{nav.user.name}</strong>
                  </p>
                  <UserLinks links={nav.user.links.filter((l) => l.href !== '/kommune')} />
                </div>
                <LogOutButton />
              </>
            ) : (
              <LogIn />
            )}
          </div>
        </div>
      </div>
      <div class="solution-info">
        <div class="solution-info-inner container">
          <div class="solution-heading">
            {municipalityName && municipalityLink ? (
              <a href={municipalityLink.href}>{municipalityName}</a>
            ) : (
              <span>{municipalityName ?? 'Styringsdialog med de almene boligorganisationer'}</span>
            )}
          </div>
        </div>
      </div>
      <div class="navigation-menu">
        <div class="navigation-menu-inner container">
          <nav class="nav" aria-label="Hovedmenu">
            <MenuItems items={nav.main} path={props.path} />
          </nav>
        </div>
      </div>
      <div class="mobile-drawer" id="mobile-drawer" role="dialog" aria-labelledby="menu-heading">
        <div class="menu-top">
          <h2 id="menu-heading" class="menu-heading">
            Menu
          </h2>
          <button type="button" class="function-link button-menu-close js-menu-close" aria-label="Luk menu">
            <Icon name="close" />
            Luk
          </button>
        </div>
        {municipalityName ? (
          <div class="solution-info-mobile">
            <h3 class="sr-only">Myndighed</h3>
            <p>
              <strong class="authority-name">{municipalityName}</strong>
            </p>
          </div>
        ) : null}
        <nav class="navigation-menu-mobile" aria-label="Hovedmenu">
          <MenuItems items={nav.main} path={props.path} />
        </nav>
        <div class="portal-info-mobile">
          <h3 class="sr-only">Bruger</h3>
          {nav.user ? (
            <>
              <p class="user">
                <span>Logget ind som</span>
                <strong>{nav.user.name}</strong>
              </p>
              <UserLinks links={nav.user.links} />
              <LogOutButton />
            </>
          ) : (
            <p>
              <LogIn />
            </p>
          )}
        </div>
      </div>
    </header>
  );
}

export function Layout(props: LayoutProps) {
  const nav = useContext(PageContext).navigation ?? publicNavigation();
  return (
    <html lang="da">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – Styringsdialog`}</title>
        <link rel="stylesheet" href="/static/dkfds/css/dkfds-virkdk.min.css" />
        <link rel="stylesheet" href="/static/app/app.css" />
        <link rel="icon" href="/static/app/favicon.svg" type="image/svg+xml" />
        {/* Without JavaScript the drawer cannot open: no-js.css shows its menu under the header. */}
        <noscript>
          <link rel="stylesheet" href="/static/app/no-js.css" />
        </noscript>
        <script src="/static/dkfds/js/dkfds.min.js" defer />
        <script src="/static/app/app.js" defer />
      </head>
      <body>
        <a class="skipnav" href="#main-content">
          Gå til sidens indhold
        </a>
        <Header nav={nav} path={props.path} municipalityName={props.municipalityName ?? null} />
        <div class="overlay" />
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
        <footer>
          <div class="footer">
            <div class="container">
              <p>Styringsdialog efter almenboligloven § 164</p>
              <ul class="unstyled-list inline-list">
                <li>
                  <a href={nav.footer.accessibilityStatement.href}>
                    {nav.footer.accessibilityStatement.label}
                  </a>
                </li>
                <li>
                  <a href={nav.footer.privacyNotice.href}>{nav.footer.privacyNotice.label}</a>
                </li>
                <li>
                  <a href="/api/docs">API-dokumentation</a>
                </li>
              </ul>
            </div>
          </div>
        </footer>
      </body>
    </html>
  );
}
