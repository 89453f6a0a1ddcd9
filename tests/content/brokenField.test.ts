/**
 * Breaking any one field of any shipped file is reported with that file, the
 * field's line and the field's name: checked for every top-level field of every file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/pipeline/checkFile.ts';
import { SHIPPED as CONTENT } from '../helpers/build.ts';

const files = readdirSync(CONTENT, { recursive: true, withFileTypes: true })
  .filter((item) => item.isFile())
  .map((item) => relative(CONTENT, join(item.parentPath, item.name)).split(sep).join('/'));

/** Each top-level key line of the front matter (or of a YAML file) with its 1-based line number. */
function topLevelFields(path: string, text: string): { key: string; line: number }[] {
  const lines = text.split('\n');
  const [first, end] = path.endsWith('.yaml') ? [0, lines.length] : [1, lines.indexOf('---', 1)];
  return lines.slice(first, end).flatMap((line, index) => {
    const match = /^([A-Za-z]+):/.exec(line);
    return match ? [{ key: match[1]!, line: index + first + 1 }] : [];
  });
}

/** Replaces a key's value (and any indented continuation lines) with a value no field accepts. */
function breakField(text: string, line: number): string {
  const lines = text.split('\n');
  let last = line;
  while (/^\s+\S/.test(lines[last] ?? '')) last++;
  const key = lines[line - 1]!.split(':')[0];
  lines.splice(line - 1, last - line + 1, `${key}: [[]]`);
  return lines.join('\n');
}

describe.each(files)('%s', (path) => {
  const text = readFileSync(join(CONTENT, path), 'utf8');
  it.each(topLevelFields(path, text))('a broken "$key" is reported at line $line', ({ key, line }) => {
    const problems = checkFile({ path, bytes: new TextEncoder().encode(breakField(text, line)) }).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContainEqual(expect.objectContaining({ file: path, line, field: expect.stringMatching(new RegExp(`^${key}\\b`)) }));
  });
});
