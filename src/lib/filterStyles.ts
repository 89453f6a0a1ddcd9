/**
 * Publication filters without JavaScript: each publication carries a class per value it
 * has (its kind, year, topics, the owner's part), each option of the form is a radio button
 * or a year in a <select>, and one generated stylesheet hides what the checked options rule
 * out (`:has()`). Rules are keyed on classes and ids only, so a style recalculation over
 * thousands of publications stays cheap; where `:has()` is unknown, the rules drop out and
 * the whole list shows.
 */

/** The filters chosen with radio buttons, and the class prefix of their values on a publication. */
const CLASS_PREFIX = { kinds: 'k-', topics: 't-', authorship: 'a-' } as const;
export type RadioFilter = keyof typeof CLASS_PREFIX;
const RADIO_FILTERS = Object.keys(CLASS_PREFIX) as RadioFilter[];

/** The id of an option's control: a radio button (`f-kinds-preprint`) or a year at one end of the range (`f-from-2019`). */
export const controlId = (filter: RadioFilter | 'from' | 'to', value: string): string => `f-${filter}-${value}`;

/** The owner's parts the filters tell apart (src/model/authors.ts's Authorship). */
export const AUTHORSHIP = ['first', 'last', 'studentLed'] as const;
export type AuthorshipPart = (typeof AUTHORSHIP)[number];

export interface Filterable {
  readonly kind: string;
  readonly year: number;
  readonly topics: readonly string[];
  readonly authorship: Readonly<Record<AuthorshipPart, boolean>>;
}

/** The classes of one publication: "k-journal-article y2019 t-xai a-first". */
export function itemClasses(publication: Filterable): string {
  return [
    `${CLASS_PREFIX.kinds}${publication.kind}`,
    `y${publication.year}`,
    ...publication.topics.map((topic) => `${CLASS_PREFIX.topics}${topic}`),
    ...AUTHORSHIP.filter((part) => publication.authorship[part]).map((part) => `${CLASS_PREFIX.authorship}${part}`),
  ].join(' ');
}

type Options = Readonly<Record<RadioFilter | 'years', readonly { readonly value: string }[]>>;

/** The rules of every option `options` names (the whole site's, so that one file serves every page of publications). */
export function filterStylesheet(options: Options): string {
  const hide = (control: string, items: string) => `.pub-filter:has(#${control}:checked) .publication${items}`;
  const years = options.years.map((option) => Number(option.value)).sort((a, b) => a - b);
  const anyOf = (list: readonly number[]) => `:is(${list.map((year) => `.y${year}`).join(', ')})`;
  const selectors = [
    ...RADIO_FILTERS.flatMap((filter) => options[filter].map((option) => hide(controlId(filter, option.value), `:not(.${CLASS_PREFIX[filter]}${option.value})`))),
    // From a year, the years before it go; to a year, the years after it.
    ...years.flatMap((year, i) => [
      ...(i > 0 ? [hide(controlId('from', String(year)), anyOf(years.slice(0, i)))] : []),
      ...(i < years.length - 1 ? [hide(controlId('to', String(year)), anyOf(years.slice(i + 1)))] : []),
    ]),
  ];
  return selectors.length === 0 ? '' : `/* Publication filters (src/lib/filterStyles.ts) */\n${selectors.join(',\n')} {\n  display: none;\n}\n`;
}
