/** Who wrote a party's assessment in the minutes, and when (Minutes.assessmentAuthors). */
import { type AssessmentAuthor, PARTY_LABELS } from '../../../domain/meetings/index.ts';
import { formatInstant } from '../../format.ts';

/** "Skrevet af Bo Hansen (Boligorganisationen), 01-12-2026 kl. 14.05". */
export function AuthorLine(p: { author: AssessmentAuthor | undefined }) {
  if (!p.author) return null;
  return (
    <p class="form-hint">
      Skrevet af {p.author.by} ({PARTY_LABELS[p.author.party]}), {formatInstant(p.author.at)}
    </p>
  );
}
