/**
 * "Today" for the build: SOURCE_DATE_EPOCH when set (reproducible builds), else
 * the clock. Only this module reads it; lib/ takes the month as a parameter.
 */
export function buildMonth(env: Record<string, string | undefined> = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const date = epoch ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 7);
}
