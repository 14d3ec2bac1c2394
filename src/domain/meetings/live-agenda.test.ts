/** The live agenda (issue 13, point 5): follow-up items drawn from the register until sent. */
import { describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  agendaTemplate,
  type FollowUpAgreement,
  refreshFollowUps,
} from './agenda-template.ts';
import type { AgendaItem } from './types.ts';

const agreement = (id: string, statusLabel = 'Aftalt'): FollowUpAgreement => ({
  id,
  text: `Aftale ${id}`,
  objectiveArea: 'letting',
  status: 'notStarted',
  statusLabel,
});
const planned = (agreements: FollowUpAgreement[]): AgendaItem[] =>
  agendaTemplate({ kind: 'dialogueMeeting', openAgreements: agreements });
const ids = (agenda: readonly AgendaItem[]) => agenda.map((i) => i.id);

describe('refreshFollowUps', () => {
  it.each([
    ['an agreement made after planning appears', [], [agreement('a')], ['followUp:a']],
    ['a closed agreement disappears', [agreement('a'), agreement('b')], [agreement('b')], ['followUp:b']],
    ['nothing to follow up', [agreement('a')], [], []],
  ])('%s', (_what, before, now, expected) => {
    const refreshed = refreshFollowUps(planned(before), now);
    expect(ids(refreshed).filter((id) => id.startsWith('followUp:'))).toEqual(expected);
    expect(refreshed[0]?.id).toBe('followUp');
    expect(refreshed[0]?.agreementIds).toEqual(now.map((a) => a.id));
  });

  it("says the status in the register's words", () => {
    const [, item] = refreshFollowUps(planned([]), [agreement('a', 'Aftalt')]);
    expect(item?.description).toBe('Målområde: Udlejning. Status: Aftalt.');
    expect(item?.description).not.toContain('Ikke påbegyndt');
  });

  it("keeps the user's own items, their order and a follow-up item's presenter", () => {
    const withPoint = addAgendaItem(
      planned([agreement('a')]).map((i) => (i.id === 'followUp:a' ? { ...i, assignedTo: 'person:p1' } : i)),
      { title: 'Eget punkt' },
    );
    if (!withPoint.ok) throw new Error(withPoint.message);
    const refreshed = refreshFollowUps(withPoint.agenda, [agreement('a'), agreement('b')]);
    const rest = (agenda: readonly AgendaItem[]) => ids(agenda).filter((id) => !id.startsWith('followUp'));
    expect(rest(refreshed)).toEqual(rest(withPoint.agenda));
    expect(refreshed.find((i) => i.id === 'followUp:a')?.assignedTo).toBe('person:p1');
    expect(refreshed.find((i) => i.id === 'followUp:b')?.assignedTo).toBeNull();
  });

  it('leaves an agenda without the follow-up heading alone', () => {
    const theme = agendaTemplate({ kind: 'themeMeeting' });
    expect(refreshFollowUps(theme, [agreement('a')])).toEqual(theme);
  });
});
