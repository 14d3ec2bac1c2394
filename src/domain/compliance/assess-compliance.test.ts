import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { norddjursModels } from '../governance-model/norddjurs-models.ts';
import { deriveObligations } from '../obligations/derive-obligations.ts';
import { demoRegistry } from '../obligations/test-registry.ts';
import type { Obligation } from '../obligations/types.ts';
import { addDays, isoDate } from '../shared/iso-date.ts';
import { assessCompliance, unmatchedFacts } from './assess-compliance.ts';
import type { ComplianceStatus, Fact, FactKind } from './types.ts';

const obligations2027 = deriveObligations({
  municipality: '707',
  models: norddjursModels(),
  organisations: demoRegistry(),
  year: 2027,
});
const find = (id: string): Obligation => {
  const o = obligations2027.find((x) => x.id === id);
  if (!o) throw new Error(`no obligation ${id}`);
  return o;
};
const MEETING = find('dialogueMeeting:707:org-a:2027:legalFloor#1');
const THEME = find('themeMeeting:707:all:2026-2029:themeMeeting#1');
const PACKAGE = find('documentationPackage:707:org-a:2027:legalFloor#1');

const fact = (obligation: Obligation, kind: FactKind, date: string, note: string | null = null): Fact => ({
  obligationId: obligation.id,
  kind,
  date,
  ref: `${kind}-ref`,
  note,
});

function assess(obligation: Obligation, facts: Fact[], today: string) {
  const [result] = assessCompliance({ obligations: [obligation], facts, today });
  if (!result) throw new Error('no assessment');
  return result;
}

describe('assessCompliance: the statutory dialogue meeting (almenboligloven § 164, stk. 2)', () => {
  it.each<[string, FactKind[], string, ComplianceStatus, string[]]>([
    ['nothing recorded, before the deadline', [], '2027-10-01', 'due', []],
    ['nothing recorded, on the deadline', [], '2027-12-31', 'due', []],
    ['nothing recorded, after the steering year', [], '2028-01-01', 'missed', ['obligation.missed']],
    ['held and published', ['meetingHeld', 'accountPublished'], '2027-12-01', 'met', []],
    [
      'held, account not yet published, within the year',
      ['meetingHeld'],
      '2027-12-01',
      'due',
      ['account.notPublished'],
    ],
    [
      'held, account still unpublished after the year',
      ['meetingHeld'],
      '2028-02-01',
      'overdue',
      ['account.notPublished'],
    ],
    ['only the account recorded', ['accountPublished'], '2027-12-01', 'due', ['account.withoutMeeting']],
    ['marked not applicable', ['notApplicable'], '2028-06-01', 'notApplicable', ['obligation.notApplicable']],
    [
      'marked not applicable although held',
      ['meetingHeld', 'notApplicable'],
      '2027-12-01',
      'notApplicable',
      ['obligation.notApplicable'],
    ],
  ])('%s → %s', (_case, kinds, today, status, codes) => {
    const facts = kinds.map((k) => fact(MEETING, k, k === 'accountPublished' ? '2027-10-20' : '2027-10-01'));
    const result = assess(MEETING, facts, today);
    expect(result.status).toBe(status);
    expect(result.findings.map((f) => f.code)).toEqual(codes);
  });

  it('says in Danish that the account is missing, as an error once it is overdue', () => {
    const result = assess(MEETING, [fact(MEETING, 'meetingHeld', '2027-10-01')], '2028-01-15');
    expect(result.findings[0]).toMatchObject({
      severity: 'error',
      message: 'Redegørelse ikke offentliggjort; fristen var 31-12-2027 (almenboligloven § 164, stk. 2)',
      ref: MEETING.id,
    });
    expect(result.account).toEqual({ dueBy: '2027-12-31', publishedOn: null, late: true });
  });

  it('counts a late account as met, with a warning', () => {
    const result = assess(
      MEETING,
      [fact(MEETING, 'meetingHeld', '2027-10-01'), fact(MEETING, 'accountPublished', '2028-01-10')],
      '2028-03-01',
    );
    expect(result.status).toBe('met');
    expect(result.account).toEqual({ dueBy: '2027-12-31', publishedOn: '2028-01-10', late: true });
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([['account.publishedLate', 'warning']]);
  });

  it('uses the model’s publication deadline when it sets one', () => {
    const obligation = { ...MEETING, publishAccount: { required: true, withinDays: 30 } };
    const held = fact(obligation, 'meetingHeld', '2027-09-15');
    expect(assess(obligation, [held], '2027-10-15').status).toBe('due');
    expect(assess(obligation, [held], '2027-10-16').status).toBe('overdue');
    expect(assess(obligation, [held], '2027-10-16').account?.dueBy).toBe('2027-10-15');
  });

  it('gives a meeting held after the year until the meeting day to publish, and flags it as late', () => {
    const result = assess(MEETING, [fact(MEETING, 'meetingHeld', '2028-01-20')], '2028-01-20');
    expect(result.status).toBe('due');
    expect(result.completedLate).toBe(true);
    expect(result.account?.dueBy).toBe('2028-01-20');
    expect(result.findings.map((f) => f.code)).toEqual(['meeting.heldLate', 'account.notPublished']);
  });

  it('flags a meeting dated before its steering year', () => {
    const result = assess(
      MEETING,
      [fact(MEETING, 'meetingHeld', '2026-11-01'), fact(MEETING, 'accountPublished', '2026-11-20')],
      '2027-02-01',
    );
    expect(result.findings.map((f) => f.code)).toEqual(['meeting.heldBeforePeriod']);
  });

  it('flags an account dated before the meeting', () => {
    const result = assess(
      MEETING,
      [fact(MEETING, 'meetingHeld', '2027-10-01'), fact(MEETING, 'accountPublished', '2027-09-01')],
      '2027-12-01',
    );
    expect(result.findings.map((f) => f.code)).toEqual(['account.publishedBeforeMeeting']);
  });

  it('ignores facts dated after today, and says so', () => {
    const result = assess(
      MEETING,
      [fact(MEETING, 'meetingHeld', '2027-11-01'), fact(MEETING, 'accountPublished', '2027-11-20')],
      '2027-10-01',
    );
    expect(result.status).toBe('due');
    expect(result.evidence).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(['fact.dateInFuture', 'fact.dateInFuture']);
  });

  it('lists the evidence by date with the earliest meeting counting', () => {
    const result = assess(
      MEETING,
      [
        fact(MEETING, 'accountPublished', '2027-11-20'),
        fact(MEETING, 'meetingHeld', '2027-11-02'),
        fact(MEETING, 'meetingHeld', '2027-10-01'),
      ],
      '2027-12-01',
    );
    expect(result.evidence.map((e) => [e.kind, e.date])).toEqual([
      ['meetingHeld', '2027-10-01'],
      ['meetingHeld', '2027-11-02'],
      ['accountPublished', '2027-11-20'],
    ]);
    expect(result.completedOn).toBe('2027-10-01');
  });
});

