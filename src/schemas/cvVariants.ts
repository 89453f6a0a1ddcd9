/**
 * Named CV variants (`cv.variants` in settings.yaml): each is its own file from the same
 * content, `/cv-<name>.pdf` (or .txt and .md for a biography, .csv for an NSF COA table),
 * with its sections, their filters, its paper, language and page limit.
 */
import { z } from 'zod';
import { ENTRY_ID } from './atoms.ts';
import { text, year } from './common.ts';
import { publicationKind } from './publication.ts';
import { serviceKind } from './service.ts';
import { supervisionLevel } from './supervision.ts';
import { talkKind } from './talk.ts';

/** The sections a variant may list (the CV's own, see settings.ts), and the kinds each can filter on. */
export const VARIANT_KINDS = {
  publications: publicationKind.options,
  talks: talkKind.options,
  lectures: talkKind.options,
  service: serviceKind.options,
  supervision: supervisionLevel.options,
} as const satisfies Record<string, readonly string[]>;

/** What a variant is typeset as. */
export const VARIANT_FORMATS = ['cv', 'biography', 'dfg', 'erc', 'nsf-coa'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

/** Starting points a variant may name (`preset`), defined in src/model/variants.ts. */
export const VARIANT_PRESETS = ['academic-two-page', 'short', 'biography', 'dfg', 'erc', 'nsf-coa'] as const;
export type VariantPreset = (typeof VARIANT_PRESETS)[number];

/** Which entries `max` keeps: the newest, or the `selected` publications first and then the newest. */
export const VARIANT_PREFER = ['newest', 'selected'] as const;

const positive = (example: number) => z.int({ error: `expected a whole number such as ${example}` }).positive({ error: 'expected a number of at least 1' });

/**
 * One section of a variant with its filters; plain `experience` is the section unfiltered.
 * `sections` is the CV's list of section names: the settings module passes it in, so this
 * module and the settings share one list without importing each other.
 */
export function variantSection<const S extends readonly [string, ...string[]]>(sections: S) {
  const filters = z
    .strictObject({
      /** Which section. */
      section: z.enum(sections, { error: `expected a CV section: ${sections.join(', ')}` }),
      /** Only the publications marked `selected: true`. */
      selected: z.boolean().optional(),
      /** Only entries of this year or later (an ongoing position counts as current). */
      since: year.optional(),
      /** Only entries of these kinds: publication kinds, talk kinds, service kinds or supervision levels. */
      kinds: z.array(z.string()).min(1, { error: 'expected at least one kind' }).optional(),
      /** At most this many entries. */
      max: positive(10).optional(),
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
          ctx.addIssue({
            code: 'custom',
            path: ['kinds'],
            message: `expected kinds only on ${Object.keys(VARIANT_KINDS).join(', ')}; ${spec.section} have none`,
            input: spec.kinds,
          });
        } else if (!kinds.includes(kind)) {
          ctx.addIssue({ code: 'custom', path: ['kinds', index], message: `expected a kind of ${spec.section}: ${kinds.join(', ')}`, input: kind });
        }
      });
    });
  return z.union([z.enum(sections).transform((section) => ({ section })), filters], {
    error: `expected a CV section (${sections.join(', ')}) or { section, selected, since, kinds, max, prefer }`,
  });
}

/** A named variant; `sections` is the CV's list of section names (see variantSection). */
export function cvVariant<const S extends readonly [string, ...string[]]>(sections: S, language: z.ZodType<string>) {
  return z.strictObject({
    /** Its file name: `short` writes /cv-short.pdf. Lowercase letters, digits and hyphens. */
    name: z.string().regex(ENTRY_ID, { error: 'expected a name of lowercase letters, digits and hyphens, e.g. two-page' }),
    /** Its title: the link on the CV page and the PDF's running header, e.g. "Two-page CV". */
    title: text,
    /** A starting point: academic-two-page, short, biography, dfg, erc or nsf-coa; the fields set here replace the preset's. */
    preset: z.enum(VARIANT_PRESETS, { error: `expected a preset: ${VARIANT_PRESETS.join(', ')}` }).optional(),
    /** What it is typeset as: `cv` (a PDF like /cv.pdf), `biography` (one paragraph as .txt and .md), `dfg` or `erc` (the funders' CV forms as PDF), `nsf-coa` (NSF's co-author table as .csv). Default: the preset's, else cv. */
    format: z.enum(VARIANT_FORMATS, { error: `expected a format: ${VARIANT_FORMATS.join(', ')}` }).optional(),
    /** Its sections in order, each a name or { section, selected, since, kinds, max, prefer }. Default: the preset's, else those of cv.sections. */
    sections: z
      .array(variantSection(sections))
      .min(1, { error: 'expected at least one section' })
      .superRefine((items, ctx) => {
        const names = items.map((item) => item.section);
        names.forEach((name, index) => {
          if (names.indexOf(name) !== index)
            ctx.addIssue({ code: 'custom', path: [index], message: 'expected each section once, and this one is in the list already', input: name });
        });
      })
      .optional(),
    /** Paper size, `a4` or `us-letter`; default: that of pdf.paper. */
    paper: z.enum(['a4', 'us-letter']).optional(),
    /** The most pages it may have: a variant that runs over stops the build. Default: the preset's (the ERC form: 4), else none. */
    pages: positive(2).optional(),
    /** Language of its headings, dates and words (a catalogue language, e.g. de or en-GB); the entries stay as written. Default: the site's. */
    language: language.optional(),
    /** Whether entries show the texts of their bodies (what a position involved, a project's aims); false lists them in a line or two. Default: the preset's (false for academic-two-page and short), else true. */
    details: z.boolean().optional(),
    /** Whether the CV page links it, with its title. Default: true. */
    link: z.boolean().default(true),
  });
}
