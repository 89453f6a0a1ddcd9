/**
 * The CV as the pages show it: computed once per build from getCv(), with inline
 * fields rendered to safe HTML, the owner marked in author lists, and the
 * citation parts and BibTeX of every publication prepared.
 */
import { toBibtex } from '../lib/bibtex.ts';
import { createInlineRenderer, htmlToText } from '../lib/markdown.ts';
import { ownerMatcher } from '../lib/names.ts';
import { publisherLine, readerLinks, venueDetails, type ReaderLink } from '../lib/publications.ts';
import type { Award } from '../schemas/award.ts';
import type { Publication } from '../schemas/publication.ts';
import type { Talk } from '../schemas/talk.ts';
import type { Citable } from '../lib/citable.ts';
import { getCv, type Cv, type Entry } from './cv.ts';
import { absoluteUrl } from './routes.ts';
import { settings } from './settings.ts';
import { talkAnchor } from '../lib/urls.ts';

export interface Author {
  readonly name: string;
  /** The owner of the site, under any alias. */
  readonly isOwner: boolean;
}

export interface PublicationView extends Entry<Publication>, Citable {
  readonly titleHtml: string;
  readonly venueHtml: string | undefined;
  readonly authorList: readonly Author[];
  /** "24(34):1–11" and the like. */
  readonly details: string;
  readonly publisherText: string | undefined;
  readonly readerLinks: readonly ReaderLink[];
  readonly bibtex: string;
}

export interface TalkView extends Entry<Talk> {
  readonly titleHtml: string;
  readonly titleText: string;
  /** Absolute URL of the talk's entry: on the talks page, or on its year's page when the list is split. */
  readonly url: string;
}

export interface AwardView extends Entry<Award> {
  readonly descriptionHtml: string | undefined;
  readonly descriptionText: string | undefined;
}

export interface SiteData extends Omit<Cv, 'publications' | 'talks' | 'lectures' | 'awards'> {
  /** Newest first. */
  readonly publications: readonly PublicationView[];
  readonly talks: readonly TalkView[];
  readonly lectures: readonly TalkView[];
  readonly awards: readonly AwardView[];
  /** Publications by id, for cross-references (awards, talks). */
  readonly publicationById: ReadonlyMap<string, PublicationView>;
  /** Lists longer than the list limit are split into one page per year (and excerpted on the CV). */
  readonly split: { readonly publications: boolean; readonly talks: boolean };
}

async function buildSiteData(): Promise<SiteData> {
  const cv = await getCv();
  const render = await createInlineRenderer();
  const isOwner = ownerMatcher(cv.profile.aliases);
  const publications = await Promise.all(
    cv.publications.map(async (publication): Promise<PublicationView> => {
      const titleHtml = await render(publication.title);
      const venueHtml = publication.venue === undefined ? undefined : await render(publication.venue);
      return {
        ...publication,
        titleHtml,
        titleText: htmlToText(titleHtml),
        venueHtml,
        venueText: venueHtml === undefined ? undefined : htmlToText(venueHtml),
        url: absoluteUrl(`/publications/${publication.id}/`),
        authorList: publication.authors.map((name) => ({ name, isOwner: isOwner(name) })),
        details: venueDetails(publication),
        publisherText: publisherLine(publication),
        readerLinks: readerLinks(publication),
        bibtex: toBibtex(publication, publication.id, titleHtml, venueHtml),
      };
    }),
  );
  const split = {
    publications: cv.publications.length > settings.listLimit,
    talks: cv.talks.length + cv.lectures.length > settings.listLimit,
  };
  const talkView = async (talk: Entry<Talk>): Promise<TalkView> => {
    const titleHtml = await render(talk.title);
    const page = split.talks ? `/talks/by-year/${talk.date.dates[0]!.slice(0, 4)}/` : '/talks/';
    return { ...talk, titleHtml, titleText: htmlToText(titleHtml), url: absoluteUrl(`${page}#${talkAnchor(talk.id)}`) };
  };
  return {
    ...cv,
    publications,
    talks: await Promise.all(cv.talks.map(talkView)),
    lectures: await Promise.all(cv.lectures.map(talkView)),
    awards: await Promise.all(
      cv.awards.map(async (award) => {
        const descriptionHtml = award.description === undefined ? undefined : await render(award.description);
        return { ...award, descriptionHtml, descriptionText: descriptionHtml === undefined ? undefined : htmlToText(descriptionHtml) };
      }),
    ),
    publicationById: new Map(publications.map((publication) => [publication.id, publication])),
    split,
  };
}

let built: Promise<SiteData> | undefined;

/** Everything the pages need, built once per build. */
export function getSiteData(): Promise<SiteData> {
  built ??= buildSiteData();
  return built;
}
