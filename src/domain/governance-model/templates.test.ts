import { describe, expect, it } from 'vitest';
import { deriveObligations } from '../obligations/derive-obligations.ts';
import { demoOrganisations } from '../registry/demo-organisations.ts';
import {
  currentTemplates,
  findTemplate,
  MODEL_TEMPLATES,
  type ModelTemplate,
  modelFromTemplate,
  templateDifferences,
} from './templates.ts';
import { validateModel } from './validate-model.ts';

const head = {
  municipality: '707',
  modelId: 'model-707',
  name: 'Styringsdialogen',
  validFrom: '2027-01-01',
  legalBasis: {
    body: 'Kommunalbestyrelsen',
    decisionDate: '2026-12-15',
    caseNumber: '26/1234',
    politicalCaseId: null,
    text: 'Modellen vedtages.',
    route: [],
  },
};

const organisations = demoOrganisations().map((o) => ({ ...o, seatMunicipality: '707' }));

describe('governance model templates', () => {
  it('has four templates, each (id, version) once, each citing almenboligloven § 164', () => {
    expect(currentTemplates().map((t) => t.id)).toEqual([
      'lovkrav',
      'norddjurs-2022',
      'faelles-moeder',
      'politisk-forum',
    ]);
    expect(new Set(MODEL_TEMPLATES.map((t) => `${t.id}#${t.version}`)).size).toBe(MODEL_TEMPLATES.length);
    for (const t of MODEL_TEMPLATES) expect(t.legalBasis).toContain('§ 164');
  });

  it.each(currentTemplates().map((t) => [t.id, t] as [string, ModelTemplate]))(
    '%s makes a valid model that keeps the statutory meeting with each organisation',
    (_id, template) => {
      const model = modelFromTemplate(template, head);
      expect(model.template).toEqual({ id: template.id, version: template.version });
      expect(validateModel(model).filter((f) => f.severity === 'error')).toEqual([]);
      const obligations = deriveObligations({
        municipality: '707',
        models: [model],
        organisations,
        year: 2027,
      });
      const dialogue = obligations.filter((o) => o.kind === 'dialogueMeeting' && o.organisation);
      expect(dialogue.length).toBeGreaterThan(0);
      // Never the engine's fallback: the template itself carries the statutory meeting.
      expect(dialogue.every((o) => o.ruleId === 'dialogueMeeting')).toBe(true);
    },
  );

  it('adds joint meetings in the joint-meetings and political-forum templates', () => {
    const kinds = (id: string) =>
      deriveObligations({
        municipality: '707',
        models: [modelFromTemplate(findTemplate({ id, version: 1 }) as ModelTemplate, head)],
        organisations,
        year: 2027,
      })
        .filter((o) => o.organisation === null)
        .map((o) => o.kind)
        .sort();
    expect(kinds('faelles-moeder')).toEqual(['dialogueForum']);
    expect(kinds('politisk-forum')).toEqual(['boligpolitiskMoede', 'direktoerforum']);
    expect(kinds('lovkrav')).toEqual([]);
  });

  it('shows no differences for a model as made, and each edit after it', () => {
    const template = findTemplate({ id: 'faelles-moeder', version: 1 }) as ModelTemplate;
    const model = modelFromTemplate(template, head);
    expect(templateDifferences(model)).toEqual([]);
    const edited = {
      ...model,
      meetingRules: [
        ...model.meetingRules.map((r) =>
          r.id === 'jointDialogueMeeting' ? { ...r, cadence: { unit: r.cadence.unit, count: 2 } } : r,
        ),
      ],
    };
    const changes = templateDifferences(edited) ?? [];
    expect(changes.map((c) => c.kind)).toEqual(['ruleChanged']);
    expect(changes[0]?.message).toContain('antal møder');
    expect(templateDifferences({ ...model, template: null })).toBeNull();
  });

  it('does not let an edit of the made model change the template', () => {
    const template = findTemplate({ id: 'lovkrav', version: 1 }) as ModelTemplate;
    const model = modelFromTemplate(template, head);
    (model.meetingRules[0] as { label: string }).label = 'Ændret';
    expect(template.meetingRules[0]?.label).toBe('Årligt styringsdialogmøde');
  });
});
