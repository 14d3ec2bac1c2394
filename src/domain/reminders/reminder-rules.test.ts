import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/iso-date.ts';
import {
  daysBetween,
  digestsFor,
  dueItems,
  itemsFor,
  mergeDigests,
  type ReminderAgreement,
  type ReminderFacts,
  type ReminderMeeting,
  type ReminderUser,
} from './reminder-rules.ts';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from './reminder-settings.ts';

const settings: ReminderSettings = { packageDaysBefore: 21, accountDaysAfter: 30, agreementDaysAhead: 14 };

function meeting(overrides: Partial<ReminderMeeting> = {}): ReminderMeeting {
  return {
    id: 'm1',
    title: 'Styringsdialogmøde 2026 – Djurslandsbo',
    kind: 'dialogueMeeting',
    organisationId: 'org-a',
    date: '2026-10-14',
    status: 'invited',
    steeringYear: 2026,
    missingApprovals: [],
    ...overrides,
  };
}

function agreement(overrides: Partial<ReminderAgreement> = {}): ReminderAgreement {
  return {
    id: 'a1',
    organisationId: 'org-a',
    text: 'Nedbring tomgang',
    deadline: '2026-06-30',
    closed: false,
    ...overrides,
  };
}

function facts(overrides: Partial<ReminderFacts> = {}): ReminderFacts {
  return {
    meetings: [],
    packages: [],
    agreements: [],
    organisationNames: { 'org-a': 'Boligselskab A' },
    ...overrides,
  };
}

const kinds = (f: ReminderFacts, today: string, s: ReminderSettings = settings) =>
  dueItems(f, today, s).map((d) => d.item.kind);

describe('rule 1: documentation package missing before the meeting', () => {
  it.each([
    // today, package complete?, status, expected
    ['2026-09-22', false, 'invited', false], // 22 days before: not yet
    ['2026-09-23', false, 'invited', true], // 21 days before: from here
    ['2026-10-14', false, 'planned', true], // the meeting day itself
    ['2026-10-15', false, 'invited', false], // after the meeting: no longer a package reminder
    ['2026-10-01', true, 'invited', false], // complete package
    ['2026-10-01', false, 'cancelled', false],
    ['2026-10-01', false, 'held', false],
  ] as const)('on %s, complete %s, status %s → reminded %s', (today, complete, status, expected) => {
    const f = facts({
      meetings: [meeting({ status })],
      packages: [{ organisationId: 'org-a', steeringYear: 2026, complete }],
    });
    expect(kinds(f, today).includes('packageMissing')).toBe(expected);
  });

  it('looks at the package of the meeting’s own steering year', () => {
    const f = facts({
      meetings: [meeting()],
      packages: [{ organisationId: 'org-a', steeringYear: 2025, complete: true }],
    });
    expect(kinds(f, '2026-10-01')).toEqual(['packageMissing']);
  });

  it('is for both parties and ignores theme meetings', () => {
    const [due] = dueItems(facts({ meetings: [meeting()] }), '2026-10-01', settings);
    expect(due?.audience).toEqual([
      { side: 'municipality' },
      { side: 'organisation', organisationId: 'org-a' },
    ]);
    expect(due?.item).toMatchObject({ daysLeft: 13, organisationName: 'Boligselskab A' });
    const theme = facts({ meetings: [meeting({ kind: 'themeMeeting', organisationId: null })] });
    expect(kinds(theme, '2026-10-01')).toEqual([]);
  });
});

describe('rule 2: minutes awaiting approval', () => {
  it.each([
    [
      ['organisation', 'administration'],
      [{ side: 'organisation', organisationId: 'org-a' }, { side: 'municipality' }],
    ],
    [['organisation'], [{ side: 'organisation', organisationId: 'org-a' }]],
    [['administration'], [{ side: 'municipality' }]],
    [[], []],
  ] as const)('missing %j → reminds %j', (missing, audiences) => {
    const f = facts({
      meetings: [meeting({ status: 'minutesDrafted', date: '2026-10-14', missingApprovals: missing })],
    });
    const due = dueItems(f, '2026-10-20', settings).filter((d) => d.item.kind === 'minutesAwaitingApproval');
    expect(due.map((d) => d.audience[0])).toEqual(audiences);
  });

  it('reminds no organisation of a meeting without one', () => {
    const f = facts({
      meetings: [
        meeting({
          kind: 'themeMeeting',
          organisationId: null,
          status: 'minutesDrafted',
          missingApprovals: ['organisation'],
        }),
      ],
    });
    expect(kinds(f, '2026-10-20')).toEqual([]);
  });
});

