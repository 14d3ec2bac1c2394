import { z } from 'zod';
import {
  agendaChangedSinceSent,
  allowedActions,
  effectiveParticipants,
  type Meeting,
  meetingDateWarnings,
  minutesShape,
  missingApprovals,
  openChangeRequests,
} from '../../domain/meetings/index.ts';
import { findSection14Conflicts } from '../../domain/registry/conflicts.ts';
import type { Finding } from '../../domain/shared/finding.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';
import { may } from '../actor.ts';
import { briefingReaders } from '../key-figures/access.ts';
import type { Store } from '../ports.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { actingOrganisation, authorizeIn, isPlanner, meetingReaders, viewableMeeting } from './access.ts';
import { candidatesFor } from './add-participant.ts';
import { participantsWithoutAddress } from './invitations.ts';
import { steeringYearOf } from './meeting-changes.ts';
import { withLiveFollowUps } from './meeting-setup.ts';
import { invitationHints, meetingAbilities, viewerParty } from './meeting-view.ts';
import { requestRulesFor } from './request-rules.ts';

/**
 * Likely § 14 conflicts (a municipal official or council member on a board the law bars them
 * from; domain/registry/conflicts.ts) that concern this meeting: a participant's, or one on the
 * meeting's organisation's board — shown on the meeting so they are seen before it is held.
 */
async function section14Warnings(s: Store, meeting: Meeting, today: IsoDate): Promise<Finding[]> {
  if (meeting.status === 'cancelled') return [];
  const [municipality, persons, bodies, memberships, organisations] = await Promise.all([
    s.registry.getMunicipality(meeting.municipality),
    s.registry.listPersons(meeting.municipality),
    s.registry.listBodies(meeting.municipality),
    s.registry.listMemberships(meeting.municipality),
    s.registry.listOrganisations(meeting.municipality),
  ]);
  if (!municipality) return [];
  const people = new Set(meeting.participants.flatMap((p) => (p.personId ? [`person:${p.personId}/`] : [])));
  return findSection14Conflicts({
    municipality,
    persons,
    bodies,
    memberships,
    organisations: organisations.map((o) => o.organisation),
    today,
  }).filter(
    (f) =>
      f.ref !== undefined &&
      ([...people].some((p) => f.ref?.startsWith(p)) ||
        (meeting.organisationId !== null && f.ref.endsWith(`/organisation:${meeting.organisationId}`))),
  );
}

/**
 * The meeting page's read model: one meeting with its organisation, the allowed next steps, who
 * may still approve, what the viewer may do (`can`, meeting-view.ts), warnings about its date,
 * the invitations sent (for the administration only) and the officials that can be chosen for a
 * request (with the one suggested for each pending request). The JSON API presents a subset.
 * Until the invitation is sent, the follow-up items are drawn from the agreement register.
 */
