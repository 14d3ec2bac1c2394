import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { CheckboxField, ChoiceGroup } from './form.tsx';

describe('DKFDS 11 checkboxes and radios', () => {
  it('puts each checkbox and its label in its own .form-group-checkbox, the label right after the input', () => {
    const html = renderToString(
      <CheckboxField
        state={{ values: { board: 'true' }, errors: [] }}
        name="board"
        label="Afdelingsbestyrelse"
      />,
    );
    expect(html).toContain('<input type="hidden" name="board" value="false"/>');
    expect(html).toMatch(
      /<div class="form-group-checkbox"><input id="field-board" type="checkbox" name="board" value="true" class="form-checkbox" checked\/><label class="form-label" for="field-board">Afdelingsbestyrelse<\/label><\/div>/,
    );
  });

  it('renders a group as a fieldset with legend, visible error and one wrapper per option', () => {
    const state = { values: { kind: 'b' }, errors: [{ field: 'kind', message: 'Vælg en type' }] };
    const radios = renderToString(
      <ChoiceGroup
        kind="radio"
        state={state}
        name="kind"
        legend="Type"
        required
        options={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
      />,
    );
    expect(radios).toContain('<fieldset id="field-kind" aria-describedby="field-kind-error">');
    expect(radios).toContain('<legend class="form-label">Type</legend>');
    expect(radios).toContain('Vælg en type');
    expect(radios.match(/class="form-group-radio"/g)).toHaveLength(2);
    expect(radios).toContain(
      'value="b" class="form-radio" checked/><label class="form-label" for="field-kind-option2">B</label>',
    );

    const boxes = renderToString(
      <ChoiceGroup
        kind="checkbox"
        state={{ values: {}, errors: [] }}
        name="departmentIds"
        legend="Afdelinger"
        options={[
          { value: 'd1', label: 'Et' },
          { value: 'd2', label: 'To' },
        ]}
        checked={['d2']}
      />,
    );
    expect(boxes.match(/class="form-group-checkbox"/g)).toHaveLength(2);
    expect(boxes).toContain('value="d2" class="form-checkbox" checked/>');
    expect(boxes).not.toContain('value="d1" class="form-checkbox" checked');
    expect(boxes).toContain('(valgfri)');
  });
});
