/**
 * Rules a governance model version must satisfy beyond its shape: the legal floor
 * (almenboligloven § 164, stk. 2–3), consistent validity and unique, well-formed rules — and,
 * across versions, a history without overlaps. Results are findings; nothing throws.
 */
import type { Finding } from '../shared/finding.ts';
import { addDays } from '../shared/iso-date.ts';
import { IDENTIFIER_MESSAGE, IDENTIFIER_PATTERN } from './identifiers.ts';
import { floorDeficiencies, isStatutoryDialogueMeetingRule, RESERVED_RULE_ID_PREFIX } from './legal-floor.ts';
import type { GovernanceModel, MeetingRule } from './types.ts';

const FLOOR = 'almenboligloven § 164';

function error(code: string, message: string, ref: string): Finding {
  return { code, severity: 'error', message, ref };
}
function warning(code: string, message: string, ref: string): Finding {
  return { code, severity: 'warning', message, ref };
}

function ruleFindings(rule: MeetingRule, i: number): Finding[] {
  const at = `meetingRules[${i}]`;
  const out: Finding[] = [];
  if (!IDENTIFIER_PATTERN.test(rule.id))
    out.push(error('rule.invalidId', `Regel-id: ${IDENTIFIER_MESSAGE}`, `${at}.id`));
  if (rule.id.startsWith(RESERVED_RULE_ID_PREFIX)) {
    out.push(
      error('rule.reservedId', `Regel-id må ikke begynde med "${RESERVED_RULE_ID_PREFIX}"`, `${at}.id`),
    );
  }
  if (!IDENTIFIER_PATTERN.test(rule.kind)) {
    out.push(error('rule.invalidKind', `Mødetype: ${IDENTIFIER_MESSAGE}`, `${at}.kind`));
  }
  if (!Number.isInteger(rule.cadence.count) || rule.cadence.count < 1) {
    out.push(
      error('rule.countBelowOne', 'Antal møder skal være et helt tal på mindst 1', `${at}.cadence.count`),
    );
  }
  if (rule.window) {
    const { fromMonth, toMonth } = rule.window;
    for (const [field, value] of [
      ['fromMonth', fromMonth],
      ['toMonth', toMonth],
    ] as const) {
      if (!Number.isInteger(value) || value < 1 || value > 12) {
        out.push(
          error('rule.windowMonthOutOfRange', 'Måneden skal være mellem 1 og 12', `${at}.window.${field}`),
        );
      }
    }
    // A window is a span within one calendar year; the obligation's deadline is its last month.
    if (fromMonth > toMonth) {
      out.push(
        error(
          'rule.windowReversed',
          'Første måned skal ligge før eller være lig sidste måned',
          `${at}.window`,
        ),
      );
    }
  }
  const days = rule.publishMinutes.withinDays;
  if (days !== null && (!Number.isInteger(days) || days < 0)) {
    out.push(
      error(
        'rule.invalidPublicationDeadline',
        'Frist for offentliggørelse skal være et helt antal dage (0 eller flere)',
        `${at}.publishMinutes.withinDays`,
      ),
    );
  }
  // almenboligloven § 164, stk. 2 makes only the yearly dialogue meeting statutory.
  if (rule.statutory && rule.kind !== 'dialogueMeeting') {
    out.push(
      warning(
        'rule.statutoryWithoutLegalBasis',
        `Kun styringsdialogmødet er lovpligtigt efter ${FLOOR}, stk. 2 – er "${rule.label}" virkelig lovpligtigt?`,
        `${at}.statutory`,
      ),
    );
  }
  return out;
}