export const getMeeting = defineUseCase({
  name: 'getMeeting',
  summary: 'Vis et møde med deltagere, dagsorden, anmodninger og referat',
  mutates: false,
  access: meetingReaders,
  input: z.object({ municipality: municipalityCode, id: entityId }),
  async run(ctx, input) {
    authorizeIn(ctx.actor, meetingReaders, input.municipality);
    return ctx.uow.read(async (s) => {
      const found = await viewableMeeting(s, ctx.actor, input.municipality, input.id, ctx.today);
      // A planned dialogue meeting's follow-up items come from the register as it stands now.
      const meeting = await withLiveFollowUps(s, found.meeting);
      const municipality = await s.registry.getMunicipality(input.municipality);
      const organisation = meeting.organisationId
        ? await s.registry.getOrganisation(input.municipality, meeting.organisationId)
        : null;
      const planner = isPlanner(ctx.actor, input.municipality);
      const ownOrganisation = actingOrganisation(ctx.actor, input.municipality);
      const viewer = {
        planner,
        organisationParty: ownOrganisation !== null && ownOrganisation === meeting.organisationId,
      };
      const rules = await requestRulesFor(s, input.municipality, meeting);
      const abilities = meetingAbilities(meeting, viewer, rules, ctx.today);
      const versions = meeting.publishedOn
        ? await s.meetings.listPublishedVersions(input.municipality, meeting.id)
        : [];
      const withdrawals = meeting.publishedOn
        ? ((await s.meetings.listWithdrawals(input.municipality, meeting.id)).get(meeting.id) ?? [])
        : [];
      const newest = versions.at(-1);
      const shape = minutesShape(meeting);
      const newestWithdrawal = newest
        ? (withdrawals.find((w) => w.version === newest.version) ?? null)
        : null;
      const can = {
        ...abilities,
        /** Withdraw the published account (its newest version, not withdrawn yet). */
        withdrawAccount: planner && newest !== undefined && newestWithdrawal === null,
      };
      const officials = planner
        ? (await s.registry.listPersons(input.municipality)).flatMap((p) =>
            p.roles
              .filter((r) => r.kind === 'official' && (r.to === null || r.to >= ctx.today))
              .map((r) => ({ personId: p.id, name: p.name, unit: r.kind === 'official' ? r.unit : '' })),
          )
        : [];
      return {
        // Attendance as the one record has it: the minutes' lists once they exist (invitation-answers.ts).
        meeting: { ...meeting, participants: effectiveParticipants(meeting) },
        municipality: municipality
          ? { code: municipality.code, name: municipality.name, isDemo: municipality.isDemo }
          : null,
        organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
        allowedActions: allowedActions(meeting),
        agendaChanged: agendaChangedSinceSent(meeting),
        /**
         * What the minutes hold and who approves them: `summary` for a theme meeting (the
         * municipality's summary, approved by the municipality alone — minutes-shape.ts).
         */
        minutesForm: shape.form,
        approvingParties: shape.approvingParties,
        /** Agreements can be recorded in the minutes (not at a theme meeting). */
        agreementsAllowed: shape.agreementsAllowed,
        missingApprovals: meeting.minutes ? missingApprovals(meeting.minutes, shape.approvingParties) : [],
        /** The parties that approved the current minutes (the status tag names them while a draft). */
        approvedBy: meeting.minutes?.approvals.map((a) => a.party) ?? [],
        /** Change requests made after the last edit of the text (minutes.ts `openChangeRequests`). */
        openChangeRequestIds: meeting.minutes ? openChangeRequests(meeting.minutes).map((c) => c.id) : [],
        viewer,
        /** Read only: the viewer's organisation takes part in this joint meeting (a theme meeting). */
        readOnly: found.readOnly,
        can,
        /** The party the viewer approves for when `can.approve`. */
        approvesFor: can.approve ? viewerParty(viewer) : null,
        /** The newest published version's withdrawal (date, reason), when withdrawn. */
        accountWithdrawal: newestWithdrawal,
        warnings: meetingDateWarnings(meeting),
        /** Likely § 14 conflicts of this meeting's people or organisation (administration only). */
        conflicts: planner ? await section14Warnings(s, meeting, ctx.today) : [],
        /** A theme meeting's material: the briefing for its year (issue 14), for those who may read it. */
        material:
          meeting.kind === 'themeMeeting' &&
          may(ctx.actor, briefingReaders, { municipality: input.municipality })
            ? {
                href: `/orientering?aar=${steeringYearOf(meeting)}`,
                pdf: `/orientering.pdf?aar=${steeringYearOf(meeting)}`,
              }
            : null,
        invitationHints: invitationHints(meeting, viewer, ctx.today),
        steeringYear: steeringYearOf(meeting),
        invitations: can.seeInvitations
          ? await s.meetings.listInvitations(input.municipality, meeting.id)
          : [],
        /** Participants an e-mail invitation cannot reach (no address), named before and after sending. */
        notReachable: can.seeInvitations
          ? participantsWithoutAddress(meeting.participants).map((p) => p.name)
          : [],
        officials,
        /** The registry people the case officer can add (officials by unit, the organisation's people). */
        candidates: can.editParticipants ? await candidatesFor(s, meeting, ctx.today) : [],
        /** Per pending request, the official preselected for it: the first of the requested unit. */
        suggestedOfficials: Object.fromEntries(
          meeting.officialRequests.map((r) => [
            r.id,
            officials.find((o) => o.unit === r.unit)?.personId ?? '',
          ]),
        ),
      };
    });
  },
});