describe('assessCompliance: windows, packages and theme meetings', () => {
  it('makes a meeting overdue between the end of its window and the end of the year', () => {
    const novemberWindow = { ...MEETING, window: { fromMonth: 9, toMonth: 11 }, dueBy: '2027-11-30' };
    expect(assess(novemberWindow, [], '2027-11-30').status).toBe('due');
    expect(assess(novemberWindow, [], '2027-12-01').status).toBe('overdue');
    expect(assess(novemberWindow, [], '2027-12-01').findings.map((f) => f.code)).toEqual([
      'obligation.overdue',
    ]);
    expect(assess(novemberWindow, [], '2028-01-01').status).toBe('missed');
  });

  it.each<[string, string | null, ComplianceStatus, string[]]>([
    ['2027-06-30', null, 'due', []],
    ['2027-07-01', null, 'overdue', ['obligation.overdue']],
    ['2028-01-01', null, 'missed', ['obligation.missed']],
    ['2027-08-01', '2027-05-10', 'met', []],
    ['2027-08-01', '2027-07-15', 'met', ['package.receivedLate']],
  ])('assesses the documentation package on %s (received %s) as %s', (today, received, status, codes) => {
    const result = assess(PACKAGE, received ? [fact(PACKAGE, 'packageReceived', received)] : [], today);
    expect(result.status).toBe(status);
    expect(result.findings.map((f) => f.code)).toEqual(codes);
    expect(result.account).toBeNull();
  });

  it('does not count a meeting fact towards a package', () => {
    const result = assess(PACKAGE, [fact(PACKAGE, 'meetingHeld', '2027-05-01')], '2027-05-02');
    expect(result.status).toBe('due');
    expect(result.findings.map((f) => f.code)).toEqual(['fact.irrelevantKind']);
  });

  it('meets the theme meeting when held, without any account, and misses it only when the election period is over', () => {
    expect(assess(THEME, [fact(THEME, 'meetingHeld', '2027-03-01')], '2027-03-01').status).toBe('met');
    expect(assess(THEME, [], '2029-12-31').status).toBe('due');
    expect(assess(THEME, [], '2030-01-01').status).toBe('missed');
    expect(assess(THEME, [], '2030-01-01').findings[0]?.message).toBe(
      'Temamøde for kommunalbestyrelsesmedlemmerne blev ikke gennemført i valgperioden 2026-2029',
    );
  });

  it('names the law when a statutory meeting is missed', () => {
    expect(assess(MEETING, [], '2028-01-01').findings[0]?.message).toBe(
      'Årligt styringsdialogmøde med Boligselskabet Djursland blev ikke gennemført i perioden 2027 ' +
        '(almenboligloven § 164, stk. 2-3; Norddjurs KB 15-11-2022, sag 22/8287, pkt. 2)',
    );
  });
});

