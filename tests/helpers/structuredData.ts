/**
 * A page's JSON-LD checked against the schema.org vocabulary (a recorded copy,
 * tests/fixtures/schemaorg/) and Google's rich-result rules by
 * @adobe/structured-data-validator, offline.
 */
import Validator from '@adobe/structured-data-validator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from './build.ts';
import { loadPage } from './dist.ts';

const vocabulary = JSON.parse(gunzipSync(readFileSync(join(ROOT, 'tests', 'fixtures', 'schemaorg', 'schemaorg-all-https-30.0.jsonld.gz'))).toString('utf8'));

export type Block = Record<string, unknown> & { '@type': string };

/** The JSON-LD blocks of a built page. */
export function blocksOf(page: string, root: string): Block[] {
  const $ = loadPage(page, root);
  return $('script[type="application/ld+json"]')
    .map((_, element) => JSON.parse($(element).text()) as Block)
    .get();
}

/** "SEVERITY: message at path" for every issue the validator finds in a page's blocks. */
export async function structuredDataIssues(page: string, root: string): Promise<string[]> {
  // The validator reads Web Auto Extractor's shape: JSON-LD items by type.
  const jsonld: Record<string, Block[]> = {};
  for (const block of blocksOf(page, root)) (jsonld[block['@type']] ??= []).push(block);
  const issues = (await new Validator(vocabulary).validate({ jsonld, microdata: {}, rdfa: {}, errors: [] })) as { severity: string; issueMessage: string; path: unknown }[];
  return issues.map((issue) => `${issue.severity}: ${issue.issueMessage} at ${JSON.stringify(issue.path)}`);
}
