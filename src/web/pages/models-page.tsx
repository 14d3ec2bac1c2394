/**
 * Styringsmodeller: every version of the municipality's governance model side by side, one
 * column per version, one row per meeting rule. A cell is marked (with text, not colour alone)
 * when the rule is new, changed or dropped compared with the version before it; each column
 * shows the council decision behind the version.
 */

import type { ModelChange } from '../../domain/governance-model/diff-models.ts';
import type { GovernanceModel, MeetingRule } from '../../domain/governance-model/types.ts';
import type { Municipality } from '../../domain/registry/types.ts';
import { DANISH_MONTH_NAMES } from '../../domain/shared/date-input.ts';
import type { Finding } from '../../domain/shared/finding.ts';
import { Findings } from '../components/findings.tsx';
import { Layout } from '../components/layout.tsx';
import { formatDate } from '../format.ts';

export interface ModelsPageProps {
  municipality: Municipality & { isDemo: boolean };
  versions: { model: GovernanceModel; reason: string | null; findings: Finding[]; changes: ModelChange[] }[];
  historyFindings: Finding[];
  politicalCaseLinks: Record<string, string>;
  userName: string | null;
}

const cadenceText: Record<MeetingRule['cadence']['unit'], string> = {
  perSteeringYear: 'pr. styringsår',
  perElectionPeriod: 'pr. valgperiode',
  perCalendarYear: 'pr. kalenderår',
};
const partyText: Record<string, string> = {
  administration: 'forvaltningen',
  organisation: 'boligorganisationen',
  councilMembers: 'kommunalbestyrelsens medlemmer',
  relevantUnits: 'relevante enheder',
};
const monthNames = DANISH_MONTH_NAMES;

function RuleCell(props: { rule: MeetingRule; changedFields: Set<string> }) {
  const r = props.rule;
  const mark = (path: string, text: string) =>
    props.changedFields.has(path) ? (
      <span class="app-diff-changed">
        {text} <span class="sr-only">(ændret)</span>
      </span>
    ) : (
      text
    );
  return (
    <div>
      <strong>{mark('label', r.label)}</strong>
      <ul class="app-compact-list">
        <li>
          {mark(
            'cadence.count',
            `${r.cadence.count} ${r.cadence.count === 1 ? 'møde' : 'møder'} ${cadenceText[r.cadence.unit]}`,
          )}
        </li>
        <li>
          {mark(
            'scope',
            r.scope === 'eachOrganisation'
              ? 'Med hver boligorganisation'
              : 'Fælles for alle boligorganisationer',
          )}
        </li>
        <li>
          {mark('requiredParties', `Parter: ${r.requiredParties.map((p) => partyText[p] ?? p).join(', ')}`)}
        </li>
        {r.optionalParticipants.map((o) => (
          <li>
            {mark(
              'optionalParticipants',
              `${o.who} (kan ønskes af ${o.mayRequest.map((p) => partyText[p] ?? p).join(' og ')})`,
            )}
          </li>
        ))}
        <li>{mark('statutory', r.statutory ? 'Lovpligtigt' : 'Kommunens egen beslutning')}</li>
        {r.window ? (
          <li>
            {mark(
              'window',
              `Holdes ${monthNames[r.window.fromMonth - 1]}–${monthNames[r.window.toMonth - 1]}`,
            )}
          </li>
        ) : null}
        <li>
          {mark(
            'publishMinutes.required',
            r.publishMinutes.required ? 'Redegørelse offentliggøres' : 'Ingen offentliggørelse',
          )}
        </li>
        <li class="form-hint">{mark('basis', r.basis)}</li>
      </ul>
    </div>
  );
}

export function ModelsPage(p: ModelsPageProps) {
  const ruleIds: string[] = [];
  for (const v of p.versions)
    for (const r of v.model.meetingRules) if (!ruleIds.includes(r.id)) ruleIds.push(r.id);
  return (
    <Layout
      title="Styringsmodeller"
      path="/styringsmodeller"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
      userName={p.userName}
    >
      <h1>Styringsmodeller</h1>
      <p>
        Kommunalbestyrelsens model for styringsdialogen, version for version, med den beslutning der vedtog
        hver version. Uanset modellen gælder lovens minimum: et årligt styringsdialogmøde med hver
        boligorganisation på grundlag af dokumentationspakken, og en offentliggjort redegørelse
        (almenboligloven § 164, stk. 2-3).
      </p>
      <Findings findings={p.historyFindings} heading="Bemærkninger til modellens historik" />
      {p.versions.length === 0 ? (
        <p>Kommunen har ikke registreret en styringsmodel. Kun lovens minimum gælder.</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table app-models-table">
            <caption class="sr-only">Styringsmodellens versioner side om side</caption>
            <thead>
              <tr>
                <th scope="col">Mødeform</th>
                {p.versions.map((v) => (
                  <th scope="col">
                    Version {v.model.version}: {v.model.name}
                    <div class="weight-normal">
                      Gælder {formatDate(v.model.validFrom)} –{' '}
                      {v.model.validTo ? formatDate(v.model.validTo) : 'indtil videre'}
                    </div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Beslutning</th>
                {p.versions.map((v) => {
                  const lb = v.model.legalBasis;
                  const caseLink = lb.politicalCaseId ? p.politicalCaseLinks[lb.politicalCaseId] : undefined;
                  return (
                    <td>
                      <p>
                        {lb.body} {formatDate(lb.decisionDate)}
                        {lb.caseNumber ? (
                          <span>
                            , sag {caseLink ? <a href={caseLink}>{lb.caseNumber}</a> : lb.caseNumber}
                          </span>
                        ) : null}
                      </p>
                      {lb.route.length > 0 ? (
                        <p class="form-hint">
                          Sagsgang: {lb.route.map((r) => `${r.body} ${formatDate(r.date)}`).join(' → ')}
                        </p>
                      ) : null}
                      <p>{lb.text}</p>
                      <Findings findings={v.findings} heading="Bemærkninger" />
                    </td>
                  );
                })}
              </tr>
              {ruleIds.map((id) => (
                <tr>
                  <th scope="row">
                    {p.versions
                      .map((v) => v.model.meetingRules.find((r) => r.id === id)?.label)
                      .find(Boolean) ?? id}
                  </th>
                  {p.versions.map((v, i) => {
                    const rule = v.model.meetingRules.find((r) => r.id === id);
                    const previous =
                      i > 0 ? p.versions[i - 1]?.model.meetingRules.find((r) => r.id === id) : undefined;
                    const change = v.changes.find(
                      (c) =>
                        (c.kind === 'ruleChanged' || c.kind === 'ruleAdded' || c.kind === 'ruleRemoved') &&
                        c.ruleId === id,
                    );
                    if (!rule) {
                      return previous ? (
                        <td class="app-diff-removed-cell">
                          <span class="app-diff-removed">Bortfaldet</span> –{' '}
                          {change?.message ?? 'findes ikke i denne version'}
                        </td>
                      ) : (
                        <td>–</td>
                      );
                    }
                    const changed = new Set(
                      change?.kind === 'ruleChanged' ? change.changes.map((c) => c.path) : [],
                    );
                    return (
                      <td class={i > 0 && !previous ? 'app-diff-added' : undefined}>
                        {i > 0 && !previous ? <p class="app-diff-label">Ny i denne version</p> : null}
                        <RuleCell rule={rule} changedFields={changed} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
