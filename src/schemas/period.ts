/** The shared rule for anything with a start and an end: the end may not come first. */
import type { z } from 'zod';

/** Works for years (numbers) and ISO months/days (strings), which compare correctly as they are. */
export function endNotBeforeStart(
  value: { start: string | number; end?: string | number | undefined },
  ctx: z.core.$RefinementCtx,
): void {
  if (value.end !== undefined && String(value.end) < String(value.start)) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `expected an end not before the start (${value.start})`,
      input: value.end,
    });
  }
}
