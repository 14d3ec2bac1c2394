import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  agendaTemplate,
  assignAgendaItem,
  type FollowUpAgreement,
  moveAgendaItem,
  nextAgendaItemId,
  removeAgendaItem,
  reorderAgenda,
} from './agenda-template.ts';
import type { AgendaItem } from './types.ts';

const agreements: FollowUpAgreement[] = [
  { id: 'a-1', text: 'Tomgangen i afd. 3 nedbringes', objectiveArea: 'letting', status: 'inProgress' },
  { id: 'a-2', text: 'Ny vedligeholdelsesplan', objectiveArea: 'economyAndOperations', status: 'completed' },
];

function edited(result: ReturnType<typeof addAgendaItem>): AgendaItem[] {
  if (!result.ok) throw new Error(result.message);
  return result.agenda;
}

describe('agendaTemplate for a dialogue meeting', () => {
  const agenda = agendaTemplate({
    kind: 'dialogueMeeting',
    openAgreements: agreements,
    supervisionTheme: 'Afdelinger med effektivitetstal under 70 %',
    organisationPoints: [{ title: 'Renovering af Stationsvej', description: 'Status på helhedsplanen' }],
  });

  it('follows the yearly cycle: follow-up, the five objective areas, theme, own points, Eventuelt', () => {
    expect(agenda.map((i) => i.title)).toEqual([
      'Opfølgning på sidste års aftaler',
      'Opfølgning: Tomgangen i afd. 3 nedbringes',
      'Opfølgning: Ny vedligeholdelsesplan',
      'Økonomi og drift',
      'Ledelse og beboerdemokrati',
      'Udlejning',
      'Boligafdelinger',
      'Nybyggeri og renovering',
      'Tilsynstema: Afdelinger med effektivitetstal under 70 %',
      'Renovering af Stationsvej',
      'Eventuelt',
    ]);
  });

  it('links each follow-up item to its agreement and says its area and status', () => {
    expect(agenda[0]?.agreementIds).toEqual(['a-1', 'a-2']);
    expect(agenda[1]).toMatchObject({
      id: 'followUp:a-1',
      kind: 'followUp',
      agreementIds: ['a-1'],
      description: 'Målområde: Udlejning. Status: I gang.',
    });
  });

  it('leaves out the supervision theme when there is none and says when nothing is to be followed up', () => {
    const plain = agendaTemplate({ kind: 'dialogueMeeting', supervisionTheme: null });
    expect(plain.some((i) => i.kind === 'supervisionTheme')).toBe(false);
    expect(plain[0]?.description).toBe('Der er ingen aftaler fra sidste år at følge op på.');
    expect(plain).toHaveLength(7);
  });

  it('gives unique ids, even for a repeated agreement', () => {
    const twice = agendaTemplate({
      kind: 'dialogueMeeting',
      openAgreements: [...agreements, agreements[0]!],
    });
    expect(new Set(twice.map((i) => i.id)).size).toBe(twice.length);
  });
});

describe('agendaTemplate for other kinds', () => {
  // Norddjurs KB 15-11-2022, sag 22/8287, pkt. 1: the council members meet the organisations.
  it.each([
    {
      case: 'a theme and two organisations',
      input: {
        theme: 'Anvisning og boligsociale indsatser',
        organisations: [
          { id: 'org-a', name: 'Boligselskabet Djursland', presenter: 'person:p-bo' },
          { id: 'org-b', name: 'Boligforeningen Lyngbakken' },
        ],
      },
      titles: [
        'Velkomst og formål',
        'Tema: Anvisning og boligsociale indsatser',
        'Boligorganisationernes korte præsentationer',
        'Præsentation: Boligselskabet Djursland',
        'Præsentation: Boligforeningen Lyngbakken',
        'Kommunalbestyrelsens drøftelse',
        'Konklusioner – hvad går videre til dialogmøderne',
        'Eventuelt',
      ],
    },
    {
      case: 'no theme, no organisations yet',
      input: {},
      titles: [
        'Velkomst og formål',
        'Oplæg om den almene boligsektor',
        'Boligorganisationernes korte præsentationer',
        'Kommunalbestyrelsens drøftelse',
        'Konklusioner – hvad går videre til dialogmøderne',
        'Eventuelt',
      ],
    },
    {
      case: 'an organisation passed twice and a point asked for',
      input: {
        organisations: [
          { id: 'org-a', name: 'A' },
          { id: 'org-a', name: 'A' },
        ],
        organisationPoints: [{ title: 'Grundkapital' }],
      },
      titles: [
        'Velkomst og formål',
        'Oplæg om den almene boligsektor',
        'Boligorganisationernes korte præsentationer',
        'Præsentation: A',
        'Kommunalbestyrelsens drøftelse',
        'Konklusioner – hvad går videre til dialogmøderne',
        'Grundkapital',
        'Eventuelt',
      ],
    },
  ])('gives a theme meeting its own agenda: $case', ({ input, titles }) => {
    const agenda = agendaTemplate({ kind: 'themeMeeting', ...input });
    expect(agenda.map((i) => i.title)).toEqual(titles);
    expect(new Set(agenda.map((i) => i.id)).size).toBe(agenda.length);
    expect(agenda.some((i) => i.kind === 'followUp' || i.kind === 'objectiveArea')).toBe(false);
  });

  it('lets the organisation presenting itself present its item', () => {
    const agenda = agendaTemplate({
      kind: 'themeMeeting',
      organisations: [{ id: 'org-a', name: 'A', presenter: 'person:p-bo' }],
    });
    expect(agenda.find((i) => i.id === 'presentations:org-a')?.assignedTo).toBe('person:p-bo');
  });

  it('gives a dialogue forum the joint-meeting agenda without objective areas', () => {
    const forum = agendaTemplate({ kind: 'dialogueForum' });
    expect(forum.map((i) => i.title)).toEqual([
      'Velkomst',
      'Nyt fra forvaltningen',
      'Nyt fra boligorganisationerne',
      'Eventuelt',
    ]);
  });
});

