/**
 * Confidence per extracted field of one case, from how the reader found it: a labelled case
 * number is surer than a bare one, a numbered item title than a title guessed from the line above
 * the first heading, a decision heading naming body and date than a bare "Beslutning" that took
 * them from the page header. The preview highlights everything below "high".
 */
import type { PoliticalCase } from '../../../domain/political-case/types.ts';
import type { FieldSource } from '../import-report.ts';
import type { DraftSources } from './page-drafts.ts';

function range(lines: readonly number[]): { fromLine: number | null; toLine: number | null } {
  if (lines.length === 0) return { fromLine: null, toLine: null };
  return { fromLine: Math.min(...lines), toLine: Math.max(...lines) };
}

export function fieldSources(c: PoliticalCase, s: DraftSources): FieldSource[] {
  const out: FieldSource[] = [];
  const at = (line: number | null) => ({ fromLine: line, toLine: line });
  out.push({
    field: 'title',
    index: null,
    ...at(s.titleLine),
    confidence: c.title === null ? 'low' : s.titleHow === 'fallback' ? 'medium' : 'high',
    note:
      c.title === null
        ? 'Ingen titel fundet.'
        : s.titleHow === 'fallback'
          ? 'Titlen er den linje, der står over første overskrift.'
          : null,
  });
  out.push({
    field: 'caseNumber',
    index: null,
    ...at(s.caseNumberLine),
    confidence: c.caseNumber === null ? 'low' : s.caseNumberLabelled ? 'high' : 'medium',
    note:
      c.caseNumber === null
        ? 'Intet sagsnummer fundet.'
        : s.caseNumberLabelled
          ? null
          : 'Sagsnummeret står uden "Sagsnr.".',
  });
  const unresolved = c.route.some((b) => b.name === null || b.abbreviation === null);
  out.push({
    field: 'route',
    index: null,
    ...range(s.routeLines),
    confidence: c.route.length === 0 ? 'low' : unresolved ? 'medium' : 'high',
    note:
      c.route.length === 0
        ? 'Ingen sagsgang fundet.'
        : unresolved
          ? 'Ikke alle udvalg kendes fra kommunens forkortelser.'
          : null,
  });
  const points = c.recommendation?.points.length ?? 0;
  out.push({
    field: 'recommendation',
    index: null,
    ...range(s.recommendationLines),
    confidence: c.recommendation === null ? 'low' : points > 0 ? 'high' : 'medium',
    note:
      c.recommendation === null
        ? 'Ingen indstilling fundet.'
        : points > 0
          ? null
          : 'Indstillingen har ingen punkter.',
  });
  c.decisions.forEach((d, i) => {
    const where = s.decisions[i];
    const missing =
      d.body.name === null && d.body.abbreviation === null ? 'organ' : d.date === null ? 'dato' : null;
    out.push({
      field: 'decision',
      index: i,
      fromLine: where?.from ?? null,
      toLine: where?.to ?? null,
      confidence: missing ? 'low' : where?.fromMeeting ? 'medium' : 'high',
      note: missing
        ? `Beslutningen mangler ${missing}.`
        : where?.fromMeeting
          ? 'Organ og dato er læst fra mødets sidehoved.'
          : null,
    });
  });
  if (c.decisions.some((d) => d.absences.length > 0))
    out.push({ field: 'absences', index: null, ...range(s.absenceLines), confidence: 'high', note: null });
  return out;
}
