/**
 * CV variants: which entries of each section a variant shows, and in which order its
 * sections come. Pure: the checked entries (or the content check's data, which has the
 * same fields) and the variant's settings in, ids out. The presets the owner can use as
 * they are or adapt live here too.
 */
import type { VariantFormat, VariantPreset } from '../schemas/cvVariants.ts';
import type { CvSectionName, Settings } from '../schemas/settings.ts';

export type VariantSettings = Settings['cv']['variants'][number];
/** One section of a variant and its filters (see src/schemas/cvVariants.ts). */
export interface SectionSpec {
  readonly section: CvSectionName;
  readonly selected?: boolean | undefined;
  readonly since?: number | undefined;
  readonly kinds?: readonly string[] | undefined;
  readonly max?: number | undefined;
  readonly prefer?: 'newest' | 'selected' | undefined;
}

/** A variant with its preset applied: everything it needs to be made. */
export interface Variant {
  readonly name: string;
  readonly title: string;
  readonly format: VariantFormat;
  readonly sections: readonly SectionSpec[];
  readonly paper: 'a4' | 'us-letter';
  /** The most pages it may have; none when it has no limit. */
  readonly pages: number | undefined;
  /** The most words it may have; none when it has no limit. */
  readonly words: number | undefined;
  /** Whether entries show the texts of their bodies. */
  readonly details: boolean;
  /** A catalogue language, or none for the site's. */
  readonly language: string | undefined;
  readonly link: boolean;
}

type PresetFields = Pick<Variant, 'format'> & Partial<Pick<Variant, 'sections' | 'pages' | 'words' | 'details'>>;

/**
 * The starting points. The two-page CV is what grant proposals ask of a CV (positions,
 * degrees, ten publications, grants, awards); the short one fits a page; the biography is
 * one paragraph; the funders' forms bring their own structure (src/pdf/formats.ts).
 */
export const PRESETS: Readonly<Record<VariantPreset, PresetFields>> = {
  'academic-two-page': {
    format: 'cv',
    pages: 2,
    details: false,
    sections: [
      { section: 'experience' },
      { section: 'education' },
      { section: 'publications', max: 10, prefer: 'selected' },
      { section: 'grants' },
      { section: 'awards', max: 3 },
      { section: 'supervision', kinds: ['phd', 'postdoc'] },
    ],
  },
  short: {
    format: 'cv',
    pages: 1,
    details: false,
    sections: [
      { section: 'experience', max: 2 },
      { section: 'education', max: 1 },
      { section: 'publications', max: 3, prefer: 'selected' },
      { section: 'awards', max: 2 },
    ],
  },
  biography: { format: 'biography', sections: [{ section: 'publications', max: 3, prefer: 'selected' }] },
  dfg: { format: 'dfg' },
  // ERC Work Programme (since 2024): CV and track record in one document of at most four pages.
  erc: { format: 'erc', pages: 4 },
  // UKRI R4RI: positions and degrees, then the narrative per module (content/narrative.yaml) with a
  // few pieces of evidence each; the word limit is the funding opportunity's, commonly 1,000 words.
  r4ri: {
    format: 'r4ri',
    words: 1000,
    details: false,
    sections: [
      { section: 'experience' },
      { section: 'education' },
      { section: 'publications', max: 5, prefer: 'selected' },
      { section: 'grants', max: 3 },
      { section: 'supervision', kinds: ['phd', 'postdoc'], max: 3 },
      { section: 'teaching', max: 2 },
      { section: 'service', max: 3 },
      { section: 'patents', max: 2 },
      { section: 'lectures', max: 2 },
    ],
  },
  'nsf-coa': { format: 'nsf-coa' },
};

/** What a variant is typeset as: its own format, else its preset's, else a CV. */
export const variantFormat = (settings: Pick<VariantSettings, 'format' | 'preset'>): VariantFormat => settings.format ?? (settings.preset ? PRESETS[settings.preset].format : 'cv');

/** The variant with its preset and the site's defaults filled in. */
export function resolveVariant(settings: VariantSettings, defaults: { readonly sections: readonly CvSectionName[]; readonly paper: 'a4' | 'us-letter' }): Variant {
  const preset: PresetFields = settings.preset ? PRESETS[settings.preset] : { format: 'cv' };
  return {
    name: settings.name,
    title: settings.title,
    format: variantFormat(settings),
    sections: settings.sections ?? preset.sections ?? defaults.sections.map((section) => ({ section })),
    paper: settings.paper ?? defaults.paper,
    pages: settings.pages ?? preset.pages,
    words: settings.words ?? preset.words,
    details: settings.details ?? preset.details ?? true,
    language: settings.language,
    link: settings.link,
  };
}

