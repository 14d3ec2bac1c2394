import { describe, expect, it } from 'vitest';
import { buildLexicon, classifyHeadingLine } from './heading-lexicon.ts';

const lexicon = buildLexicon({ 'vores særlige overskrift': 'route' });

describe('plain-line headings', () => {
  it.each([
    ['Sagsfremstilling', 'knownSection', ''],
    ['SAGSFREMSTILLING:', 'knownSection', ''],
    ['Indstilling om,', 'recommendation', ''],
    ['Sagsgang og sagstype', 'route', ''],
    ['Sagsforløb: BY', 'route', 'BY'],
    ['Forventet sagsgang / KF', 'route', 'KF'],
    ['Høring og sagsgang', 'route', ''],
    ['IndstillingDirektionen indstiller, at', 'recommendation', 'Direktionen indstiller, at'],
    ['Økonomiske konsekvenser', 'knownSection', ''],
    ['Vores særlige overskrift', 'route', ''],
  ])('%s', (line, role, rest) => {
    expect(classifyHeadingLine(line, lexicon)).toMatchObject({ role, rest });
  });

  it.each(['Sagsgangen er kort.', 'Økonomiudvalget', 'Baggrunden for sagen er', 'Bilaget er vedlagt.'])(
    '%s is no heading',
    (line) => {
      expect(classifyHeadingLine(line, lexicon)).toBeNull();
    },
  );
});
