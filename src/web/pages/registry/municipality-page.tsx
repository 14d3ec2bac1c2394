import type { FlagThresholds } from '../../../domain/key-figures/types.ts';
import type { Municipality } from '../../../domain/registry/types.ts';
import type { ReminderSettings } from '../../../domain/reminders/reminder-settings.ts';
import { ErrorSummary, Form, type FormState, TextArea, TextField } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatFigure } from '../briefing/format-figure.ts';

export interface MunicipalityPageProps {
  municipality: Municipality & {
    isDemo: boolean;
    keyFigureThresholds: FlagThresholds;
    /** For admins and case officers: the days of the reminder rules (null: not theirs to see). */
    reminderSettings: ReminderSettings | null;
  };
  /** Present for admins: the edit form. */
  form: FormState | null;
  /** Present for admins: the accessibility statement and privacy notice links. */
  noticesForm?: FormState | null;
  /** Present for admins and case officers: the key-figure flag thresholds. */
  thresholdsForm?: FormState | null;
  /** Present for admins: the reminder settings. */
  remindersForm?: FormState | null;
  userName: string | null;
}

/** Abbreviations as one "MTU = Miljø- og teknikudvalget" per line, for a plain textarea. */
export function abbreviationsText(table: Record<string, string>): string {
  return Object.entries(table)
    .map(([abbr, name]) => `${abbr} = ${name}`)
    .join('\n');
}

const days = (n: number) => (n === 1 ? '1 dag' : `${n} dage`);

