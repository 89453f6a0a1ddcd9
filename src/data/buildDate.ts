/**
 * "Today" for the build: SOURCE_DATE_EPOCH when set (reproducible builds), else
 * the clock. Only this module reads it; lib/ takes the month as a parameter.
 */
export function buildMonth(env: Record<string, string | undefined> = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const date = epoch ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 7);
}

/** SOURCE_DATE_EPOCH's day (YYYY-MM-DD) when set, else undefined: documents then take a date from their content, never the clock. */
export function sourceDay(env: Record<string, string | undefined> = process.env): string | undefined {
  const epoch = env['SOURCE_DATE_EPOCH'];
  return epoch ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10) : undefined;
}
