import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_ACTIONS,
  agendaChangedSinceSent,
  type MeetingAction,
  type MeetingActionType,
  type TransitionContext,
  transition,
} from './lifecycle.ts';
import { emptyMinutesContent, hasErrors, requirementsFor, validateMinutesForApproval } from './minutes.ts';
import { aMeeting, completeMinutes, NOW, TODAY } from './test-meetings.ts';
import { MEETING_STATUSES, type Meeting, type MeetingResult, type MeetingStatus } from './types.ts';

const ctx: TransitionContext = { today: TODAY, now: NOW };
/** The meeting day (aMeeting is on 12-10-2027). */
const meetingDay: TransitionContext = { today: '2027-10-12', now: '2027-10-12T12:00:00.000Z' };

function ok(result: MeetingResult): Meeting {
  if (!result.ok) throw new Error(`expected success, got: ${result.message}`);
  return result.meeting;
}

function run(meeting: Meeting, steps: [MeetingAction, TransitionContext][]): Meeting {
  return steps.reduce((m, [action, context]) => ok(transition(m, action, context)), meeting);
}

const HAPPY_PATH: [MeetingAction, TransitionContext][] = [
  [{ type: 'invite' }, ctx],
  [{ type: 'markHeld' }, meetingDay],
  [{ type: 'draftMinutes', content: completeMinutes() }, meetingDay],
  [{ type: 'approveMinutes', party: 'organisation', by: 'Bo Hansen' }, meetingDay],
  [{ type: 'approveMinutes', party: 'administration', by: 'Anna Jensen' }, meetingDay],
  [{ type: 'publish' }, { today: '2027-10-20', now: '2027-10-20T08:00:00.000Z' }],
];

/** The meeting after the first `n` steps of the happy path. */
function stepsTaken(n: number): Meeting {
  return run(aMeeting(), HAPPY_PATH.slice(0, n));
}

const AT: Record<Exclude<MeetingStatus, 'cancelled'>, () => Meeting> = {
  planned: () => stepsTaken(0),
  invited: () => stepsTaken(1),
  held: () => stepsTaken(2),
  minutesDrafted: () => stepsTaken(4),
  approved: () => stepsTaken(5),
  published: () => stepsTaken(6),
};

describe('transition: the happy path', () => {
  it('runs planned → invited → held → minutesDrafted → approved → published', () => {
    const statuses = HAPPY_PATH.map((_, i) => stepsTaken(i + 1).status);
    expect(statuses).toEqual([
      'invited',
      'held',
      'minutesDrafted',
      'minutesDrafted',
      'approved',
      'published',
    ]);
  });

  it('records the first publication date and which minutes version was published', () => {
    const published = stepsTaken(6);
    expect(published.publishedOn).toBe('2027-10-20');
    expect(published.publications).toEqual([{ minutesVersion: 1, on: '2027-10-20' }]);
  });

  it('never changes the store-owned version', () => {
    expect(stepsTaken(6).version).toBe(aMeeting().version);
  });
});

