/** A grant or other funding: one file per grant in `content/grants/`; the body describes it. Projects name their grant by its id. */
import { z } from 'zod';
import { httpUrl, text, withVisibility } from './common.ts';
import { endNotBeforeStart, monthOrYear } from './period.ts';

/** The owner's part in the grant. */
export const grantRole = z.enum(['pi', 'co-pi', 'co-investigator', 'collaborator', 'fellow']);
export type GrantRole = z.infer<typeof grantRole>;

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const MONEY_ERROR = 'expected an amount with its ISO 4217 currency code, such as 1500000 EUR';
/** Digits, optionally grouped by thousands with commas, spaces or underscores, and up to two decimals. */
const MONEY = /^(?:([A-Za-z]{3})\s*)?(\d{1,3}(?:([,_ \u00A0\u202F])\d{3})?(?:\3\d{3})*|\d+)(?:\.(\d{1,2}))?(?:\s*([A-Za-z]{3}))?$/;

export interface Money {
  /** The amount in the currency's units (1500000.5). */
  readonly value: number;
  /** ISO 4217 code, upper case: EUR, USD, CHF. */
  readonly currency: string;
}

/** An amount of money with its currency: `1500000 EUR`, `EUR 1,500,000`, `250000.50 USD`. */
export const money = z.string({ error: MONEY_ERROR }).transform((written, ctx): Money => {
  const match = MONEY.exec(written.trim());
  const code = (match?.[1] ?? match?.[5])?.toUpperCase();
  if (!match || (match[1] === undefined) === (match[5] === undefined)) {
    ctx.addIssue({ code: 'custom', message: MONEY_ERROR, input: written });
    return z.NEVER;
  }
  if (!CURRENCIES.has(code!)) {
    ctx.addIssue({ code: 'custom', message: `expected an ISO 4217 currency code such as EUR, USD or CHF (not ${code})`, input: written });
    return z.NEVER;
  }
  const units = Number(match[2]!.replace(/[^\d]/g, ''));
  return { value: match[4] === undefined ? units : Number(`${units}.${match[4]}`), currency: code! };
});

export const grantSchema = z
  .strictObject({
    /** Title of the grant or funded project. */
    title: text,
    /** Funding body, e.g. "European Research Council". */
    funder: text,
    /** Programme or scheme, e.g. "Starting Grant". */
    programme: text.optional(),
    /** Grant or contract number, e.g. "101012345". */
    number: z.union([z.int(), text]).transform(String).optional(),
    /** The owner's part: pi, co-pi, co-investigator, collaborator or fellow. */
    role: grantRole.default('pi'),
    /** Amount with its currency, "1500000 EUR"; public by default, or { value, visibility: cv } for the printable CV only, hidden for nobody. */
    amount: withVisibility(money, 'web').optional(),
    /** The owner's own share of the amount, e.g. 412300 EUR of a consortium's 4000000 EUR; shown next to the total, with its own visibility. */
    share: withVisibility(money, 'web').optional(),
    /** First month `YYYY-MM`, or a year. */
    start: monthOrYear,
    /** Last month `YYYY-MM`, or a year; leave out while it runs open-ended. */
    end: monthOrYear.optional(),
    /** Page of the grant at the funder, or the project's website. */
    url: httpUrl.optional(),
  })
  .superRefine(endNotBeforeStart);
export type Grant = z.infer<typeof grantSchema>;
