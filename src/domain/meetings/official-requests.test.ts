import { describe, expect, it } from 'vitest';
import { decideOfficialRequest, requestOfficial } from './official-requests.ts';
import { aMeeting, TODAY } from './test-meetings.ts';
import type { Meeting, MeetingResult } from './types.ts';

const NORDDJURS_2022 = [
  // Norddjurs KB 15-11-2022, sag 22/8287: either party may ask.
  {
    who: 'Relevante embedsmænd efter parternes behov',
    mayRequest: ['administration' as const, 'organisation' as const],
  },
];

function ok(r: MeetingResult): Meeting {
  if (!r.ok) throw new Error(r.message);
  return r.meeting;
}

const request = {
  id: 'r-1',
  requestedBy: 'organisation' as const,
  unit: 'Socialområdet',
  personId: null,
  reason: 'Boligsocial indsats i afd. 3',
};

describe('requestOfficial', () => {
  it('lets the organisation ask for an official under the 2022 Norddjurs model', () => {
    const m = ok(requestOfficial(aMeeting(), request, { optionalParticipants: NORDDJURS_2022 }));
    expect(m.officialRequests).toEqual([
      { ...request, status: 'requested', decisionReason: null, decidedAt: null },
    ]);
  });

  it('refuses when the model allows no extra officials (the 2011 model)', () => {
    expect(requestOfficial(aMeeting(), request, { optionalParticipants: [] })).toMatchObject({
      ok: false,
      message: 'Styringsmodellen giver ikke mulighed for at supplere mødet med embedsmænd',
    });
  });

  it('refuses a party the model does not let ask', () => {
    const onlyAdministration = [{ who: 'Embedsmænd', mayRequest: ['administration' as const] }];
    expect(requestOfficial(aMeeting(), request, { optionalParticipants: onlyAdministration })).toMatchObject({
      ok: false,
      message: 'Efter styringsmodellen kan boligorganisationen ikke anmode om deltagelse af embedsmænd',
    });
  });

  it('needs a unit and a reason', () => {
    expect(requestOfficial(aMeeting(), { ...request, unit: ' ' })).toMatchObject({
      ok: false,
      code: 'invalidInput',
    });
    expect(requestOfficial(aMeeting(), { ...request, reason: '' })).toMatchObject({
      ok: false,
      code: 'invalidInput',
    });
  });

  it('is closed once the meeting is held', () => {
    expect(requestOfficial(aMeeting({ status: 'held' }), request)).toMatchObject({
      ok: false,
      code: 'invalidTransition',
    });
  });
});

describe('decideOfficialRequest', () => {
  const requested = ok(requestOfficial(aMeeting(), request));

  it('refuses a decline without a reason', () => {
    expect(
      decideOfficialRequest(requested, 'r-1', { decision: 'declined', reason: '  ', today: TODAY }),
    ).toMatchObject({
      ok: false,
      message: 'Angiv en begrundelse for at afslå anmodningen',
    });
  });

  it('records a decline with its reason and date', () => {
    const m = ok(
      decideOfficialRequest(requested, 'r-1', {
        decision: 'declined',
        reason: 'Emnet tages på temamødet',
        today: TODAY,
      }),
    );
    expect(m.officialRequests[0]).toMatchObject({
      status: 'declined',
      decisionReason: 'Emnet tages på temamødet',
      decidedAt: TODAY,
    });
  });

  it('adds the accepted official as a participant from the relevant units', () => {
    const m = ok(
      decideOfficialRequest(requested, 'r-1', {
        decision: 'accepted',
        reason: null,
        today: TODAY,
        participant: { personId: 'p-carl', name: 'Carl Berg', email: 'cb@norddjurs.dk' },
      }),
    );
    expect(m.officialRequests[0]?.status).toBe('accepted');
    expect(m.participants.at(-1)).toEqual({
      personId: 'p-carl',
      name: 'Carl Berg',
      email: 'cb@norddjurs.dk',
      party: 'relevantUnits',
      role: 'Embedsmand, Socialområdet',
      attendance: 'invited',
    });
  });

  it('decides a request only once', () => {
    const declined = ok(
      decideOfficialRequest(requested, 'r-1', { decision: 'declined', reason: 'Nej', today: TODAY }),
    );
    expect(
      decideOfficialRequest(declined, 'r-1', { decision: 'accepted', reason: null, today: TODAY }),
    ).toMatchObject({
      ok: false,
      message: 'Anmodningen er allerede afslået',
    });
  });
});
