/**
 * Site settings (`content/settings.yaml`): language, address, navigation, list
 * sizes, accent colour, how author names are shown and the PDF CV. Every field is optional;
 * an absent file means all defaults.
 */
import { z } from 'zod';
import { CATALOGUE_LANGUAGES } from '../i18n/index.ts';
import { type BACKGROUNDS, HEX_COLOUR, MIN_TEXT_CONTRAST, worstContrast } from '../lib/contrast.ts';
import { NAVIGABLE_PAGES } from '../lib/routes.ts';
import { ENTRY_ID, isEntryId } from './atoms.ts';
import { orcid } from './profile.ts';
import { text } from './common.ts';

/**
 * A BCP 47 language tag whose language has an interface catalogue (`en`, `de`,
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

/** One navigation entry: a page name, or a page with its own label. */
export const navigationEntry = z.union(
  [
    navigablePage.transform((page) => ({ page, label: undefined })),
    z.strictObject({
      /** Which page. */
      page: navigablePage,
      /** Text of the link, instead of the language's default. */
      label: text.optional(),
    }),
  ],
  { error: `expected a page name (${NAVIGABLE_PAGES.join(', ')}), the id of a free page, or { page, label }` },
);

export const settingsSchema = z.strictObject({
  /** Language of the site: interface text, `<html lang>`, `og:locale`, the feed, and date formats. `en-GB` writes 21 Oct 2022, `en` Oct 21, 2022. */
  language: siteLanguage.default('en'),
  /** Public address of the site, e.g. https://example.org or https://user.github.io/vita/ (the path becomes the base path). SITE_URL and BASE_PATH override it. */
  url: z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'expected an absolute http(s) URL such as https://example.org' }).optional(),
  /** Pages in the main navigation, in order, each once: names (home, news, publications, talks, patents, cv), ids of free pages, or { page, label }. Pages without entries are left out. Default: all, in that order, with the free pages that ask for a link. */
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
  /** The CV: the CV page and the PDF CV (/cv.pdf). */
  cv: z
    .strictObject({
      /** Which sections the CV page and the PDF show, in which order: names from experience, education, publications, grants, awards, projects, patents, talks, lectures, teaching, supervision, service, skills. Sections without entries are left out. Default: all, in that order. */
      sections: z
        .array(z.enum(CV_SECTIONS, { error: `expected a CV section: ${CV_SECTIONS.join(', ')}` }))
        .min(1, { error: 'expected at least one section' })
        .superRefine(eachOnce((section) => section, 'section'))
        .default([...CV_SECTIONS]),
    })
    .default({ sections: [...CV_SECTIONS] }),
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
  /** Topics publications, talks and projects may name (`topics: [id]`): id → label, e.g. `machine-learning: Machine learning`. Each topic with entries gets a page. */
  topics: z.record(z.string(), text).superRefine(keysMatch(ENTRY_ID, 'expected a topic id of lowercase letters, digits and hyphens, e.g. machine-learning')).default({}),
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
