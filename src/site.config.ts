/**
 * The one settings surface of the site: where it is deployed and how long lists
 * may get. Validated at start-up so a typo fails the build with a clear message.
 * SITE_URL, BASE_PATH and LIST_LIMIT override the defaults (CI, project pages, tests).
 */
import { z } from 'zod';

const settingsSchema = z.strictObject({
  /** Public origin of the deployed site, e.g. https://lapuschkin.com. */
  site: z.url({ protocol: /^https?$/, error: 'expected SITE_URL to be an absolute http(s) URL such as https://example.org' }),
  /** Path the site lives under: "/" for a user site, "/repo/" for a GitHub project page. */
  base: z
    .string()
    .regex(/^\/([\w.-]+\/)*$/, { error: 'expected BASE_PATH to start and end with "/", e.g. / or /vita/' }),
  /** Beyond this many publications (or talks), lists are split into one page per year so no page grows past a few hundred KB. */
  listLimit: z.int({ error: 'expected LIST_LIMIT to be a positive whole number' }).positive().default(300),
});
export type SiteSettings = z.infer<typeof settingsSchema>;

/** Resolves the settings from defaults and the environment; throws a readable error when invalid. */
export function loadSiteSettings(env: Record<string, string | undefined> = process.env): SiteSettings {
  const base = env['BASE_PATH'] ?? '/';
  const result = settingsSchema.safeParse({
    site: env['SITE_URL'] ?? 'https://lapuschkin.com',
    base: base.endsWith('/') ? base : `${base}/`,
    ...(env['LIST_LIMIT'] === undefined ? {} : { listLimit: Number(env['LIST_LIMIT']) }),
  });
  if (!result.success) {
    throw new Error(`Invalid site settings:\n${result.error.issues.map((issue) => `  ${String(issue.path[0])}: ${issue.message}`).join('\n')}`);
  }
  return result.data;
}
