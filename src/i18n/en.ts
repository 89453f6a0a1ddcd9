/**
 * English interface text: every word the site shows that is not content. The
 * German catalogue (de.ts) has the same shape (`UIStrings`), so a missing or
 * extra key is a type error. Counts take plural forms (Intl.PluralRules
 * categories); sentences with values are functions.
 */
import type { TermKind } from '../schemas/calendar.ts';
import type { CvSectionName } from '../schemas/settings.ts';
import type { GrantRole } from '../schemas/grant.ts';
import type { LanguageLevel } from '../schemas/skills.ts';
import type { PublicationKind } from '../schemas/publicationKinds.ts';
import type { PublicationStatus } from '../schemas/publication.ts';
import type { MemberRole } from '../schemas/person.ts';
import type { ServiceKind } from '../schemas/service.ts';
import type { SupervisionLevel, SupervisionStatus } from '../schemas/supervision.ts';
import type { TalkKind, TalkRole } from '../schemas/talk.ts';
import type { CourseType, TeachingLevel, TeachingRole } from '../schemas/teaching.ts';
import type { ThesisType } from '../schemas/publicationKinds.ts';
import type { OpenAccessStatus } from '../schemas/metrics.ts';
import type { Plural } from './plural.ts';

/** “A” inside a quotation is ‘A’. */
const innerEnglish = (text: string) => text.replace(/[“"]([^“”"]*)[”"]/g, '‘$1’');

const ORDINAL_SUFFIXES: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
/** "2nd", "23rd": an English ordinal. */
const ORDINALS = new Intl.PluralRules('en', { type: 'ordinal' });
const ordinal = (value: number) => `${value}${ORDINAL_SUFFIXES[ORDINALS.select(value)]}`;

export const en = {
  /** Name of the language in itself, for the settings documentation. */
  languageName: 'English',
  /** The direction of the script: `rtl` mirrors the pages, the PDF and the cards. */
  direction: 'ltr' as 'ltr' | 'rtl',
  /** A text between quotation marks; quotation marks inside it become the inner ones (“A ‘B’ C”). */
  quote: (text: string) => `“${innerEnglish(text)}”`,
  /** Quotation marks inside a quoted text as the inner ones. */
  innerQuotes: (text: string) => innerEnglish(text),
  /** Between the parts of a phrase in the site's language ("2 documents, 1 granted"; Arabic's ، ). */
  comma: ', ',
  /** Between the clauses of a sentence the code joins ("12 journal articles; all on the publications pages"; French's narrow space before it, Arabic's ؛ ). */
  semicolon: '; ',
  /** The day of the month in a date, from Intl's numeral: French writes the first "1er" ("1er mars 2024"). */
  dayOfMonth: (day: string) => day,
  present: 'present',
  otherYears: 'Other years',
  skipLink: 'Skip to content',
  mainNavigation: 'Main',
  /** The language switcher: the same page in the site's other languages. */
  languageNavigation: 'Language',
  breadcrumb: 'Breadcrumb',
  pages: {
    home: 'Home',
    publications: 'Publications',
    talks: 'Talks',
    patents: 'Patents',
    news: 'News',
    cv: 'CV',
    people: 'People',
  },
  footer: {
    feed: 'RSS feed',
    jsonResume: 'CV as JSON Resume',
    colophon: 'Built with vita: no tracking, no JavaScript.',
    /** With the search switched on, the site has JavaScript. */
    colophonSearch: 'Built with vita: no tracking.',
  },
  feed: {
    title: (name: string) => `${name}: publications and talks`,
    description: (name: string) => `New publications, talks and lectures of ${name}.`,
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist.',
    lede: 'There is no page at this address. It may have moved, or the link may be mistyped.',
  },
  home: {
    description: (who: string, sections: string) => `${who}: ${sections}.`,
    descriptionParts: { publications: 'publications', talks: 'talks', patents: 'patents', cv: 'CV' },
    about: 'About',
    selectedPublications: 'Selected publications',
    recentPublications: 'Recent publications',
    allPublications: (count: string) => `All ${count} publications`,
    recentTalks: 'Recent talks',
    allTalks: 'All talks and lectures',
    currentProjects: 'Current projects',
    recentProjects: 'Recent projects',
    allProjects: 'All projects',
  },
  person: {
    roleAt: (role: string, affiliation: string) => `${role} at ${affiliation}`,
    formerly: (names: string) => `formerly ${names}`,
    born: (date: string) => `Born ${date}`,
    bornIn: (date: string, place: string) => `Born ${date} in ${place}`,
    bornPlace: (place: string) => `Born in ${place}`,
    nationality: (nationality: string) => `Nationality: ${nationality}`,
  },
  cv: {
    title: 'Curriculum vitae',
    description: (who: string) => `Curriculum vitae of ${who}.`,
    sectionsNavigation: 'CV sections',
    downloads: 'Download:',
    jsonResume: 'JSON Resume',
    sections: {
      experience: 'Experience',
      education: 'Education',
      projects: 'Research projects',
      grants: 'Grants and funding',
      awards: 'Awards',
      patents: 'Patents',
      skills: 'Skills',
      talks: 'Talks',
      lectures: 'Lectures',
      teaching: 'Teaching',
      supervision: 'Supervision',
      service: 'Service',
      publications: 'Publications',
    },
    /** Shorter forms of headings for the CV's section navigation, where they differ. */
    sectionLinks: { projects: 'Projects', grants: 'Grants' } as Partial<Record<CvSectionName, string>>,
    talksExcerpt: (count: string, excerpt: string) => `${count}; the latest ${excerpt}, all on the`,
    talksPages: 'talks pages',
    publicationsExcerpt: 'all on the',
    publicationsPage: 'publications page',
    selected: 'Selected:',
    recent: 'Recent:',
    languages: 'Languages',
    forPaper: 'For the paper',
  },
  entries: {
    degreeIn: (degree: string, field: string) => `${degree} in ${field}`,
    thesis: 'Thesis:',
    /** Before a degree's thesis, when the degree tells its kind (a PhD, a master's). */
    thesisOf: { bachelor: 'Bachelor’s thesis:', master: 'Master’s thesis:', phd: 'Dissertation:', habilitation: 'Habilitation thesis:' } satisfies Record<ThesisType, string>,
    supervisedBy: (names: string) => `supervised by ${names}`,
    withPeople: (names: string) => `With ${names}.`,
  },
  projects: {
    leadingRole: 'leading role',
    fundedBy: (funder: string) => `funded by ${funder}`,
    website: 'Project website',
    periods: 'Project periods',
    legendLead: 'Leading role',
    legendMember: 'Participating',
  },
  publications: {
    title: 'Publications',
    description: (count: string, name: string) => `All ${count} publications of ${name}, by kind and year.`,
    ownerNote: (name: string, forms: string) => `${name} appears in bold, as ${forms}.`,
    ownerNoteOneForm: (name: string) => `${name} appears in bold.`,
    downloadAll: 'Download all:',
    downloads: { bibtex: 'BibTeX', cslJson: 'CSL-JSON (Zotero, Pandoc)', ris: 'RIS (EndNote, Mendeley)' },
    byYear: 'Publications by year',
    kindsNavigation: 'Publication kinds',
    mostCited: 'Most cited',
    kindByYear: (heading: string) => `${heading} by year`,
    yearTitle: (year: string) => `Publications ${year}`,
    yearDescription: (count: string, name: string, year: string) => `${count} of ${name} from ${year}.`,
    count: { one: '# publication', other: '# publications' } satisfies Plural,
    /** The publications of the kinds a summary does not name one by one. */
    others: { one: '# other', other: '# others' } satisfies Plural,
    /** The filters above the list (they work without JavaScript). */
    filters: {
      label: 'Filter publications',
      kind: 'Kind',
      years: 'Years',
      from: 'From',
      to: 'to',
      topic: 'Topic',
      authorship: 'Authorship',
      all: 'All',
      reset: 'Show all',
      /** How many the filters leave; `{shown}` is filled in by the browser. */
      shown: (total: string) => `Showing {shown} of ${total}`,
    },
    /** The owner's part in a publication, as the filters name it. */
    authorship: { first: 'First author', last: 'Last author', studentLed: 'Student-led' },
    /** The CV's counts of the owner's part: "12 as first author". */
    authorshipCounts: {
      first: { one: '# as first author', other: '# as first author' },
      last: { one: '# as last author', other: '# as last author' },
      studentLed: { one: '# led by a supervised student', other: '# led by supervised students' },
    } satisfies Record<'first' | 'last' | 'studentLed', Plural>,
    /** "51 publications: 12 as first author, 8 as last author and 5 led by supervised students." */
    authorshipSummary: (total: string, parts: string) => `${total}: ${parts}.`,
  },
  publication: {
    abstract: 'Abstract',
    presentedAt: 'Presented at',
    cite: 'Cite',
    bibtexEntry: 'BibTeX entry',
    download: (file: string) => `Download ${file}`,
    morePublications: 'More publications',
    newer: 'Newer:',
    older: 'Older:',
    allAuthors: (count: string) => `all ${count} authors`,
    siteOwner: '(site owner)',
    /** Read out after a member of the group in an author list. */
    groupMember: '(member of the group)',
    /** `{count}`, `{source}` and `{date}` (the month of the lookup) are filled in. */
    citedBy: 'cited by {count} ({source}, {date})',
    /** After a work the owner's ORCID record lists, for screen readers (the mark itself is ORCID's "iD"). */
    inOrcid: 'listed in ORCID',
    /** The key of that mark, once per list: the record's iD (a link) and the day of the comparison. */
    orcidKey: (record: string, date: string) => `Listed in the ORCID record ${record} (as of ${date})`,
    pages: (range: string) => `pp.\u00A0${range}`,
    /** A report's or a magazine's number when there is no volume: "no. 7". */
    number: (number: string) => `no.\u00A0${number}`,
    /** Links to a paper's PubMed record and its free full text in PubMed Central. */
    pmid: (pmid: string) => `PMID ${pmid}`,
    pmcid: (pmcid: string) => `PMCID ${pmcid}`,
  },
  /** The phrases of vita's own reference line; each joins content, so word order and case are the language's. */
  reference: {
    /** Before the book a chapter is in: "In: Book". */
    inBook: (book: string) => `In: ${book}`,
    /** Before the book with its editors: "In: A and B (eds.), Book". */
    inEditedBook: (editors: string, book: string) => `In: ${editors}, ${book}`,
    /** A series with the book's number in it: "Lecture Notes, vol. 47" (in parentheses after a venue or edition). */
    series: (series: string, number: string | undefined) => (number === undefined ? series : `${series}, vol.\u00A0${number}`),
    /** "2nd ed."; an edition written out ("revised") as written. */
    edition: (edition: string) => `${/^\d+$/.test(edition) ? ordinal(Number(edition)) : edition} ed.`,
    version: (version: string) => `version ${version}`,
    thesisTypes: { bachelor: 'Bachelor’s thesis', master: 'Master’s thesis', phd: 'PhD thesis', habilitation: 'Habilitation thesis' } satisfies Record<ThesisType, string>,
    /** After the reference of a translation: "Translated from German by A and B". */
    translatedBy: (names: string, language: string | undefined) => `Translated${language === undefined ? '' : ` from ${language}`} by ${names}`,
    originalTitle: (title: string) => `Original title: ${title}`,
  },
  /** Publications and talks: status, author marks, disclosures, topics, locations, redirects. */
  works: {
    status: {
      submitted: 'Submitted',
      'under-review': 'Under review',
      accepted: 'Accepted',
      'in-press': 'In press',
      published: 'Published',
    } satisfies Record<PublicationStatus, string>,
    /** After a list the source cut short ("and others"). */
    etAl: 'et al.',
    /** The marks after author names, and what they mean (read out to screen readers, and explained under the list). */
    equalMark: '*',
    correspondingMark: '†',
    coSeniorMark: '‡',
    equalContribution: 'equal contribution',
    /** The co-senior (jointly leading, usually last) authors. */
    coSeniorAuthor: 'co-senior author',
    correspondingAuthor: 'corresponding author',
    /** After a student the owner supervised (content/supervision/). */
    studentMark: '§',
    studentAuthor: 'supervised student',
    /** The key of the emphasis on members of the group (content/people/ with a role), per the `memberNames` setting. */
    memberKey: { underline: 'underlined: member of the group', bold: 'bold: member of the group' },
    /** Before "et al." after the last name shown (Arabic's وآخرون carries its own و: a space). */
    beforeEtAl: ', ',
    /** After the editors of an edited volume. */
    editorsMark: { one: '(ed.)', other: '(eds.)' } satisfies Plural,
    abstract: 'Abstract',
    bibtex: 'BibTeX',
    /** Before a publication's topic links, with the colon as the language writes it. */
    topics: 'Topics:',
    topicsNavigation: 'Topics',
    topicTitle: (topic: string) => `Topic: ${topic}`,
    topicDescription: (counts: string, topic: string, name: string) => `${counts} by ${name} on ${topic}.`,
    topicPublications: 'Publications',
    topicTalks: 'Talks & lectures',
    topicProjects: 'Projects',
    projectCount: { one: '# project', other: '# projects' } satisfies Plural,
    movedTitle: 'This page has moved',
    moved: 'This page has moved to',
  },
  chart: {
    /** The small kinds folded together in the chart. */
    other: 'Other',
    title: 'Publications per year and kind',
    /** `years`: the busiest years as a list ("2019 and 2023"), `yearCount` of them. */
    summary: (count: string, first: string, last: string, most: string, years: string, _yearCount: number) => `${count} from ${first} to ${last}; the most, ${most}, in ${years}.`,
    summaryEven: (count: string, first: string, last: string, most: string) => `${count} from ${first} to ${last}; at most ${most} a year.`,
    summaryOneYear: (count: string, year: string) => `${count} in ${year}.`,
    bar: (year: string, count: string) => `${year}: ${count}`,
    table: 'Publications per year as a table',
    year: 'Year',
    total: 'Total',
  },
  impact: {
    /** The panel's heading on the publications page. */
    title: 'Citations and open access',
    citations: 'Citations',
    citationCount: { one: '# citation', other: '# citations' } satisfies Plural,
    hIndex: 'h-index',
    counted: 'Works counted',
    /** `counted` of `all` publications ("2 of 16"). */
    countedOf: (counted: string, all: string) => `${counted} of ${all}`,
    /** Where the numbers come from: the source, the day(s) of the lookup, how many works ("2 of 14 publications"). */
    about: (source: string, date: string, coverage: string) =>
      `Counted by ${source} ${date}, for ${coverage}: those with a DOI or an arXiv id that ${source} knows. The h-index is the largest h such that h of them are each cited at least h times.`,
    /** "on 20 Nov 2026", or a span of days when the lookups differ. */
    on: (date: string) => `on ${date}`,
    between: (first: string, last: string) => `between ${first} and ${last}`,
    /** What the numbers are not. */
    caveat: (source: string) =>
      `Citation counts differ from service to service (Google Scholar usually counts more, ${source} leaves out what it does not index), grow with time and differ between fields: they say how often a work is cited, not how good it is.`,
    chartTitle: 'Citations per year',
    /** The chart's text alternative. */
    chartSummary: (total: string, first: string, last: string, most: string, years: string) => `${total} from ${first} to ${last}; the most, ${most}, in ${years}.`,
    /** Which years the chart covers. */
    chartNote: (source: string) => `By the year the citing works appeared; ${source} counts the last ten years, so older citations are in the total only.`,
    chartTable: 'Citations per year as a table',
    year: 'Year',
    works: 'Cited works',
    work: 'Work',
    openAccess: 'Open access',
    elsewhere: 'Elsewhere',
    /** Open-access statuses as OpenAlex names them. */
    access: {
      diamond: 'Diamond (open journal, no fees)',
      gold: 'Gold (open journal)',
      hybrid: 'Hybrid (open in a subscription journal)',
      green: 'Green (free copy in a repository)',
      bronze: 'Bronze (free to read at the publisher)',
      closed: 'Closed',
    } satisfies Record<OpenAccessStatus, string>,
    unknownAccess: 'not known',
    freeCopy: 'free copy',
    altmetric: 'Altmetric',
    dimensions: 'Dimensions',
    /** Why two links per work, and that nothing is fetched from them. */
    linksNote:
      'Altmetric (mentions in the news, policy papers and social media) and Dimensions (citations in its own index) are linked by DOI and may have nothing on a work; nothing is loaded from them unless you follow a link.',
    /** The PDF's line: "Citations: 1,218; h-index: 2 (OpenAlex, 20 Nov 2026; 2 of 16 publications counted)". */
    pdfLine: (citations: string, h: string, source: string, date: string, counted: string) => `Citations: ${citations}; h-index: ${h} (${source}, ${date}; ${counted} counted)`,
  },
  links: {
    code: 'Code',
    project: 'Project',
    pdf: 'PDF',
    slides: 'Slides',
    video: 'Video',
    stream: 'Stream',
    data: 'Data',
    website: 'Website',
    publisher: 'Publisher',
  },
  talks: {
    title: 'Talks & lectures',
    description: (counts: string, name: string) => `${counts} by ${name}.`,
    yearTitle: (year: string) => `Talks & lectures ${year}`,
    yearDescription: (counts: string, name: string, year: string) => `${counts} by ${name} in ${year}.`,
    byYear: 'Talks by year',
    latest: 'Latest',
    onThisPage: 'On this page',
    talks: 'Talks',
    lectures: 'Lectures',
    talkCount: { one: '# talk', other: '# talks' } satisfies Plural,
    lectureCount: { one: '# lecture', other: '# lectures' } satisfies Plural,
    thePaper: 'The paper',
    kinds: {
      talk: 'Talk',
      keynote: 'Keynote',
      'invited-talk': 'Invited talk',
      'paper-presentation': 'Paper presentation',
      lecture: 'Lecture',
      'lecture-series': 'Lecture series',
      webinar: 'Webinar',
    } satisfies Record<TalkKind, string>,
    /** The owner's part, when not the speaker's. */
    roles: {
      speaker: 'Speaker',
      panellist: 'Panellist',
      chair: 'Chair',
      organiser: 'Organiser',
      moderator: 'Moderator',
      discussant: 'Discussant',
    } satisfies Record<TalkRole, string>,
  },
  patents: {
    title: 'Patents',
    description: (families: string, documents: string, name: string) => `${families} with ${documents} by ${name}.`,
    lede: (families: string, documents: string, granted: string, published: string) => `${families}, ${documents}: ${granted}, ${published}.`,
    espacenet: 'Each number links to its entry in Espacenet.',
    familyCount: { one: '# patent family', other: '# patent families' } satisfies Plural,
    documentCount: { one: '# document', other: '# documents' } satisfies Plural,
    grantedCount: { one: '# granted', other: '# granted' } satisfies Plural,
    publishedCount: { one: '# published application', other: '# published applications' } satisfies Plural,
    inventors: (names: string) => `Inventors: ${names}`,
    documentsOf: (title: string) => `Documents of the family “${title}”`,
    document: 'Document',
    status: 'Status',
    date: 'Date',
    granted: 'Granted',
    published: 'Published',
  },
  /** Per kind: the heading of its list, a count, one item's label (on preview images), and the letter of its numbers in the PDF CV (J12). */
  publicationKinds: {
    'journal-article': { heading: 'Journal articles', count: { one: '# journal article', other: '# journal articles' }, singular: 'Journal article', prefix: 'J' },
    'review-article': { heading: 'Review articles', count: { one: '# review article', other: '# review articles' }, singular: 'Review article', prefix: 'RA' },
    'conference-paper': {
      heading: 'Conference & workshop papers',
      count: { one: '# conference or workshop paper', other: '# conference & workshop papers' },
      singular: 'Conference paper',
      prefix: 'C',
    },
    book: { heading: 'Books', count: { one: '# book', other: '# books' }, singular: 'Book', prefix: 'M' },
    'edited-volume': { heading: 'Edited volumes', count: { one: '# edited volume', other: '# edited volumes' }, singular: 'Edited volume', prefix: 'E' },
    translation: { heading: 'Translations', count: { one: '# translation', other: '# translations' }, singular: 'Translation', prefix: 'TR' },
    'book-chapter': { heading: 'Book chapters', count: { one: '# book chapter', other: '# book chapters' }, singular: 'Book chapter', prefix: 'B' },
    review: { heading: 'Book reviews', count: { one: '# book review', other: '# book reviews' }, singular: 'Book review', prefix: 'V' },
    report: { heading: 'Reports & working papers', count: { one: '# report or working paper', other: '# reports & working papers' }, singular: 'Report', prefix: 'R' },
    preprint: { heading: 'Preprints', count: { one: '# preprint', other: '# preprints' }, singular: 'Preprint', prefix: 'P' },
    poster: { heading: 'Posters & abstracts', count: { one: '# poster or abstract', other: '# posters & abstracts' }, singular: 'Poster', prefix: 'A' },
    thesis: { heading: 'Theses', count: { one: '# thesis', other: '# theses' }, singular: 'Thesis', prefix: 'T' },
    dataset: { heading: 'Datasets', count: { one: '# dataset', other: '# datasets' }, singular: 'Dataset', prefix: 'D' },
    software: { heading: 'Software', count: { one: '# software package', other: '# software packages' }, singular: 'Software', prefix: 'S' },
    'magazine-article': {
      heading: 'Magazine & newspaper articles',
      count: { one: '# magazine or newspaper article', other: '# magazine & newspaper articles' },
      singular: 'Magazine article',
      prefix: 'N',
    },
  } satisfies Record<PublicationKind, { heading: string; count: Plural; singular: string; prefix: string }>,
  pdf: {
    link: (pages: string, date: string) => `CV (PDF, ${pages}, updated ${date})`,
    pageCount: { one: '# page', other: '# pages' } satisfies Plural,
    documentTitle: (name: string) => `Curriculum vitae of ${name}`,
    running: (date: string) => `Curriculum vitae, updated ${date}`,
    page: 'Page {page} of {pages}',
    /** A list the PDF shows in part ("12 of 51 publications"); the whole list has at least two. */
    shortened: {
      publications: (shown: string, total: string) => `${shown} of ${total} publications`,
      talks: (shown: string, total: string) => `${shown} of ${total} talks`,
      lectures: (shown: string, total: string) => `${shown} of ${total} lectures`,
    },
    allAt: 'all of them at',
    /** A CV variant (cv.variants): "Two-page CV: Ada Lovelace", its running header and its link on the CV page. */
    variantTitle: (title: string, name: string) => `${title}: ${name}`,
    variantRunning: (title: string, date: string) => `${title}, updated ${date}`,
    variantLink: (title: string, details: string) => `${title} (${details})`,
    fileKinds: { pdf: 'PDF', text: 'text', markdown: 'Markdown', csv: 'CSV' },
  },
  /** The one-paragraph biography (a variant of format biography). */
  biography: {
    who: (name: string, roleAt: string) => `${name} is ${roleAt}.`,
    selected: 'Selected publications:',
  },
  /** Section headings of the funders' CV forms (DFG form 53.200; ERC Work Programme since 2024; UKRI's R4RI guidance). */
  funders: {
    dfg: {
      career: 'Academic career',
      qualifications: 'Qualifications',
      positions: 'Positions',
      results: 'Scientific results',
      categoryA: 'A. Articles in peer-reviewed journals and publication organs, books and contributions to edited volumes',
      categoryB: 'B. Other publications: preprints, data sets, software, patents',
      engagement: 'Engagement in the research system',
      further: 'Further information',
    },
    erc: {
      personal: 'Personal details, education and positions',
      education: 'Education and key qualifications',
      positions: 'Current and previous positions',
      achievements: 'Research achievements and peer recognition',
      outputs: 'Research outputs',
      recognition: 'Peer recognition',
      additional: 'Additional information',
      community: 'Contributions to the research community',
    },
    r4ri: {
      personal: 'Personal details',
      modules: {
        knowledge: 'Module 1: Contributions to the generation of new ideas, tools, methodologies and knowledge',
        development: 'Module 2: Contributions to the development of others and maintenance of effective working relationships',
        community: 'Module 3: Contributions to the wider research and innovation community',
        society: 'Module 4: Contributions to broader research and innovation users and audiences, and towards wider societal benefit',
      },
      additional: 'Additional information',
    },
  },
  languageLevels: {
    native: 'native',
    bilingual: 'bilingual',
    'full professional proficiency': 'full professional proficiency',
    'professional working proficiency': 'professional working proficiency',
    'limited working proficiency': 'limited working proficiency',
    'elementary proficiency': 'elementary proficiency',
    C2: 'C2',
    C1: 'C1',
    B2: 'B2',
    B1: 'B1',
    A2: 'A2',
    A1: 'A1',
  } satisfies Record<LanguageLevel, string>,
  /* The career sections: grants, teaching, supervision, service, news and free pages. */
  grants: {
    roles: {
      pi: 'Principal investigator',
      'co-pi': 'Co-principal investigator',
      'co-investigator': 'Co-investigator',
      collaborator: 'Collaborator',
      fellow: 'Fellow',
    } satisfies Record<GrantRole, string>,
    number: (number: string) => `grant no.\u00A0${number}`,
    /** The owner's share next to the whole grant's amount. */
    share: (share: string, total: string) => `own share ${share} of ${total}`,
    /** The owner's share when the total is not shown. */
    shareOnly: (share: string) => `own share ${share}`,
    website: 'Grant website',
    /** A project's line naming the grant that funds it. */
    grant: 'Grant:',
  },
  teaching: {
    levels: {
      undergraduate: 'Undergraduate',
      graduate: 'Graduate',
      doctoral: 'Doctoral',
      'continuing-education': 'Continuing education',
      school: 'School',
    } satisfies Record<TeachingLevel, string>,
    roles: {
      instructor: 'Instructor',
      'co-instructor': 'Co-instructor',
      'teaching-assistant': 'Teaching assistant',
      'guest-lecturer': 'Guest lecturer',
    } satisfies Record<TeachingRole, string>,
    types: {
      lecture: 'Lecture',
      exercise: 'Exercise class',
      seminar: 'Seminar',
      proseminar: 'Proseminar',
      'advanced-seminar': 'Advanced seminar',
      colloquium: 'Research colloquium',
      lab: 'Lab course',
      tutorial: 'Tutorial',
      workshop: 'Workshop',
    } satisfies Record<CourseType, string>,
    /** A kind of term with its years ("2019/20–2021/22" for winter terms, "2022" or "2019–2021" for the others). */
    terms: {
      WS: (years: string) => `Winter term ${years}`,
      SS: (years: string) => `Summer term ${years}`,
      spring: (years: string) => `Spring ${years}`,
      summer: (years: string) => `Summer ${years}`,
      fall: (years: string) => `Fall ${years}`,
      autumn: (years: string) => `Autumn ${years}`,
      winter: (years: string) => `Winter ${years}`,
      Q1: (years: string) => `Q1 ${years}`,
      Q2: (years: string) => `Q2 ${years}`,
      Q3: (years: string) => `Q3 ${years}`,
      Q4: (years: string) => `Q4 ${years}`,
      year: (years: string) => years,
    } satisfies Record<TermKind, (years: string) => string>,
    /** The language of instruction, named in the site's language: "in German". */
    taughtIn: (language: string) => `in ${language}`,
    /** Labels of the course links that publications do not have. */
    links: { syllabus: 'Syllabus', materials: 'Materials' },
  },
  supervision: {
    /** Headings of the groups, one per stage. */
    levels: {
      postdoc: 'Postdoctoral researchers',
      phd: 'PhD students',
      master: 'Master’s students',
      bachelor: 'Bachelor’s students',
      intern: 'Interns',
    } satisfies Record<SupervisionLevel, string>,
    status: { ongoing: 'ongoing', completed: 'completed', left: 'discontinued' } satisfies Record<SupervisionStatus, string>,
    coSupervision: 'co-supervision',
    /** The other supervisors of the thesis. */
    coSupervisors: (names: string) => `with ${names}`,
    defence: (date: string) => `defence ${date}`,
    next: (where: string) => `next: ${where}`,
    /** The link to the thesis among the publications, when the entry has no title of its own. */
    thesis: 'Thesis',
  },
  service: {
    /** Headings of the groups, one per kind. */
    kinds: {
      editor: 'Editor',
      'editorial-board': 'Editorial board',
      'area-chair': 'Area chair',
      'programme-committee': 'Programme committee',
      reviewer: 'Reviewer',
      organiser: 'Organiser',
      'session-chair': 'Session chair',
      'committee-member': 'Committee member',
      other: 'Other service',
    } satisfies Record<ServiceKind, string>,
  },
  /** The search page (with the `search` setting). */
  search: {
    title: 'Search',
    description: (name: string) => `Search the publications, talks and pages of ${name}.`,
    label: 'Search publications, talks and pages',
    /** Shown where JavaScript is off: the search needs it, the filters do not. */
    needsScript: 'The search needs JavaScript, which is off in this browser. The publications can be filtered without it:',
    results: { one: '# result', other: '# results' } satisfies Plural,
  },
  /** The co-authors' index and each person's page. */
  people: {
    title: 'Co-authors',
    description: (count: string, name: string) => `${count} of ${name}, with their joint publications.`,
    count: { one: '# co-author', other: '# co-authors' } satisfies Plural,
    /** The link from the publications page: "All 85 co-authors". */
    all: (count: string) => `All ${count}`,
    lede: (count: string, publications: string) => `${count} in ${publications}, most joint publications first.`,
    /** The column headings of the index. */
    name: 'Name',
    works: 'Joint publications',
    years: 'Years',
    jointCount: { one: '# joint publication', other: '# joint publications' } satisfies Plural,
    /** A person's page: "3 joint publications with Maria Rossi, 2019–2023." */
    summary: (count: string, owner: string, years: string | undefined) => `${count} with ${owner}${years === undefined ? '' : `, ${years}`}.`,
    personDescription: (name: string, summary: string) => `${name}: ${summary}`,
    /** The forms of the name the author lists use. */
    forms: (forms: string) => `In author lists as ${forms}.`,
    publications: 'Joint publications',
    supervision: 'Supervision',
    homepage: 'Homepage',
    orcid: 'ORCID',
    /** The People page of a group (content/people/ with a role): its members by role, current ones first. */
    membersDescription: (name: string) => `The members of ${name}, current and former.`,
    current: 'Current members',
    alumni: 'Alumni',
    /** Each known role (src/schemas/person.ts): one member's label. */
    roles: {
      'principal-investigator': 'Principal investigator',
      'group-leader': 'Group leader',
      'research-scientist': 'Research scientist',
      postdoc: 'Postdoctoral researcher',
      'research-engineer': 'Research engineer',
      'phd-student': 'PhD student',
      'masters-student': 'Master’s student',
      'bachelors-student': 'Bachelor’s student',
      'research-assistant': 'Research assistant',
      'visiting-researcher': 'Visiting researcher',
      administrator: 'Administrator',
    } satisfies Record<MemberRole, string>,
    /** Each known role as the heading of its members. */
    roleGroups: {
      'principal-investigator': 'Principal investigators',
      'group-leader': 'Group leaders',
      'research-scientist': 'Research scientists',
      postdoc: 'Postdoctoral researchers',
      'research-engineer': 'Research engineers',
      'phd-student': 'PhD students',
      'masters-student': 'Master’s students',
      'bachelors-student': 'Bachelor’s students',
      'research-assistant': 'Research assistants',
      'visiting-researcher': 'Visiting researchers',
      administrator: 'Administration',
    } satisfies Record<MemberRole, string>,
    /** What an alumnus does now: "Now: Professor at the University of Oslo". */
    now: (what: string) => `Now: ${what}`,
    /** A member's page: "4 publications, 2019–2023." */
    memberSummary: (count: string, years: string | undefined) => `${count}${years === undefined ? '' : `, ${years}`}.`,
    memberPublications: 'Publications',
  },
  news: {
    title: 'News',
    description: (name: string) => `News from ${name}, newest first.`,
    all: 'All news',
    /** Before the entries a news item is about. */
    related: 'See:',
    byYear: 'News by year',
  },
};

/**
 * A catalogue's shape: the English one's, with every count's forms open to all plural
 * categories, since a language may need more than English's two (Arabic has six).
 */
type Catalogue<T> = T extends string
  ? T
  : T extends (...args: never[]) => unknown
    ? T
    : T extends Plural
      ? keyof T extends keyof Plural
        ? Plural
        : { [K in keyof T]: Catalogue<T[K]> }
      : { [K in keyof T]: Catalogue<T[K]> };

export type UIStrings = Catalogue<typeof en>;
