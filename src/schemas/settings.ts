/**
 * Site settings (`content/settings.yaml`): language, address, navigation, list
 * sizes, accent colour, how author names are shown and the PDF CV. Every field is optional;
 * an absent file means all defaults.
 */
import { z } from 'zod';
import { CATALOGUE_LANGUAGES } from '../i18n/languages.ts';
import { type BACKGROUNDS, HEX_COLOUR, MIN_TEXT_CONTRAST, worstContrast } from '../lib/contrast.ts';
import { NAVIGABLE_PAGES } from '../lib/routes.ts';
import { ENTRY_ID, isEntryId } from './atoms.ts';
import { orcid } from './profile.ts';
import { localized, text, year } from './common.ts';
import { VARIANT_FORMATS, VARIANT_KINDS, VARIANT_PREFER, VARIANT_PRESETS } from './cvVariants.ts';

/**
 * A BCP 47 language tag whose language has an interface catalogue (`en`, `de`, `fr` …,
 * with a region such as `en-GB` or `de-AT` for dates and numbers).
 */
export const siteLanguage = z.string().transform((tag, ctx) => {
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    canonical = undefined;
  }
  const language = canonical?.split('-')[0];
  if (canonical === undefined || language === undefined || !(CATALOGUE_LANGUAGES as readonly string[]).includes(language)) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a language tag vita has interface text for: ${CATALOGUE_LANGUAGES.join(', ')} (optionally with a region, e.g. en-GB, de-AT)`,
      input: tag,
    });
    return z.NEVER;
  }
  return canonical;
});

/** The sections of the CV in their default order: positions and degrees, then publications, where a committee looks first; skills last. */
export const CV_SECTIONS = [
  'experience',
  'education',
  'publications',
  'grants',
  'awards',
  'projects',
  'patents',
  'talks',
  'lectures',
  'teaching',
  'supervision',
  'service',
  'skills',
] as const;
export type CvSectionName = (typeof CV_SECTIONS)[number];

/** vita's own reference style, the default: composed by the model, no CSL. */
export const VITA_STYLE = 'vita';

/** The CSL styles vita bundles (src/csl/styles/, from the CSL project, CC BY-SA 3.0). */
export const BUNDLED_STYLES = ['apa', 'chicago-author-date', 'chicago-notes-bibliography', 'modern-language-association', 'ieee', 'harvard-cite-them-right', 'din-1505-2'] as const;

/** A style name: vita, a bundled style, or a .csl file in the content folder (which must exist, checked across the tree). */
export const citationStyle = z
  .string()
  .refine((style) => style === VITA_STYLE || (BUNDLED_STYLES as readonly string[]).includes(style) || /^[A-Za-z0-9_][\w.-]*\.csl$/.test(style), {
    error: `expected ${VITA_STYLE}, a bundled style (${BUNDLED_STYLES.join(', ')}) or the name of a .csl file in the content folder, such as my-journal.csl`,
  });

/** A positive whole number of items. */
const count = (byDefault: number) => z.int({ error: 'expected a whole number such as 5' }).positive({ error: 'expected a number of at least 1' }).default(byDefault);

/** An accent colour that reads as link text on the backgrounds of `scheme` (WCAG AA, 4.5:1). */
const accentFor = (scheme: keyof typeof BACKGROUNDS) =>
  z
    .string()
    .regex(HEX_COLOUR, { error: 'expected a colour as #rrggbb, e.g. #0a5a9c' })
    .superRefine((colour, ctx) => {
      const ratio = worstContrast(colour, scheme);
      if (ratio < MIN_TEXT_CONTRAST) {
        ctx.addIssue({
          code: 'custom',
          message: `expected a colour with a contrast of at least ${MIN_TEXT_CONTRAST}:1 on the ${scheme} background (WCAG AA), not ${ratio}:1`,
          input: colour,
        });
      }
    });

/** A page of vita's own, or the id of a free page (content/pages/<id>.md): which free pages exist is checked across the tree. */
const navigablePage = z.string().refine(isEntryId);

/** Items of a list that must each appear once: a problem at each repetition. */
const eachOnce =
  <T>(name: (item: T) => string, what: string) =>
  (items: readonly T[], ctx: z.core.$RefinementCtx<T[]>) => {
    const names = items.map(name);
    names.forEach((item, index) => {
      if (names.indexOf(item) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `expected each ${what} once, and this one is in the list already`, input: item });
    });
  };

/** Keys of a mapping (topic ids, old paths) that must have a shape: a problem at each key that has not. */
const keysMatch = (pattern: RegExp, message: string) => (record: Record<string, unknown>, ctx: z.core.$RefinementCtx<Record<string, unknown>>) => {
  for (const key of Object.keys(record)) if (!pattern.test(key)) ctx.addIssue({ code: 'custom', path: [key], message, input: key });
};

/** One value or a list of them, always read as a list: `dois: 10.1038/x` or `dois: [10.1038/x, 10.1371/y]`. */
const oneOrMany = z.union([text.transform((value) => [value]), z.array(text)], { error: 'expected a value or a list of values' });

/** One section of a CV variant with its filters: `{ section: publications, selected: true, max: 10 }`. */
export const variantSectionFilters = z
  .strictObject({
    /** Which section. */
    section: z.enum(CV_SECTIONS, { error: `expected a CV section: ${CV_SECTIONS.join(', ')}` }),
    /** Only the publications marked `selected: true`. */
    selected: z.boolean().optional(),
    /** Only entries of this year or later (an ongoing position counts as current). */
    since: year.optional(),
    /** Only entries of these kinds: publication kinds, talk kinds, service kinds or supervision levels. */
    kinds: z.array(z.string()).min(1, { error: 'expected at least one kind' }).optional(),
    /** At most this many entries. */
    max: z.int({ error: 'expected a whole number such as 10' }).positive({ error: 'expected a number of at least 1' }).optional(),
    /** Which entries `max` keeps: `newest` (the default) or `selected` (the selected publications first, then the newest). */
    prefer: z.enum(VARIANT_PREFER, { error: `expected ${VARIANT_PREFER.join(' or ')}` }).optional(),
  })
  .superRefine((spec, ctx) => {
    const kinds: readonly string[] | undefined = (VARIANT_KINDS as Record<string, readonly string[]>)[spec.section];
    if (spec.section === 'skills' && Object.keys(spec).length > 1) {
      ctx.addIssue({ code: 'custom', path: ['section'], message: 'expected no filters on skills: it lists every group', input: spec });
    }
    if (spec.selected !== undefined && spec.section !== 'publications') {
      ctx.addIssue({
        code: 'custom',
        path: ['selected'],
        message: `expected selected only on publications, the only entries marked selected; ${spec.section} are not`,
        input: spec.selected,
      });
    }
    if (spec.prefer === 'selected' && spec.section !== 'publications') {
      ctx.addIssue({ code: 'custom', path: ['prefer'], message: `expected prefer: newest on ${spec.section}; only publications are marked selected`, input: spec.prefer });
    }
    spec.kinds?.forEach((kind, index) => {
      if (kinds === undefined) {
        ctx.addIssue({ code: 'custom', path: ['kinds'], message: `expected kinds only on ${Object.keys(VARIANT_KINDS).join(', ')}; ${spec.section} have none`, input: spec.kinds });
      } else if (!kinds.includes(kind)) {
        ctx.addIssue({ code: 'custom', path: ['kinds', index], message: `expected a kind of ${spec.section}: ${kinds.join(', ')}`, input: kind });
      }
    });
  });

/** A CV variant: its own file from the same content (see "CV variants" in the README). */
export const cvVariant = z.strictObject({
  /** Its file name: `short` writes /cv-short.pdf. Lowercase letters, digits and hyphens. */
  name: z.string().regex(ENTRY_ID, { error: 'expected a name of lowercase letters, digits and hyphens, e.g. two-page' }),
  /** Its title: the link on the CV page and the PDF's running header, e.g. "Two-page CV". */
  title: text,
  /** A starting point: academic-two-page, short, biography, dfg, erc, r4ri or nsf-coa; the fields set here replace the preset's. */
  preset: z.enum(VARIANT_PRESETS, { error: `expected a preset: ${VARIANT_PRESETS.join(', ')}` }).optional(),
  /** What it is made as: `cv` (a PDF like /cv.pdf), `biography` (one paragraph as .txt and .md), `dfg` or `erc` (the funders' CV forms as PDF), `r4ri` (UKRI's narrative CV as PDF and .md, with content/narrative.yaml), `nsf-coa` (NSF's co-author table as .csv). Default: the preset's, else cv. */
  format: z.enum(VARIANT_FORMATS, { error: `expected a format: ${VARIANT_FORMATS.join(', ')}` }).optional(),
  /** Its sections in order, each a name or { section, selected, since, kinds, max, prefer }. Default: the preset's, else those of cv.sections. */
  sections: z
    .array(
      z.union([z.enum(CV_SECTIONS).transform((section) => ({ section })), variantSectionFilters], {
        error: `expected a CV section (${CV_SECTIONS.join(', ')}) or { section, selected, since, kinds, max, prefer }`,
      }),
    )
    .min(1, { error: 'expected at least one section' })
    .superRefine(eachOnce((item) => item.section, 'section'))
    .optional(),
  /** Paper size, `a4` or `us-letter`; default: that of pdf.paper. */
  paper: z.enum(['a4', 'us-letter']).optional(),
  /** The most pages it may have: a variant that runs over stops the build, naming the sections that take the most room. Default: the preset's (2 for academic-two-page, 1 for short, 4 for erc), else none. */
  pages: z.int({ error: 'expected a whole number such as 2' }).positive({ error: 'expected a number of at least 1' }).optional(),
  /** The most words it may have, counted over the modules and additional information of an R4RI (narratives and evidence; the limit is set by each funding opportunity): a variant that runs over stops the build, naming the sections with the most words. Default: the preset's (1000 for r4ri), else none. */
  words: z.int({ error: 'expected a whole number such as 1000' }).positive({ error: 'expected a number of at least 1' }).optional(),
  /** Language of its headings, dates and words (a catalogue language, e.g. de or en-GB); the entries stay as written. Default: the site's. */
  language: siteLanguage.optional(),
  /** Whether entries show the texts of their bodies (what a position involved, a project's aims); false lists each in a line or two. Default: the preset's (false for academic-two-page and short), else true. */
  details: z.boolean().optional(),
  /** Whether the CV page links it, with its title. Default: true. */
  link: z.boolean().default(true),
});

/** One navigation entry: a page name, or a page with its own label. */
export const navigationEntry = z.union(
  [
    navigablePage.transform((page) => ({ page, label: undefined })),
    z.strictObject({
      /** Which page. */
      page: navigablePage,
      /** Text of the link, instead of the language's default. */
      label: localized.optional(),
    }),
  ],
  { error: `expected a page name (${NAVIGABLE_PAGES.join(', ')}), the id of a free page, or { page, label }` },
);

/** The language of a tag as translation maps, translation files and addresses name it: `de` for de-AT. */
export const languageKey = (tag: string): string => tag.split('-')[0]!.toLowerCase();

export const settingsSchema = z.strictObject({
  /** Language of the site: interface text, `<html lang>` and `dir`, `og:locale`, the feed, and date formats. `en`, `de`, `fr`, `es`, `it`, `pt` (Brazil's usage; `pt-PT` Portugal's), `nl` or `ar` (right to left), with a region for dates and numbers: `en-GB` writes 21 Oct 2022, `en` Oct 21, 2022. A site in several languages lists them under `languages` instead. */
  language: siteLanguage.default('en'),
  /** A site in several languages, instead of `language`: the first is the default, served at /, each other one under its code (/de/): every page, the PDF CV, the feed and cv.json. Fields written as { en: …, de: … } and files <id>.de.md carry the translations. */
  languages: z.array(siteLanguage).min(1, { error: 'expected at least one language' }).superRefine(eachOnce(languageKey, 'language')).optional(),
  /** What `npm run check` and the build do about a translation that a field written per language, or a text without its <id>.<lang>.md, lacks: `warning` lists it, `error` stops the build. */
  missingTranslations: z.enum(['warning', 'error']).default('warning'),
  /** Public address of the site, e.g. https://example.org or https://user.github.io/vita/ (the path becomes the base path). SITE_URL and BASE_PATH override it. */
  url: z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'expected an absolute http(s) URL such as https://example.org' }).optional(),
  /** Pages in the main navigation, in order, each once: names (home, news, people, publications, talks, patents, cv), ids of free pages, or { page, label }. Pages without entries are left out. Default: all, in that order, with the free pages that ask for a link. */
  navigation: z
    .array(navigationEntry)
    .min(1, { error: 'expected at least one page' })
    .superRefine(eachOnce((item) => item.page, 'page'))
    .optional(),
  /** Free pages linked from every page's footer, by id, each once, e.g. `[impressum, datenschutz]` for the legal notice and privacy statement German and Austrian sites need. */
  footer: z
    .array(z.string().regex(ENTRY_ID, { error: 'expected the id of a free page (its file name in content/pages/ without .md), e.g. impressum' }))
    .superRefine(eachOnce((page) => page, 'page'))
    .default([]),
  /** How many items lists show. */
  lists: z
    .strictObject({
      /** Recent publications on the home page when none is `selected`. */
      homePublications: count(5),
      /** Recent talks and lectures on the home page. */
      homeTalks: count(4),
      /** Recent projects on the home page when none runs now. */
      homeProjects: count(3),
      /** Items the CV shows of a list that is split into pages per year. */
      cvExcerpt: count(10),
      /** Author lists longer than this are shortened to "first names, …, owner, …, last names" with the full count (the owner always stays visible). */
      authors: count(12),
      /** Names a shortened author list keeps at the start; default: two fewer than `authors`, at most 8. */
      authorsFirst: z.int({ error: 'expected a whole number such as 3' }).positive({ error: 'expected a number of at least 1' }).optional(),
      /** Names a shortened author list keeps at the end (the senior authors of a large collaboration). */
      authorsLast: count(1),
      /** Beyond this many publications (or talks), lists are split into one page per year. LIST_LIMIT overrides it. */
      pageLimit: count(300),
      /** Latest news items on the home page (all of them on /news/). */
      homeNews: count(3),
    })
    .default({ homePublications: 5, homeTalks: 4, homeProjects: 3, cvExcerpt: 10, authors: 12, authorsLast: 1, pageLimit: 300, homeNews: 3 }),
  /** Colour of links and highlights: one colour for both schemes, or { light, dark }. Each must reach 4.5:1 contrast on its background. */
  accent: z
    .union([z.string().transform((colour) => ({ light: colour, dark: colour })), z.strictObject({ light: z.string(), dark: z.string() })])
    .pipe(z.strictObject({ light: accentFor('light'), dark: accentFor('dark') }))
    .optional(),
  /** Preview images (og:image) shown when the site is shared on social networks and in chats. */
  previewImages: z
    .strictObject({
      /** A preview of its own for each publication page (kind, status, title, authors, venue); false gives them the site's preview and builds a little faster (about 3 ms of CPU per image, cached between builds). */
      publications: z.boolean().default(true),
    })
    .default({ publications: true }),
  /** Citation counts (content/metrics.json, written by npm run metrics). */
  metrics: z
    .strictObject({
      /** Counts older than this many days earn a warning when the site is built; refresh them with npm run metrics. */
      maxAgeDays: count(90),
      /** `true` shows a panel on the publications page: citations per year, the total and the h-index with their source and date, each work's open access, and links to its Altmetric and Dimensions pages (plain links: no request to them from visitors' browsers). */
      panel: z.boolean().default(false),
      /** `true` puts the total and the h-index, with source and date, in the PDF CV too. */
      pdf: z.boolean().default(false),
    })
    .default({ maxAgeDays: 90, panel: false, pdf: false }),
  /** `true` marks the publications your ORCID record lists (content/orcid.json, written by npm run orcid and npm run sync) in the lists, on their pages and in cv.json, with a key once per list; not in the PDF. Default: false. */
  orcidMarks: z.boolean().default(false),
  /** The CV: the CV page and the PDF CV (/cv.pdf). */
  cv: z
    .strictObject({
      /** Which sections the CV page and the PDF show, in which order: names from experience, education, publications, grants, awards, projects, patents, talks, lectures, teaching, supervision, service, skills. Sections without entries are left out. Default: all, in that order. */
      sections: z
        .array(z.enum(CV_SECTIONS, { error: `expected a CV section: ${CV_SECTIONS.join(', ')}` }))
        .min(1, { error: 'expected at least one section' })
        .superRefine(eachOnce((section) => section, 'section'))
        .default([...CV_SECTIONS]),
      /** Further CVs from the same content, each its own file (/cv-<name>.pdf): a two-page CV, a one-paragraph biography, the DFG and ERC forms, UKRI's R4RI, NSF's co-author table. Each is { name, title, preset, format, sections, paper, pages, words, language, details, link }; see "CV variants" in the README. */
      variants: z
        .array(cvVariant)
        .superRefine(eachOnce((variant) => variant.name, 'variant name'))
        .default([]),
      /** Whether the CV page and the PDF count the publications by the owner's part: first author, last author, led by a supervised student (content/supervision/). Default: false, as in fields that order authors alphabetically. */
      authorship: z.boolean().default(false),
    })
    .default({ sections: [...CV_SECTIONS], variants: [], authorship: false }),
  /** The PDF CV (/cv.pdf). */
  pdf: z
    .strictObject({
      /** Paper size, `a4` or `us-letter`; the CV page printed from a browser follows it too. */
      paper: z.enum(['a4', 'us-letter']).default('a4'),
      /** Whether the PDF shows the profile's portrait beside the name, as many German and European CVs do. Default: false. */
      portrait: z.boolean().default(false),
    })
    .default({ paper: 'a4', portrait: false }),
  /** The style of every reference on the site and in the PDF: `vita` (its own, the default), a bundled CSL style (apa, chicago-author-date, chicago-notes-bibliography, modern-language-association, ieee, harvard-cite-them-right, din-1505-2), or a .csl file you put in the content folder (e.g. my-journal.csl from the Zotero style repository). The style's language follows the site's unless the style sets its own. */
  citationStyle: citationStyle.default(VITA_STYLE),
  /** How author names are shown in every list: `family-initials` (Lovelace A), `given-family` (A. Lovelace) or `as-written`. */
  authorNames: z.enum(['family-initials', 'given-family', 'as-written']).default('family-initials'),
  /** How author lists set the names of the group's members (content/people/ files with a `role`): `underline` (the default), `bold`, or `plain` for no emphasis. The owner stays in bold. */
  memberNames: z.enum(['underline', 'bold', 'plain']).default('underline'),
  /** Co-authors outside content/people/ with at least this many joint publications get a page of their own listing them, as everyone of content/people/ does; author lists link to it. Leave out for pages of content/people/ only. */
  coauthorPages: z.int({ error: 'expected a whole number such as 3' }).positive({ error: 'expected a number of at least 1' }).optional(),
  /** A search page, linked from every page's header, over the publications, talks and pages (Pagefind, indexed after the build). It is the site's only JavaScript, so it is off by default; without JavaScript the page points to the publication filters, which need none. */
  search: z.boolean().default(false),
  /** Topics publications, talks and projects may name (`topics: [id]`): id → label, e.g. `machine-learning: Machine learning`. Each topic with entries gets a page. */
  topics: z.record(z.string(), localized).superRefine(keysMatch(ENTRY_ID, 'expected a topic id of lowercase letters, digits and hyphens, e.g. machine-learning')).default({}),
  /** Old addresses of the site's pages on a previous site, each with the page it moved to, e.g. `/publications.html: publications`. */
  redirects: z
    .record(z.string(), z.enum(NAVIGABLE_PAGES, { error: `expected the page it moved to: ${NAVIGABLE_PAGES.join(', ')}` }))
    .superRefine(keysMatch(/^\/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*$/, 'expected a path on this site such as /publications.html (starting with /)'))
    .default({}),
  /** Where `npm run sync` (and the weekly pull request of .github/workflows/sync.yml) looks for new and changed publications. Every source is optional; public sources need no key. */
  sync: z
    .strictObject({
      /** Your ORCID iD: its works, employment, education, funding and peer review. */
      orcid: orcid.optional(),
      /** BibTeX files to follow: http(s) addresses, or paths relative to the repository, e.g. refs.bib. */
      bibtex: oneOrMany.default([]),
      /** Publications by DOI. */
      dois: oneOrMany.default([]),
      /** Preprints by arXiv id. */
      arxiv: oneOrMany.default([]),
      /** Your OpenAlex author id (A5023888391): what a Google Scholar profile would give, from an open source. */
      openalex: oneOrMany.default([]),
      /** Your DBLP person id (06/3498, from dblp.org/pid/06/3498). */
      dblp: oneOrMany.default([]),
      /** PubMed: PMIDs, an ORCID iD (searched as the author's iD) or a PubMed query such as "Lovelace A[au]". */
      pubmed: oneOrMany.default([]),
      /** A Zotero library, users/<id> or groups/<id>; a private one needs the ZOTERO_API_KEY secret. */
      zotero: oneOrMany.default([]),
      /** Whether sync refreshes the citation counts (content/metrics.json) from OpenAlex. Default: true. */
      metrics: z.boolean().default(true),
    })
    .optional(),
  /** A group site: the members whose own content folders build with this one, each under /<id>/ (its settings, pages, CV and feed), their publications joined into this site's list without duplicates. `folder` is relative to this content folder and outside it, e.g. `../members/ada/content` for a git submodule at members/ada. */
  members: z
    .array(
      z.strictObject({
        /** The member's address on the group site (/ada/) and, when there is one, their file in content/people/ (ada.md). */
        id: z.string().regex(ENTRY_ID, { error: 'expected an id of lowercase letters, digits and hyphens, e.g. ada' }),
        /** The member's content folder, relative to this one, e.g. ../members/ada/content. */
        folder: z.string().min(1, { error: "expected the path of the member's content folder, e.g. ../members/ada/content" }),
      }),
    )
    .superRefine(eachOnce((member) => member.id, 'member'))
    .default([]),
  /** Files the build writes for the web server the site is uploaded to. */
  deploy: z
    .strictObject({
      /** `true` writes `.htaccess` for an Apache web server (a university web space, most shared hosting): the 404 page, the security headers and the `redirects` as real 301s. Leave it off elsewhere: GitHub Pages ignores the file, Netlify and Cloudflare read `_headers` and `_redirects`. */
      htaccess: z.boolean().default(false),
    })
    .default({ htaccess: false }),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Settings that moved, by their old path: the check says where they went instead of only "unknown field". */
export const MOVED_SETTINGS: Readonly<Record<string, string>> = { 'pdf.sections': 'cv.sections (the CV page and the PDF share one list since 0.3)' };
