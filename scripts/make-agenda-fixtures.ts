/**
 * Writes the invented layout fixtures (test/fixtures/agenda-layouts): for each layout a few
 * meetings from fixed seeds, rendered as the layout prints them, beside the expected JSON taken
 * from the invented content — never from the importer. Run once; the files are committed and
 * hand-edited fixtures live beside them.   npx tsx scripts/make-agenda-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { inventMeeting } from '../test/support/agenda-content.ts';
import { expectedCases, LAYOUT_IDS, layoutExtension, renderLayout } from '../test/support/agenda-layouts.ts';

const dir = new URL('../test/fixtures/agenda-layouts/', import.meta.url);
mkdirSync(dir, { recursive: true });
let written = 0;
LAYOUT_IDS.forEach((layout, l) => {
  for (let k = 0; k < 3; k++) {
    const seed = 1000 + l * 17 + k * 101;
    const meeting = inventMeeting(seed, layout);
    const name = `${layout}-${k + 1}`;
    writeFileSync(new URL(`${name}.${layoutExtension(layout)}`, dir), renderLayout(layout, meeting));
    const expected = {
      layout,
      options: { bodyAbbreviations: meeting.table },
      cases: expectedCases(layout, meeting),
    };
    writeFileSync(new URL(`${name}.expected.json`, dir), `${JSON.stringify(expected, null, 2)}\n`);
    written++;
  }
});
console.log(`${written} fixtures written`);
