import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Obligation } from '../obligations/types.ts';
import { type MeetingAction, transition } from './lifecycle.ts';
import {
  accountTimeliness,
  CONTACT_DATA_REPLACEMENT,
  contactDataFindings,
  factsForMeeting,
  nextPublishedVersion,
  publicAccountPath,
  publishedAccount,
  redactContactData,
} from './publication.ts';
import { aMeeting, completeMinutes } from './test-meetings.ts';
import type { Meeting } from './types.ts';

const ORGANISATION = { id: 'org-a', name: 'Boligselskabet Djursland', cvr: '12345674' };
const MUNICIPALITY = { code: '707', name: 'Norddjurs Kommune' };
const OBLIGATION_ID = 'dialogueMeeting:707:org-a:2027:legalFloor#1';

function run(meeting: Meeting, steps: [MeetingAction, string][]): Meeting {
  return steps.reduce((m, [action, today]) => {
    const r = transition(m, action, { today, now: `${today}T12:00:00.000Z` });
    if (!r.ok) throw new Error(r.message);
    return r.meeting;
  }, meeting);
}

function publishedMeeting(content = completeMinutes(), publishOn = '2027-10-20'): Meeting {
  return run(aMeeting(), [
    [{ type: 'invite' }, '2027-10-01'],
    [{ type: 'markHeld' }, '2027-10-12'],
    [{ type: 'draftMinutes', content }, '2027-10-13'],
    [{ type: 'approveMinutes', party: 'organisation', by: 'Bo Hansen' }, '2027-10-15'],
    [{ type: 'approveMinutes', party: 'administration', by: 'Anna Jensen' }, '2027-10-16'],
    [{ type: 'publish' }, publishOn],
  ]);
}

function anObligation(withinDays: number | null): Obligation {
  return {
    id: OBLIGATION_ID,
    kind: 'dialogueMeeting',
    ruleId: 'dialogueMeeting',
    label: 'Årligt styringsdialogmøde',
    municipality: '707',
    organisation: { id: 'org-a', name: ORGANISATION.name },
    periodKind: 'steeringYear',
    periodLabel: '2027',
    periodStart: '2027-01-01',
    periodEnd: '2027-12-31',
    window: { fromMonth: 9, toMonth: 12 },
    dueBy: '2027-12-31',
    statutory: true,
    basis: 'almenboligloven § 164, stk. 2',
    modelId: null,
    modelVersion: null,
    sequence: 1,
    count: 1,
    publishAccount: { required: true, withinDays },
  };
}

describe('publishedAccount', () => {
  const account = publishedAccount(publishedMeeting(), ORGANISATION, MUNICIPALITY)!;

  it('contains both assessments, the agreements and the approvals (almenboligloven § 164, stk. 2)', () => {
    expect(account).toMatchObject({
      meetingId: 'm-1',
      heldOn: '2027-10-12',
      publishedOn: '2027-10-20',
      legalBasis: 'almenboligloven § 164, stk. 2',
      minutesVersion: 1,
      organisationAssessment: completeMinutes().organisationAssessment,
      municipalityAssessment: completeMinutes().municipalityAssessment,
      noAgreements: false,
      path: '/redegoerelser/707/m-1',
      organisation: ORGANISATION,
    });
    expect(account.agreements).toEqual([
      {
        text: 'Tomgangen i afdeling 3 nedbringes',
        objectiveArea: 'letting',
        objectiveAreaLabel: 'Udlejning',
        deadline: '2028-06-30',
        responsible: 'Boligorganisationen',
      },
    ]);
    expect(account.approvals.map((a) => [a.label, a.by])).toEqual([
      ['Boligorganisationen', 'Bo Hansen'],
      ['Forvaltningen', 'Anna Jensen'],
    ]);
    expect(account.items[0]).toMatchObject({
      title: 'Opfølgning på sidste års aftaler',
      outcome: 'Taget til efterretning.',
    });
  });

  it('groups participants by party with names and roles only', () => {
    expect(account.participantsPresent).toEqual([
      {
        party: 'organisation',
        label: 'Boligorganisationen',
        people: [{ name: 'Bo Hansen', role: 'Direktør' }],
      },
      {
        party: 'administration',
        label: 'Forvaltningen',
        people: [{ name: 'Anna Jensen', role: 'Boligkonsulent' }],
      },
    ]);
  });

  it('contains no e-mail address or phone number, even when typed into the minutes', () => {
    const meeting = publishedMeeting(
      completeMinutes({
        organisationAssessment: 'Kontakt bo@djursland-bolig.dk eller tlf. 86 12 34 56 for detaljer.',
        items: [
          { agendaItemId: 'followUp', summary: 'Ring på +45 20304050', outcome: 'CVR 12345674 er uændret.' },
        ],
      }),
    );
    const text = JSON.stringify(publishedAccount(meeting, ORGANISATION, MUNICIPALITY));
    expect(text).not.toMatch(/@/);
    expect(text).not.toContain('86 12 34 56');
    expect(text).not.toContain('20304050');
    expect(text).toContain('CVR 12345674 er uændret.');
    for (const p of meeting.participants) expect(text).not.toContain(p.email!);
  });

  it('is null until minutes are approved by both parties', () => {
    expect(publishedAccount(aMeeting(), ORGANISATION, MUNICIPALITY)).toBeNull();
  });

  it('shows nothing of reopened minutes that are not approved again', () => {
    const reopened = run(publishedMeeting(), [
      [{ type: 'reopenMinutes', reason: 'Rettelse' }, '2027-11-01'],
      [
        { type: 'draftMinutes', content: completeMinutes({ municipalityAssessment: 'Ændret udkast' }) },
        '2027-11-01',
      ],
    ]);
    expect(publishedAccount(reopened, ORGANISATION, MUNICIPALITY)).toBeNull();
  });
});

