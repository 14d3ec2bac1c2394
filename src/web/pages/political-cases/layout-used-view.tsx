/**
 * Which layout profile the import read the file with, and why: the municipality pinned it, or the
 * page's own markers (the lines quoted, with their numbers) scored it highest — or that no
 * profile was used (no markers found, or the file was read by its Markdown/PDF structure).
 */
import type { ImportReport } from '../../../importer/agenda/import-report.ts';

function quote(text: string): string {
  return `»${text.length > 60 ? `${text.slice(0, 59)}…` : text}«`;
}

export function LayoutUsedView(props: { report: ImportReport; pinnedName: string | null }) {
  const layout = props.report.layout;
  let why: string;
  if (layout === undefined)
    why = `Filen er læst ud fra sine overskrifter (${props.report.format === 'markdown' ? 'Markdown' : 'PDF-tekst'}); der er ikke brugt nogen layoutprofil.`;
  else if (layout === null)
    why =
      'Ingen profil genkendt: siden har ingen af profilernes kendetegn, så de almindelige overskrifter er brugt.';
  else if (layout.how === 'pinned') why = `"${layout.name}", som kommunen har valgt.`;
  else
    why = `"${layout.name}", fundet ud fra ${layout.evidence
      .map((e) => `linje ${e.line} ${quote(e.text)}`)
      .join(', ')}.`;
  return (
    <p class="app-layout-used">
      <strong>Layoutprofil:</strong> {why}
      {props.pinnedName && layout?.how !== 'pinned'
        ? ` Kommunens valgte profil "${props.pinnedName}" gælder kun sider uden Markdown-struktur.`
        : ''}{' '}
      <a href="/politiske-sager/importer/rettelser#profile-heading">Vælg layoutprofil</a>
    </p>
  );
}