describe('editing an agenda', () => {
  const base = agendaTemplate({ kind: 'themeMeeting' }).filter((i) =>
    ['welcome', 'presentation', 'discussion', 'anyOtherBusiness'].includes(i.id),
  );

  it('adds a new item just before Eventuelt with the next free id', () => {
    const added = edited(addAgendaItem(base, { title: ' Budget 2028 ' }));
    expect(added.map((i) => i.title).slice(-2)).toEqual(['Budget 2028', 'Eventuelt']);
    expect(added.at(-2)?.id).toBe('item-1');
    expect(nextAgendaItemId(added)).toBe('item-2');
    expect(base).toHaveLength(4);
  });

  it('refuses an item without a title', () => {
    expect(addAgendaItem(base, { title: ' ' })).toEqual({ ok: false, message: 'Punktet skal have en titel' });
  });

  it('moves and reorders without losing items, and refuses an order that is not a permutation', () => {
    const moved = edited(moveAgendaItem(base, 'anyOtherBusiness', 0));
    expect(moved.map((i) => i.id)).toEqual(['anyOtherBusiness', 'welcome', 'presentation', 'discussion']);
    const reordered = edited(
      reorderAgenda(base, ['discussion', 'welcome', 'presentation', 'anyOtherBusiness']),
    );
    expect(reordered[0]?.id).toBe('discussion');
    expect(reorderAgenda(base, ['welcome', 'welcome', 'presentation', 'anyOtherBusiness']).ok).toBe(false);
    expect(reorderAgenda(base, ['welcome']).ok).toBe(false);
  });

  it('assigns an item to a participant on the meeting only', () => {
    const assigned = edited(assignAgendaItem(base, 'presentation', 'person:p-bo', ['person:p-bo']));
    expect(assigned.find((i) => i.id === 'presentation')?.assignedTo).toBe('person:p-bo');
    expect(assignAgendaItem(base, 'presentation', 'person:x', ['person:p-bo'])).toEqual({
      ok: false,
      message: 'Personen deltager ikke i mødet',
    });
    expect(
      edited(assignAgendaItem(assigned, 'presentation', null)).find((i) => i.id === 'presentation')
        ?.assignedTo,
    ).toBeNull();
  });

  it('removes an item', () => {
    expect(edited(removeAgendaItem(base, 'discussion')).map((i) => i.id)).not.toContain('discussion');
    expect(removeAgendaItem(base, 'nope').ok).toBe(false);
  });

  it('keeps the same set of items under any sequence of moves', () => {
    const dialogue = agendaTemplate({
      kind: 'dialogueMeeting',
      openAgreements: agreements,
      supervisionTheme: 'X',
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: dialogue.length - 1 }), fc.nat({ max: dialogue.length - 1 }))),
        (moves) => {
          let agenda = dialogue;
          for (const [from, to] of moves) {
            const id = agenda[from]!.id;
            agenda = edited(moveAgendaItem(agenda, id, to));
            expect(agenda[to]?.id).toBe(id);
          }
          expect([...agenda].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
            [...dialogue].sort((a, b) => a.id.localeCompare(b.id)),
          );
        },
      ),
    );
  });
});
