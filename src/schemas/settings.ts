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

/** Keys of a mapping (topic ids, old paths) that must have a shape: a problem at each key that has not. */
const keysMatch = (pattern: RegExp, message: string) => (record: Record<string, unknown>, ctx: z.core.$RefinementCtx<Record<string, unknown>>) => {
  for (const key of Object.keys(record)) if (!pattern.test(key)) ctx.addIssue({ code: 'custom', path: [key], message, input: key });
};

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
  /** Pages in the main navigation, in order: names (home, news, publications, talks, patents, cv), ids of free pages, or { page, label }. Pages without entries are left out. Default: all, in that order, with the free pages that ask for a link. */
  navigation: z.array(navigationEntry).min(1, { error: 'expected at least one page' }).optional(),
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
      /** Author lists longer than this are shortened (the owner always stays visible). */
      authors: count(12),
      /** Beyond this many publications (or talks), lists are split into one page per year. LIST_LIMIT overrides it. */
      pageLimit: count(300),
      /** Latest news items on the home page (all of them on /news/). */
      homeNews: count(3),
    })
    .default({ homePublications: 5, homeTalks: 4, homeProjects: 3, cvExcerpt: 10, authors: 12, pageLimit: 300, homeNews: 3 }),
  /** Colour of links and highlights: one colour for both schemes, or { light, dark }. Each must reach 4.5:1 contrast on its background. */
  accent: z
    .union([z.string().transform((colour) => ({ light: colour, dark: colour })), z.strictObject({ light: z.string(), dark: z.string() })])
    .pipe(z.strictObject({ light: accentFor('light'), dark: accentFor('dark') }))
    .optional(),
  /** Preview images (og:image) shown when the site is shared on social networks and in chats. */
  previewImages: z
    .strictObject({
      /** A preview of its own for each publication page (title, authors, venue); false gives them the site's preview and builds faster (about 40 ms of CPU per image, cached between builds). */
      publications: z.boolean().default(true),
    })
    .default({ publications: true }),
  /** Citation counts (content/metrics.json, written by npm run metrics). */
  metrics: z
    .strictObject({
      /** Counts older than this many days earn a warning when the site is built; refresh them with npm run metrics. */
      maxAgeDays: count(90),
    })
    .default({ maxAgeDays: 90 }),
  /** The CV: the CV page and the PDF CV (/cv.pdf). */
  cv: z
    .strictObject({
      /** Which sections the CV page and the PDF show, in which order: names from experience, education, publications, grants, awards, projects, patents, talks, lectures, teaching, supervision, service, skills. Sections without entries are left out. Default: all, in that order. */
      sections: z
        .array(z.enum(CV_SECTIONS, { error: `expected a CV section: ${CV_SECTIONS.join(', ')}` }))
        .min(1, { error: 'expected at least one section' })
        .superRefine((sections, ctx) => {
          for (const [index, section] of sections.entries()) {
            if (sections.indexOf(section) !== index)
              ctx.addIssue({ code: 'custom', path: [index], message: `expected each section once; "${section}" is already in the list`, input: section });
          }
        })
        .default([...CV_SECTIONS]),
    })
    .default({ sections: [...CV_SECTIONS] }),
  /** The PDF CV (/cv.pdf). */
  pdf: z
    .strictObject({
      /** Paper size, `a4` or `us-letter`; the CV page printed from a browser follows it too. */
      paper: z.enum(['a4', 'us-letter']).default('a4'),
    })
    .default({ paper: 'a4' }),
  /** How author names are shown in every list: `family-initials` (Lovelace A), `given-family` (A. Lovelace) or `as-written`. */
  authorNames: z.enum(['family-initials', 'given-family', 'as-written']).default('family-initials'),
  /** Topics publications, talks and projects may name (`topics: [id]`): id → label, e.g. `machine-learning: Machine learning`. Each topic with entries gets a page. */
  topics: z.record(z.string(), text).superRefine(keysMatch(ENTRY_ID, 'expected a topic id of lowercase letters, digits and hyphens, e.g. machine-learning')).default({}),
  /** Old addresses of the site's pages on a previous site, each with the page it moved to, e.g. `/publications.html: publications`. */
  redirects: z
    .record(z.string(), z.enum(NAVIGABLE_PAGES, { error: `expected the page it moved to: ${NAVIGABLE_PAGES.join(', ')}` }))
    .superRefine(keysMatch(/^\/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*$/, 'expected a path on this site such as /publications.html (starting with /)'))
    .default({}),
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
