/** The links between the agreement pages; the current one is marked. */
export function AgreementsNav(props: { current: string; canEdit: boolean }) {
  const items = [
    { href: '/aftaler', label: 'Alle aftaler' },
    { href: '/aftaler/maalomraader', label: 'Pr. målområde' },
    { href: '/aftaler/over-deadline', label: 'Over deadline' },
    { href: '/aftaler/dokument', label: 'Aftaledokumenter' },
    ...(props.canEdit
      ? [
          { href: '/aftaler/statusfil', label: 'Opdatér statusser fra CSV' },
          { href: '/aftaler/ny', label: 'Opret aftale' },
        ]
      : []),
  ];
  return (
    <nav aria-label="Aftaler" class="no-print">
      <ul class="nobullet-list app-inline-list">
        {items.map((item) => (
          <li>
            {item.href === props.current ? (
              <strong aria-current="page">{item.label}</strong>
            ) : (
              <a href={item.href}>{item.label}</a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
