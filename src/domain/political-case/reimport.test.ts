import { describe, expect, it } from 'vitest';
import { findReimportTarget, mergeReimport } from './reimport.ts';
import type { PoliticalCase } from './types.ts';

const base: PoliticalCase = {
  caseNumber: '22/8287',
  title: 'Ændret praksis for afholdelse af dialogforum',
  access: 'open',
  route: [],
  sections: [],
  recommendation: null,
  decisions: [
    {
      body: { abbreviation: 'ØK', name: 'Økonomiudvalget' },
      date: '2022-11-08',
      outcomes: [],
      text: '',
      absences: [],
    },
    {
      body: { abbreviation: 'KB', name: 'Kommunalbestyrelsen' },
      date: '2022-11-15',
      outcomes: [],
      text: '',
      absences: [],
    },
  ],
  attachments: [],
};
const fromPdf: PoliticalCase = {
  ...base,
  caseNumber: null,
  access: null,
  title: ' Ændret  praksis for afholdelse af dialogforum',
};

describe('findReimportTarget', () => {
  it('matches a case number within the stored cases', () => {
    expect(findReimportTarget(base, [{ id: 'a', politicalCase: { ...base, title: 'Andet' } }])).toBe('a');
    expect(
      findReimportTarget({ ...base, caseNumber: '22/9999' }, [{ id: 'a', politicalCase: base }]),
    ).toBeNull();
  });

  it('matches a case without a number by title and decisions, whitespace aside', () => {
    expect(findReimportTarget(fromPdf, [{ id: 'a', politicalCase: base }])).toBe('a');
  });

  it('treats a case without a number as new when the decisions differ or two cases fit', () => {
    const otherDate = { ...fromPdf, decisions: fromPdf.decisions.slice(0, 1) };
    expect(findReimportTarget(otherDate, [{ id: 'a', politicalCase: base }])).toBeNull();
    expect(
      findReimportTarget(fromPdf, [
        { id: 'a', politicalCase: base },
        { id: 'b', politicalCase: { ...base, caseNumber: '23/1' } },
      ]),
    ).toBeNull();
    expect(
      findReimportTarget({ ...fromPdf, decisions: [] }, [
        { id: 'a', politicalCase: { ...base, decisions: [] } },
      ]),
    ).toBeNull();
  });
});

describe('mergeReimport', () => {
  it('keeps the stored case number and access when the new source has none', () => {
    const merged = mergeReimport(base, fromPdf);
    expect([merged.caseNumber, merged.access, merged.title]).toEqual(['22/8287', 'open', fromPdf.title]);
  });

  it('takes the new case number and access when given', () => {
    const merged = mergeReimport(base, { ...base, access: 'closed' });
    expect(merged.access).toBe('closed');
  });
});
