/**
 * The only module that reads content collections. Loads every section once per
 * build, resolves cross-references, and hands out plain typed arrays in a stable
 * order for lib/ and the pages.
 */
import { getCollection } from 'astro:content';
import { references, type SectionName } from '../schemas/sections.ts';
import type { Award } from '../schemas/award.ts';
import type { Education } from '../schemas/education.ts';
import type { Experience } from '../schemas/experience.ts';
import type { Patent } from '../schemas/patent.ts';
import type { Profile } from '../schemas/profile.ts';
import type { Project } from '../schemas/project.ts';
import type { Publication } from '../schemas/publication.ts';
import type { Skills } from '../schemas/skills.ts';
import type { Talk } from '../schemas/talk.ts';

/** An entry as the rest of the site sees it: its id, its validated fields, and its body as HTML. */
export type Entry<T> = T & { readonly id: string; readonly html: string };

export interface Cv {
  readonly profile: Entry<Profile>;
  readonly skills: Skills;
  readonly experience: readonly Entry<Experience>[];
  readonly education: readonly Entry<Education>[];
  readonly publications: readonly Entry<Publication>[];
  readonly patents: readonly Entry<Patent>[];
  readonly talks: readonly Entry<Talk>[];
  readonly lectures: readonly Entry<Talk>[];
  readonly projects: readonly Entry<Project>[];
  readonly awards: readonly Entry<Award>[];
}

function toEntry<T>(entry: { id: string; data: T; rendered?: { html: string } }): Entry<T> {
  return { ...entry.data, id: entry.id, html: entry.rendered?.html ?? '' };
}

/** The collection's entries; `T` is the schema's output type, which is what Astro stored. */
async function entries<T>(name: SectionName): Promise<Entry<T>[]> {
  const all = (await getCollection(name)) as unknown as { id: string; data: T; rendered?: { html: string } }[];
  return all.map(toEntry);
}

const newestFirst = <T extends { id: string }>(key: (item: T) => string) => (a: T, b: T) =>
  key(b).localeCompare(key(a)) || a.id.localeCompare(b.id);

async function loadCv(): Promise<Cv> {
  const [profile] = await entries<Profile>('profile');
  const [skills] = await entries<Skills>('skills');
  if (!profile) throw new Error('content/profile.md is missing: it holds your name and bio (see README, "Content reference").');
  const cv: Cv = {
    profile,
    skills: skills ?? { groups: [], languages: [] },
    experience: (await entries<Experience>('experience')).sort(newestFirst((item) => `${item.end ?? '9999'}|${item.start}`)),
    education: (await entries<Education>('education')).sort(newestFirst((item) => `${item.end ?? 9999}|${item.start}`)),
    publications: (await entries<Publication>('publications')).sort(
      newestFirst((item) => `${item.year}-${String(item.month ?? 0).padStart(2, '0')}`),
    ),
    patents: (await entries<Patent>('patents')).sort(newestFirst((item) => item.members.map((member) => member.date).sort().at(-1)!)),
    talks: (await entries<Talk>('talks')).sort(newestFirst((item) => item.date.dates[0]!)),
    lectures: (await entries<Talk>('lectures')).sort(newestFirst((item) => item.date.dates[0]!)),
    projects: (await entries<Project>('projects')).sort(newestFirst((item) => `${item.end ?? '9999'}|${item.start}`)),
    awards: (await entries<Award>('awards')).sort(newestFirst((item) => String(item.year))),
  };
  assertReferencesResolve(cv);
  return cv;
}

/** `astro build` without the content check must still refuse a dangling reference. */
function assertReferencesResolve(cv: Cv): void {
  const dangling = references.flatMap((reference) => {
    const targets = new Set((cv[reference.to] as readonly { id: string }[]).map((entry) => entry.id));
    return (cv[reference.from] as readonly (Record<string, unknown> & { id: string })[])
      .filter((entry) => typeof entry[reference.field] === 'string' && !targets.has(entry[reference.field] as string))
      .map((entry) => `content/${reference.from}/${entry.id}.md ${reference.field}: "${String(entry[reference.field])}" names no entry in content/${reference.to}/`);
  });
  if (dangling.length > 0) throw new Error(`Dangling references:\n${dangling.join('\n')}`);
}

let loaded: Promise<Cv> | undefined;

/** The whole CV, loaded once per build. */
export function getCv(): Promise<Cv> {
  loaded ??= loadCv();
  return loaded;
}
