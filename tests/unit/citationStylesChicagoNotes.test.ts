/**
 * References in chicago-notes-bibliography read exactly as citeproc-js formats them (tests/unit/citationStyles.test.ts has the
 * other styles and what the comparison rests on; this style is in a file of its own because reading it costs
 * citeproc-js seconds, so that another worker can take it).
 */
import { describe, it } from 'vitest';
import { expectStyleAsCiteproc } from '../helpers/citeproc.ts';

describe('references in a bundled CSL style', () => {
  it.each(['chicago-notes-bibliography'])('%s: every publication of both fixtures reads exactly as citeproc-js formats it', expectStyleAsCiteproc);
});
