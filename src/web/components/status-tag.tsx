/**
 * A compliance status as text in a coloured frame: the words carry the meaning, not the colour.
 * The words are the read model's (domain/compliance/labels.ts); this component only frames them.
 */
import type { ComplianceStatus } from '../../domain/compliance/types.ts';

export function StatusTag(props: { cell: { status: ComplianceStatus; statusLabel: string } }) {
  return <span class={`app-status app-status--${props.cell.status}`}>{props.cell.statusLabel}</span>;
}
