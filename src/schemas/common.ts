/**
 * Building blocks shared by every content schema: dates, links, language tags,
 * names and visibility. Everything is normalised here (trimmed strings, ISO dates
 * as strings) so nothing downstream re-validates.
 */
import { z } from 'zod';
import { CONTROL, INVISIBLE } from '../lib/text/characters.ts';
import { isCountryCode } from '../lib/countries.ts';
import { ENTRY_ID, INITIALS, isLanguageTag, LANGUAGE_TAG_EXPECTED, unlinkableName } from './atoms.ts';
import { translatable } from './translations.ts';

/** Refuses control characters (other than `allowed`) and text made only of invisible characters; the message names the character. */
function readableText(allowed: RegExp) {
  return (value: string, ctx: z.core.$RefinementCtx<string>) => {
    if (value === '') return; // the length check says that already
    const characters = [...value];
    if (characters.some((character) => CONTROL.test(character) && !allowed.test(character))) {
      ctx.addIssue({ code: 'custom', message: 'expected text without control characters (paste it again as plain text, or delete the character)', input: value });
    } else if (characters.every((character) => INVISIBLE.test(character) || /\s/.test(character))) {
      ctx.addIssue({ code: 'custom', message: 'expected visible text, not only invisible characters', input: value });
    }
  };
}

/** A trimmed, non-empty single-line string. */
export const text = z
  .string()
  .trim()
  .min(1, { error: 'expected a non-empty text' })
  .refine((value) => !value.includes('\n'), { error: 'expected a single line of text' })
  .superRefine(readableText(/\n/));

/** A trimmed, non-empty text that may span several lines (Markdown allowed). */
export const longText = z.string().trim().min(1, { error: 'expected a non-empty text' }).superRefine(readableText(/\n/));

/** A single line of text that may carry translations: the text, or one per language such as { en: Professor, de: Professorin }. */
export const localized = translatable(text);

/** A text of several lines that may carry translations. */
export const localizedLong = translatable(longText);

/** A country: an ISO 3166 code such as DE or ES, which each page names in its language, or the country's name as written (which may carry translations). */
export const country = translatable(
  text.refine((value) => !/^[A-Z]{2}$/.test(value) || isCountryCode(value), { error: 'expected an ISO 3166 country code such as DE, ES or GB, or the name of the country' }),
);

/** YAML turns `2022-10-21` into a Date; bring it back to the ISO string the author wrote (UTC, so no shift). */
function dateToIso(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * The same shapes as JSON Schema patterns, for editors (schemas/*.schema.json): a month 01–12 and the days
 * each month can have, so 2022-02-30 is flagged while typing; leap years stay the content check's (02-29 passes).
 */
const MONTH_PATTERN = '(?:0[1-9]|1[0-2])';
const monthDays = (list: boolean) => {
  const days = (pattern: string) => (list ? `${pattern}(?:/${pattern})*` : pattern);
  return `(?:(?:0[13578]|1[02])-${days('(?:0[1-9]|[12]\\d|3[01])')}|(?:0[469]|11)-${days('(?:0[1-9]|[12]\\d|30)')}|02-${days('(?:0[1-9]|[12]\\d)')})`;
};

/**
 * A list that may be written as its only item (`terms: 2021-WS` for `[2021-WS]`). The mark `oneOrList`
 * tells the JSON Schemas for editors to take both forms (tooling/docs/jsonSchemas.ts).
 */
export const oneOrList = <T extends z.ZodType>(list: T) => z.preprocess((value) => (Array.isArray(value) || value === undefined ? value : [value]), list).meta({ oneOrList: true });

/** A calendar day `YYYY-MM-DD` that exists (2022-02-30 does not). */
export const isoDay = z
  .preprocess(
    dateToIso,
    z.string({ error: 'expected a date YYYY-MM-DD' }).refine(
      (value) => {
        const match = DAY.exec(value);
        return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
      },
      { error: 'expected a real calendar date YYYY-MM-DD' },
    ),
  )
  .meta({ pattern: `^\\d{4}-${monthDays(false)}$` });

/** A month `YYYY-MM` (month 01–12). */
export const isoMonth = z
  .string({ error: 'expected a month YYYY-MM (quote it or write it plainly, e.g. 2021-01)' })
  .refine(
    (value) => {
      const match = MONTH.exec(value);
      return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
    },
    { error: 'expected a month YYYY-MM with month 01–12' },
  )
  .meta({ pattern: `^\\d{4}-${MONTH_PATTERN}$` });

/** A four-digit year, from 1000: a historian's sources and a memorial site's nineteenth-century career have old years too. */
export const year = z.int({ error: 'expected a year such as 2019' }).min(1000).max(2100);

/**
 * The date of a talk or lecture as written on a CV: a day (`2022-10-21`), a month
 * (`2020-08`), or several days of one month (`2021-12-13/14/16`). Normalised to the
 * list of ISO dates it covers and their precision.
 */
export const eventDate = z
  .preprocess(
    dateToIso,
    z.string({ error: 'expected a date YYYY-MM-DD, a month YYYY-MM or days YYYY-MM-DD/DD/DD' }).transform((value, ctx) => {
      const month = MONTH.exec(value);
      if (month) {
        if (Number(month[2]) >= 1 && Number(month[2]) <= 12) return { dates: [value], precision: 'month' as const };
      } else {
        const multi = /^(\d{4})-(\d{2})-(\d{2})((?:\/\d{2})*)$/.exec(value);
        if (multi) {
          const [, y, m, first, rest] = multi as unknown as [string, string, string, string, string];
          const days = [first, ...rest.split('/').filter(Boolean)];
          const ascending = days.every((day, i) => i === 0 || Number(day) > Number(days[i - 1]));
          if (ascending && days.every((day) => isRealDay(Number(y), Number(m), Number(day)))) {
            return { dates: days.map((day) => `${y}-${m}-${day}`), precision: 'day' as const };
          }
        }
      }
      ctx.addIssue({
        code: 'custom',
        message: 'expected a real date YYYY-MM-DD, a month YYYY-MM, or ascending days of one month YYYY-MM-DD/DD/DD',
        input: value,
      });
      return z.NEVER;
    }),
  )
  .meta({ pattern: `^\\d{4}-(?:${MONTH_PATTERN}|${monthDays(true)})$` });
export type EventDate = z.infer<typeof eventDate>;

/** An absolute http(s) URL; other schemes (javascript:, data:) are rejected. */
export const httpUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'expected an absolute http(s) URL such as https://example.org/page',
});