describe('assessCompliance properties', () => {
  const todayArb = fc.integer({ min: 0, max: 6 * 365 }).map((d) => addDays('2025-06-01', d));
  const factArb = (o: Obligation) =>
    fc.record({
      obligationId: fc.constant(o.id),
      kind: fc.constantFrom<FactKind>('meetingHeld', 'accountPublished', 'packageReceived', 'notApplicable'),
      date: fc.integer({ min: 0, max: 6 * 365 }).map((d) => addDays('2025-06-01', d)),
      ref: fc.constant(null),
      note: fc.constant(null),
    });
  const obligationArb = fc.constantFrom(...obligations2027);

  it('answers one assessment per obligation, in order', () => {
    fc.assert(
      fc.property(todayArb, (today) => {
        const result = assessCompliance({ obligations: obligations2027, facts: [], today });
        expect(result.map((r) => r.obligationId)).toEqual(obligations2027.map((o) => o.id));
      }),
    );
  });

  it('is met only with the facts that prove it, dated no later than today', () => {
    fc.assert(
      fc.property(
        obligationArb.chain((o) =>
          fc.tuple(fc.constant(o), fc.array(factArb(o), { maxLength: 5 }), todayArb),
        ),
        ([o, facts, today]) => {
          const { status } = assess(o, facts, today);
          const past = facts.filter((f) => f.date <= today);
          const has = (k: FactKind) => past.some((f) => f.kind === k);
          if (has('notApplicable')) expect(status).toBe('notApplicable');
          if (status === 'met') {
            expect(has(o.kind === 'documentationPackage' ? 'packageReceived' : 'meetingHeld')).toBe(true);
            if (o.publishAccount.required) expect(has('accountPublished')).toBe(true);
          }
          if (status === 'missed') expect(today > o.periodEnd).toBe(true);
          if (status === 'due' && !has('meetingHeld') && !has('packageReceived'))
            expect(today <= o.dueBy).toBe(true);
        },
      ),
    );
  });

  it('only gets worse with time while nothing is recorded: due, then overdue, then missed', () => {
    const rank: Record<ComplianceStatus, number> = {
      due: 0,
      overdue: 1,
      missed: 2,
      met: 9,
      notApplicable: 9,
    };
    fc.assert(
      fc.property(obligationArb, todayArb, fc.integer({ min: 1, max: 800 }), (o, today, later) => {
        const a = assess(o, [], today).status;
        const b = assess(o, [], addDays(today, later)).status;
        expect(rank[b]).toBeGreaterThanOrEqual(rank[a]);
      }),
    );
  });

  it('is met once the proof is recorded, whatever the day', () => {
    fc.assert(
      fc.property(obligationArb, fc.integer({ min: 0, max: 2000 }), (o, after) => {
        const done = o.kind === 'documentationPackage' ? 'packageReceived' : 'meetingHeld';
        const facts = [
          fact(o, done, isoDate(2027, 10, 1)),
          fact(o, 'accountPublished', isoDate(2027, 10, 20)),
        ];
        expect(assess(o, facts, addDays('2027-10-20', after)).status).toBe('met');
      }),
    );
  });
});

describe('unmatchedFacts', () => {
  it('reports facts whose obligation no longer exists', () => {
    const orphan: Fact = {
      obligationId: 'dialogueMeeting:707:gone:2027:legalFloor#1',
      kind: 'meetingHeld',
      date: '2027-10-01',
      ref: null,
      note: null,
    };
    const findings = unmatchedFacts(obligations2027, [orphan, fact(MEETING, 'meetingHeld', '2027-10-01')]);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'fact.unknownObligation', ref: orphan.obligationId }),
    ]);
  });
});
