/**
 * Checked content written back as front matter (src/lib/formats/frontMatter.ts), which the
 * exports carry: every entry of the complete, humanities and life-sciences fixtures and the shipped CV reads back
 * to the same checked fields, so a field whose schema normalises it is covered the
 * day the fixtures use it; and only what the web shows is ever written out.
 */
import { describe, expect, it } from 'vitest';
import { frontMatterOf, publicOnly, settingsFrontMatter } from '../../src/lib/formats/frontMatter.ts';
import { checkContentFolder } from '../../src/pipeline/contentFolder.ts';
import { sections, type SectionName } from '../../src/schemas/sections.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { join } from 'node:path';
import { COMPLETE, SHIPPED, SITES } from '../helpers/build.ts';

describe('front matter written back', () => {
  it.each([
    ['the complete fixture', COMPLETE],
    ['the shipped CV', SHIPPED],
    ['the humanities fixture', join(SITES, 'humanities')],
    ['the life-sciences fixture', join(SITES, 'lifesciences')],
  ])('%s: every entry of every section reads back to the same checked fields', (_, folder) => {
    const checked = checkContentFolder(folder, { publicFileExists: () => true });
    if ('error' in checked) throw new Error(checked.error);
    const entries = checked.entries.filter((entry) => entry.section in sections);
    expect(new Set(entries.map((entry) => entry.section)).size).toBeGreaterThan(folder === COMPLETE ? 16 : 5);
    for (const entry of entries) {
      const section = entry.section as SectionName;
      expect(sections[section].schema.parse(frontMatterOf(section, entry.data)), entry.file).toEqual(entry.data);
    }
    const settings = checked.entries.find((entry) => entry.section === 'settings');
    expect(settingsSchema.parse(settingsFrontMatter(settings!.data))).toEqual(settings!.data);
  });

  it('writes normalised values as an owner writes them, and leaves defaults out', () => {
    const talk = sections.talks.schema.parse({ title: 'T', date: '2021-12-13/14/16', event: 'E' });
    expect(frontMatterOf('talks', talk)).toEqual({ title: 'T', date: '2021-12-13/14/16', event: 'E' });
    const paper = sections.publications.schema.parse({
      kind: 'dataset',
      title: 'D',
      authors: ['Rossi M', { name: 'Conti L', equal: true }, { organization: 'Cell Atlas Consortium' }],
      year: 2024,
      venue: 'Zenodo',
      selected: true,
    });
    expect(frontMatterOf('publications', paper)).toEqual({
      kind: 'dataset',
      title: 'D',
      authors: ['Rossi M', { name: 'Conti L', equal: true }, { organization: 'Cell Atlas Consortium' }],
      year: 2024,
      venue: 'Zenodo',
      selected: true,
    });
    const course = sections.teaching.schema.parse({ title: 'C', institution: 'U', terms: ['2022-ss', '2021-WS'] });
    expect(frontMatterOf('teaching', course)).toEqual({ title: 'C', institution: 'U', terms: ['2021-WS', '2022-SS'] });
    expect(frontMatterOf('news', sections.news.schema.parse({ date: '2025-01-02', about: ['course:c'] }))).toEqual({ date: '2025-01-02', about: ['course:c'] });
    expect(frontMatterOf('grants', sections.grants.schema.parse({ title: 'G', funder: 'F', start: 2020, amount: 'EUR 1,500,000.50' }))).toEqual({
      title: 'G',
      funder: 'F',
      start: 2020,
      amount: { value: '1500000.5 EUR', visibility: 'web' },
    });
    expect(settingsFrontMatter(settingsSchema.parse({ navigation: ['home', { page: 'cv', label: 'Vita' }] }))).toEqual({ navigation: ['home', { page: 'cv', label: 'Vita' }] });
  });

  it('publicOnly: details for the printable CV or nobody are left out at any depth, and an object they leave empty with them', () => {
    expect(
      publicOnly({
        name: 'Ada',
        birthDate: { value: '1815-12-10', visibility: 'cv' },
        nationality: { value: 'British', visibility: 'web' },
        contact: { phone: { value: '+44 20', visibility: 'cv' }, address: { value: { street: 'S', city: 'C' }, visibility: 'hidden' } },
        links: { github: 'ada' },
        navigation: {},
      }),
    ).toEqual({ name: 'Ada', nationality: { value: 'British', visibility: 'web' }, links: { github: 'ada' }, navigation: {} });
  });
});
