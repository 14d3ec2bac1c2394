import { describe, expect, it } from 'vitest';
import { parseAbsenceLine } from './absence-lines.ts';

describe('absence lines', () => {
  it.each([
    ['Afbud: Jens Hansen (A)', 'Afbud: Jens Hansen (A)', null],
    ['Fraværende:', 'Fraværende:', null],
    ['Lone Krog (V) havde meldt afbud.', 'Afbud: Lone Krog (V)', null],
    ['Ib Holm (A) og Åse Bak (C) var fraværende.', 'Fraværende: Ib Holm (A), Åse Bak (C)', null],
    ['Ikke til stede: Kurt Lykke (A)', 'Fraværende: Kurt Lykke (A)', null],
    ['Fraværende- Lise Vang ()', 'Fraværende: Lise Vang', null],
    [
      'Fraværende: Henrik Mols (C) deltog ikke i sag 94-106',
      'Fraværende: Henrik Mols (C)',
      { from: 94, to: 106 },
    ],
  ])('%s', (line, canonical, items) => {
    expect(parseAbsenceLine(line)).toMatchObject({ canonical, items });
  });

  it.each([
    'Fraværende var også borgmesteren, som deltog senere.',
    'Afbudslisten ligger i bilag',
    'Godkendt.',
  ])('%s is no absence', (line) => {
    expect(parseAbsenceLine(line)).toBeNull();
  });
});
