/**
 * Det Fælles Designsystem's pagination (komponenter/paginering) as plain links: first, previous,
 * the page numbers with "…" (domain/shared/paging.ts `pageLinks`), next and last; on a narrow
 * screen DKFDS shows "Side X af Y" between the arrows instead of the numbers and hides the arrows'
 * words, so the arrows carry their names in aria-label (as DKFDS' own markup does). `href` builds a
 * page's URL and keeps the list's filters. Nothing is shown for a list that fits on one page.
 */
import type { FastifyRequest } from 'fastify';
import { offsetOfPage, PAGE_SIZE, type Paging, pageLinks, pageNumbers } from '../../domain/shared/paging.ts';

function Icon(props: { name: string }) {
  return (
    <svg class="icon-svg" focusable="false" aria-hidden="true">
      <use href={`/static/dkfds/img/all-svg-icons.svg#${props.name}`} />
    </svg>
  );
}

export function Pagination(props: { paging: Paging | null; href: (page: number) => string; label: string }) {
  if (!props.paging) return null;
  const { current, count } = pageNumbers(props.paging);
  if (count <= 1) return null;
  const { href } = props;
  return (
    <nav class="pagination" aria-label={props.label}>
      {current > 1 ? (
        <>
          <a href={href(1)} class="button button-arrow button-first">
            <Icon name="first-page" />
            <span class="sr-only">Første side</span>
          </a>
          <a
            href={href(current - 1)}
            class="button button-arrow button-previous"
            rel="prev"
            aria-label="Forrige side"
          >
            <Icon name="chevron-left" />
            <span class="pagination-nav-link">Forrige</span>
          </a>
        </>
      ) : null}
      <span class="pagination-mobile">
        Side {current} af {count}
      </span>
      <ul class="pagination__items">
        {pageLinks(current, count).map((n) =>
          n === 'gap' ? (
            <li class="pagination-item pagination-overflow">
              <span class="sr-only">Prikker som indikerer skjulte sider</span>
              <span aria-hidden="true">…</span>
            </li>
          ) : (
            <li class="pagination-item pagination-number">
              <a
                href={href(n)}
                class={n === current ? 'button current-page' : 'button button-secondary'}
                {...(n === current ? { 'aria-current': 'page' } : {})}
              >
                <span class="sr-only">Side </span>
                {n}
              </a>
            </li>
          ),
        )}
      </ul>
      {current < count ? (
        <>
          <a
            href={href(current + 1)}
            class="button button-arrow button-next"
            rel="next"
            aria-label="Næste side"
          >
            <span class="pagination-nav-link">Næste</span>
            <Icon name="chevron-right" />
          </a>
          <a href={href(count)} class="button button-arrow button-last">
            <span class="sr-only">Sidste side</span>
            <Icon name="last-page" />
          </a>
        </>
      ) : null}
    </nav>
  );
}

/** The URL of page `page` of `path` with the list's other query parameters kept (`side`). */
export function pageHref(path: string, query: Record<string, string | undefined>) {
  return (page: number): string => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '' && k !== 'side') q.set(k, v);
    if (page > 1) q.set('side', String(page));
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  };
}

/** The page a request asks for (`?side=`), as the use cases' `offset` and `limit`. */
export function requestedPage(request: FastifyRequest): { offset: number; limit: number } {
  const side = Number((request.query as Record<string, unknown>).side);
  return { offset: offsetOfPage(side, PAGE_SIZE), limit: PAGE_SIZE };
}