describe('nextPublishedVersion', () => {
  const corrected = (m: Meeting) =>
    run(m, [
      [{ type: 'reopenMinutes', reason: 'Forkert beløb i kommunens vurdering' }, '2027-11-01'],
      [
        { type: 'draftMinutes', content: completeMinutes({ municipalityAssessment: 'Rettet tekst' }) },
        '2027-11-01',
      ],
      [{ type: 'approveMinutes', party: 'organisation', by: 'Bo Hansen' }, '2027-11-02'],
      [{ type: 'approveMinutes', party: 'administration', by: 'Anna Jensen' }, '2027-11-03'],
    ]);

  it('makes version 1 without a correction at the first publication', () => {
    const v1 = nextPublishedVersion(publishedMeeting(), [], ORGANISATION, MUNICIPALITY, '2027-10-20')!;
    expect(v1).toMatchObject({ version: 1, publishedOn: '2027-10-20', correction: null });
    expect(v1.account.municipalityAssessment).toBe(completeMinutes().municipalityAssessment);
  });

  it('makes a corrected account a new version with the date and the reason of the correction', () => {
    const first = publishedMeeting();
    const v1 = nextPublishedVersion(first, [], ORGANISATION, MUNICIPALITY, '2027-10-20')!;
    const approvedAgain = corrected(first);
    expect(approvedAgain.status).toBe('approved');
    const republished = run(approvedAgain, [[{ type: 'publish' }, '2027-11-04']]);
    const v2 = nextPublishedVersion(republished, [v1], ORGANISATION, MUNICIPALITY, '2027-11-04')!;
    expect(v2.version).toBe(2);
    expect(v2.correction).toEqual({ reason: 'Forkert beløb i kommunens vurdering', on: '2027-11-04' });
    expect(v2.account.municipalityAssessment).toBe('Rettet tekst');
    expect(v2.account.publishedOn).toBe('2027-10-20'); // the first publication, for compliance
    // The earlier version is a separate value: nothing of the correction reaches it.
    expect(v1.account.municipalityAssessment).toBe(completeMinutes().municipalityAssessment);
  });

  it('is null whenever the current minutes are not approved by both parties', () => {
    const actions: MeetingAction[] = [
      { type: 'invite' },
      { type: 'markHeld' },
      { type: 'draftMinutes', content: completeMinutes() },
      { type: 'approveMinutes', party: 'organisation', by: 'Bo' },
      { type: 'approveMinutes', party: 'administration', by: 'Anna' },
      { type: 'publish' },
      { type: 'reopenMinutes', reason: 'Rettelse' },
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...actions), { maxLength: 14 }), (steps) => {
        let m = aMeeting();
        for (const action of steps) {
          const r = transition(m, action, { today: '2027-10-12', now: '2027-10-12T12:00:00.000Z' });
          if (r.ok) m = r.meeting;
          const next = nextPublishedVersion(m, [], ORGANISATION, MUNICIPALITY, '2027-10-20');
          expect(next !== null).toBe(m.minutes?.locked === true);
        }
      }),
    );
  });
});

