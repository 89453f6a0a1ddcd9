/** What `npm run upgrade` reads from CHANGELOG.md: the content-format entries of the releases in between. */
import { describe, expect, it } from 'vitest';
import { contentFormatChanges } from '../../tooling/upgrade/command.ts';

const CHANGELOG = `# Changelog

Intro.

## Unreleased (0.4.0)

### Content format

- **edit** \`a\` is now \`b\`: the check names the
  line to move.

### Commands

- Not a content change.

## 0.3.0 (2027-01-04)

### Content format

- New field \`c\`.

## 0.2.0 (2026-11-27)

### Content format

- Older.
`;

describe('contentFormatChanges', () => {
  it.each([
    ['0.2.0', '0.4.0', ['**edit** `a` is now `b`: the check names the line to move.', 'New field `c`.']],
    ['0.2.0', '0.3.0', ['New field `c`.']],
    ['0.3.0', '0.4.0', ['**edit** `a` is now `b`: the check names the line to move.']],
    ['0.4.0', '0.4.0', []],
  ])('from %s to %s', (from, to, expected) => {
    expect(contentFormatChanges(CHANGELOG, from, to)).toEqual(expected);
  });
});
