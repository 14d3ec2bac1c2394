/**
 * The public accounts (redegørelser, almenboligloven § 164, stk. 2): municipalities, a
 * municipality's index by year with the coverage sentence, and one account. For everyone, logged
 * in or not; only published material and no contact data.
 */
import {
  type AccountAuthor,
  type PublishedAccount,
  type PublishedVersionSummary,
  publishedVersionPath,
} from '../../../domain/meetings/index.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDate } from '../../format.ts';
import { Paragraphs } from './paragraphs.tsx';

export function AccountMunicipalitiesPage(p: { municipalities: { code: string; name: string }[] }) {
  return (
    <Layout title="Offentlige redegørelser" path="/redegoerelser">
      <h1>Offentlige redegørelser</h1>
      <p class="font-lead">
        Kommunalbestyrelsen offentliggør en redegørelse for styringsdialogen med de almene boligorganisationer
        (almenboligloven § 164, stk. 2).
      </p>
      <ul>
        {p.municipalities.map((m) => (
          <li>
            <a href={`/redegoerelser/${encodeURIComponent(m.code)}`}>{m.name}</a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export interface AccountIndexPageProps {
  municipality: { code: string; name: string };
  years: {
    year: number;
    coverage: string;
    accounts: {
      meetingId: string;
      title: string;
      organisation: string | null;
      heldOn: string | null;
      path: string;
      /** The day the shown version was withdrawn, or null. */
      withdrawn: string | null;
    }[];
  }[];
}

export function AccountIndexPage(p: AccountIndexPageProps) {
  const title = `Redegørelser – ${p.municipality.name}`;
  return (
    <Layout title={title} path="/redegoerelser" municipalityName={p.municipality.name}>
      <Breadcrumbs
        trail={[{ href: '/redegoerelser', label: 'Offentlige redegørelser' }]}
        current={p.municipality.name}
      />
      <h1>{title}</h1>
      {p.years.length === 0 ? <p>Der er ikke offentliggjort nogen redegørelser endnu.</p> : null}
      {p.years.map((y) => (
        <section aria-labelledby={`year-${y.year}`}>
          <h2 id={`year-${y.year}`}>Styringsåret {y.year}</h2>
          <p>{y.coverage}.</p>
          {y.accounts.length === 0 ? (
            <p>Der er ikke offentliggjort redegørelser for styringsåret.</p>
          ) : (
            <ul>
              {y.accounts.map((a) => (
                <li>
                  <a href={a.path}>{a.organisation ?? a.title}</a>
                  {a.heldOn ? `, møde ${formatDate(a.heldOn)}` : ''}
                  {a.withdrawn ? ` (trukket tilbage ${formatDate(a.withdrawn)})` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </Layout>
  );
}

/** "Skrevet af Bo Hansen, Boligorganisationen" under an assessment. */
function WrittenBy(p: { author: AccountAuthor | null }) {
  if (!p.author) return null;
  return (
    <p class="app-written-by">
      Skrevet af {p.author.by}, {p.author.label.toLowerCase()}
    </p>
  );
}

export interface AccountPageProps extends PublishedVersionSummary {
  account: PublishedAccount;
  /** Whether this is the newest published version. */
  latest: boolean;
  /** Every published version, oldest first. */
  versions: PublishedVersionSummary[];
  /** When and why this version was withdrawn. */
  withdrawal: { on: string; reason: string } | null;
}

/**
 * The account itself: facts, participants, minutes, both assessments, agreements, approvals — or,
 * for a theme meeting, the summary instead of assessments and agreements.
 */
function AccountBody(p: { account: PublishedAccount; here: string; version: number; publishedOn: string }) {
  const a = p.account;
  return (
    <>
      <p>
        <a href={`${p.here}/redegoerelse.pdf`}>Hent redegørelsen som PDF</a>
      </p>
      <dl class="app-facts">
        <dt>Møde</dt>
        <dd>{a.title}</dd>
        <dt>Afholdt</dt>
        <dd>{formatDate(a.heldOn)}</dd>
        <dt>Offentliggjort</dt>
        <dd>{formatDate(a.publishedOn)}</dd>
        <dt>Version</dt>
        <dd>
          {p.version}
          {p.version > 1 ? `, offentliggjort ${formatDate(p.publishedOn)}` : ''}
        </dd>
        <dt>Hjemmel</dt>
        <dd>{a.legalBasis}</dd>
        {a.organisation ? (
          <>
            <dt>CVR</dt>
            <dd>{a.organisation.cvr}</dd>
          </>
        ) : null}
        <dt>Referatversion</dt>
        <dd>
          {a.minutesVersion}
          {a.changeReason ? ` (ændret: ${a.changeReason})` : ''}
        </dd>
      </dl>
      <h2>Deltagere</h2>
      {a.participantsPresent.map((g) => (
        <p>
          <strong>{g.label}:</strong>{' '}
          {g.people.map((x) => (x.role ? `${x.name} (${x.role})` : x.name)).join(', ')}
        </p>
      ))}
      {a.apologies.length > 0 ? (
        <p>
          <strong>Afbud:</strong> {a.apologies.flatMap((g) => g.people.map((x) => x.name)).join(', ')}
        </p>
      ) : null}
      {a.minuteTaker ? <p>Referent: {a.minuteTaker}</p> : null}
      <h2>Referat</h2>
      {a.items.map((i) => (
        <div>
          <h3>{i.title}</h3>
          <Paragraphs text={i.summary} />
          <Paragraphs text={i.outcome} prefix="Konklusion: " />
        </div>
      ))}
      {a.minutesForm === 'summary' ? (
        // A theme meeting's account (Norddjurs KB 15-11-2022, sag 22/8287): the municipality's summary.
        <>
          <h2>Referat/sammenfatning</h2>
          <Paragraphs text={a.summary ?? ''} empty="–" />
        </>
      ) : (
        <>
          <h2>Boligorganisationens vurdering</h2>
          <Paragraphs text={a.organisationAssessment} empty="–" />
          <WrittenBy author={a.assessmentAuthors?.organisation ?? null} />
          <h2>Kommunens vurdering</h2>
          <Paragraphs text={a.municipalityAssessment} empty="–" />
          <WrittenBy author={a.assessmentAuthors?.administration ?? null} />
          <h2>Aftaler</h2>
          {a.noAgreements ? (
            <p>Der blev ikke indgået aftaler.</p>
          ) : (
            <ul>
              {a.agreements.map((x) => (
                <li>
                  {x.text} ({x.objectiveAreaLabel}
                  {x.deadline ? `, frist ${formatDate(x.deadline)}` : ''}
                  {x.responsible ? `, ansvarlig: ${x.responsible}` : ''})
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <h2>Godkendelse</h2>
      <ul>
        {a.approvals.map((x) => (
          <li>
            {x.label}: godkendt af {x.by}, {formatDate(x.at.slice(0, 10))}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One published version of an account; earlier versions are linked as "Tidligere version". */
export function AccountPage(p: AccountPageProps) {
  const a = p.account;
  const title = a.organisation ? `Redegørelse: ${a.organisation.name}` : `Redegørelse: ${a.title}`;
  const here = p.latest ? a.path : publishedVersionPath(a, p.version);
  const newest = p.versions.at(-1);
  return (
    <Layout title={title} path="/redegoerelser" municipalityName={a.municipality.name}>
      <Breadcrumbs
        trail={[
          { href: '/redegoerelser', label: 'Offentlige redegørelser' },
          { href: `/redegoerelser/${encodeURIComponent(a.municipality.code)}`, label: a.municipality.name },
        ]}
        current={a.organisation?.name ?? a.title}
      />
      <h1>{title}</h1>
      {p.latest ? null : (
        <div class="alert alert-warning" role="status">
          <div class="alert-body">
            <p class="alert-text">
              Dette er version {p.version}, offentliggjort {formatDate(p.publishedOn)}. Den er erstattet af en
              rettet version{newest ? ` (version ${newest.version}, ${formatDate(newest.publishedOn)})` : ''}:{' '}
              <a href={a.path}>Se den gældende redegørelse</a>.
            </p>
          </div>
        </div>
      )}
      {p.correction ? (
        <p>
          <strong>Rettet {formatDate(p.correction.on)}:</strong> {p.correction.reason}
        </p>
      ) : null}
      {p.withdrawal ? (
        <div class="alert alert-warning" role="status" id="account-withdrawn">
          <div class="alert-body">
            <p class="alert-heading">Redegørelsen er trukket tilbage {formatDate(p.withdrawal.on)}</p>
            <p class="alert-text">Begrundelse: {p.withdrawal.reason}</p>
          </div>
        </div>
      ) : (
        <AccountBody account={a} here={here} version={p.version} publishedOn={p.publishedOn} />
      )}
      {p.versions.length > 1 ? (
        <>
          <h2>Versioner</h2>
          <ul>
            {p.versions.map((v) =>
              v.version === p.version ? (
                <li>
                  Version {v.version}, offentliggjort {formatDate(v.publishedOn)} (vist her)
                </li>
              ) : (
                <li>
                  <a href={v.version === newest?.version ? a.path : publishedVersionPath(a, v.version)}>
                    {v.version === newest?.version ? 'Gældende version' : 'Tidligere version'} {v.version}
                  </a>
                  , offentliggjort {formatDate(v.publishedOn)}
                  {v.correction ? ` – rettet: ${v.correction.reason}` : ''}
                </li>
              ),
            )}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}
