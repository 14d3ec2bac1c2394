import type { ElectionPeriodRecord } from '../../../app/registry/registry-store.ts';
import type { Body, Municipality } from '../../../domain/registry/types.ts';
import { Layout } from '../../components/layout.tsx';
import { formatDate } from '../../format.ts';

export interface BodiesPageProps {
  municipality: Municipality & { isDemo: boolean };
  periods: ElectionPeriodRecord[];
  bodies: {
    body: Body;
    members: { personId: string; name: string; electionPeriod: string; role: string }[];
  }[];
  userName: string | null;
}

const roleLabel: Record<string, string> = { chair: 'Formand', viceChair: 'Næstformand', member: 'Medlem' };

export function BodiesPage(p: BodiesPageProps) {
  const periodsWithMembers = p.periods.filter((period) =>
    p.bodies.some((b) => b.members.some((m) => m.electionPeriod === period.label)),
  );
  return (
    <Layout
      title="Udvalg"
      path="/boligorganisationer"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
      userName={p.userName}
    >
      <h1>Udvalg og medlemmer</h1>
      <p>
        Kommunalbestyrelsen og udvalgene, med medlemmer pr. valgperiode (1. januar efter valget – 31. december
        fire år senere).
      </p>
      <p>
        <a href="/udvalg.csv">Hent medlemmerne som CSV (Excel)</a>
      </p>
      {periodsWithMembers.map((period) => (
        <section aria-labelledby={`period-${period.label}`}>
          <h2 id={`period-${period.label}`}>
            Valgperioden {period.label} (valg {formatDate(period.electionDate)})
          </h2>
          {p.bodies.map(({ body, members }) => {
            const inPeriod = members.filter((m) => m.electionPeriod === period.label);
            if (inPeriod.length === 0) return null;
            return (
              <details class="details">
                <summary class="details-summary">
                  {body.name} ({body.abbreviation}) – {inPeriod.length} medlemmer
                  {body.supervises ? ', fører tilsynet med boligorganisationerne' : ''}
                </summary>
                <div class="details-text">
                  <ul>
                    {inPeriod.map((m) => (
                      <li>
                        <a href={`/personer/${encodeURIComponent(m.personId)}`}>{m.name}</a> –{' '}
                        {roleLabel[m.role] ?? m.role}
                      </li>
                    ))}
                  </ul>
                </div>
              </details>
            );
          })}
        </section>
      ))}
    </Layout>
  );
}