/** The extensions of the files each format writes (/cv-<name>.<extension>). */
export const FORMAT_FILES: Readonly<Record<VariantFormat, readonly ('pdf' | 'txt' | 'md' | 'csv')[]>> = {
  cv: ['pdf'],
  dfg: ['pdf'],
  erc: ['pdf'],
  biography: ['txt', 'md'],
  r4ri: ['pdf', 'md'],
  'nsf-coa': ['csv'],
};

/** What each kind of file is, for the words that name it (t.pdf.fileKinds). */
export const FILE_KINDS = { pdf: 'pdf', txt: 'text', md: 'markdown', csv: 'csv' } as const;

/** The files of a variant, "short.pdf", as paths.cvVariant takes them. */
export const variantFiles = (variant: Pick<Variant, 'name' | 'format'>): string[] => FORMAT_FILES[variant.format].map((extension) => `${variant.name}.${extension}`);

/** What a filter looks at in an entry: the years it spans, its kind, whether it is selected. */
export interface ItemFacts {
  readonly id: string;
  /** First and last year; the last is Infinity while it runs. None for an entry without dates. */
  readonly years: readonly [number, number] | undefined;
  readonly kind: string | undefined;
  readonly selected: boolean;
}

type Data = Readonly<Record<string, unknown>>;
const yearOf = (value: unknown): number => Number(String(value).slice(0, 4));
const span = (years: readonly number[]): [number, number] | undefined => (years.length === 0 ? undefined : [Math.min(...years), Math.max(...years)]);

/** The facts of one entry of `section`, from its checked fields (a content entry or the content check's data). */
export function itemFacts(section: CvSectionName, id: string, data: Data): ItemFacts {
  const periodOf = (): [number, number] => [yearOf(data['start']), data['end'] === undefined ? Infinity : yearOf(data['end'])];
  const years = ((): readonly [number, number] | undefined => {
    switch (section) {
      case 'publications':
      case 'awards':
        return span([Number(data['year'])]);
      case 'talks':
      case 'lectures':
        return span((data['date'] as { dates: string[] }).dates.map(yearOf));
      case 'patents':
        return span((data['members'] as { date: string }[]).map((member) => yearOf(member.date)));
      case 'teaching':
        return span((data['terms'] as { year: number }[]).map((term) => term.year));
      case 'service':
        return span(data['years'] as number[]);
      case 'skills':
        return undefined;
      default:
        return periodOf();
    }
  })();
  const kind = section === 'supervision' ? data['level'] : data['kind'];
  return { id, years, kind: typeof kind === 'string' ? kind : undefined, selected: data['selected'] === true };
}

/**
 * The ids `spec` keeps of `items` (in the model's order, newest first), in that order:
 * those that pass every filter, and of them at most `max`, the newest or the selected first.
 */
export function filterItems(items: readonly ItemFacts[], spec: SectionSpec): string[] {
  const passing = items.filter(
    (item) =>
      (spec.selected !== true || item.selected) &&
      (spec.since === undefined || item.years === undefined || item.years[1] >= spec.since) &&
      (spec.kinds === undefined || (item.kind !== undefined && spec.kinds.includes(item.kind))),
  );
  if (spec.max === undefined || passing.length <= spec.max) return passing.map((item) => item.id);
  const ranked = spec.prefer === 'selected' ? [...passing.filter((item) => item.selected), ...passing.filter((item) => !item.selected)] : passing;
  const kept = new Set(ranked.slice(0, spec.max).map((item) => item.id));
  return passing.filter((item) => kept.has(item.id)).map((item) => item.id);
}

/** Whether `spec` filters at all (a plain section name does not). */
export const filters = (spec: SectionSpec): boolean => spec.selected !== undefined || spec.since !== undefined || spec.kinds !== undefined || spec.max !== undefined;

/** The entries of a section in the model's order, as the filters see them. */
export type SectionItems = (section: CvSectionName) => readonly ItemFacts[];

/** The ids each of the variant's filtered sections shows, by section; a section without filters shows all its entries. */
export function variantSelection(variant: Pick<Variant, 'sections'>, items: SectionItems): ReadonlyMap<CvSectionName, ReadonlySet<string>> {
  return new Map(variant.sections.filter(filters).map((spec) => [spec.section, new Set(filterItems(items(spec.section), spec))]));
}

/** The entries of a section of the model, newest first, as the filters see them. */
export const modelItems =
  (cv: object): SectionItems =>
  (section) => {
    const list = (cv as Readonly<Record<string, unknown>>)[section];
    return Array.isArray(list) ? list.map((entry: Data & { id: string }) => itemFacts(section, entry.id, entry)) : [];
  };

/** The sections of a variant whose filters match nothing although the section has entries: their index in `sections`. */
export function emptySections(variant: Pick<Variant, 'sections'>, items: SectionItems): number[] {
  return variant.sections.flatMap((spec, index) => {
    const all = items(spec.section);
    return filters(spec) && all.length > 0 && filterItems(all, spec).length === 0 ? [index] : [];
  });
}
