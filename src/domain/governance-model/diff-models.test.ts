import { describe, expect, it } from 'vitest';
import { alignRules, diffModels } from './diff-models.ts';
import { norddjursModels } from './norddjurs-models.ts';
import { aModel, aRule } from './test-models.ts';

describe('diffModels', () => {
  it('finds nothing between a model and itself', () => {
    for (const m of norddjursModels()) expect(diffModels(m, m)).toEqual([]);
  });

  it('ignores the version number', () => {
    expect(diffModels(aModel(), aModel({ version: 7 }))).toEqual([]);
  });

  it('shows the 2011 → 2022 Norddjurs change: two rules dropped, the theme meeting added, the meeting changed', () => {
    const [m2011, m2022] = norddjursModels();
    const changes = diffModels(m2011!, m2022!);
    const rules = changes
      .filter((c) => c.kind !== 'modelChanged')
      .map((c) => [c.kind, 'ruleId' in c ? c.ruleId : '']);
    expect(rules).toEqual([
      ['ruleChanged', 'dialogueMeeting'],
      ['ruleRemoved', 'coordinationGroupMeeting'],
      ['ruleRemoved', 'dialogueForum'],
      ['ruleAdded', 'themeMeeting'],
    ]);
    const meeting = changes.find((c) => c.kind === 'ruleChanged');
    expect(meeting?.kind === 'ruleChanged' && meeting.changes.map((f) => f.path)).toEqual([
      'optionalParticipants',
      'basis',
    ]);
    const head = changes
      .filter((c) => c.kind === 'modelChanged')
      .map((c) => (c.kind === 'modelChanged' ? c.change.path : ''));
    expect(head).toEqual([
      'validFrom',
      'validTo',
      'legalBasis.decisionDate',
      'legalBasis.caseNumber',
      'legalBasis.text',
      'legalBasis.route',
    ]);
    expect(changes.find((c) => c.kind === 'ruleAdded')?.message).toBe(
      'Regel tilføjet: Temamøde for kommunalbestyrelsesmedlemmerne',
    );
  });

  it('reports nested fields with their path and Danish name, and a window appearing as one change', () => {
    const a = aModel({ meetingRules: [aRule({ window: null })] });
    const b = aModel({
      meetingRules: [
        aRule({ window: { fromMonth: 9, toMonth: 11 }, cadence: { unit: 'perSteeringYear', count: 2 } }),
      ],
    });
    const [change] = diffModels(a, b);
    expect(change?.kind).toBe('ruleChanged');
    if (change?.kind === 'ruleChanged') {
      expect(change.changes).toEqual([
        { path: 'cadence.count', field: 'Antal møder', before: 1, after: 2 },
        { path: 'window', field: 'Tidsvindue', before: null, after: { fromMonth: 9, toMonth: 11 } },
      ]);
      expect(change.message).toBe('Regel ændret: Årligt styringsdialogmøde (antal møder, tidsvindue)');
    }
  });

  it('treats a renamed rule id as one rule removed and one added', () => {
    const changes = diffModels(aModel(), aModel({ meetingRules: [aRule({ id: 'styringsdialog' })] }));
    expect(changes.map((c) => c.kind)).toEqual(['ruleRemoved', 'ruleAdded']);
  });
});

describe('alignRules', () => {
  it('pairs rules by id for the side-by-side view', () => {
    const [m2011, m2022] = norddjursModels();
    expect(alignRules(m2011!, m2022!).map((r) => [r.ruleId, r.before !== null, r.after !== null])).toEqual([
      ['dialogueMeeting', true, true],
      ['coordinationGroupMeeting', true, false],
      ['dialogueForum', true, false],
      ['themeMeeting', false, true],
    ]);
  });
});
