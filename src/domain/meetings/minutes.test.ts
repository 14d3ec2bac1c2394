import { describe, expect, it } from 'vitest';
import {
  editDraft,
  emptyMinutesContent,
  isApprovedByBoth,
  minutesContentFromMeeting,
  missingApprovals,
  nextVersion,
  partyList,
  requirementsFor,
  validateMinutesForApproval,
  withApproval,
} from './minutes.ts';
import { aMeeting, completeMinutes } from './test-meetings.ts';
import type { MinutesAgreement } from './types.ts';

const messages = (findings: { message: string }[]) => findings.map((f) => f.message);
const errors = (content = completeMinutes(), statutory = true) =>
  validateMinutesForApproval(content, { statutoryAccount: statutory }).filter((f) => f.severity === 'error');

describe('validateMinutesForApproval', () => {
  it('finds nothing wrong with complete minutes', () => {
    expect(validateMinutesForApproval(completeMinutes())).toEqual([]);
  });

  it.each([
    ['organisationAssessment', { organisationAssessment: '   ' }, 'Boligorganisationens vurdering mangler'],
    ['municipalityAssessment', { municipalityAssessment: '' }, 'Kommunens vurdering mangler'],
    ['agreements', { agreements: [], noAgreements: false }, 'Angiv aftaler eller vælg »Ingen aftaler«'],
    ['minuteTaker', { minuteTaker: null }, 'Referent mangler'],
    ['minuteTaker', { minuteTaker: ' ' }, 'Referent mangler'],
  ])('names the missing part %s', (ref, change, message) => {
    expect(errors(completeMinutes(change))).toEqual([
      expect.objectContaining({ ref, message, severity: 'error' }),
    ]);
  });

  it('accepts the explicit choice »Ingen aftaler«', () => {
    expect(errors(completeMinutes({ agreements: [], noAgreements: true }))).toEqual([]);
  });

  it('refuses agreements together with »Ingen aftaler«', () => {
    expect(messages(errors(completeMinutes({ noAgreements: true })))).toEqual([
      'Der er både angivet aftaler og valgt »Ingen aftaler« – fjern aftalerne eller fravælg »Ingen aftaler«',
    ]);
  });

  it('checks each agreement: text and objective area are errors, a missing owner a warning', () => {
    const bad = {
      id: 'a-2',
      text: '',
      objectiveArea: 'weather',
      deadline: '2028-02-30',
      responsible: '',
    } as unknown as MinutesAgreement;
    const findings = validateMinutesForApproval(
      completeMinutes({ agreements: [completeMinutes().agreements[0]!, bad] }),
    );
    expect(findings.map((f) => [f.severity, f.ref, f.message])).toEqual([
      ['error', 'agreements[1].text', 'Aftale 2: teksten mangler'],
      ['error', 'agreements[1].objectiveArea', 'Aftale 2: vælg et målområde'],
      ['error', 'agreements[1].deadline', 'Aftale 2: fristen er ikke en gyldig dato'],
      ['warning', 'agreements[1].responsible', 'Aftale 2: ansvarlig mangler'],
    ]);
  });

  it('lists every missing part of an empty draft at once', () => {
    expect(messages(validateMinutesForApproval(emptyMinutesContent()))).toEqual([
      'Boligorganisationens vurdering mangler',
      'Kommunens vurdering mangler',
      'Angiv aftaler eller vælg »Ingen aftaler«',
      'Referent mangler',
      'Der er ikke angivet deltagere',
      'Referatet har ingen punkter',
    ]);
  });

  it('does not ask for the statutory assessments when the minutes are not the statutory account', () => {
    expect(messages(errors(emptyMinutesContent(), false))).toEqual(['Referent mangler']);
  });

  it('treats only the dialogue meeting as the statutory account', () => {
    const of = (kind: string, organisationId: string | null = 'org-a') =>
      requirementsFor({ kind, organisationId });
    expect(of('dialogueMeeting')).toEqual({ statutoryAccount: true, form: 'assessments' });
    expect(of('themeMeeting', null)).toEqual({ statutoryAccount: false, form: 'summary' });
    expect(of('direktørforum')).toEqual({ statutoryAccount: false, form: 'assessments' });
  });
});

describe('approvals and versions', () => {
  const draft = editDraft(null, completeMinutes());

  it('starts at version 1, unlocked, without approvals', () => {
    expect(draft).toMatchObject({ version: 1, locked: false, approvals: [], changeReason: null });
    expect(missingApprovals(draft)).toEqual(['organisation', 'administration']);
  });

  it('locks only when both parties approved', () => {
    const one = withApproval(draft, { party: 'administration', by: 'Anna', at: 't1' });
    expect(one.locked).toBe(false);
    expect(isApprovedByBoth(one)).toBe(false);
    const both = withApproval(one, { party: 'organisation', by: 'Bo', at: 't2' });
    expect(both.locked).toBe(true);
    expect(isApprovedByBoth(both)).toBe(true);
  });

  it('refuses to edit locked minutes in place', () => {
    const locked = { ...draft, locked: true };
    expect(() => editDraft(locked, completeMinutes())).toThrow();
  });

  it('makes a new version with the reason and no approvals', () => {
    const approved = withApproval(withApproval(draft, { party: 'administration', by: 'A', at: 't' }), {
      party: 'organisation',
      by: 'B',
      at: 't',
    });
    expect(nextVersion(approved, ' Forkert dato ')).toMatchObject({
      version: 2,
      locked: false,
      approvals: [],
      changeReason: 'Forkert dato',
      organisationAssessment: approved.organisationAssessment,
    });
  });

  it('names parties in Danish', () => {
    expect(partyList(['organisation', 'administration'])).toBe('boligorganisationen og kommunen');
    expect(partyList(['administration'])).toBe('kommunen');
  });
});

describe('minutesContentFromMeeting', () => {
  it('prefills present participants, apologies and one item per agenda item', () => {
    const meeting = aMeeting();
    const withApology = {
      ...meeting,
      participants: [
        meeting.participants[0]!,
        { ...meeting.participants[1]!, attendance: 'apology' as const },
      ],
    };
    const content = minutesContentFromMeeting(withApology);
    expect(content.participantsPresent).toEqual([
      { name: 'Anna Jensen', party: 'administration', role: 'Boligkonsulent' },
    ]);
    expect(content.apologies).toEqual([{ name: 'Bo Hansen', party: 'organisation', role: 'Direktør' }]);
    expect(content.items.map((i) => i.agendaItemId)).toEqual(['followUp', 'anyOtherBusiness']);
    expect(JSON.stringify(content)).not.toContain('@');
  });
});