describe('transition: refusals name the missing step', () => {
  it.each<[string, () => Meeting, MeetingAction, TransitionContext, string]>([
    [
      'publishing a planned meeting',
      AT.planned,
      { type: 'publish' },
      ctx,
      'Mødet kan ikke offentliggøres, før det er afholdt, og referatet er godkendt af begge parter',
    ],
    [
      'publishing a held meeting without minutes',
      AT.held,
      { type: 'publish' },
      meetingDay,
      'Mødet kan ikke offentliggøres, før der er skrevet et referat, og det er godkendt af begge parter',
    ],
    [
      'publishing minutes only the organisation approved',
      AT.minutesDrafted,
      { type: 'publish' },
      meetingDay,
      'Mødet kan ikke offentliggøres, før referatet er godkendt af begge parter (mangler godkendelse fra kommunen)',
    ],
    [
      'writing minutes before the meeting is held',
      AT.invited,
      { type: 'draftMinutes', content: completeMinutes() },
      ctx,
      'Der kan ikke skrives referat, før mødet er markeret som afholdt',
    ],
    [
      'editing approved minutes',
      AT.approved,
      { type: 'draftMinutes', content: completeMinutes() },
      meetingDay,
      'Referatet er godkendt og låst; genåbn referatet med en begrundelse for at ændre det',
    ],
    [
      'approving before any draft',
      AT.held,
      { type: 'approveMinutes', party: 'organisation', by: 'Bo' },
      meetingDay,
      'Referatet kan ikke godkendes, før der er skrevet et udkast til referat',
    ],
    [
      'cancelling a held meeting',
      AT.held,
      { type: 'cancel', reason: 'Syg' },
      meetingDay,
      'Mødet er afholdt og kan ikke aflyses',
    ],
    [
      'moving a held meeting',
      AT.held,
      { type: 'reschedule', date: '2027-11-01', startTime: '09:00', endTime: '11:00' },
      meetingDay,
      'Mødet er afholdt og kan ikke flyttes',
    ],
    [
      'reopening minutes that are not approved',
      AT.minutesDrafted,
      { type: 'reopenMinutes', reason: 'Fejl' },
      meetingDay,
      'Kun et referat, der er godkendt af begge parter, kan genåbnes',
    ],
    ['inviting twice', AT.invited, { type: 'invite' }, ctx, 'Der er allerede sendt indkaldelse til mødet'],
    [
      'publishing twice',
      AT.published,
      { type: 'publish' },
      meetingDay,
      'Redegørelsen er allerede offentliggjort',
    ],
  ])('refuses %s', (_name, meeting, action, context, message) => {
    const result = transition(meeting(), action, context);
    expect(result).toMatchObject({ ok: false, code: 'invalidTransition' });
    expect(result.ok ? '' : result.message).toContain(message);
  });

  it('refuses to mark a meeting held before its day, naming the day', () => {
    const result = transition(AT.invited(), { type: 'markHeld' }, { today: '2027-10-11', now: NOW });
    expect(result).toMatchObject({
      ok: false,
      code: 'invalidInput',
      message: 'Mødet kan ikke markeres som afholdt før mødedagen (12-10-2027)',
    });
  });

  it('marks a meeting held on its day and after it', () => {
    expect(ok(transition(AT.invited(), { type: 'markHeld' }, meetingDay)).status).toBe('held');
    expect(ok(transition(AT.invited(), { type: 'markHeld' }, { today: '2028-01-05', now: NOW })).status).toBe(
      'held',
    );
  });

  it('records a past meeting arranged outside the system as held without an invitation', () => {
    const past = aMeeting({ date: '2027-09-01' });
    expect(ok(transition(past, { type: 'markHeld' }, ctx)).status).toBe('held');
  });

  it('refuses every action on a cancelled meeting', () => {
    const cancelled = ok(transition(AT.planned(), { type: 'cancel', reason: 'Aflyst pga. sygdom' }, ctx));
    const actions: MeetingAction[] = [
      { type: 'invite' },
      { type: 'markHeld' },
      { type: 'draftMinutes', content: completeMinutes() },
      { type: 'approveMinutes', party: 'organisation', by: 'Bo' },
      { type: 'publish' },
      { type: 'cancel', reason: 'igen' },
      { type: 'reschedule', date: '2027-11-01', startTime: '09:00', endTime: '11:00' },
      { type: 'reopenMinutes', reason: 'x' },
    ];
    for (const action of actions) {
      expect(transition(cancelled, action, ctx)).toMatchObject({
        ok: false,
        code: 'invalidTransition',
        message: 'Mødet er aflyst og kan ikke ændres',
      });
    }
  });

  it('accepts exactly the actions ALLOWED_ACTIONS lists (others fail as invalidTransition)', () => {
    const all: MeetingActionType[] = [
      'invite',
      'markHeld',
      'draftMinutes',
      'approveMinutes',
      'publish',
      'cancel',
      'reschedule',
      'reopenMinutes',
    ];
    for (const [status, build] of Object.entries(AT)) {
      for (const type of all) {
        if (ALLOWED_ACTIONS[status as MeetingStatus].includes(type)) continue;
        const action = {
          type,
          content: completeMinutes(),
          party: 'administration',
          by: 'X',
          reason: 'Y',
        } as MeetingAction;
        expect(transition(build(), action, meetingDay), `${status} / ${type}`).toMatchObject({
          ok: false,
          code: 'invalidTransition',
        });
      }
    }
  });
});

