import { describe, expect, it } from 'vitest';
import { COMPLIANCE_STATUS_LABELS, complianceStatusText } from './labels.ts';

describe('complianceStatusText', () => {
  it.each([
    ['met', false, 'Opfyldt'],
    ['met', true, 'Opfyldt (for sent)'],
    ['due', false, 'Udestående'],
    ['due', true, 'Udestående'],
    ['overdue', false, 'Over frist'],
    ['missed', false, 'Ikke opfyldt'],
    ['notApplicable', false, 'Gælder ikke'],
  ] as const)('words %s (late: %s) as %s', (status, late, text) => {
    expect(complianceStatusText(status, late)).toBe(text);
  });

  it('gives every status its own wording', () => {
    const words = Object.values(COMPLIANCE_STATUS_LABELS);
    expect(new Set(words).size).toBe(words.length);
  });
});
