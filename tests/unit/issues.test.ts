import { describe, expect, it } from 'vitest';
import { describeFound, fieldName, knownKeys, likelyValue } from '../../src/pipeline/issues.ts';
import { supervisionLevel } from '../../src/schemas/supervision.ts';
import { talkKind } from '../../src/schemas/talk.ts';
import { PUBLICATION_STATUSES } from '../../src/schemas/publication.ts';
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

  it('of a union of mappings, lists the form that lacks the unknown keys (an organisation has no "equal")', () => {
    expect(knownKeys(publicationSchema, ['authors', 0], ['equl'])).toEqual(['name', 'equal', 'coSenior', 'corresponding']);
    expect(knownKeys(publicationSchema, ['authors', 0], ['equal'])).toEqual(['organization']);
  });
});

describe('likelyValue: the value of a list that a value outside it meant', () => {
  it.each([
    ['msc', supervisionLevel.options, 'master'],
    ['M.Sc.', supervisionLevel.options, 'master'],
    ['BSc', supervisionLevel.options, 'bachelor'],
    ['PhD student', supervisionLevel.options, 'phd'],
    ['post-doc', supervisionLevel.options, 'postdoc'],
    ['in press', PUBLICATION_STATUSES, 'in-press'],
    ['under_review', PUBLICATION_STATUSES, 'under-review'],
    ['publishd', PUBLICATION_STATUSES, 'published'],
    ['keynote-talk', talkKind.options, 'keynote'],
    ['Invited Talk', talkKind.options, 'invited-talk'],
    ['poster', talkKind.options, undefined],
    ['ma', talkKind.options, undefined],
  ])('%s → %s', (written, values, expected) => {
    expect(likelyValue(written, values)).toBe(expected);
  });
});
