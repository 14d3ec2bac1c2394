import type { Finding } from '../../domain/shared/finding.ts';

/** Rule findings as DKFDS alerts: text and heading carry the meaning, not colour alone. */
export function Findings(props: { findings: Finding[]; heading?: string }) {
  if (props.findings.length === 0) return null;
  return (
    <div class="alert alert-warning" role="note">
      <div class="alert-body">
        <p class="alert-heading">{props.heading ?? 'Opmærksomhedspunkter'}</p>
        <ul>
          {props.findings.map((f) => (
            <li>{f.message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
