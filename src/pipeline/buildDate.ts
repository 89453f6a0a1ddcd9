/**
 * The build's dates, read from the environment and the repository: "today"
 * (SOURCE_DATE_EPOCH when set, for reproducible builds, else the clock) and the
 * day the content last changed. Only this module reads them; lib/ and the model
 * take dates as parameters.
 */
import { execFileSync } from 'node:child_process';

type Env = Record<string, string | undefined>;

/** The build's day, YYYY-MM-DD in UTC: SOURCE_DATE_EPOCH's when set, else today's. */
export function buildDay(env: Env = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  return (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
}

/** The build's month, YYYY-MM: which projects run "now". */
export const buildMonth = (env: Env = process.env): string => buildDay(env).slice(0, 7);

/** Runs git in `folder`; undefined when git or the repository is missing. */
function git(folder: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', folder, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The day the content last changed, YYYY-MM-DD: the day of the last commit that
 * touched the content folder when it has no uncommitted changes (the same for
 * every build of one commit), else the build's day. Never a date taken from an
 * entry: a CV is not "updated" on the day of its newest talk.
 */
export function contentUpdated(contentRoot: string, env: Env = process.env): string {
  const changes = git(contentRoot, ['status', '--porcelain', '--', '.']);
  const committed = changes === '' ? git(contentRoot, ['log', '-1', '--format=%cs', '--', '.']) : undefined;
  return committed && /^\d{4}-\d{2}-\d{2}$/.test(committed) ? committed : buildDay(env);
}
