/** DKFDS breadcrumbs: links up the hierarchy, the current page last, chevrons as separators. */
export function Breadcrumbs(props: { trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav class="breadcrumbs" aria-label="Brødkrumme">
      <ol class="breadcrumbs__list">
        {props.trail.map((item) => (
          <li class="breadcrumbs__list-item">
            <a href={item.href} class="breadcrumbs__link">
              {item.label}
            </a>
            <svg class="icon-svg" aria-hidden="true" focusable="false">
              <use href="/static/dkfds/img/all-svg-icons.svg#chevron-right" />
            </svg>
          </li>
        ))}
        <li class="breadcrumbs__list-item" aria-current="page">
          {props.current}
        </li>
      </ol>
    </nav>
  );
}
