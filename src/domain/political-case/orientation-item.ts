/**
 * The draft agenda item for the council's yearly orientation on the governance dialogue
 * ("Styringsdialog <år> — orientering"), as a PoliticalCase so that it is written out by the same
 * Markdown export as imported cases and can be pasted into the municipality's agenda system.
 *
 * Pure: the use case gathers the year's compliance summary, agreements and findings; this module
 * only words them. It is a draft for the case officer: no case number, no route, no decisions —
 * those belong to the agenda system. It does not judge anything the summary does not say.
 */
import type { ComplianceSummary } from '../compliance/summarise-compliance.ts';
import { danishDate } from '../shared/iso-date.ts';
import type { PoliticalCase } from './types.ts';

export interface OrientationAgreements {
  /** Agreements made at the year's meetings. */
  madeInYear: number;
  /** Of those, per Danish objective area label ("Økonomi og drift": 2). */
  byObjectiveArea: Record<string, number>;
  /** Agreements from earlier years still open (agreed or in progress). */
  openFromEarlierYears: number;
  /** Per Danish status label, all agreements made in the year ("Opfyldt": 1). */
  byStatus: Record<string, number>;
}

export interface OrientationInput {
  year: number;
  municipalityName: string;
  /** The year's compliance summary (summariseCompliance); null when no obligation was owed. */
  summary: ComplianceSummary | null;
  /** Null when the agreements are not available. */
  agreements: OrientationAgreements | null;
  /** Findings worth the council's attention (missed or overdue obligations), already worded. */
  findings: string[];
  /** The model in force during the year, with its legal basis. */
  model: {
    name: string;
    body: string;
    decisionDate: string;
    caseNumber: string | null;
  } | null;
}

function counts(record: Record<string, number>): string {
  return Object.entries(record)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label}: ${n}`)
    .join(', ');
}

function coverageParagraph(input: OrientationInput): string[] {
  const s = input.summary;
  if (!s) return [`Der var ingen styringsdialogmøder at afholde i styringsår ${input.year}.`];
  const d = s.dialogueMeetings;
  // almenboligloven § 164, stk. 2: a dialogue meeting every year with each organisation.
  const lines = [
    `I styringsår ${input.year} er der afholdt styringsdialogmøde med ${d.heldWith} af ${d.organisations} ` +
      `boligorganisationer (${d.organisations === 0 ? 0 : Math.round((100 * d.heldWith) / d.organisations)} %).`,
  ];
  // The summary's own sentences after the first (which repeats the coverage) carry the rest.
  lines.push(...s.sentences.slice(1));
  return [lines.join(' ')];
}

function agreementsParagraph(a: OrientationAgreements | null, year: number): string[] {
  if (!a) return [];
  if (a.madeInYear === 0 && a.openFromEarlierYears === 0)
    return [`Der er ikke indgået aftaler på styringsdialogmøderne i ${year}.`];
  const parts = [
    `På møderne i ${year} er der indgået ${a.madeInYear} ${a.madeInYear === 1 ? 'aftale' : 'aftaler'}` +
      (a.madeInYear > 0 ? ` (${counts(a.byObjectiveArea)}).` : '.'),
  ];
  if (a.madeInYear > 0 && counts(a.byStatus) !== '')
    parts.push(`Status for årets aftaler: ${counts(a.byStatus)}.`);
  if (a.openFromEarlierYears > 0)
    parts.push(
      `${a.openFromEarlierYears} ${a.openFromEarlierYears === 1 ? 'aftale' : 'aftaler'} fra tidligere år ` +
        `er endnu ikke afsluttet og følges op på næste års møder.`,
    );
  return [parts.join(' ')];
}

function findingsParagraph(findings: readonly string[]): string[] {
  if (findings.length === 0) return [];
  return [`Opmærksomhedspunkter: ${findings.map((f) => f.replace(/\.$/, '')).join('; ')}.`];
}

function backgroundParagraphs(input: OrientationInput): string[] {
  const out = [
    'Efter almenboligloven § 164, stk. 2, fører kommunalbestyrelsen tilsyn med de almene boligorganisationer ' +
      'og sikrer, at der hvert år afholdes et styringsdialogmøde med hver boligorganisation. Kommunalbestyrelsen ' +
      'offentliggør en redegørelse for dialogen på kommunens hjemmeside. Grundlaget for møderne er ' +
      'boligorganisationernes styringsrapporter (§ 164, stk. 3).',
  ];
  const m = input.model;
  if (m) {
    out.push(
      `Styringsdialogen i ${input.municipalityName} følger modellen "${m.name}", vedtaget af ${m.body} ` +
        `den ${danishDate(m.decisionDate)}${m.caseNumber ? ` (sag ${m.caseNumber})` : ''}.`,
    );
  }
  return out;
}

/** The draft orientation item of `input.year`. */
export function orientationAgendaItem(input: OrientationInput): PoliticalCase {
  const presentation = [
    `Kommunalbestyrelsen orienteres hermed om styringsdialogen med de almene boligorganisationer i ` +
      `${input.municipalityName} for styringsår ${input.year}.`,
    ...coverageParagraph(input),
    ...agreementsParagraph(input.agreements, input.year),
    ...findingsParagraph(input.findings),
  ];
  return {
    caseNumber: null,
    title: `Styringsdialog ${input.year} — orientering`,
    // Case number and access are the agenda system's to give.
    access: null,
    route: [],
    sections: [
      { heading: 'Sagsfremstilling', text: presentation.join('\n\n') },
      { heading: 'Baggrund', text: backgroundParagraphs(input).join('\n\n') },
      { heading: 'Økonomiske konsekvenser', text: 'Ingen økonomiske konsekvenser.' },
    ],
    recommendation: {
      recommendedBy: 'Forvaltningen',
      intro: 'Forvaltningen indstiller, at',
      points: [{ number: 1, text: 'orienteringen tages til efterretning.' }],
    },
    decisions: [],
    attachments: [],
  };
}