describe('invite', () => {
  it('keeps the agenda exactly as sent, even when the agenda changes afterwards', () => {
    const invited = AT.invited();
    expect(invited.sentAgenda).toEqual(invited.agenda);
    expect(invited.invitedOn).toBe(TODAY);
    const edited: Meeting = {
      ...invited,
      agenda: [...invited.agenda, { ...invited.agenda[0]!, id: 'x', title: 'Nyt' }],
    };
    expect(edited.sentAgenda).toHaveLength(2);
    expect(agendaChangedSinceSent(edited)).toBe(true);
    expect(agendaChangedSinceSent(invited)).toBe(false);
  });

  it('lists every missing part: date, time, agenda', () => {
    const result = transition(aMeeting({ date: null, startTime: null, agenda: [] }), { type: 'invite' }, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('invalidInput');
    expect(result.findings.map((f) => f.message)).toEqual([
      'Mødet kan ikke indkaldes, før der er valgt en dato',
      'Mødet kan ikke indkaldes, før der er valgt start- og sluttidspunkt',
      'Mødet kan ikke indkaldes, før dagsordenen har mindst ét punkt',
    ]);
  });

  it("refuses until each of the rule's required parties has a participant", () => {
    const onlyMunicipality = aMeeting({ participants: [aMeeting().participants[0]!] });
    const result = transition(
      onlyMunicipality,
      { type: 'invite' },
      { ...ctx, requiredParties: ['administration', 'organisation'] },
    );
    expect(result.ok ? '' : result.message).toBe(
      'Mødet kan ikke indkaldes, før der er tilføjet deltagere fra boligorganisationen',
    );
  });

  it('refuses to invite to a meeting in the past', () => {
    const result = transition(aMeeting({ date: '2027-09-30' }), { type: 'invite' }, ctx);
    expect(result.ok ? '' : result.message).toContain('der kan ikke indkaldes til et møde i fortiden');
  });
});

describe('reschedule and cancel raise the iCalendar SEQUENCE', () => {
  const move: MeetingAction = {
    type: 'reschedule',
    date: '2027-10-14',
    startTime: '13:00',
    endTime: '15:00',
  };

  it('raises SEQUENCE when the time changes and re-snapshots the agenda sent', () => {
    const invited = { ...AT.invited(), agenda: [] };
    const moved = ok(transition(invited, move, ctx));
    expect(moved.sequence).toBe(invited.sequence + 1);
    expect([moved.date, moved.startTime, moved.endTime]).toEqual(['2027-10-14', '13:00', '15:00']);
    expect(moved.status).toBe('invited');
    expect(moved.sentAgenda).toEqual([]);
  });

  it('raises SEQUENCE when only the location changes', () => {
    const m = AT.invited();
    const moved = ok(
      transition(
        m,
        {
          type: 'reschedule',
          date: m.date!,
          startTime: m.startTime!,
          endTime: m.endTime!,
          location: 'Online',
        },
        ctx,
      ),
    );
    expect(moved.sequence).toBe(m.sequence + 1);
  });

  it('leaves SEQUENCE alone when nothing changes', () => {
    const m = AT.invited();
    const same = ok(
      transition(m, { type: 'reschedule', date: m.date!, startTime: m.startTime!, endTime: m.endTime! }, ctx),
    );
    expect(same.sequence).toBe(m.sequence);
  });

  it.each([
    [{ date: '2027-02-30', startTime: '10:00', endTime: '12:00' }, 'datoen er ugyldig'],
    [{ date: '2027-10-14', startTime: '25:00', endTime: '12:00' }, 'starttidspunktet er ugyldigt'],
    [
      { date: '2027-10-14', startTime: '12:00', endTime: '10:00' },
      'sluttidspunktet skal ligge efter starttidspunktet',
    ],
    [
      { date: '2027-09-14', startTime: '10:00', endTime: '12:00' },
      'et indkaldt møde kan ikke flyttes til en dato i fortiden',
    ],
  ])('refuses the new time %j: %s', (when, message) => {
    const result = transition(AT.invited(), { type: 'reschedule', ...when }, ctx);
    expect(result).toMatchObject({ ok: false, code: 'invalidInput' });
    expect(result.ok ? '' : result.message).toContain(message);
  });

  it('cancels with a reason, raising SEQUENCE; refuses without one', () => {
    const m = AT.invited();
    expect(transition(m, { type: 'cancel', reason: '  ' }, ctx)).toMatchObject({
      ok: false,
      message: 'Angiv en begrundelse for aflysningen',
    });
    const cancelled = ok(transition(m, { type: 'cancel', reason: 'Direktøren er syg' }, ctx));
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.sequence).toBe(m.sequence + 1);
    expect(cancelled.cancellation).toEqual({ reason: 'Direktøren er syg', on: TODAY });
  });
});

