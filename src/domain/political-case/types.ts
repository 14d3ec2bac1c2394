/**
 * A political case (dagsordenspunkt) as published by a municipality, shaped so it maps onto
 * OParl: the case is a Paper, each body on its route with its decision is a Consultation.
 * Source: domain.md §4; Seed: Norddjurs agenda item 22/8287.
 *
 * Every field the source lacks stays null (or an empty list) — nothing here is ever guessed.
 * This module holds types only; parsing lives in the importer, rules in the helpers beside it.
 */
import type { IsoDate } from '../shared/iso-date.ts';

/** "Åben sag" → open, "Lukket sag" → closed (domain.md §4). */
export type CaseAccess = 'open' | 'closed';

/**
 * A political body (committee or council). Either part may be missing in the source:
 * the route "MTU, ØK, KB" names abbreviations, a decision heading names the body in full;
 * the municipality's abbreviation table fills in the other part when it knows it.
 * OParl: Organization (shortName / name).
 */
export interface BodyRef {
  abbreviation: string | null;
  name: string | null;
}

/** A named section of the case text, heading kept exactly as the source wrote it. */
export interface CaseSection {
  heading: string;
  /** Paragraphs separated by a blank line ("\n\n"); whitespace inside a line collapsed. */
  text: string;
}

/** One numbered point of the recommendation ("1. den politiske deltagelse …"). */
export interface RecommendationPoint {
  number: number;
  text: string;
}

/** Indstilling: who recommends, the lead-in text, then the numbered points (domain.md §4). */
export interface Recommendation {
  /** "Vej- og ejendomschefen" from "Vej- og ejendomschefen indstiller, at …"; null when not named. */
  recommendedBy: string | null;
  /** The lead-in as written, including "… indstiller, at"; paragraphs separated by "\n\n". */
  intro: string;
  points: RecommendationPoint[];
}

/**
 * What a body decided about some points: "Ad. 1. Tiltrådt." → { points: [1], outcome: 'Tiltrådt' }.
 * An overall outcome ("Godkendt.") covers every recommendation point.
 */
export interface DecisionOutcome {
  points: number[];
  /** The outcome text without its final full stop; remarks are kept in full. */
  outcome: string;
}

/** Afbud → apology, Fraværende → absent (domain.md §4). */
export type AbsenceKind = 'apology' | 'absent';

export interface Absence {
  name: string;
  party: string | null;
  kind: AbsenceKind;
}

/** "Beslutning i <body> den <dd-mm-yyyy>": one per body on the route. OParl: Consultation. */
export interface Decision {
  /**
   * The deciding body. Deliberately `name: string | null` (not `string`): a bare "Beslutning"
   * heading names no body, and guessing one from the route is not allowed.
   */
  body: BodyRef;
  date: IsoDate | null;
  outcomes: DecisionOutcome[];
  /** The decision wording, paragraphs separated by "\n\n"; the absence lists are kept apart. */
  text: string;
  absences: Absence[];
}

/** Bilag. OParl: File (title only; the files themselves are not imported here). */
export interface Attachment {
  title: string;
}

/** OParl: Paper (reference = caseNumber, name = title) with its Consultations (decisions). */
export interface PoliticalCase {
  /** Journal number "yy/nnnn", e.g. "22/8287". */
  caseNumber: string | null;
  title: string | null;
  access: CaseAccess | null;
  /** Sagsgang, in order. */
  route: BodyRef[];
  sections: CaseSection[];
  recommendation: Recommendation | null;
  decisions: Decision[];
  attachments: Attachment[];
}