export function MunicipalityPage(p: MunicipalityPageProps) {
  const m = p.municipality;
  return (
    <Layout title={m.name} path="/kommune" municipalityName={m.name} isDemo={m.isDemo} userName={p.userName}>
      <h1>{m.name}</h1>
      <dl class="app-facts">
        <dt>Kommunekode</dt>
        <dd>{m.code}</dd>
        <dt>Tilsynsførende enhed</dt>
        <dd>{m.supervisingUnit}</dd>
        <dt>Redegørelser på hjemmesiden</dt>
        <dd>{m.accountsUrl ? <a href={m.accountsUrl}>{m.accountsUrl}</a> : '–'}</dd>
        <dt>Tilgængelighedserklæring</dt>
        <dd>
          {m.accessibilityStatementUrl ? (
            <a href={m.accessibilityStatementUrl}>{m.accessibilityStatementUrl}</a>
          ) : (
            <a href="/tilgaengelighed">Løsningens indbyggede side</a>
          )}
        </dd>
        <dt>Privatlivspolitik</dt>
        <dd>
          {m.privacyNoticeUrl ? (
            <a href={m.privacyNoticeUrl}>{m.privacyNoticeUrl}</a>
          ) : (
            <a href="/privatliv">Løsningens indbyggede side</a>
          )}
        </dd>
        <dt>Markering af nøgletal</dt>
        <dd>
          Effektivitetstal under {formatFigure(m.keyFigureThresholds.efficiencyBelow, '%')}, tomgang over{' '}
          {formatFigure(m.keyFigureThresholds.vacancyAbove, '%')}
        </dd>
        {m.reminderSettings ? (
          <>
            <dt>Påmindelser</dt>
            <dd>
              Dokumentationspakke {days(m.reminderSettings.packageDaysBefore)} før mødet, redegørelse{' '}
              {days(m.reminderSettings.accountDaysAfter)} efter mødet, aftaler{' '}
              {days(m.reminderSettings.agreementDaysAhead)} før fristen
            </dd>
          </>
        ) : null}
        <dt>Udvalg</dt>
        <dd>
          {Object.entries(m.bodyAbbreviations).map(([abbr, name]) => (
            <div>
              {abbr}: {name}
            </div>
          ))}
        </dd>
      </dl>
      <p>
        <a href="/personer">Personer</a> · <a href="/udvalg">Udvalg og medlemmer</a>
        {/* Administrators only (the same people who get the edit form). */}
        {p.form ? (
          <>
            {' · '}
            <a href="/webhooks">Webhooks</a>
          </>
        ) : null}
      </p>
      {p.form ? (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">Ret kommunens oplysninger</h2>
          <ErrorSummary state={p.form} />
          <Form action="/kommune">
            {/* The version the edit is based on: a stale save is refused (412). */}
            <input type="hidden" name="version" value={p.form.values.version ?? ''} />
            <TextField state={p.form} name="name" label="Navn" required />
            <TextField state={p.form} name="supervisingUnit" label="Tilsynsførende enhed" required />
            <TextField state={p.form} name="accountsUrl" label="Adresse til redegørelserne" type="url" />
            <TextArea
              state={p.form}
              name="bodyAbbreviations"
              label="Udvalgsforkortelser"
              hint="Én pr. linje, fx MTU = Miljø- og teknikudvalget"
              required
              rows={4}
            />
            <button type="submit" class="button button-primary">
              Gem
            </button>
          </Form>
        </section>
      ) : null}
      {p.noticesForm ? (
        <section aria-labelledby="notices-heading">
          <h2 id="notices-heading">Tilgængelighedserklæring og privatlivspolitik</h2>
          <p>
            Sidefoden på alle sider linker hertil. Tilgængelighedserklæringen skal laves i
            Digitaliseringsstyrelsens WAS-Tool. Lad et felt stå tomt for at bruge løsningens indbyggede side.
          </p>
          <ErrorSummary state={p.noticesForm} />
          <Form action="/kommune/links">
            {/* The version the edit is based on: a stale save is refused (412). */}
            <input type="hidden" name="version" value={p.noticesForm.values.version ?? ''} />
            <TextField
              state={p.noticesForm}
              name="accessibilityStatementUrl"
              label="Adresse til tilgængelighedserklæringen"
              hint="Fx https://was.digst.dk/… eller en side på kommunens hjemmeside"
              type="url"
            />
            <TextField
              state={p.noticesForm}
              name="privacyNoticeUrl"
              label="Adresse til privatlivspolitikken"
              hint="Kommunens oplysning om behandling af personoplysninger (databeskyttelsesforordningens art. 13)"
              type="url"
            />
            <button type="submit" class="button button-primary">
              Gem links
            </button>
          </Form>
        </section>
      ) : null}
      {p.thresholdsForm ? (
        <section aria-labelledby="thresholds-heading">
          <h2 id="thresholds-heading">Grænser for markering af nøgletal</h2>
          <p>
            Afdelinger markeres i orienteringen og på organisationernes nøgletal, når effektivitetstallet er
            under eller tomgangen over grænsen. Grænserne er kommunens egne, ikke lovkrav.
          </p>
          <ErrorSummary state={p.thresholdsForm} />
          <Form action="/kommune/noegletalsgraenser">
            <TextField
              state={p.thresholdsForm}
              name="efficiencyBelow"
              label="Effektivitetstal under (%)"
              hint="Fx 70"
              required
              width="input-width-xs"
            />
            <TextField
              state={p.thresholdsForm}
              name="vacancyAbove"
              label="Tomgang over (%)"
              hint="Fx 1 eller 0,5"
              required
              width="input-width-xs"
            />
            <button type="submit" class="button button-primary">
              Gem grænser
            </button>
          </Form>
        </section>
      ) : null}
      {p.remindersForm ? (
        <section aria-labelledby="reminders-heading">
          <h2 id="reminders-heading">Påmindelser</h2>
          <p>
            Antal dage i de daglige påmindelser og under »Mine opgaver«. Loven fastsætter ingen antal dage for
            offentliggørelse af redegørelsen (almenboligloven § 164, stk. 2); tallene er kommunens egne.
          </p>
          <ErrorSummary state={p.remindersForm} />
          <Form action="/kommune/paamindelser">
            <TextField
              state={p.remindersForm}
              name="packageDaysBefore"
              label="Manglende dokumentationspakke: dage før mødet"
              hint="0–365 dage, fx 21"
              required
              width="input-width-xs"
            />
            <TextField
              state={p.remindersForm}
              name="accountDaysAfter"
              label="Ikke offentliggjort redegørelse: dage efter mødet"
              hint="0–365 dage, fx 30"
              required
              width="input-width-xs"
            />
            <TextField
              state={p.remindersForm}
              name="agreementDaysAhead"
              label="Aftale: dage før fristen"
              hint="0–365 dage, fx 14"
              required
              width="input-width-xs"
            />
            <button type="submit" class="button button-primary">
              Gem påmindelser
            </button>
          </Form>
        </section>
      ) : null}
    </Layout>
  );
}
