import { describe, expect, it } from 'vitest';
import { type OnboardingFacts, onboardingChecklist } from './onboarding-checklist.ts';

const empty: OnboardingFacts = {
  organisations: 0,
  model: null,
  users: 1,
  accessibilityStatementUrl: null,
  privacyNoticeUrl: null,
  meetings: 0,
};

const done = (f: OnboardingFacts) =>
  onboardingChecklist(f)
    .filter((i) => i.done)
    .map((i) => i.step);

describe('onboardingChecklist', () => {
  it('lists every step as missing, with a Danish reason, for a municipality made a moment ago', () => {
    const list = onboardingChecklist(empty);
    expect(list.map((i) => i.step)).toEqual([
      'registry',
      'model',
      'decision',
      'users',
      'notices',
      'meetings',
    ]);
    for (const i of list) {
      expect(i.done).toBe(false);
      expect(i.missing).toMatch(/[a-zæøå]/);
    }
  });

  it.each<[string, Partial<OnboardingFacts>, string[]]>([
    ['registry imported', { organisations: 3 }, ['registry']],
    [
      'a model without a named decision',
      { model: { templateId: 'lovkrav', decisionNamed: false } },
      ['model'],
    ],
    [
      'a model with its decision',
      { model: { templateId: null, decisionNamed: true } },
      ['model', 'decision'],
    ],
    ['the admin alone is not users', { users: 1 }, []],
    ['a second user', { users: 2 }, ['users']],
    ['only one notice link', { accessibilityStatementUrl: 'https://was.digst.dk/x' }, []],
    [
      'both notice links',
      { accessibilityStatementUrl: 'https://was.digst.dk/x', privacyNoticeUrl: 'https://k.dk/p' },
      ['notices'],
    ],
    ['a meeting planned', { meetings: 1 }, ['meetings']],
  ])('%s', (_name, facts, expected) => {
    expect(done({ ...empty, ...facts })).toEqual(expected);
  });

  it('has nothing missing when everything is there', () => {
    const list = onboardingChecklist({
      organisations: 5,
      model: { templateId: 'faelles-moeder', decisionNamed: true },
      users: 4,
      accessibilityStatementUrl: 'https://was.digst.dk/x',
      privacyNoticeUrl: 'https://k.dk/p',
      meetings: 5,
    });
    expect(list.every((i) => i.done && i.missing === null)).toBe(true);
  });
});
