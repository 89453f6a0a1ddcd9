/**
 * What a site's pages say, as comparable data: every publication's title, authors
 * with owner flags and marks, reference line, status, links, abstract, BibTeX and old addresses;
 * every CV entry as HTML (its links included); talks, patents, news, free pages,
 * the people registry, the profile, the navigation, the citation counts and how
 * lists are split. Details shown on paper only (the PDF's `cv` visibility) are
 * left out. Two content folders with equal facts give the same site, whatever
 * their files are called.
 */
import type { CvEntry, SiteData } from '../../src/model/site.ts';
import { html, type Rich } from '../../src/model/rich.ts';

/** The runs the web shows, as HTML; none when there are none. */
const rich = (runs: Rich | undefined) => {
  const shown = runs?.filter((run) => !run.printOnly) ?? [];
  return shown.length === 0 ? undefined : html(shown);
};

const entryFacts = (entry: CvEntry) => ({
  id: entry.id,
  when: rich(entry.when),
  title: rich(entry.title),
  where: rich(entry.where),
  parts: entry.parts.map((part) => ('body' in part ? part.body.html : rich(part.runs))),
  topics: entry.topics,
});

export function siteFacts(site: SiteData) {
  return {
    profile: {
      who: site.profile.who,
      formerly: site.profile.formerly,
      aliases: site.profile.aliases,
      contact: site.profile.contactDetails.filter((detail) => !detail.printOnly),
      links: site.profile.profileLinks,
      personal: rich(site.profile.personal),
      portrait: site.profile.portrait,
      bio: site.profile.html,
    },
    ownerForms: site.ownerForms,
    navigation: site.navigation,
    pages: [...site.pages],
    counts: site.counts,
    cvSections: site.cvSections.map((section) => section.id),
    publications: site.publications.map((publication) => ({
      id: publication.id,
      kind: publication.kind,
      title: publication.titleHtml,
      authors: publication.authorList.people.map((author) => [author.name, author.isOwner, author.marks, author.href]),
      authorKey: publication.authorList.key,
      etAl: publication.authorList.etAl,
      reference: rich(publication.reference),
      status: publication.statusLabel,
      citationText: publication.citationText,
      redirectFrom: publication.redirectFrom,
      citation: publication.citation,
      links: publication.readerLinks,
      selected: publication.selected,
      topics: publication.topics,
      abstract: publication.html,
      bibtex: publication.bibtex,
    })),
    talks: site.events.map((talk) => ({ ...entryFacts(talk.entry), path: talk.path, body: talk.html, topics: talk.topics, redirectFrom: talk.redirectFrom })),
    patents: site.patents.map((patent) => entryFacts(patent.entry)),
    entries: Object.fromEntries(
      Object.entries(site.entries).map(([section, groups]) => [section, groups.map((group) => ({ heading: group.heading, entries: group.entries.map(entryFacts) }))]),
    ),
    news: site.news.map((item) => ({ id: item.id, date: item.date, headline: item.headline, html: item.html, related: item.related })),
    freePages: site.freePages.map((page) => ({ id: page.id, title: page.title, summary: page.summary, navigation: page.navigation, html: page.html })),
    people: site.people.map(({ html: _html, markdown: _markdown, ...person }) => person),
    metrics: site.metrics,
    split: site.split,
  };
}