function legalFloorFindings(model: GovernanceModel): Finding[] {
  const candidates = model.meetingRules
    .map((rule, i) => ({ rule, i }))
    .filter(({ rule }) => isStatutoryDialogueMeetingRule(rule));
  const first = candidates[0];
  if (!first) {
    // almenboligloven § 164, stk. 2: a dialogue meeting every year with each organisation.
    return [
      error(
        'legalFloor.missingYearlyDialogueMeeting',
        `Modellen skal have et lovpligtigt styringsdialogmøde hvert år med hver enkelt boligorganisation (${FLOOR}, stk. 2)`,
        'meetingRules',
      ),
    ];
  }
  const out: Finding[] = [];
  if (candidates.length > 1) {
    out.push(
      warning(
        'legalFloor.multipleStatutoryMeetings',
        'Flere regler beskriver det lovpligtige styringsdialogmøde; saml dem i én regel med det ønskede antal møder',
        'meetingRules',
      ),
    );
  }
  if (candidates.some(({ rule }) => floorDeficiencies(rule).length === 0)) return out;
  const at = `meetingRules[${first.i}]`;
  for (const deficiency of floorDeficiencies(first.rule)) {
    switch (deficiency) {
      case 'minutesNotPublished':
        out.push(
          error(
            'legalFloor.minutesNotPublished',
            `Redegørelsen for styringsdialogen skal offentliggøres på kommunens hjemmeside (${FLOOR}, stk. 2)`,
            `${at}.publishMinutes.required`,
          ),
        );
        break;
      case 'missingParty':
        out.push(
          error(
            'legalFloor.missingParty',
            `Styringsdialogmødet holdes mellem kommunen (forvaltningen) og boligorganisationen – begge skal være parter (${FLOOR}, stk. 2)`,
            `${at}.requiredParties`,
          ),
        );
        break;
      case 'missingDocumentationPackageBasis':
        out.push(
          error(
            'legalFloor.missingDocumentationPackageBasis',
            `Boligorganisationens styringsrapport (dokumentationspakken) skal være grundlaget for mødet (${FLOOR}, stk. 3)`,
            `${at}.basedOnDocumentationPackage`,
          ),
        );
        break;
    }
  }
  return out;
}

/** Every problem with one model version; empty when it is fine. Errors block saving it. */
export function validateModel(model: GovernanceModel): Finding[] {
  const out: Finding[] = [];
  if (model.validTo !== null && model.validFrom > model.validTo) {
    out.push(error('model.validToBeforeValidFrom', '"Gyldig til" ligger før "Gyldig fra"', 'validTo'));
  }
  if (model.legalBasis.decisionDate > model.validFrom) {
    out.push(
      warning(
        'model.decidedAfterValidFrom',
        'Modellen gælder fra en dato før beslutningen blev truffet – er datoerne rigtige?',
        'legalBasis.decisionDate',
      ),
    );
  }
  const seen = new Set<string>();
  model.meetingRules.forEach((rule, i) => {
    if (seen.has(rule.id)) {
      out.push(
        error('rule.duplicateId', `Regel-id "${rule.id}" er brugt mere end én gang`, `meetingRules[${i}].id`),
      );
    }
    seen.add(rule.id);
    out.push(...ruleFindings(rule, i));
  });
  out.push(...legalFloorFindings(model));
  return out;
}

function versionRef(model: GovernanceModel): string {
  return `${model.id} v${model.version}`;
}

/**
 * Checks the versions of one municipality's model(s) together: at most one version in force on
 * any day (the obligation engine relies on it), unique version numbers per model id, and a
 * warning for gaps (only the legal floor applies in a gap).
 */
export function validateModelHistory(models: readonly GovernanceModel[]): Finding[] {
  const out: Finding[] = [];
  const byMunicipality = new Map<string, GovernanceModel[]>();
  for (const m of models)
    byMunicipality.set(m.municipality, [...(byMunicipality.get(m.municipality) ?? []), m]);
  for (const list of byMunicipality.values()) {
    const versionKeys = new Set<string>();
    for (const m of list) {
      const key = `${m.id}#${m.version}`;
      if (versionKeys.has(key)) {
        out.push(
          error(
            'history.duplicateVersion',
            `Version ${m.version} af "${m.name}" findes flere gange`,
            versionRef(m),
          ),
        );
      }
      versionKeys.add(key);
    }
    const sorted = [...list].sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.version - b.version);
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      for (let j = i + 1; j < sorted.length; j++) {
        const b = sorted[j]!;
        if (a.validTo === null || b.validFrom <= a.validTo) {
          out.push(
            error(
              'history.overlap',
              `"${a.name}" version ${a.version} og version ${b.version} gælder samtidig fra ${b.validFrom}`,
              versionRef(b),
            ),
          );
        }
      }
      const next = sorted[i + 1];
      if (next && a.validTo !== null && addDays(a.validTo, 1) < next.validFrom) {
        out.push(
          warning(
            'history.gap',
            `Ingen styringsmodel er i kraft fra ${addDays(a.validTo, 1)} til ${addDays(next.validFrom, -1)}; kun lovens minimum (${FLOOR}, stk. 2-3) gælder`,
            versionRef(next),
          ),
        );
      }
    }
  }
  return out;
}
