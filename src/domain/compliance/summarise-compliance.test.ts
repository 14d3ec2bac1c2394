import { describe, expect, it } from 'vitest';
import { norddjursModels } from '../governance-model/norddjurs-models.ts';
import { deriveObligations } from '../obligations/derive-obligations.ts';
import { demoRegistry } from '../obligations/test-registry.ts';
import { assessCompliance } from './assess-compliance.ts';
import { summariseCompliance } from './summarise-compliance.ts';
import type { Fact, FactKind } from './types.ts';

const organisations = demoRegistry();
const fact = (obligationId: string, kind: FactKind, date: string, note: string | null = null): Fact => ({
  obligationId,
  kind,
  date,
  ref: null,
  note,
});

function summarise(year: number, facts: Fact[], today: string) {
  const obligations = deriveObligations({
    municipality: '707',
    models: norddjursModels(),
    organisations,
    year,
  });
  const statuses = assessCompliance({ obligations, facts, today });
  return summariseCompliance(obligations, statuses, organisations);
}

describe('summariseCompliance', () => {
  const facts2027 = [
    fact('dialogueMeeting:707:org-a:2027:legalFloor#1', 'meetingHeld', '2027-09-20'),
    fact('dialogueMeeting:707:org-a:2027:legalFloor#1', 'accountPublished', '2027-10-05'),
    fact('dialogueMeeting:707:org-b:2027:legalFloor#1', 'meetingHeld', '2027-11-10'),
    fact('dialogueMeeting:707:org-b:2027:legalFloor#1', 'accountPublished', '2028-01-12'),
    fact('dialogueMeeting:707:org-c:2027:legalFloor#1', 'meetingHeld', '2027-12-01'),
    fact('documentationPackage:707:org-a:2027:legalFloor#1', 'packageReceived', '2027-06-01'),
    fact('documentationPackage:707:org-b:2027:legalFloor#1', 'packageReceived', '2026-10-15'),
    fact('themeMeeting:707:all:2026-2029:themeMeeting#1', 'meetingHeld', '2027-04-22'),
  ];

  it('counts meetings, accounts, packages and the theme meeting for a steering year', () => {
    const [summary, ...rest] = summarise(2027, facts2027, '2028-02-01');
    expect(rest).toEqual([]);
    expect(summary?.steeringYear).toBe(2027);
    expect(summary?.dialogueMeetings).toEqual({
      organisations: 4,
      heldWith: 3,
      notHeldWith: [{ id: 'org-f', name: 'Nyt Boligselskab' }],
      notApplicable: 0,
    });
    expect(summary?.accounts).toEqual({ required: 3, published: 2, onTime: 1, late: 1, outstanding: 1 });
    expect(summary?.packages).toEqual({
      required: 3,
      received: 2,
      late: 1,
      missingFrom: [{ id: 'org-c', name: 'Djurs Administration' }],
    });
    expect(summary?.themeMeeting).toEqual({ periodLabel: '2026-2029', required: 1, held: 1 });
    expect(summary?.sentences).toEqual([
      'Styringsdialogmøde afholdt med 3 af 4 boligorganisationer i styringsår 2027.',
      'Ikke afholdt med: Nyt Boligselskab.',
      'Redegørelse offentliggjort for 2 af 3 afholdte møder (1 rettidigt, 1 for sent).',
      'Dokumentationspakke modtaget fra 2 af 3 boligorganisationer (1 for sent).',
      'Temamøde for kommunalbestyrelsesmedlemmerne (valgperioden 2026-2029): afholdt.',
    ]);
  });

  it('leaves an organisation marked not applicable out of the count and says so', () => {
    const facts = [
      ...facts2027,
      fact('dialogueMeeting:707:org-f:2027:legalFloor#1', 'notApplicable', '2027-08-01', 'Stiftet juni 2027'),
    ];
    const [summary] = summarise(2027, facts, '2028-02-01');
    expect(summary?.dialogueMeetings).toMatchObject({
      organisations: 3,
      heldWith: 3,
      notHeldWith: [],
      notApplicable: 1,
    });
    expect(summary?.sentences[0]).toBe(
      'Styringsdialogmøde afholdt med 3 af 3 boligorganisationer i styringsår 2027.',
    );
    expect(summary?.sentences.at(-1)).toBe('1 boligorganisation er markeret som ikke omfattet i 2027.');
  });

  it('reports the 2011 model’s joint meetings in 2021 and no theme meeting', () => {
    const [summary] = summarise(
      2021,
      [fact('dialogueForum:707:all:2021:dialogueForum#1', 'meetingHeld', '2021-11-30')],
      '2022-01-10',
    );
    expect(summary?.themeMeeting).toBeNull();
    expect(summary?.jointMeetings.map((m) => [m.label, m.held, m.status])).toEqual([
      ['Møde i den administrative koordinationsgruppe', false, 'missed'],
      ['Dialogforum med politisk deltagelse', true, 'met'],
    ]);
    expect(summary?.sentences).toContain('Dialogforum med politisk deltagelse (2021): afholdt.');
    expect(summary?.sentences).toContain(
      'Møde i den administrative koordinationsgruppe (2021): ikke afholdt.',
    );
  });

  it('uses the singular for a single organisation and the registry’s current name', () => {
    const one = [{ ...organisations[0]!, name: 'Nyt navn' }];
    const obligations = deriveObligations({
      municipality: '707',
      models: norddjursModels(),
      organisations: [organisations[0]!],
      year: 2027,
    });
    const [summary] = summariseCompliance(
      obligations,
      assessCompliance({ obligations, facts: [], today: '2027-03-01' }),
      one,
    );
    expect(summary?.sentences.slice(0, 2)).toEqual([
      'Styringsdialogmøde afholdt med 0 af 1 boligorganisation i styringsår 2027.',
      'Ikke afholdt med: Nyt navn.',
    ]);
  });

  it('gives no summary without steering-year obligations', () => {
    expect(summariseCompliance([], [], organisations)).toEqual([]);
  });
});
