/**
 * The documentation package (dokumentationspakke) per organisation and steering year
 * (almenboligloven § 164, stk. 3; domain.md §2): what has been received, and the tick "marked as
 * held in Almenstyringsdialog.dk". No portal API is known, so the user records both by hand.
 * Once every required document is in, the `packageReceived` fact is recorded for compliance.
 */
import { z } from 'zod';
import {
  type DocumentationPackage,
  emptyPackage,
  factsForPackage,
  isHeld,
  markHeldInPortal,
  PACKAGE_DOCUMENT_KINDS,
  packageStatus,
  recordDocument,
} from '../../domain/meetings/index.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';
import { type AccessPolicy, authorize } from '../actor.ts';
import { actorName } from '../agreements/access.ts';
import { AppError, invalidInput, notFound } from '../app-error.ts';
import { loadObligations } from '../governance/load-obligations.ts';
import type { Store } from '../ports.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { isPlanner, meetingPlanners } from './access.ts';
import { isoDateInput, yearInput } from './inputs.ts';
import { steeringYearOf } from './meeting-changes.ts';

/** The organisation sees its own package; the administration all. */
export const packageReaders: AccessPolicy = { roles: ['admin', 'caseOfficer', 'organisation'] };

const packageInput = { municipality: municipalityCode, organisation: entityId, steeringYear: yearInput };

async function loadPackage(s: Store, municipality: string, organisationId: string, steeringYear: number) {
  const organisation = await s.registry.getOrganisation(municipality, organisationId);
  if (!organisation) throw notFound('Boligorganisationen');
  const stored = await s.meetings.getPackage(municipality, organisationId, steeringYear);
  const pkg = stored?.pkg ?? emptyPackage(organisationId, steeringYear, organisation.accountingYearEnd);
  const meetings = await s.meetings.listMeetings(municipality, { organisationIds: [organisationId] });
  const held = meetings.find(
    (m) => m.kind === 'dialogueMeeting' && steeringYearOf(m) === steeringYear && isHeld(m),
  );
  return { organisation, pkg, version: stored?.version ?? null, meetingHeldOn: held?.date ?? null };
}

/** The package's obligation id, as the obligation engine derives it (found, not guessed). */
async function packageObligationId(s: Store, municipality: string, organisationId: string, year: number) {
  const { obligations } = await loadObligations(s, municipality, year);
  return (
    obligations.find((o) => o.kind === 'documentationPackage' && o.organisation?.id === organisationId)?.id ??
    null
  );
}

async function savePackage(
  s: Store,
  municipality: string,
  before: DocumentationPackage,
  after: DocumentationPackage,
  version: number | null,
  action: string,
  today: IsoDate,
) {
  if (!(await s.meetings.savePackage(municipality, after, version))) {
    throw new AppError(
      'preconditionFailed',
      'Pakken er ændret af en anden',
      'En anden har gemt dokumentationspakken, siden du åbnede den. Hent den igen og gentag din ændring.',
    );
  }
  await s.audit.append({
    municipality,
    action,
    entity: 'documentationPackage',
    entityId: `${after.organisationId}:${after.steeringYear}`,
    before: { documents: before.documents, markedHeldInPortal: before.markedHeldInPortal },
    after: { documents: after.documents, markedHeldInPortal: after.markedHeldInPortal },
  });
  const id = await packageObligationId(s, municipality, after.organisationId, after.steeringYear);
  if (id) {
    const stored = await s.governance.listFacts(municipality);
    for (const fact of factsForPackage(after, id, today)) {
      if (!stored.some((f) => f.obligationId === fact.obligationId && f.kind === fact.kind)) {
        await s.governance.insertFact(municipality, fact);
      }
    }
  }
}

export const getDocumentationPackage = defineUseCase({
  name: 'getDocumentationPackage',
  summary: 'Vis dokumentationspakken for en boligorganisation og et styringsår',
  mutates: false,
  access: packageReaders,
  input: z.object(packageInput),
  async run(ctx, input) {
    authorize(ctx.actor, packageReaders, {
      municipality: input.municipality,
      organisationId: input.organisation,
    });
    return ctx.uow.read(async (s) => {
      const loaded = await loadPackage(s, input.municipality, input.organisation, input.steeringYear);
      return {
        organisation: { id: loaded.organisation.id, name: loaded.organisation.name },
        pkg: loaded.pkg,
        /** The administration records documents and the portal tick (meetingPlanners). */
        can: { edit: isPlanner(ctx.actor, input.municipality) },
        version: loaded.version,
        status: packageStatus({ pkg: loaded.pkg, today: ctx.today, meetingHeldOn: loaded.meetingHeldOn }),
        obligationId: await packageObligationId(
          s,
          input.municipality,
          input.organisation,
          input.steeringYear,
        ),
      };
    });
  },
});

export const recordPackageDocument = defineUseCase({
  name: 'recordPackageDocument',
  summary: 'Registrér at et dokument i dokumentationspakken er modtaget',
  mutates: true,
  access: meetingPlanners,
  input: z.object({
    ...packageInput,
    kind: z.enum(PACKAGE_DOCUMENT_KINDS, { message: 'Ukendt dokumenttype' }),
    receivedOn: isoDateInput('Modtaget den').nullable(),
    reference: z.string().trim().max(300).nullable().default(null),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    if (input.receivedOn !== null && input.receivedOn > ctx.today) {
      throw invalidInput('Datoen ligger i fremtiden.', [
        { field: 'receivedOn', message: 'Modtaget den ligger efter i dag' },
      ]);
    }
    return ctx.uow.write(async (s) => {
      const loaded = await loadPackage(s, input.municipality, input.organisation, input.steeringYear);
      const pkg = recordDocument(loaded.pkg, input.kind, input.receivedOn, input.reference || null);
      await savePackage(
        s,
        input.municipality,
        loaded.pkg,
        pkg,
        loaded.version,
        'recordPackageDocument',
        ctx.today,
      );
      return { pkg, status: packageStatus({ pkg, today: ctx.today, meetingHeldOn: loaded.meetingHeldOn }) };
    });
  },
});

export const markPackageHeldInPortal = defineUseCase({
  name: 'markPackageHeldInPortal',
  summary: 'Registrér at mødet er markeret som afholdt i Almenstyringsdialog.dk',
  mutates: true,
  access: meetingPlanners,
  input: z.object({ ...packageInput, on: isoDateInput('Datoen') }),
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    return ctx.uow.write(async (s) => {
      const loaded = await loadPackage(s, input.municipality, input.organisation, input.steeringYear);
      const result = markHeldInPortal(
        loaded.pkg,
        { on: input.on, by: actorName(ctx.actor) },
        loaded.meetingHeldOn,
      );
      if (!result.ok) throw invalidInput(result.message, [{ field: 'on', message: result.message }]);
      await savePackage(
        s,
        input.municipality,
        loaded.pkg,
        result.pkg,
        loaded.version,
        'markPackageHeldInPortal',
        ctx.today,
      );
      return {
        pkg: result.pkg,
        status: packageStatus({ pkg: result.pkg, today: ctx.today, meetingHeldOn: loaded.meetingHeldOn }),
      };
    });
  },
});
