/**
 * The remembered corrections store on PGlite and PostgreSQL: one rule per municipality, kind and
 * text in any case (the unique index on lower(text) answers a repeat with false, not an error),
 * every kind read back as written, and removal.
 */
import { expect, it } from 'vitest';
import { ensureMunicipality } from '../../../test/support/auth.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { createImportCorrectionStore } from './import-correction-store.ts';

describeEachDatabase('remembered import corrections', (db) => {
  it('stores each kind once per municipality, reads it back, and removes it', async () => {
    await ensureMunicipality(db(), '707');
    const store = createImportCorrectionStore(db());
    const base = { municipality: '707', example: 'Sagsnummer rettet', createdBy: 'system:test' };
    expect(
      await store.addCorrection({
        ...base,
        id: 'ic-1',
        rule: { kind: 'caseNumberLabel', text: 'Sagsreference' },
      }),
    ).toBe(true);
    expect(
      await store.addCorrection({
        ...base,
        id: 'ic-2',
        rule: { kind: 'headingSynonym', text: 'forslag til afgørelse', role: 'recommendation' },
      }),
    ).toBe(true);
    expect(
      await store.addCorrection({
        ...base,
        id: 'ic-3',
        rule: { kind: 'bodyAlias', text: 'TM', abbreviation: 'MTU' },
      }),
    ).toBe(true);
    // The same label in another case is the same rule.
    expect(
      await store.addCorrection({
        ...base,
        id: 'ic-4',
        rule: { kind: 'caseNumberLabel', text: 'SAGSREFERENCE' },
      }),
    ).toBe(false);

    const listed = await store.listCorrections('707');
    expect(listed.map((c) => c.rule)).toEqual([
      { kind: 'caseNumberLabel', text: 'Sagsreference' },
      { kind: 'headingSynonym', text: 'forslag til afgørelse', role: 'recommendation' },
      { kind: 'bodyAlias', text: 'TM', abbreviation: 'MTU' },
    ]);
    expect(await store.getCorrection('ic-3')).toMatchObject({
      municipality: '707',
      example: 'Sagsnummer rettet',
    });
    expect(await store.removeCorrection('ic-3')).toBe(true);
    expect(await store.removeCorrection('ic-3')).toBe(false);
    expect((await store.listCorrections('707')).map((c) => c.id)).toEqual(['ic-1', 'ic-2']);
  });
});