describe('approval', () => {
  it('needs both parties: one approval leaves the draft unlocked, the second locks it', () => {
    const one = AT.minutesDrafted();
    expect(one.minutes?.locked).toBe(false);
    expect(one.minutes?.approvals.map((a) => a.party)).toEqual(['organisation']);
    const both = AT.approved();
    expect(both.minutes?.locked).toBe(true);
    expect(both.minutes?.approvals).toEqual([
      { party: 'organisation', by: 'Bo Hansen', at: '2027-10-12T12:00:00.000Z' },
      { party: 'administration', by: 'Anna Jensen', at: '2027-10-12T12:00:00.000Z' },
    ]);
  });

  it('refuses incomplete minutes, naming each missing part', () => {
    const drafted = ok(
      transition(AT.held(), { type: 'draftMinutes', content: emptyMinutesContent() }, meetingDay),
    );
    const result = transition(
      drafted,
      { type: 'approveMinutes', party: 'organisation', by: 'Bo' },
      meetingDay,
    );
    expect(result).toMatchObject({ ok: false, code: 'incompleteMinutes' });
    expect(result.ok ? [] : result.findings.map((f) => f.message)).toEqual([
      'Boligorganisationens vurdering mangler',
      'Kommunens vurdering mangler',
      'Angiv aftaler eller vælg »Ingen aftaler«',
      'Referent mangler',
    ]);
  });

  describe("a theme meeting (Norddjurs KB 15-11-2022, sag 22/8287): the municipality's summary", () => {
    const themeMeeting = () => aMeeting({ kind: 'themeMeeting', organisationId: null });
    const summaryMinutes = completeMinutes({
      organisationAssessment: '',
      municipalityAssessment: '',
      agreements: [],
      summary: 'Organisationerne fortalte om deres afdelinger; anvisningen tages op på dialogmøderne.',
    });
    const drafted = () =>
      run(themeMeeting(), [
        [{ type: 'markHeld' }, meetingDay],
        [{ type: 'draftMinutes', content: summaryMinutes }, meetingDay],
      ]);

    it('is approved by the municipality alone and can then be published', () => {
      const approved = run(drafted(), [
        [{ type: 'approveMinutes', party: 'administration', by: 'Anna' }, meetingDay],
      ]);
      expect(approved.status).toBe('approved');
      expect(approved.minutes?.locked).toBe(true);
      expect(run(approved, [[{ type: 'publish' }, meetingDay]]).status).toBe('published');
    });

    it('refuses an organisation approval', () => {
      expect(
        transition(drafted(), { type: 'approveMinutes', party: 'organisation', by: 'Bo' }, meetingDay),
      ).toMatchObject({
        ok: false,
        code: 'invalidTransition',
        message: 'Referatet godkendes af kommunen alene; boligorganisationen godkender det ikke',
      });
    });

    it("refuses an assessment written by a party: the summary is the municipality's", () => {
      const result = transition(
        drafted(),
        { type: 'writeAssessment', party: 'organisation', text: 'Vores vurdering', by: 'Bo' },
        meetingDay,
      );
      expect(result).toMatchObject({ ok: false, code: 'invalidTransition' });
    });

    it.each([
      {
        case: 'no summary',
        content: { ...summaryMinutes, summary: ' ' },
        messages: ['Referatet/sammenfatningen mangler'],
      },
      {
        case: 'an agreement',
        content: { ...summaryMinutes, agreements: completeMinutes().agreements },
        messages: [
          'Et temamøde indgår ikke aftaler – skriv i sammenfatningen, hvad der går videre til dialogmøderne',
        ],
      },
      {
        case: 'no summary and no minute-taker',
        content: { ...summaryMinutes, summary: '', minuteTaker: null },
        messages: ['Referatet/sammenfatningen mangler', 'Referent mangler'],
      },
    ])('refuses to approve minutes with $case', ({ content, messages }) => {
      const meeting = run(themeMeeting(), [
        [{ type: 'markHeld' }, meetingDay],
        [{ type: 'draftMinutes', content }, meetingDay],
      ]);
      const result = transition(
        meeting,
        { type: 'approveMinutes', party: 'administration', by: 'Anna' },
        meetingDay,
      );
      expect(result).toMatchObject({ ok: false, code: 'incompleteMinutes' });
      expect(result.ok ? [] : result.findings.map((f) => f.message)).toEqual(messages);
    });

    it('names the municipality, not both parties, when publishing comes too early', () => {
      expect(transition(drafted(), { type: 'publish' }, meetingDay)).toMatchObject({
        ok: false,
        message:
          'Mødet kan ikke offentliggøres, før referatet er godkendt af kommunen (mangler godkendelse fra kommunen)',
      });
    });
  });

  it('refuses a second approval by the same party', () => {
    const result = transition(
      AT.minutesDrafted(),
      { type: 'approveMinutes', party: 'organisation', by: 'Bo' },
      meetingDay,
    );
    expect(result).toMatchObject({
      ok: false,
      message: 'Referatet er allerede godkendt af boligorganisationen',
    });
  });

  it('withdraws an approval when the draft text changes afterwards, but not on an unchanged save', () => {
    const one = AT.minutesDrafted();
    const unchanged = ok(transition(one, { type: 'draftMinutes', content: completeMinutes() }, meetingDay));
    expect(unchanged.minutes?.approvals).toHaveLength(1);
    const changed = ok(
      transition(
        one,
        { type: 'draftMinutes', content: completeMinutes({ municipalityAssessment: 'Ny tekst' }) },
        meetingDay,
      ),
    );
    expect(changed.minutes?.approvals).toEqual([]);
  });
});

