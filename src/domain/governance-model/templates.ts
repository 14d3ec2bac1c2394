/**
 * Governance model templates as data (issue 17 #3): a new municipality starts its model from
 * one of these instead of writing rules from scratch. Each template is versioned — a template
 * is never changed, a changed template is a new version — and cites the legal basis it rests on.
 * A model made from a template keeps the link (`GovernanceModel.template`), so the differences
 * between the municipality's model and its template can be shown (`templateDifferences`).
 *
 * Every template carries the statutory yearly dialogue meeting with each organisation
 * (almenboligloven § 164, stk. 2–3): the local meetings come on top of it, never instead of it.
 */
import { diffModels, type ModelChange } from './diff-models.ts';
import { LEGAL_FLOOR_BASIS, LEGAL_FLOOR_DIALOGUE_MEETING_RULE } from './legal-floor.ts';
import { norddjursModels } from './norddjurs-models.ts';
import type { GovernanceModel, LegalBasis, MeetingRule, ModelTemplateRef } from './types.ts';

export interface ModelTemplate {
  id: string;
  version: number;
  /** Danish, shown when choosing. */
  name: string;
  /** Danish: what kind of municipality the template fits. */
  description: string;
  /** The legal basis the template rests on, as text. */
  legalBasis: string;
  meetingRules: MeetingRule[];
}

// domain.md §2 [practice]: meetings are held from September to December.
const SEPTEMBER_TO_DECEMBER = { fromMonth: 9, toMonth: 12 };

/** The statutory meeting under a municipality's own rule id ("legalFloor…" is reserved). */
function statutoryMeeting(basis: string, window: MeetingRule['window']): MeetingRule {
  return {
    ...LEGAL_FLOOR_DIALOGUE_MEETING_RULE,
    id: 'dialogueMeeting',
    label: 'Årligt styringsdialogmøde',
    basis,
    window,
  };
}

function jointRule(
  rule: Pick<MeetingRule, 'id' | 'kind' | 'label' | 'cadence' | 'requiredParties' | 'basis'>,
): MeetingRule {
  return {
    ...rule,
    scope: 'allOrganisations',
    optionalParticipants: [],
    statutory: false,
    publishMinutes: { required: false, withinDays: null },
    window: null,
    basedOnDocumentationPackage: false,
  };
}

const NORDDJURS_2022 = norddjursModels()[1] as GovernanceModel;

export const MODEL_TEMPLATES: readonly ModelTemplate[] = [
  {
    id: 'lovkrav',
    version: 1,
    name: 'Lovkravet alene',
    description:
      'Kun det lovpligtige: ét årligt styringsdialogmøde med hver boligorganisation på grundlag af dokumentationspakken og en offentliggjort redegørelse.',
    legalBasis: LEGAL_FLOOR_BASIS,
    meetingRules: [statutoryMeeting(LEGAL_FLOOR_BASIS, null)],
  },
  {
    id: 'norddjurs-2022',
    version: 1,
    name: 'Norddjurs-modellen (2022)',
    description:
      'Årlige styringsdialogmøder, som kan suppleres med relevante embedsmænd, og et temamøde for kommunalbestyrelsen én gang i valgperioden.',
    // Norddjurs KB 15-11-2022, sag 22/8287.
    legalBasis: `${LEGAL_FLOOR_BASIS}; Norddjurs KB 15-11-2022, sag 22/8287`,
    meetingRules: NORDDJURS_2022.meetingRules,
  },
  {
    id: 'faelles-moeder',
    version: 1,
    name: 'Fælles møder med alle boligorganisationer',
    description:
      'Som i Greve og Aabenraa: et årligt fælles dialogmøde med alle boligorganisationer sammen, ud over (eller som ramme om) det lovpligtige møde med hver organisation.',
    legalBasis: `${LEGAL_FLOOR_BASIS}; kommunalbestyrelsens beslutning om fælles dialogmøder (praksis i Greve og Aabenraa Kommuner)`,
    meetingRules: [
      statutoryMeeting(LEGAL_FLOOR_BASIS, SEPTEMBER_TO_DECEMBER),
      jointRule({
        id: 'jointDialogueMeeting',
        kind: 'dialogueForum',
        label: 'Fælles dialogmøde med alle boligorganisationer',
        cadence: { unit: 'perSteeringYear', count: 1 },
        requiredParties: ['administration', 'organisation'],
        basis: 'Kommunalbestyrelsens styringsmodel (fælles dialogmøder)',
      }),
    ],
  },
  {
    id: 'politisk-forum',
    version: 1,
    name: 'Direktørforum og årligt boligpolitisk møde',
    description:
      'Som i Slagelse: de lovpligtige møder, et direktørforum for boligorganisationernes ledelse og forvaltningen og et årligt boligpolitisk møde med politisk deltagelse.',
    legalBasis: `${LEGAL_FLOOR_BASIS}; kommunalbestyrelsens beslutning om direktørforum og boligpolitisk møde (praksis i Slagelse Kommune)`,
    meetingRules: [
      statutoryMeeting(LEGAL_FLOOR_BASIS, SEPTEMBER_TO_DECEMBER),
      jointRule({
        id: 'directorsForum',
        kind: 'direktoerforum',
        label: 'Direktørforum',
        cadence: { unit: 'perSteeringYear', count: 1 },
        requiredParties: ['administration', 'organisation'],
        basis: 'Kommunalbestyrelsens styringsmodel (direktørforum)',
      }),
      jointRule({
        id: 'politicalHousingMeeting',
        kind: 'boligpolitiskMoede',
        label: 'Årligt boligpolitisk møde',
        cadence: { unit: 'perCalendarYear', count: 1 },
        requiredParties: ['councilMembers', 'organisation', 'administration'],
        basis: 'Kommunalbestyrelsens styringsmodel (boligpolitisk møde)',
      }),
    ],
  },
];

/** The newest version of every template, in the order above. */
export function currentTemplates(): ModelTemplate[] {
  const newest = new Map<string, ModelTemplate>();
  for (const t of MODEL_TEMPLATES) {
    const known = newest.get(t.id);
    if (!known || t.version > known.version) newest.set(t.id, t);
  }
  return [...newest.values()];
}

export function findTemplate(ref: ModelTemplateRef): ModelTemplate | null {
  return MODEL_TEMPLATES.find((t) => t.id === ref.id && t.version === ref.version) ?? null;
}

export interface ModelHead {
  municipality: string;
  modelId: string;
  name: string;
  validFrom: string;
  legalBasis: LegalBasis;
}

/** A municipality's first model version made from the template, keeping the link to it. */
export function modelFromTemplate(template: ModelTemplate, head: ModelHead): GovernanceModel {
  return {
    id: head.modelId,
    municipality: head.municipality,
    name: head.name,
    version: 1,
    validFrom: head.validFrom,
    validTo: null,
    legalBasis: head.legalBasis,
    meetingRules: structuredClone(template.meetingRules),
    template: { id: template.id, version: template.version },
  };
}

/**
 * What the municipality's model changed compared with the template it was made from: rules
 * added, removed or changed (the head — name, dates, decision — is the municipality's own and
 * not compared). Null when the model was not made from a template.
 */
export function templateDifferences(model: GovernanceModel): ModelChange[] | null {
  if (!model.template) return null;
  const template = findTemplate(model.template);
  if (!template) return null;
  const asTemplate: GovernanceModel = { ...model, meetingRules: template.meetingRules };
  return diffModels(asTemplate, model);
}
