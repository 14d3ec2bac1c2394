import { describe, expect, it } from 'vitest';
import { norddjursModels } from './norddjurs-models.ts';
import { parseGovernanceModel } from './schema.ts';
import { validateModel } from './validate-model.ts';

describe('norddjursModels', () => {
  it('gives the 2011 model from 2012 to the end of 2022 and the 2022 model from 1 January 2023 by default', () => {
    const [m2011, m2022] = norddjursModels();
    expect([m2011?.validFrom, m2011?.validTo, m2011?.version]).toEqual(['2012-01-01', '2022-12-31', 1]);
    expect([m2022?.validFrom, m2022?.validTo, m2022?.version]).toEqual(['2023-01-01', null, 2]);
    expect(m2011?.id).toBe(m2022?.id);
  });

  it('lets the 2022 model take effect on another date, ending the 2011 model the day before', () => {
    const [m2011, m2022] = norddjursModels({ effectiveDate: '2022-11-16' });
    expect(m2011?.validTo).toBe('2022-11-15');
    expect(m2022?.validFrom).toBe('2022-11-16');
  });

  it.each(['2012-01-01', '2011-05-01', 'soon', '2023-02-30'])(
    'refuses the effective date %s',
    (effectiveDate) => {
      expect(() => norddjursModels({ effectiveDate })).toThrow(RangeError);
    },
  );

  it('keeps the decision of 15-11-2022 (sag 22/8287) and its route as the legal basis of the 2022 model', () => {
    const m2022 = norddjursModels()[1]!;
    expect(m2022.legalBasis).toMatchObject({
      body: 'Kommunalbestyrelsen',
      decisionDate: '2022-11-15',
      caseNumber: '22/8287',
    });
    expect(m2022.legalBasis.route.map((s) => `${s.body} ${s.date}`)).toEqual([
      'MTU 2022-10-10',
      'ØK 2022-11-08',
      'KB 2022-11-15',
    ]);
  });

  it('has the yearly meeting, coordination group and dialogue forum in 2011, the meeting and a theme meeting per election period in 2022', () => {
    const [m2011, m2022] = norddjursModels();
    expect(m2011?.meetingRules.map((r) => [r.kind, r.cadence.unit, r.scope])).toEqual([
      ['dialogueMeeting', 'perSteeringYear', 'eachOrganisation'],
      ['coordinationGroupMeeting', 'perSteeringYear', 'allOrganisations'],
      ['dialogueForum', 'perSteeringYear', 'allOrganisations'],
    ]);
    expect(m2022?.meetingRules.map((r) => [r.kind, r.cadence.unit, r.scope])).toEqual([
      ['dialogueMeeting', 'perSteeringYear', 'eachOrganisation'],
      ['themeMeeting', 'perElectionPeriod', 'allOrganisations'],
    ]);
    expect(m2011?.meetingRules.find((r) => r.kind === 'dialogueForum')?.requiredParties).toContain(
      'councilMembers',
    );
  });

  it('lets either party ask for relevant officials at the 2022 dialogue meeting', () => {
    const meeting = norddjursModels()[1]!.meetingRules[0]!;
    expect(meeting.optionalParticipants).toEqual([
      { who: 'Relevante embedsmænd efter parternes behov', mayRequest: ['administration', 'organisation'] },
    ]);
    expect(meeting.window).toEqual({ fromMonth: 9, toMonth: 12 });
  });

  it('passes its own schema and validation with the 2022 model decided before it takes effect', () => {
    for (const model of norddjursModels()) {
      expect(parseGovernanceModel(model)).toEqual({ ok: true, model });
      expect(validateModel(model)).toEqual([]);
    }
  });

  it('warns when the 2022 model is made to take effect before the council decided it', () => {
    const m2022 = norddjursModels({ effectiveDate: '2022-10-01' })[1]!;
    expect(validateModel(m2022).map((f) => f.code)).toEqual(['model.decidedAfterValidFrom']);
  });
});
