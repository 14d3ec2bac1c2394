/**
 * The national picture of one municipality's steering year, from published data only (issue 17
 * #5): with how many of its organisations the statutory dialogue was held (an account of it is
 * published), and how many of those accounts were published on time.
 *
 * - almenboligloven § 164, stk. 2: a dialogue meeting every year with each organisation, and the
 *   council publishes an account of it. Only a published account counts: the operator sees no
 *   municipality's unpublished material.
 * - "On time": published no later than the obligation's deadline (dueBy — the end of the model's
 *   meeting window, else the end of the steering year; obligations/derive-obligations.ts). The
 *   law sets no own deadline for the account [open, domain.md §1].
 */
import type { IsoDate } from '../shared/iso-date.ts';

export interface DialogueObligationFact {
  organisationId: string;
  dueBy: IsoDate;
}

export interface PublishedDialogueAccount {
  organisationId: string;
  publishedOn: IsoDate;
}

export interface NationalPictureRow {
  /** Organisations with a published account of this year's dialogue meeting. */
  held: number;
  /** Organisations the municipality must hold the dialogue with this year. */
  total: number;
  /** Of `held`: accounts published by the deadline. */
  onTime: number;
}

export function nationalPictureRow(
  obligations: readonly DialogueObligationFact[],
  accounts: readonly PublishedDialogueAccount[],
): NationalPictureRow {
  const dueByOrganisation = new Map<string, IsoDate>();
  for (const o of obligations) {
    const known = dueByOrganisation.get(o.organisationId);
    // Several dialogue obligations of one organisation (count > 1): the earliest deadline counts.
    if (!known || o.dueBy < known) dueByOrganisation.set(o.organisationId, o.dueBy);
  }
  const firstPublished = new Map<string, IsoDate>();
  for (const a of accounts) {
    if (!dueByOrganisation.has(a.organisationId)) continue;
    const known = firstPublished.get(a.organisationId);
    if (!known || a.publishedOn < known) firstPublished.set(a.organisationId, a.publishedOn);
  }
  let onTime = 0;
  for (const [organisationId, publishedOn] of firstPublished) {
    if (publishedOn <= (dueByOrganisation.get(organisationId) as IsoDate)) onTime++;
  }
  return { held: firstPublished.size, total: dueByOrganisation.size, onTime };
}