describe('rule 3: account not published N days after the meeting (§ 164, stk. 2)', () => {
  it.each([
    ['2026-11-12', 'approved', false], // 29 days after
    ['2026-11-13', 'approved', true], // 30 days after
    ['2026-12-31', 'held', true],
    ['2026-12-31', 'minutesDrafted', true],
    ['2026-12-31', 'published', false],
    ['2026-12-31', 'cancelled', false],
  ] as const)('on %s with status %s → reminded %s', (today, status, expected) => {
    const f = facts({ meetings: [meeting({ status })] });
    expect(kinds(f, today).includes('accountNotPublished')).toBe(expected);
  });

  it('is the municipality’s only', () => {
    const due = dueItems(facts({ meetings: [meeting({ status: 'approved' })] }), '2026-12-01', settings);
    expect(due).toHaveLength(1);
    expect(due[0]?.audience).toEqual([{ side: 'municipality' }]);
    expect(due[0]?.item).toMatchObject({ remindFrom: '2026-11-13', daysSinceMeeting: 48 });
  });
});

describe('rule 4: agreements due', () => {
  it.each([
    ['2026-06-15', null, false, false], // 15 days ahead
    ['2026-06-16', null, false, true], // 14 days ahead
    ['2026-06-30', null, false, true], // the deadline day
    ['2026-07-01', null, false, true], // overdue
    ['2026-07-01', null, true, false], // closed
    ['2026-07-01', 'none', false, false], // no deadline
  ] as const)('on %s (deadline %s, closed %s) → reminded %s', (today, noDeadline, closed, expected) => {
    const a = agreement({ closed, ...(noDeadline ? { deadline: null } : {}) });
    expect(kinds(facts({ agreements: [a] }), today).includes('agreementDue')).toBe(expected);
  });

  it('says when it is overdue', () => {
    const [due] = dueItems(facts({ agreements: [agreement()] }), '2026-07-01', settings);
    expect(due?.item).toMatchObject({ kind: 'agreementDue', overdue: true });
  });
});

describe('who gets what', () => {
  const users: ReminderUser[] = [
    {
      id: 'co',
      name: 'Sagsbehandler',
      email: 'co@k.demo',
      active: true,
      remindersEnabled: true,
      grants: [{ role: 'caseOfficer' }],
    },
    {
      id: 'adm',
      name: 'Admin',
      email: 'adm@k.demo',
      active: true,
      remindersEnabled: true,
      grants: [{ role: 'admin' }],
    },
    {
      id: 'orgA',
      name: 'Formand A',
      email: 'a@a.demo',
      active: true,
      remindersEnabled: true,
      grants: [{ role: 'organisation', organisationId: 'org-a' }],
    },
    {
      id: 'orgB',
      name: 'Formand B',
      email: 'b@b.demo',
      active: true,
      remindersEnabled: true,
      grants: [{ role: 'organisation', organisationId: 'org-b' }],
    },
    {
      id: 'off',
      name: 'Fra',
      email: 'off@k.demo',
      active: true,
      remindersEnabled: false,
      grants: [{ role: 'caseOfficer' }],
    },
    {
      id: 'gone',
      name: 'Stoppet',
      email: 'gone@k.demo',
      active: false,
      remindersEnabled: true,
      grants: [{ role: 'caseOfficer' }],
    },
    {
      id: 'pol',
      name: 'Politiker',
      email: 'pol@k.demo',
      active: true,
      remindersEnabled: true,
      grants: [{ role: 'councilMember' }],
    },
  ];
  const f = facts({
    meetings: [meeting({ status: 'minutesDrafted', missingApprovals: ['organisation'] })],
    agreements: [agreement()],
  });

  it('gives the organisation its own items only, the case officer the municipality’s, nobody else anything', () => {
    const digests = digestsFor(users, f, '2026-07-01', settings);
    expect(digests.map((d) => [d.userId, d.items.map((i) => i.kind)])).toEqual([
      ['co', ['agreementDue']],
      ['orgA', ['minutesAwaitingApproval', 'agreementDue']],
    ]);
  });

  it('lets the administrators act for a municipality without case officers', () => {
    const withoutOfficers = users.filter((u) => !u.grants.some((g) => g.role === 'caseOfficer') || !u.active);
    const digests = digestsFor(withoutOfficers, f, '2026-07-01', settings);
    expect(digests.map((d) => d.userId)).toEqual(['adm', 'orgA']);
  });

  it('merges one user’s digests from two municipalities into one', () => {
    const one = digestsFor(users, f, '2026-07-01', settings);
    const merged = mergeDigests([
      { municipality: '707', municipalityName: 'Norddjurs', digests: one },
      { municipality: '751', municipalityName: 'Aarhus', digests: one.filter((d) => d.userId === 'co') },
    ]);
    expect(merged.map((m) => [m.userId, m.sections.map((s) => s.municipality)])).toEqual([
      ['co', ['707', '751']],
      ['orgA', ['707']],
    ]);
  });
});

