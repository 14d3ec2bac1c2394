import type { ComplianceStatus } from '../../domain/compliance/types.ts';

export const statusLabel: Record<ComplianceStatus, string> = {
  met: 'Opfyldt',
  due: 'Udestående',
  overdue: 'Over frist',
  missed: 'Ikke opfyldt',
  notApplicable: 'Gælder ikke',
};

/** A compliance status as text in a coloured frame: the words carry the meaning, not the colour. */
export function StatusTag(props: { status: ComplianceStatus; late?: boolean }) {
  return (
    <span class={`app-status app-status--${props.status}`}>
      {statusLabel[props.status]}
      {props.late && props.status === 'met' ? ' (for sent)' : ''}
    </span>
  );
}
