/** The shared rule for anything with a start and an end: the end may not come first. */
import { z } from 'zod';
import { isoMonth, year } from './common.ts';

/**
 * Works for years (numbers) and ISO months/days (strings), which compare correctly as they are;
 * the start is cut to the end's precision, so a period from 2021-03 may end in 2021.
 */
export function endNotBeforeStart(value: { start: string | number; end?: string | number | undefined }, ctx: z.core.$RefinementCtx): void {
  const end = value.end === undefined ? undefined : String(value.end);
  if (end !== undefined && end < String(value.start).slice(0, end.length)) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `expected an end not before the start (${value.start})`,
      input: value.end,
    });
  }
}

/** A month `YYYY-MM`, or a year when the month is not known (theses, grants). */
export const monthOrYear = z.union([year, isoMonth], { error: 'expected a month YYYY-MM or a year such as 2021' });
