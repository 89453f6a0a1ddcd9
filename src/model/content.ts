/**
 * The checked content as the model takes it: every section's validated entries
 * with their ids and rendered bodies, in any order. The Astro build reads it from
 * the content collections (src/data/cv.ts); tests and scripts read it from a
 * content folder directly (src/model/fromFolder.ts).
 */
import type { Award } from '../schemas/award.ts';
import type { Education } from '../schemas/education.ts';
import type { Experience } from '../schemas/experience.ts';
import type { Grant } from '../schemas/grant.ts';
import type { Metrics } from '../schemas/metrics.ts';
import type { OrcidWorks } from '../schemas/orcidWorks.ts';
import type { News } from '../schemas/news.ts';
import type { Page } from '../schemas/page.ts';
import type { Patent } from '../schemas/patent.ts';
import type { Person } from '../schemas/person.ts';
import type { Profile } from '../schemas/profile.ts';
import type { Project } from '../schemas/project.ts';
import type { Publication } from '../schemas/publication.ts';
import type { Service } from '../schemas/service.ts';
import type { Skills } from '../schemas/skills.ts';
import type { Supervision } from '../schemas/supervision.ts';
import type { Talk } from '../schemas/talk.ts';
import type { Teaching } from '../schemas/teaching.ts';
import type { EntryTranslations } from '../schemas/translations.ts';

/** A text in another language: its Markdown rendered to sanitised HTML, and as written. */
export interface TranslatedBody {
  readonly html: string;
  readonly markdown: string;
}

/** What an entry carries in other languages: its fields written per language (by path, language → text) and its text by language. */
export interface Translated {
  readonly fields: EntryTranslations['fields'];
  readonly bodies: Readonly<Record<string, TranslatedBody>>;
}

/**
 * An entry: its id (the file name), its validated fields, its Markdown body rendered to sanitised HTML, and that body
 * as written (for the exports); in the default language, with what it carries in others. Localised for a page
 * (./localize.ts), it tells the language of each field and of its text that is not the page's.
 */
export type Entry<T> = T & {
  readonly id: string;
  readonly html: string;
  readonly markdown: string;
  readonly translations?: Translated | undefined;
  /** On a localised entry: the language each translated field (by path) and the text (`#body`) is shown in; the rest is in the default language. */
  readonly shownIn?: Readonly<Record<string, string>> | undefined;
};

export interface Cv {
  readonly profile: Entry<Profile>;
  readonly skills: Skills & Pick<Entry<object>, 'translations' | 'shownIn'>;
  readonly experience: readonly Entry<Experience>[];
  readonly education: readonly Entry<Education>[];
  readonly publications: readonly Entry<Publication>[];
  readonly patents: readonly Entry<Patent>[];
  readonly talks: readonly Entry<Talk>[];
  readonly lectures: readonly Entry<Talk>[];
  readonly projects: readonly Entry<Project>[];
  readonly awards: readonly Entry<Award>[];
  readonly grants: readonly Entry<Grant>[];
  readonly teaching: readonly Entry<Teaching>[];
  readonly supervision: readonly Entry<Supervision>[];
  readonly service: readonly Entry<Service>[];
  readonly news: readonly Entry<News>[];
  /** Free pages (content/pages/). */
  readonly freePages: readonly Entry<Page>[];
  readonly people: readonly Entry<Person>[];
  /** Citation counts by publication id, when content/metrics.json has any. */
  readonly metrics: Metrics | undefined;
  /** The publications the ORCID record lists, when content/orcid.json exists. */
  readonly orcid: OrcidWorks | undefined;
}
