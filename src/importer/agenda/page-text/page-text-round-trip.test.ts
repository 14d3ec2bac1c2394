/**
 * Property (issue 16): an agenda page assembled at random — meeting header, one or more items,
 * sections, route, recommendation points, other bodies' decisions and the meeting's own, absences
 * — rendered in any supported layout (.md without markup, .txt, HTML, PDF text) imports back to
 * the same cases, field by field. The content comes from test/support/agenda-content.ts with a
 * seed fast-check draws, the layouts from test/support/agenda-layouts.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inventMeeting } from '../../../../test/support/agenda-content.ts';
import {
  expectedCases,
  LAYOUT_IDS,
  layoutExtension,
  renderLayout,
} from '../../../../test/support/agenda-layouts.ts';
import { emptyTally, scoreCases } from '../../../../test/support/agenda-score.ts';
import { parseAgendaText } from '../parse-agenda-file.ts';
import { parseAgendaHtml } from './parse-agenda-html.ts';

describe('page layouts round-trip', () => {
  it('render → import gives the same title, case number, route, points, decisions and absences', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(...LAYOUT_IDS),
        fc.integer({ min: 1, max: 4 }),
        (seed, layout, items) => {
          const meeting = inventMeeting(seed, layout, items);
          const text = renderLayout(layout, meeting);
          const options = { bodyAbbreviations: meeting.table };
          const ext = layoutExtension(layout);
          const result =
            ext === 'html' ? parseAgendaHtml(text, options) : parseAgendaText(text, options, ext === 'md');
          const misses = scoreCases(expectedCases(layout, meeting), result.cases, emptyTally());
          expect(misses).toEqual([]);
          expect(result.cases).toHaveLength(meeting.cases.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
