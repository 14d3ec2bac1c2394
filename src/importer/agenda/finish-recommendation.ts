/**
 * Indstilling from its paragraphs: the lead-in, who recommends, and the numbered points, with
 * wrapped lines joined (domain.md §4; Seed: Norddjurs agenda item 22/8287). Numbering gaps and
 * text after the points are reported, not repaired.
 */
import {
  collapseWhitespace,
  joinParagraphLines,
  joinParagraphs,
} from '../../domain/political-case/case-text.ts';
import { parsePointLine, parseRecommendedBy } from '../../domain/political-case/recommendation-lines.ts';
import type { Recommendation, RecommendationPoint } from '../../domain/political-case/types.ts';
import type { Paragraph } from './case-draft.ts';
import type { ReportBuilder } from './import-report.ts';

export function finishRecommendation(
  paragraphs: readonly Paragraph[],
  report: ReportBuilder,
): Recommendation {
  const intro: string[][] = [];
  const points: { number: number; lines: string[]; line: number }[] = [];
  let warnedTrailing = false;
  for (const paragraph of paragraphs) {
    const introLines: string[] = [];
    // Within a paragraph, unnumbered lines after a point are its wrapped continuation; in a later
    // paragraph they are trailing text, which the type has no place for.
    let inPoint = false;
    for (const line of paragraph) {
      const text = collapseWhitespace(line.text);
      const point = line.literal ? null : parsePointLine(text);
      const last = points.at(-1);
      if (point) {
        // Other agenda systems use bullets: they are numbered in order (domain.md §4: names vary).
        points.push({
          number: point.number ?? (last?.number ?? 0) + 1,
          lines: [point.text],
          line: line.line,
        });
        inPoint = true;
      } else if (last === undefined) {
        introLines.push(text);
      } else {
        if (!inPoint && !warnedTrailing) {
          warnedTrailing = true;
          report.warn(
            line.line,
            'recommendation.textAfterPoints',
            'Der står tekst efter indstillingens nummererede punkter; den er lagt til det sidste punkt.',
          );
        }
        last.lines.push(text);
        inPoint = true;
      }
    }
    if (introLines.length > 0) intro.push(introLines);
  }
  const numbers = points.map((p) => p.number);
  if (numbers.some((n, i) => n !== i + 1)) {
    report.warn(
      points[0]?.line ?? null,
      'recommendation.numbering',
      `Indstillingens punkter er nummereret ${numbers.join(', ')} i stedet for fortløbende fra 1.`,
    );
  }
  const introText = joinParagraphs(intro.map((lines) => joinParagraphLines(lines)));
  const finished: RecommendationPoint[] = points.map((p) => ({
    number: p.number,
    text: collapseWhitespace(p.lines.join(' ')),
  }));
  return { recommendedBy: parseRecommendedBy(introText), intro: introText, points: finished };
}
