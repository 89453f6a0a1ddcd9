/**
 * The only module that reads content collections. Loads every section once per
 * build (sections without entries are not read at all), stops with the content
 * check's messages while the content has problems (the dev server then shows
 * them in the browser), and hands the model plain typed arrays.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Cv } from '../model/content.ts';
import type { SectionName } from '../schemas/sections.ts';

type Name = SectionName | 'metrics' | 'orcid' | 'portrait';
type Data<C extends Name> = CollectionEntry<C>['data'];

/** The profile's portrait as an image to optimise, with its description. */
export type Portrait = Data<'portrait'>;

async function readCollections() {
  const [status] = await getCollection('contentStatus');
  if (!status) throw new Error('The content was not loaded; run `npm run check:content` to see why.');
  if (status.data.problems.length > 0) {
    throw new Error(`The content has problems; fix them and save to see the page:\n${status.data.problems.join('\n')}`);
  }
  const { counts } = status.data;
  const read = async <C extends Name>(name: C): Promise<(Data<C> & { id: string; html: string; markdown: string })[]> =>
    (counts[name] ?? 0) === 0 ? [] : (await getCollection(name)).map((entry) => ({ ...entry.data, id: entry.id, html: entry.rendered?.html ?? '', markdown: entry.body ?? '' }));
  return { read };
}

async function loadCv(): Promise<Cv> {
  const { read } = await readCollections();
  const [profile] = await read('profile');
  const [skills] = await read('skills');
  const [metrics] = await read('metrics');
  const [orcid] = await read('orcid');
  if (!profile) throw new Error('content/profile.md is missing: it holds your name and bio (see README, "Content reference").');
  return {
    profile,
    skills: skills ?? { groups: [], languages: [] },
    experience: await read('experience'),
    education: await read('education'),
    publications: await read('publications'),
    patents: await read('patents'),
    talks: await read('talks'),
    lectures: await read('lectures'),
    projects: await read('projects'),
    awards: await read('awards'),
    grants: await read('grants'),
    teaching: await read('teaching'),
    supervision: await read('supervision'),
    service: await read('service'),
    news: await read('news'),
    freePages: await read('pages'),
    people: await read('people'),
    metrics,
    orcid,
  };
}

let loaded: Promise<Cv> | undefined;

/** The whole CV, loaded once per build. */
export function getCv(): Promise<Cv> {
  loaded ??= loadCv();
  return loaded;
}

/** The portrait, when the profile names one. */
export async function getPortrait(): Promise<Portrait | undefined> {
  return (await (await readCollections()).read('portrait')).find((portrait) => portrait.id === 'portrait');
}

/** The portraits of content/people/, by the person's id. */
export async function getPeoplePortraits(): Promise<ReadonlyMap<string, Portrait>> {
  const portraits = await (await readCollections()).read('portrait');
  return new Map(portraits.filter((portrait) => portrait.id.startsWith('people/')).map((portrait) => [portrait.id.slice('people/'.length), portrait]));
}