describe('redactContactData', () => {
  it.each([
    ['Skriv til anna.jensen@norddjurs.dk.', `Skriv til ${CONTACT_DATA_REPLACEMENT}.`],
    ['Tlf. 86 12 34 56', `Tlf. ${CONTACT_DATA_REPLACEMENT}`],
    ['telefon: 86123456', `telefon: ${CONTACT_DATA_REPLACEMENT}`],
    ['+45 86 12 34 56', CONTACT_DATA_REPLACEMENT],
    ['0045 86123456', CONTACT_DATA_REPLACEMENT],
    ['CVR 12345674', 'CVR 12345674'],
    ['Mødet kl. 10.00-12.00 den 12-10-2027', 'Mødet kl. 10.00-12.00 den 12-10-2027'],
    ['Valgperioden 2026-2029, sag 22/8287', 'Valgperioden 2026-2029, sag 22/8287'],
    ['Henlæggelser på 1 200 000 kr.', 'Henlæggelser på 1 200 000 kr.'],
  ])('%j → %j', (input, expected) => {
    expect(redactContactData(input)).toBe(expected);
  });

  it('never leaves an e-mail address behind', () => {
    fc.assert(
      fc.property(fc.string(), fc.emailAddress(), fc.string(), (before, email, after) => {
        expect(redactContactData(`${before} ${email} ${after}`)).not.toContain(email);
      }),
    );
  });

  it('tells the editor where contact data is before publishing', () => {
    const findings = contactDataFindings(completeMinutes({ municipalityAssessment: 'Se anna@norddjurs.dk' }));
    expect(findings).toEqual([
      expect.objectContaining({ code: 'account.contactData', ref: 'municipalityAssessment' }),
    ]);
  });
});

describe('factsForMeeting', () => {
  it('gives no facts before the meeting is held', () => {
    expect(factsForMeeting(aMeeting({ status: 'invited' }))).toEqual([]);
  });

  it('records meetingHeld with the date and the meeting id, and accountPublished with the public path', () => {
    expect(factsForMeeting(publishedMeeting())).toEqual([
      { obligationId: OBLIGATION_ID, kind: 'meetingHeld', date: '2027-10-12', ref: 'm-1', note: null },
      {
        obligationId: OBLIGATION_ID,
        kind: 'accountPublished',
        date: '2027-10-20',
        ref: '/redegoerelser/707/m-1',
        note: null,
      },
    ]);
  });

  it('gives one set of facts per obligation of a joint meeting', () => {
    const joint = { ...publishedMeeting(), obligationIds: ['a', 'b'] };
    expect(factsForMeeting(joint).map((f) => `${f.obligationId}:${f.kind}`)).toEqual([
      'a:meetingHeld',
      'a:accountPublished',
      'b:meetingHeld',
      'b:accountPublished',
    ]);
  });

  it('builds a URL-safe public path', () => {
    expect(publicAccountPath({ id: 'm 1/æ', municipality: '707' })).toBe('/redegoerelser/707/m%201%2F%C3%A6');
  });
});

describe('accountTimeliness (via the compliance rules)', () => {
  it('is on time when published within the rule’s withinDays', () => {
    expect(accountTimeliness(publishedMeeting(), [anObligation(14)], '2027-11-01')).toEqual([
      { obligationId: OBLIGATION_ID, dueBy: '2027-10-26', publishedOn: '2027-10-20', late: false },
    ]);
  });

  it('is late when published after withinDays', () => {
    expect(
      accountTimeliness(publishedMeeting(completeMinutes(), '2027-10-30'), [anObligation(14)], '2027-11-01'),
    ).toEqual([{ obligationId: OBLIGATION_ID, dueBy: '2027-10-26', publishedOn: '2027-10-30', late: true }]);
  });

  it('is late when still unpublished after the deadline, and due by the period end without withinDays', () => {
    const held = run(aMeeting(), [[{ type: 'markHeld' }, '2027-10-12']]);
    expect(accountTimeliness(held, [anObligation(14)], '2027-10-27')[0]).toMatchObject({
      publishedOn: null,
      late: true,
    });
    expect(accountTimeliness(held, [anObligation(null)], '2027-10-27')[0]).toMatchObject({
      dueBy: '2027-12-31',
      late: false,
    });
  });

  it('ignores obligations the meeting does not belong to', () => {
    expect(
      accountTimeliness(publishedMeeting(), [{ ...anObligation(14), id: 'other' }], '2027-11-01'),
    ).toEqual([]);
  });
});
