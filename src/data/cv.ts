/**
 * The only module that reads content collections. Loads every section once per
 * build (sections without entries are not read at all), stops with the content
 * check's messages while the content has problems (the dev server then shows
 * them in the browser), and hands out plain typed arrays in a stable order.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { latestTerm } from '../lib/teaching.ts';
import type { SectionName } from '../schemas/sections.ts';

/** An entry as the rest of the site sees it: its id, its validated fields, and its body as HTML. */
export type Entry<T> = T & { readonly id: string; readonly html: string };

/** The collections of the CV: every section, and the citation counts. */
type Name = SectionName | 'metrics' | 'portrait';
type Data<C extends Name> = CollectionEntry<C>['data'];

export interface Cv {
  readonly profile: Entry<Data<'profile'>>;
  readonly skills: Data<'skills'>;
  readonly experience: readonly Entry<Data<'experience'>>[];
  readonly education: readonly Entry<Data<'education'>>[];
  readonly publications: readonly Entry<Data<'publications'>>[];
  readonly patents: readonly Entry<Data<'patents'>>[];
  readonly talks: readonly Entry<Data<'talks'>>[];
  readonly lectures: readonly Entry<Data<'lectures'>>[];
  readonly projects: readonly Entry<Data<'projects'>>[];
  readonly awards: readonly Entry<Data<'awards'>>[];
  /** The portrait as an image to optimise, with its description. */
  readonly portrait: Data<'portrait'> | undefined;
  readonly grants: readonly Entry<Data<'grants'>>[];
  readonly teaching: readonly Entry<Data<'teaching'>>[];
  readonly supervision: readonly Entry<Data<'supervision'>>[];
  readonly service: readonly Entry<Data<'service'>>[];
  readonly news: readonly Entry<Data<'news'>>[];
  /** Free pages (content/pages/). */
  readonly freePages: readonly Entry<Data<'pages'>>[];
  readonly people: readonly Entry<Data<'people'>>[];
  /** Citation counts by publication id, when content/metrics.json has any. */
  readonly metrics: Data<'metrics'> | undefined;
  /** Entries per section. */
  readonly counts: Readonly<Record<string, number>>;
}

const newestFirst =
  <T extends { id: string }>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(b).localeCompare(key(a)) || a.id.localeCompare(b.id);

/** Ongoing first, then by end and start: experience, education, projects, grants, supervision. */
const byPeriod = newestFirst((item: { id: string; start: string | number; end?: string | number | undefined }) => `${item.end ?? '9999'}|${item.start}`);

async function loadCv(): Promise<Cv> {
  const [status] = await getCollection('contentStatus');
  if (!status) throw new Error('The content was not loaded; run `npm run check:content` to see why.');
  if (status.data.problems.length > 0) {
    throw new Error(`The content has problems; fix them and save to see the page:\n${status.data.problems.join('\n')}`);
  }
  const { counts } = status.data;
  const read = async <C extends Name>(name: C): Promise<Entry<Data<C>>[]> =>
    (counts[name] ?? 0) === 0 ? [] : (await getCollection(name)).map((entry) => ({ ...entry.data, id: entry.id, html: entry.rendered?.html ?? '' }));

  const [profile] = await read('profile');
  const [skills] = await read('skills');
  const [metrics] = await read('metrics');
  const [portrait] = await read('portrait');
  if (!profile) throw new Error('content/profile.md is missing: it holds your name and bio (see README, "Content reference").');
  return {
    profile,
    skills: skills ?? { groups: [], languages: [] },
    experience: (await read('experience')).sort(byPeriod),
    education: (await read('education')).sort(byPeriod),
    publications: (await read('publications')).sort(newestFirst((item) => `${item.year}-${String(item.month ?? 0).padStart(2, '0')}`)),
    patents: (await read('patents')).sort(
      newestFirst(
        (item) =>
          item.members
            .map((member) => member.date)
            .sort()
            .at(-1)!,
      ),
    ),
    talks: (await read('talks')).sort(newestFirst((item) => item.date.dates[0]!)),
    lectures: (await read('lectures')).sort(newestFirst((item) => item.date.dates[0]!)),
    projects: (await read('projects')).sort(byPeriod),
    awards: (await read('awards')).sort(newestFirst((item) => String(item.year))),
    grants: (await read('grants')).sort(byPeriod),
    teaching: (await read('teaching')).sort(newestFirst((item) => latestTerm(item))),
    supervision: (await read('supervision')).sort(byPeriod),
    service: (await read('service')).sort(newestFirst((item) => String(item.years.at(-1)))),
    news: (await read('news')).sort(newestFirst((item) => item.date)),
    freePages: (await read('pages')).sort((a, b) => a.id.localeCompare(b.id)),
    people: (await read('people')).sort((a, b) => a.id.localeCompare(b.id)),
    metrics,
    portrait,
    counts,
  };
}

let loaded: Promise<Cv> | undefined;

/** The whole CV, loaded once per build. */
export function getCv(): Promise<Cv> {
  loaded ??= loadCv();
  return loaded;
}
