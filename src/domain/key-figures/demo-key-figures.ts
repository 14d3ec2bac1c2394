/**
 * Invented but plausible key figures 2019–2026 for the demo's departments (source `demo`, shown
 * as demo data), and national medians for comparison. Deterministic: the same figures on every
 * start. Levels follow the ranges Landsbyggefonden's published figures show for family
 * departments (rent 800–1,100 kr./m²/year, move-out 8–18 %, vacancy mostly under 1 %), and a
 * few departments are made to cross the default flag thresholds so the briefing has something
 * to flag.
 */
import { DEMO_ORGANISATION_IDS, demoDepartments } from '../registry/demo-organisations.ts';
import type { KeyFigure } from './types.ts';

export const DEMO_KEY_FIGURE_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026] as const;

/** A stable number in [0, 1) from a text (FNV-1a), so the demo is the same on every start. */
function noise(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 2 ** 32;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Departments given a weak efficiency score or high vacancy, so the briefing shows flags. */
const WEAK = new Set(['dep-djurslandsbo-9', 'dep-grenaa-almene-8', 'dep-nordlyset-7']);
/** Departments covered by a boligsocial helhedsplan in the demo. */
const PROGRAMME = new Set(['dep-djurslandsbo-9', 'dep-grenaa-almene-8']);

export function demoKeyFigures(): KeyFigure[] {
  const out: KeyFigure[] = [];
  const add = (f: Omit<KeyFigure, 'source'>) => out.push({ ...f, source: 'demo' });
  const activeOrganisations = new Set<string>(
    Object.values(DEMO_ORGANISATION_IDS).filter((id) => id !== DEMO_ORGANISATION_IDS.auningAlmene),
  );
  for (const d of demoDepartments()) {
    if (!activeOrganisations.has(d.organisationId)) continue;
    const base = (code: string) => noise(`${d.id}:${code}`);
    for (const year of DEMO_KEY_FIGURE_YEARS) {
      const t = year - 2019;
      const wobble = (code: string) => noise(`${d.id}:${code}:${year}`) - 0.5;
      const weak = WEAK.has(d.id);
      const f = (code: string, value: number, unit: string) =>
        add({ organisationId: d.organisationId, departmentId: d.id, steeringYear: year, code, value, unit });
      f('boliger', d.homes, 'antal');
      f('husleje_m2', Math.round((820 + 220 * base('rent')) * 1.024 ** t), 'kr./m²/år');
      f(
        'tomgang_pct',
        round1(Math.max(0, (weak ? 1.6 : 0.4) + 0.8 * base('vac') + 0.6 * wobble('vac'))),
        '%',
      );
      f(
        'tomgang_mdr',
        round1(Math.max(0.2, (weak ? 2.5 : 0.8) + base('vacm') + 0.8 * wobble('vacm'))),
        'måneder',
      );
      f(
        'fraflytning_pct',
        round1((d.kind === 'youth' ? 28 : 9) + 8 * base('move') + 3 * wobble('move')),
        '%',
      );
      f('henlaeggelser_m2', Math.round((90 + 110 * base('prov')) * 1.03 ** t), 'kr./m²');
      f(
        'effektivitetstal',
        Math.round(
          weak ? 58 + 10 * base('eff') + 4 * wobble('eff') + t : 72 + 26 * base('eff') + 4 * wobble('eff'),
        ),
        '%',
      );
      f(
        'klager',
        Math.round(
          Math.max(0, (d.homes / 60) * (weak ? 3 : 1) * (0.5 + base('compl')) + 2 * wobble('compl')),
        ),
        'antal',
      );
      f('lejerestancer_pct', round1(0.4 + 1.6 * base('arrears') + 0.4 * wobble('arrears')), '%');
      if (PROGRAMME.has(d.id) && year >= 2021) f('helhedsplan', 1, 'ja/nej');
      if (base('reno') > 0.8 && year >= 2024)
        f('renovering_mio', round1(10 + 60 * base('renoamount')), 'mio. kr.');
    }
  }
  // New building in the pipeline, at organisation level.
  for (const [organisationId, homes] of [
    [DEMO_ORGANISATION_IDS.djurslandsbo, 48],
    [DEMO_ORGANISATION_IDS.lyngbakken, 24],
  ] as const) {
    for (const year of [2025, 2026]) {
      add({
        organisationId,
        departmentId: null,
        steeringYear: year,
        code: 'nybyggeri_boliger',
        value: homes,
        unit: 'antal',
      });
    }
  }
  // National medians (organisation level), invented in the same ranges.
  for (const year of DEMO_KEY_FIGURE_YEARS) {
    const t = year - 2019;
    const national = (code: string, value: number, unit: string) =>
      add({ organisationId: null, departmentId: null, steeringYear: year, code, value, unit });
    national('husleje_m2', Math.round(905 * 1.025 ** t), 'kr./m²/år');
    national('tomgang_pct', round1(0.6 + 0.1 * Math.sin(t)), '%');
    national('fraflytning_pct', round1(13.2 - 0.2 * t), '%');
    national('henlaeggelser_m2', Math.round(135 * 1.03 ** t), 'kr./m²');
    national('effektivitetstal', Math.round(80 + t / 2), '%');
  }
  return out;
}