describe('reopening approved minutes', () => {
  it('needs a reason', () => {
    expect(transition(AT.approved(), { type: 'reopenMinutes', reason: '' }, meetingDay)).toMatchObject({
      ok: false,
      message: 'Angiv en begrundelse for at ændre det godkendte referat',
    });
  });

  it('makes a new unlocked version and keeps the approved one', () => {
    const reopened = ok(
      transition(AT.published(), { type: 'reopenMinutes', reason: 'Forkert frist i aftale 1' }, meetingDay),
    );
    expect(reopened.status).toBe('minutesDrafted');
    expect(reopened.minutes).toMatchObject({
      version: 2,
      locked: false,
      approvals: [],
      changeReason: 'Forkert frist i aftale 1',
    });
    expect(reopened.minutesHistory).toHaveLength(1);
    expect(reopened.minutesHistory[0]).toMatchObject({ version: 1, locked: true });
  });

  it('keeps the first publication date when the new version is published', () => {
    const later = { today: '2027-11-02', now: '2027-11-02T09:00:00.000Z' };
    const republished = run(AT.published(), [
      [{ type: 'reopenMinutes', reason: 'Rettelse' }, later],
      [{ type: 'approveMinutes', party: 'organisation', by: 'Bo Hansen' }, later],
      [{ type: 'approveMinutes', party: 'administration', by: 'Anna Jensen' }, later],
      [{ type: 'publish' }, later],
    ]);
    expect(republished.publishedOn).toBe('2027-10-20');
    expect(republished.publications).toEqual([
      { minutesVersion: 1, on: '2027-10-20' },
      { minutesVersion: 2, on: '2027-11-02' },
    ]);
  });
});