/** A BCP 47 language tag such as `en`, `de` or `pt-BR`. */
export const languageTag = z.string().refine(isLanguageTag, { error: LANGUAGE_TAG_EXPECTED });

/** What kind of resource a link points to; decides its label and icon. */
export const linkKind = z.enum(['code', 'project', 'pdf', 'slides', 'video', 'stream', 'data', 'website', 'publisher']);

/**
 * A file shipped with the site: a path under public/ (`/files/paper.pdf`) or a file
 * beside the entry (`paper.pdf`, `slides/talk.pdf`). No `..`, no query, no scheme.
 */
export const LOCAL_FILE = /^\/?(?:\.\/)?(?:[A-Za-z0-9_][\w.-]*\/)*[A-Za-z0-9_][\w.-]*\.[A-Za-z0-9]+$/;

/** A link target: an http(s) URL, or a file on the site itself (checked to exist across the tree). */
export const linkTarget = z.union(
  [
    httpUrl,
    z
      .string()
      .regex(LOCAL_FILE)
      .refine((path) => !path.split('/').includes('..')),
  ],
  {
    error: (issue) => {
      const generic =
        'expected an absolute http(s) URL such as https://example.org/page, a file under public/ such as /files/paper.pdf, or a file beside this one such as paper.pdf';
      // A file name with a space or an umlaut is refused for its name, which the message says.
      const file = typeof issue.input === 'string' && !/^[a-z][a-z\d+.-]*:|^\/\/|(?:^|\/)\.\.(?:\/|$)/i.test(issue.input) ? issue.input : undefined;
      const unlinkable = file
        ?.split('/')
        .filter((segment, index) => segment !== '' && !(index === 0 && segment === '.'))
        .map(unlinkableName)
        .find(Boolean);
      return unlinkable ?? generic;
    },
  },
);

/** A typed link: `{ kind: code, url: https://… }`, with an optional label overriding the default one. */
export const link = z.strictObject({
  /** What the link points to. */
  kind: linkKind,
  /** Where it points: http(s), a file under public/ (/files/paper.pdf), or a file beside the entry (paper.pdf). */
  url: linkTarget,
  /** Text shown instead of the kind's default label. */
  label: localized.optional(),
});
export type Link = z.infer<typeof link>;

/** Who may see a personal detail: the public site (`web`), the printable CV only (`cv`), or nobody (`hidden`). */
export const visibility = z.enum(['web', 'cv', 'hidden']);
export type Visibility = z.infer<typeof visibility>;

const VISIBILITY_FORM = '{ value, visibility: web | cv | hidden }';

/**
 * A personal detail with a visibility: either the plain value (which takes the
 * default visibility) or `{ value, visibility }`. A wrong value is named with what
 * the value itself expects ("expected an e-mail address, or { value, … }").
 */
