import { describe, expect, it } from 'vitest';
import { INTERNAL_ERROR_CODE, withSafetyNet } from './safety-net.ts';

describe('withSafetyNet', () => {
  it('turns an unexpected exception into a report without cases', () => {
    const result = withSafetyNet('markdown', () => {
      throw new TypeError('defect');
    });
    expect(result.cases).toEqual([]);
    expect(result.report.format).toBe('markdown');
    expect(result.report.warnings).toEqual([
      {
        line: null,
        code: INTERNAL_ERROR_CODE,
        message: expect.stringMatching(/^Dokumentet kunne ikke indlæses/u),
      },
    ]);
  });
});
