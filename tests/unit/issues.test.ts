import { describe, expect, it } from 'vitest';
import { describeFound, fieldName, knownKeys } from '../../src/pipeline/issues.ts';
import { profileSchema } from '../../src/schemas/profile.ts';
import { publicationSchema } from '../../src/schemas/publication.ts';

describe('fieldName', () => {
  it.each([
    [['authors', 2], 'authors[2]'],
    [['contact', 'email', 'value'], 'contact.email.value'],
    [['members', 0, 'number'], 'members[0].number'],
    [[], ''],
  ])('%j → %s', (path, expected) => {
    expect(fieldName(path)).toBe(expected);
  });
});

describe('describeFound', () => {
  it.each([
    ['2O15', '"2O15"'],
    [19, '19'],
    [null, 'an empty value'],
    [[1, 2], 'a list of 2'],
    [{ a: 1 }, 'a mapping of fields'],
    ['x'.repeat(100), `"${'x'.repeat(76)}…`],
  ])('%j → %s', (input, expected) => {
    expect(describeFound(input)).toBe(expected);
  });
});

describe('knownKeys', () => {
  it('lists the fields of the schema at a path, through defaults and unions', () => {
    expect(knownKeys(publicationSchema, ['links', 0])).toEqual(['kind', 'url', 'label']);
    expect(knownKeys(profileSchema, ['contact'])).toEqual(['email', 'phone', 'address']);
    expect(knownKeys(profileSchema, ['contact', 'phone'])).toEqual(['value', 'visibility']);
    expect(knownKeys(profileSchema, ['name'])).toEqual([]);
  });
});
