import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatten, postedFields, unflatten } from './form-data.ts';

describe('form data', () => {
  it('nests dotted fields and makes arrays of numeric segments', () => {
    expect(
      unflatten({
        name: 'Anne',
        'roles.0.kind': 'official',
        'roles.0.unit': 'Social',
        'roles.1.kind': 'mayor',
      }),
    ).toEqual({
      name: 'Anne',
      roles: [{ kind: 'official', unit: 'Social' }, { kind: 'mayor' }],
    });
  });

  it('lets the checked checkbox win over its hidden "false" and drops the CSRF token', () => {
    expect(postedFields({ hasDepartmentBoard: ['false', 'true'], _csrf: 'secret', homes: '12' })).toEqual({
      hasDepartmentBoard: 'true',
      homes: '12',
    });
  });

  it('unflatten inverts flatten for nested string records', () => {
    const key = fc.stringMatching(/^[a-z]{1,6}$/);
    const leaf = fc.string();
    const tree = fc.dictionary(key, fc.oneof(leaf, fc.dictionary(key, leaf, { minKeys: 1 })), { minKeys: 1 });
    fc.assert(
      fc.property(tree, (t) => {
        expect(unflatten(flatten(t))).toEqual(t);
      }),
    );
  });
});
