/**
 * The two download links of a list (exportPageRoutes): CSV and Excel (XLSX), keeping the
 * list's own query (filters) so the file holds what the page shows.
 */
export function ExportLinks(props: { href: string; query?: string; what?: string }) {
  const q = props.query ? `?${props.query}` : '';
  const what = props.what ?? 'listen';
  return (
    <span class="export-links">
      Hent {what} som <a href={`${props.href}.xlsx${q}`}>Excel (XLSX)</a> eller{' '}
      <a href={`${props.href}.csv${q}`}>CSV</a>
    </span>
  );
}