describe('transition: properties over random action sequences', () => {
  const dayArb = fc.constantFrom(
    '2027-09-20',
    '2027-10-01',
    '2027-10-11',
    '2027-10-12',
    '2027-10-30',
    '2028-01-10',
  );
  const contentArb = fc.constantFrom(
    completeMinutes(),
    completeMinutes({ organisationAssessment: '' }),
    completeMinutes({ agreements: [], noAgreements: true }),
    emptyMinutesContent(),
  );
  const actionArb: fc.Arbitrary<MeetingAction> = fc.oneof(
    fc.constant({ type: 'invite' as const }),
    fc.constant({ type: 'markHeld' as const }),
    contentArb.map((content) => ({ type: 'draftMinutes' as const, content })),
    fc.record({
      type: fc.constant('approveMinutes' as const),
      party: fc.constantFrom('administration' as const, 'organisation' as const),
      by: fc.constantFrom('Anna Jensen', 'Bo Hansen', ''),
    }),
    fc.constant({ type: 'publish' as const }),
    fc.record({ type: fc.constant('cancel' as const), reason: fc.constantFrom('Syg', '') }),
    fc.record({
      type: fc.constant('reschedule' as const),
      date: dayArb,
      startTime: fc.constantFrom('09:00', '13:00'),
      endTime: fc.constantFrom('11:00', '15:00'),
    }),
    fc.record({ type: fc.constant('reopenMinutes' as const), reason: fc.constantFrom('Rettelse', '') }),
  );
  const randomSteps = fc.array(fc.tuple(actionArb, dayArb), { maxLength: 40 });
  /**
   * The happy path with random actions between its steps: pure random sequences almost never
   * publish, which would make "published only via approved" hold vacuously.
   */
  const noise = fc.array(fc.tuple(actionArb, dayArb), { maxLength: 2 });
  const noisyHappyPath = fc
    .tuple(fc.array(noise, { minLength: HAPPY_PATH.length, maxLength: HAPPY_PATH.length }), noise)
    .map(([gaps, tail]) => [
      ...HAPPY_PATH.flatMap(([action, context], i): [MeetingAction, string][] => [
        ...(gaps[i] ?? []),
        [action, context.today],
      ]),
      ...tail,
    ]);
  const stepsArb = fc.oneof(randomSteps, noisyHappyPath);

  /** Runs a sequence, returning every (before, action, today, result). */
  function trace(steps: [MeetingAction, string][]) {
    let meeting = aMeeting();
    const out: { before: Meeting; action: MeetingAction; today: string; result: MeetingResult }[] = [];
    for (const [action, today] of steps) {
      const result = transition(meeting, action, { today, now: `${today}T12:00:00.000Z` });
      out.push({ before: meeting, action, today, result });
      if (result.ok) meeting = result.meeting;
    }
    return out;
  }

  it('reaches published and cancelled in enough random runs for the properties to mean something', () => {
    const finals = fc
      .sample(stepsArb, { numRuns: 400, seed: 7 })
      .map((steps) => trace(steps).reduce((m, s) => (s.result.ok ? s.result.meeting : m), aMeeting()).status);
    expect(finals.filter((s) => s === 'published').length).toBeGreaterThan(5);
    expect(finals.filter((s) => s === 'cancelled').length).toBeGreaterThan(5);
  });

  it('never reaches published without passing approved', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        const statuses: MeetingStatus[] = ['planned'];
        for (const { before, result } of trace(steps)) {
          if (!result.ok) continue;
          if (result.meeting.status === 'published' && before.status !== 'published') {
            expect(before.status).toBe('approved');
          }
          statuses.push(result.meeting.status);
        }
        const firstPublished = statuses.indexOf('published');
        if (firstPublished !== -1) expect(statuses.slice(0, firstPublished)).toContain('approved');
      }),
    );
  });

  it('treats cancelled as terminal', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        for (const { before, result } of trace(steps)) {
          if (before.status === 'cancelled') expect(result.ok).toBe(false);
        }
      }),
    );
  });

  it('keeps the invariants: locked ⇔ approved or published, both approvals, valid minutes, rising SEQUENCE', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        for (const { before, action, today, result } of trace(steps)) {
          if (!result.ok) {
            expect(result.message).not.toBe('');
            continue;
          }
          const m = result.meeting;
          expect(MEETING_STATUSES).toContain(m.status);
          expect(ALLOWED_ACTIONS[before.status]).toContain(action.type);
          expect(m.sequence).toBeGreaterThanOrEqual(before.sequence);
          expect(m.version).toBe(before.version);
          const locked = m.minutes?.locked ?? false;
          expect(locked).toBe(m.status === 'approved' || m.status === 'published');
          if (locked && m.minutes) {
            expect(m.minutes.approvals.map((a) => a.party).sort()).toEqual([
              'administration',
              'organisation',
            ]);
            expect(hasErrors(validateMinutesForApproval(m.minutes, requirementsFor(m)))).toBe(false);
          }
          if (m.status === 'published') expect(m.publishedOn).not.toBeNull();
          if (m.status === 'held' && before.status !== 'held') expect(m.date! <= today).toBe(true);
          if (m.status === 'cancelled') expect(['planned', 'invited', 'cancelled']).toContain(before.status);
        }
      }),
    );
  });
});
