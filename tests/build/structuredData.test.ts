/**
 * Structured data on every page of the shipped CV, checked against the schema.org
 * vocabulary and Google's rich-result rules (types and properties that exist,
 * required properties present), not only that the blocks parse.
 */
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/build.ts';
import { htmlPages } from '../helpers/dist.ts';
import { blocksOf, structuredDataIssues } from '../helpers/structuredData.ts';

const pages = htmlPages().filter((page) => page !== '/404.html');

describe('structured data', () => {
  it('is on every page that search engines index', () => {
    expect(pages.filter((page) => blocksOf(page, DIST).length === 0)).toEqual([]);
  });

  it.each(pages)('%s uses schema.org types and properties that exist, with every required property', async (page) => {
    expect(await structuredDataIssues(page, DIST)).toEqual([]);
  });

  it('describes the CV as the owner’s profile page and the publication list as a collection', () => {
    const [profilePage] = blocksOf('/cv/', DIST);
    expect(profilePage).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'Person', name: 'Sebastian Lapuschkin', jobTitle: 'Head of Explainable Artificial Intelligence' },
    });
    const [collection] = blocksOf('/publications/', DIST);
    expect(collection).toMatchObject({ '@type': 'CollectionPage', mainEntity: { '@type': 'ItemList', numberOfItems: 51 } });
    const items = (collection!['mainEntity'] as { itemListElement: { item: { '@type': string } }[] }).itemListElement;
    expect(new Set(items.map((entry) => entry.item['@type']))).toEqual(new Set(['ScholarlyArticle', 'Chapter']));
  });

  it('nests volume and issue the way schema.org defines them', () => {
    const [article] = blocksOf('/publications/hedstrom2023quantus/', DIST);
    expect(article!['isPartOf']).toEqual({
      '@type': 'PublicationIssue',
      issueNumber: '34',
      isPartOf: { '@type': 'PublicationVolume', volumeNumber: '24', isPartOf: { '@type': 'Periodical', name: 'Journal of Machine Learning Research' } },
    });
  });
});