// Properties over random facts.
const dayArb = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays('2025-01-01', n));
const statusArb = fc.constantFrom(
  'planned',
  'invited',
  'held',
  'minutesDrafted',
  'approved',
  'published',
  'cancelled' as const,
);
const orgArb = fc.constantFrom('org-a', 'org-b', 'org-c');
const meetingArb = fc.record({
  id: fc.uuid(),
  title: fc.string({ maxLength: 20 }),
  kind: fc.constantFrom('dialogueMeeting', 'themeMeeting' as const),
  organisationId: fc.option(orgArb, { nil: null }),
  date: fc.option(dayArb, { nil: null }),
  status: statusArb,
  steeringYear: fc.integer({ min: 2025, max: 2027 }),
  missingApprovals: fc.subarray(['organisation', 'administration'] as const),
});
const factsArb = fc.record({
  meetings: fc.array(meetingArb, { maxLength: 8 }),
  packages: fc.array(
    fc.record({
      organisationId: orgArb,
      steeringYear: fc.integer({ min: 2025, max: 2027 }),
      complete: fc.boolean(),
    }),
    { maxLength: 6 },
  ),
  agreements: fc.array(
    fc.record({
      id: fc.uuid(),
      organisationId: orgArb,
      text: fc.string({ maxLength: 20 }),
      deadline: fc.option(dayArb, { nil: null }),
      closed: fc.boolean(),
    }),
    { maxLength: 8 },
  ),
  organisationNames: fc.constant({}),
});
const settingsArb = fc.record({
  packageDaysBefore: fc.integer({ min: 0, max: 60 }),
  accountDaysAfter: fc.integer({ min: 0, max: 60 }),
  agreementDaysAhead: fc.integer({ min: 0, max: 60 }),
});

describe('properties', () => {
  it('an organisation user only ever gets items of its own organisation', () => {
    fc.assert(
      fc.property(factsArb, dayArb, settingsArb, orgArb, (f, today, s, org) => {
        const items = itemsFor(
          dueItems(f, today, s),
          [{ role: 'organisation', organisationId: org }],
          ['caseOfficer'],
        );
        for (const item of items) {
          expect(item.kind).not.toBe('accountNotPublished');
          expect(item.organisationId).toBe(org);
          if (item.kind === 'minutesAwaitingApproval') expect(item.party).toBe('organisation');
        }
      }),
    );
  });

  it('nothing is due for a closed agreement, a published or cancelled meeting', () => {
    fc.assert(
      fc.property(factsArb, dayArb, settingsArb, (f, today, s) => {
        for (const { item } of dueItems(f, today, s)) {
          if (item.kind === 'agreementDue') {
            const a = f.agreements.find((x) => x.id === item.agreementId);
            expect(a?.closed).toBe(false);
          } else {
            const m = f.meetings.find((x) => x.id === item.meetingId);
            expect(['published', 'cancelled']).not.toContain(m?.status);
          }
        }
      }),
    );
  });

  it('a larger N never removes a reminder (package and agreement windows only widen)', () => {
    fc.assert(
      fc.property(factsArb, dayArb, settingsArb, fc.nat(30), (f, today, s, more) => {
        const wider = {
          ...s,
          packageDaysBefore: s.packageDaysBefore + more,
          agreementDaysAhead: s.agreementDaysAhead + more,
        };
        const key = (d: { item: { kind: string } & Record<string, unknown> }) =>
          `${d.item.kind}:${String(d.item.meetingId ?? d.item.agreementId)}:${String(d.item.party ?? '')}`;
        const before = dueItems(f, today, s)
          .filter((d) => d.item.kind !== 'accountNotPublished')
          .map(key);
        const after = new Set(dueItems(f, today, wider).map(key));
        for (const k of before) expect(after.has(k)).toBe(true);
      }),
    );
  });

  it('an unpublished account, once reminded, stays reminded on every later day', () => {
    fc.assert(
      fc.property(factsArb, dayArb, fc.nat(400), (f, today, later) => {
        const ids = (d: string) =>
          dueItems(f, d, DEFAULT_REMINDER_SETTINGS)
            .filter((x) => x.item.kind === 'accountNotPublished')
            .map((x) => (x.item.kind === 'accountNotPublished' ? x.item.meetingId : ''));
        const now = new Set(ids(addDays(today, later)));
        for (const id of ids(today)) expect(now.has(id)).toBe(true);
      }),
    );
  });

  it('a user who switched reminders off or is deactivated never gets a digest; no digest is empty', () => {
    const userArb = fc.record({
      id: fc.uuid(),
      name: fc.string(),
      email: fc.constant('x@y.demo'),
      active: fc.boolean(),
      remindersEnabled: fc.boolean(),
      grants: fc.array(
        fc.record({
          role: fc.constantFrom('caseOfficer', 'admin', 'organisation', 'official'),
          organisationId: orgArb,
        }),
        { maxLength: 2 },
      ),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(userArb, { selector: (u) => u.id, maxLength: 6 }),
        factsArb,
        dayArb,
        (users, f, today) => {
          for (const d of digestsFor(users, f, today, settings)) {
            const u = users.find((x) => x.id === d.userId);
            expect(u?.active && u.remindersEnabled).toBe(true);
            expect(d.items.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });

  it('daysBetween inverts addDays', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -500, max: 500 }), (d, n) => daysBetween(d, addDays(d, n)) === n),
    );
  });
});
