/**
 * The only module that reads content collections. Loads every section once per
 * build (sections without entries are not read at all), stops with the content
 * check's messages while the content has problems (the dev server then shows
 * them in the browser), and hands the model plain typed arrays.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { cached } from '../lib/cached.ts';
import { combineWorks, type CombinedWork } from '../lib/works.ts';
import type { Cv } from '../model/content.ts';
import type { SectionName } from '../schemas/sections.ts';
import { routesOf } from './routes.ts';
import { defaultLanguage, isBesideEntry, memberIds } from './settings.ts';

type Name = SectionName | 'metrics' | 'orcid' | 'portrait';
type Data<C extends Name> = CollectionEntry<C>['data'];

/** The profile's portrait as an image to optimise, with its description. */
export type Portrait = Data<'portrait'>;

type Entry<C extends Name> = Data<C> & { id: string; html: string; markdown: string };

/** Each collection read once, its entries by member ("" for the group's own, or a personal site's; "ada/" for a member's, ids without the prefix). */
const byMember = new Map<Name, Promise<Map<string, Entry<Name>[]>>>();

async function readCollections() {
  const [status] = await getCollection('contentStatus');
  if (!status) throw new Error('The content was not loaded; run `npm run check:content` to see why.');
  if (status.data.problems.length > 0) {
    throw new Error(`The content has problems; fix them and save to see the page:\n${status.data.problems.join('\n')}`);
  }
  const { counts } = status.data;
  const readAll = <C extends Name>(name: C) =>
    cached(byMember, name, () =>
      getCollection(name).then((entries) => {
        const members = new Map<string, Entry<Name>[]>();
        for (const entry of entries) {
          const cut = entry.id.lastIndexOf('/') + 1;
          const member = entry.id.slice(0, cut);
          const list = members.get(member) ?? [];
          list.push({ ...entry.data, id: entry.id.slice(cut), html: entry.rendered?.html ?? '', markdown: entry.body ?? '' });
          members.set(member, list);
        }
        return members;
      }),
    ) as Promise<Map<string, Entry<C>[]>>;
  /** The entries of a section of the group's folder, or of a member's (`member` "ada/"). */
  const read = async <C extends Name>(name: C, member = ''): Promise<Entry<C>[]> => ((counts[`${member}${name}`] ?? 0) === 0 ? [] : ((await readAll(name)).get(member) ?? []));
  return { read };
}

/**
 * A group's publications: its own and each member's, every work once (src/lib/works.ts), with the members who list
 * it. A link to a file beside a member's entry points to the member's copy (/ada/publications/paper.pdf); one to a
 * file of the public folder (the group's, the one published) stays as it is.
 */
async function combinedPublications(own: Entry<'publications'>[]): Promise<CombinedWork<Entry<'publications'>>[]> {
  const { read } = await readCollections();
  const lists = await Promise.all(
    memberIds.map(async (member) => ({
      member,
      works: (await read('publications', `${member}/`)).map((work) => ({
        ...work,
        links: work.links.map((link) => (isBesideEntry(link.url, member) ? { ...link, url: `/${member}${link.url}` } : link)),
      })),
    })),
  );
  return combineWorks([{ member: undefined, works: own }, ...lists]);
}

/**
 * A group's people: its own files (content/people/), and each member as one of them, from their profile (name,
 * aliases, role; their portrait is the profile's: getPeoplePortraits) unless
 * the group has a file of the same id; their homepage is their site on the group's (unless the file names one),
 * so the group's author lists link their names to their page, and that page to their site.
 */
async function groupPeople(own: Entry<'people'>[]): Promise<Entry<'people'>[]> {
  const { read } = await readCollections();
  const members = await Promise.all(
    memberIds.map(async (member): Promise<Entry<'people'>> => {
      const { url, absoluteUrl } = routesOf(defaultLanguage, member);
      const site = absoluteUrl('/') ?? url('/');
      const file = own.find((person) => person.id === member);
      if (file) return { ...file, homepage: file.homepage ?? site };
      const [profile] = await read('profile', `${member}/`);
      // Their profile's role makes them a member of the group on its People page (a file of the group's can say otherwise).
      return { id: member, name: profile!.name, aliases: profile!.aliases, homepage: site, role: profile!.role, html: '', markdown: '' };
    }),
  );
  return [...own.filter((person) => !memberIds.includes(person.id)), ...members];
}

async function loadCv(member: string): Promise<Cv> {
  const { read } = await readCollections();
  const [profile] = await read('profile', member);
  const [skills] = await read('skills', member);
  const [metrics] = await read('metrics', member);
  const [orcid] = await read('orcid', member);
  if (!profile) throw new Error(`content/${member}profile.md is missing: it holds your name and bio (see README, "Content reference").`);
  return {
    profile,
    skills: skills ?? { groups: [], languages: [] },
    experience: await read('experience', member),
    education: await read('education', member),
    publications: member === '' && memberIds.length > 0 ? await combinedPublications(await read('publications')) : await read('publications', member),
    patents: await read('patents', member),
    talks: await read('talks', member),
    lectures: await read('lectures', member),
    projects: await read('projects', member),
    awards: await read('awards', member),
    grants: await read('grants', member),
    teaching: await read('teaching', member),
    supervision: await read('supervision', member),
    service: await read('service', member),
    news: await read('news', member),
    freePages: await read('pages', member),
    people: member === '' && memberIds.length > 0 ? await groupPeople(await read('people')) : await read('people', member),
    metrics,
    orcid,
  };
}

const loaded = new Map<string, Promise<Cv>>();

/** The whole CV of the site (or of a group's member, by id), loaded once per build. */
export function getCv(member?: string): Promise<Cv> {
  const key = member === undefined ? '' : `${member}/`;
  return cached(loaded, key, () => loadCv(key));
}

/** The portraits of the site (or of a group's member): the profile's (id "portrait") and those of content/people/ ("person:<id>"). */
async function portraitsOf(member: string | undefined): Promise<Entry<'portrait'>[]> {
  return (await readCollections()).read('portrait', member === undefined ? '' : `${member}/`);
}

/** The portrait of the site (or of a group's member), when the profile names one. */
export async function getPortrait(member?: string): Promise<Portrait | undefined> {
  return (await portraitsOf(member)).find((portrait) => portrait.id === 'portrait');
}

const peoplePortraits = new Map<string | undefined, Promise<ReadonlyMap<string, Portrait>>>();

/** The portraits of content/people/ (the site's, or a group's member's), by the person's id, worked out once per build; on a group's site, a member without one there has their profile's. */
export function getPeoplePortraits(member?: string): Promise<ReadonlyMap<string, Portrait>> {
  return cached(peoplePortraits, member, () => findPeoplePortraits(member));
}

async function findPeoplePortraits(member: string | undefined): Promise<ReadonlyMap<string, Portrait>> {
  const portraits = await portraitsOf(member);
  const own = portraits.filter((portrait) => portrait.id.startsWith('person:')).map((portrait) => [portrait.id.slice('person:'.length), portrait] as const);
  const members = member === undefined ? await Promise.all(memberIds.map(async (id) => [id, await getPortrait(id)] as const)) : [];
  return new Map([...members.filter((entry): entry is readonly [string, Portrait] => entry[1] !== undefined), ...own]);
}
