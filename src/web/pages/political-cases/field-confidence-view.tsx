/**
 * The fields of an imported case the reader is unsure of (import-report.ts FieldSource): shown
 * on the preview as a warning list, each with the lines it was read from and why it needs a look,
 * so the user checks them against the agenda page before saving.
 */
import type { FieldSource } from '../../../importer/agenda/import-report.ts';

const FIELD_TEXT: Record<FieldSource['field'], string> = {
  title: 'Titel',
  caseNumber: 'Sagsnummer',
  route: 'Sagsgang',
  recommendation: 'Indstilling',
  decision: 'Beslutning',
  absences: 'Afbud og fravær',
};

function lines(source: FieldSource): string {
  if (source.fromLine === null) return 'ikke fundet';
  return source.toLine !== null && source.toLine !== source.fromLine
    ? `linje ${source.fromLine}–${source.toLine}`
    : `linje ${source.fromLine}`;
}

export function FieldConfidenceView(props: { sources: readonly FieldSource[]; idPrefix: string }) {
  const unsure = props.sources.filter((s) => s.confidence !== 'high');
  if (unsure.length === 0) return null;
  return (
    <div
      class="alert alert-warning app-field-confidence"
      role="note"
      aria-labelledby={`${props.idPrefix}-unsure`}
    >
      <div class="alert-body">
        <p class="alert-heading" id={`${props.idPrefix}-unsure`}>
          Kontrollér disse felter
        </p>
        <ul class="alert-text">
          {unsure.map((s) => (
            <li data-confidence={s.confidence}>
              <strong>
                {FIELD_TEXT[s.field]}
                {s.index !== null ? ` ${s.index + 1}` : ''}
              </strong>{' '}
              ({s.confidence === 'low' ? 'usikker' : 'bør kontrolleres'}, {lines(s)})
              {s.note ? `: ${s.note}` : ''}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
