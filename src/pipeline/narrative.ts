/**
 * Your own words for narrative CVs (content/narrative.yaml), as the build uses them: read and
 * validated like every content file. An absent or invalid file gives none here; the content
 * check (and so the build) reports a file with problems with file, line and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Narrative } from '../schemas/narrative.ts';
import { NARRATIVE_FILE } from '../schemas/sections.ts';
import { checkFile } from './checkFile.ts';

export function readNarrative(contentRoot: string): Narrative | undefined {
  const path = join(contentRoot, NARRATIVE_FILE);
  return existsSync(path) ? (checkFile({ path: NARRATIVE_FILE, bytes: readFileSync(path) }).entry?.data as Narrative | undefined) : undefined;
}