export function withVisibility<T extends z.ZodType>(value: T, byDefault: Visibility) {
  return z.union([value.transform((v) => ({ value: v as z.output<T>, visibility: byDefault })), z.strictObject({ value, visibility: visibility.default(byDefault) })], {
    error: (issue) => {
      const branches = (issue as { errors?: readonly (readonly { message: string; path: readonly PropertyKey[] }[])[] }).errors ?? [];
      const isObject = typeof issue.input === 'object' && issue.input !== null;
      const inner = isObject ? branches[1]?.find((problem) => problem.path[0] === 'value') : branches[0]?.[0];
      if (!inner?.message.startsWith('expected')) return `expected a value, or ${VISIBILITY_FORM}`;
      return isObject ? `expected ${VISIBILITY_FORM} whose value is ${inner.message.replace(/^expected /, '')}` : `${inner.message}, or ${VISIBILITY_FORM}`;
    },
  });
}

/**
 * An author as a CV prints it: `Family Initials` ("Lovelace A", "Höhne M-C M",
 * "Yolcu GÜ"), or `Family, Given` when the full given name is known.
 */
export const personName = text.refine(
  (value) => {
    if (value.includes(',')) return /^[^,]+,\s*[^,]+$/.test(value);
    const tokens = value.split(/\s+/);
    return tokens.length >= 2 && INITIALS.test(tokens.at(-1)!) && !INITIALS.test(tokens[0]!);
  },
  { error: 'expected an author name "Family Initials" such as "Lovelace A", or "Family, Given"' },
);

/** A person named in full with title, as written: "Prof. Dr. Klaus-Robert Müller". */
export const fullName = text;

/**
 * An author or editor of a publication as the rest of vita sees it: a person or an organisation, with the
 * marks a CV prints. Flags are present only when true, so the thousands of plain names of a long
 * bibliography stay small objects.
 */
export interface Contributor {
  /** A person as "Family Initials" or "Family, Given"; an organisation's name as printed. */
  readonly name: string;
  /** An organisation or collaboration ("The ATLAS Collaboration"): never split into family and given names. */
  readonly organization?: true;
  /** Contributed equally with the others marked so (co-first authors). */
  readonly equal?: true;
  /** Led the work jointly with the others marked so (co-senior authors, usually last). */
  readonly coSenior?: true;
  /** The corresponding author. */
  readonly corresponding?: true;
}

type Marks = { equal?: boolean | undefined; coSenior?: boolean | undefined; corresponding?: boolean | undefined };

const person = (name: string, marks: Marks = {}): Contributor => ({
  name,
  ...(marks.equal ? { equal: true as const } : {}),
  ...(marks.coSenior ? { coSenior: true as const } : {}),
  ...(marks.corresponding ? { corresponding: true as const } : {}),
});

/**
 * An author in an author list: a name ("Lovelace A"), a person with marks
 * (`{ name: Lovelace A, equal: true, corresponding: true }`; `coSenior: true` for the
 * jointly leading last authors), or an organisation
 * (`{ organization: The ATLAS Collaboration }`).
 */
export const contributor = z.union(
  [
    personName.transform((name) => person(name)),
    z
      .strictObject({
        /** The person, "Family Initials" or "Family, Given". */
        name: personName,
        /** Contributed equally with the other authors marked so (co-first authors). */
        equal: z.boolean().optional(),
        /** Led the work jointly with the other authors marked so (co-senior authors). */
        coSenior: z.boolean().optional(),
        /** The corresponding author. */
        corresponding: z.boolean().optional(),
      })
      .transform(({ name, ...marks }) => person(name, marks)),
    z
      .strictObject({
        /** The organisation or collaboration, as printed: "The ATLAS Collaboration". */
        organization: text,
      })
      .transform(({ organization }): Contributor => ({ name: organization, organization: true })),
  ],
  {
    error: (issue) => {
      if (typeof issue.input === 'string') return 'expected an author name "Family Initials" such as "Lovelace A", or "Family, Given"';
      if (issue.input !== null && typeof issue.input === 'object' && 'organization' in issue.input) return 'expected { organization: the name as printed } and nothing else';
      return 'expected an author name, { name: "Family Initials", equal: true, coSenior: true, corresponding: true } for a person with marks, or { organization: … } for an organisation';
    },
  },
);

/** Ids of topics declared in the settings (`topics`); checked against them across the tree. */
export const topicIds = z
  .array(z.string().regex(ENTRY_ID, { error: 'expected a topic id from the settings, lowercase letters, digits and hyphens (e.g. machine-learning)' }))
  .default([]);

/** Old addresses of a page on a previous site ("/publication/2019-clever-hans/"): each gets a redirect to the new page. */
export const redirectFrom = z
  .array(
    z
      .string()
      .regex(/^\/(?:[A-Za-z0-9._~%!$&'()*+,;=:@-]+\/?)+$/, { error: 'expected a path on this site such as /publication/2019-clever-hans/ (starting with /, no host, no ? or #)' })
      .refine((path) => !path.split('/').includes('..') && !path.split('/').includes('.'), { error: 'expected a path without . or .. segments' }),
  )
  .default([]);
