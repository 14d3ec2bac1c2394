import { describe, expect, it } from 'vitest';
import type { ComplianceSummary } from '../compliance/summarise-compliance.ts';
import { NORDDJURS_BODY_ABBREVIATIONS } from './body-abbreviations.ts';
import { orientationAgendaItem } from './orientation-item.ts';
import { politicalCaseToMarkdown } from './to-markdown.ts';

const summary: ComplianceSummary = {
  steeringYear: 2025,
  dialogueMeetings: {
    organisations: 8,
    heldWith: 7,
    notHeldWith: [{ id: 'x', name: 'Nordlyset' }],
    notApplicable: 0,
  },
  accounts: { required: 7, published: 6, onTime: 5, late: 1, outstanding: 1 },
  packages: { required: 8, received: 8, late: 0, missingFrom: [] },
  jointMeetings: [],
  themeMeeting: null,
  sentences: [
    'Styringsdialogmøde afholdt med 7 af 8 boligorganisationer i styringsår 2025.',
    'Ikke afholdt med: Nordlyset.',
  ],
};

const input = {
  year: 2025,
  municipalityName: 'Norddjurs Kommune',
  summary,
  agreements: {
    madeInYear: 3,
    byObjectiveArea: { Udlejning: 2, 'Økonomi og drift': 1 },
    byStatus: { Aftalt: 2, Opfyldt: 1 },
    openFromEarlierYears: 1,
  },
  findings: ['Styringsdialogmøde med Nordlyset (2025): ikke opfyldt'],
  model: {
    name: 'Styringsdialogen i Norddjurs Kommune',
    body: 'Kommunalbestyrelsen',
    decisionDate: '2022-11-15',
    caseNumber: '22/8287',
  },
};

describe('orientationAgendaItem', () => {
  it('words coverage, agreements, findings and the legal basis under the standard sections', () => {
    const item = orientationAgendaItem(input);
    expect(item.title).toBe('Styringsdialog 2025 — orientering');
    expect(item.sections.map((s) => s.heading)).toEqual([
      'Sagsfremstilling',
      'Baggrund',
      'Økonomiske konsekvenser',
    ]);
    const text = item.sections[0]?.text ?? '';
    expect(text).toContain('styringsdialogmøde med 7 af 8 boligorganisationer (88 %)');
    expect(text).toContain('Ikke afholdt med: Nordlyset.');
    expect(text).toContain('indgået 3 aftaler (Udlejning: 2, Økonomi og drift: 1)');
    expect(text).toContain('1 aftale fra tidligere år');
    expect(text).toContain('Opmærksomhedspunkter: Styringsdialogmøde med Nordlyset (2025): ikke opfyldt.');
    expect(item.sections[1]?.text).toContain('vedtaget af Kommunalbestyrelsen den 15-11-2022 (sag 22/8287)');
    expect(item.recommendation?.points).toEqual([
      { number: 1, text: 'orienteringen tages til efterretning.' },
    ]);
  });

  it('says so when no meeting was owed, and leaves out agreements it does not have', () => {
    const item = orientationAgendaItem({
      ...input,
      summary: null,
      agreements: null,
      findings: [],
      model: null,
    });
    expect(item.sections[0]?.text).toContain(
      'Der var ingen styringsdialogmøder at afholde i styringsår 2025.',
    );
    expect(item.sections[0]?.text).not.toContain('aftale');
  });

  it('exports as Markdown in the agenda layout', () => {
    const md = politicalCaseToMarkdown(orientationAgendaItem(input), {
      bodyAbbreviations: NORDDJURS_BODY_ABBREVIATIONS,
    });
    expect(md).toMatch(/^## Styringsdialog 2025 — orientering\n/);
    expect(md).toContain(
      '### **Indstilling**\n\nForvaltningen indstiller, at\n\n1. orienteringen tages til efterretning.',
    );
  });
});
