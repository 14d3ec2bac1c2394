/**
 * Huskede rettelser: what the municipality's users taught the agenda import by correcting the
 * preview (its import profile), each in Danish with what was corrected and when, and a button to
 * forget it, and the layout profile the municipality pinned with the form that pins or clears it.
 * Renders listImportCorrections' read model.
 */
import type { Municipality } from '../../../domain/registry/types.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ChoiceGroup, ErrorSummary, Form, type FormState } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDate } from '../../format.ts';
import { FormAlert } from '../meetings/form-alert.tsx';

export interface ImportCorrectionsPageProps {
  municipality: Municipality & { isDemo?: boolean };
  corrections: { id: string; description: string; example: string; createdOn: string }[];
  pinnedProfile: { id: string; name: string; pinnedOn: string } | null;
  profiles: { id: string; name: string }[];
  can: { remove: boolean; pinProfile: boolean };
  form: FormState;
  removed: boolean;
  /** The pin was just saved. */
  profileSaved: boolean;
}

/** The radio value for "no pin: detect the profile on each page". */
export const DETECT_PROFILE = 'auto';

function ProfileSection(props: ImportCorrectionsPageProps) {
  const pinned = props.pinnedProfile;
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">Layoutprofil</h2>
      <p>
        {pinned
          ? `${props.municipality.name} har valgt profilen "${pinned.name}" (${formatDate(pinned.pinnedOn)}). Alle dagsordenspunkter læses med den.`
          : 'Importen finder profilen på hver side ud fra dens kendetegn, fx "Sagsid.:" hos SBSYS eller "Hent som fil" hos FirstAgenda.'}
      </p>
      {props.profileSaved ? (
        <div class="alert alert-success" role="status">
          <div class="alert-body">
            <p class="alert-text">Layoutprofilen er gemt. Næste import bruger den.</p>
          </div>
        </div>
      ) : null}
      {props.can.pinProfile ? (
        <Form action="/politiske-sager/importer/rettelser/profil">
          <ChoiceGroup
            kind="radio"
            required
            state={{
              values: { layoutProfile: props.form.values.layoutProfile ?? pinned?.id ?? DETECT_PROFILE },
              errors: props.form.errors,
            }}
            name="layoutProfile"
            legend="Hvilket dagsordenssystem udgiver kommunens dagsordener?"
            hint="Vælg et system, hvis importen gætter forkert. Valget gælder fra næste import."
            options={[
              { value: DETECT_PROFILE, label: 'Find det automatisk på hver side' },
              ...props.profiles.map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
          <button type="submit" class="button button-primary">
            Gem layoutprofil
          </button>
        </Form>
      ) : null}
    </section>
  );
}

export function ImportCorrectionsPage(props: ImportCorrectionsPageProps) {
  return (
    <Layout
      title="Huskede rettelser"
      path="/politiske-sager"
      municipalityName={props.municipality.name}
      isDemo={props.municipality.isDemo ?? false}
    >
      <Breadcrumbs
        trail={[
          { href: '/politiske-sager', label: 'Politiske sager' },
          { href: '/politiske-sager/importer', label: 'Importér dagsordenspunkt' },
        ]}
        current="Huskede rettelser"
      />
      <h1>Huskede rettelser</h1>
      <ErrorSummary state={props.form} />
      <FormAlert state={props.form} />
      {props.removed ? (
        <div class="alert alert-success" role="status">
          <div class="alert-body">
            <p class="alert-text">Rettelsen er glemt. Næste import læser uden den.</p>
          </div>
        </div>
      ) : null}
      <ProfileSection {...props} />
      <h2>Rettelser</h2>
      <p>
        Når nogen retter en titel, et sagsnummer, en overskrift eller et udvalg på siden "Kontrollér sagen",
        husker importen det for {props.municipality.name} og bruger det ved næste import. En rettelse bruges
        kun, hvor dens tekst står i dagsordenspunktet.
      </p>
      {props.corrections.length === 0 ? (
        <p>Importen husker ingen rettelser endnu.</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--compact">
            <caption class="sr-only">Huskede rettelser</caption>
            <thead>
              <tr>
                <th scope="col">Rettelse</th>
                <th scope="col">Lært af</th>
                <th scope="col">Dato</th>
                {props.can.remove ? <th scope="col">Handling</th> : null}
              </tr>
            </thead>
            <tbody>
              {props.corrections.map((c) => (
                <tr>
                  <td>{c.description}</td>
                  <td>{c.example}</td>
                  <td>{formatDate(c.createdOn)}</td>
                  {props.can.remove ? (
                    <td>
                      <form
                        method="post"
                        action={`/politiske-sager/importer/rettelser/${encodeURIComponent(c.id)}/fjern`}
                      >
                        <CsrfField />
                        <button type="submit" class="button button-secondary">
                          Glem<span class="sr-only"> rettelsen: {c.description}</span>
                        </button>
                      </form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href="/politiske-sager/importer">Importér dagsordenspunkt</a>
      </p>
    </Layout>
  );
}
