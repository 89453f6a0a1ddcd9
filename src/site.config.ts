/**
 * The one settings surface of the site: where it is deployed and how it is
 * labelled. Validated at start-up so a typo fails the build with a clear message.
 * SITE_URL and BASE_PATH override the defaults (for CI and project pages).
 */
import { z } from 'zod';

const settingsSchema = z.strictObject({
  /** Public origin of the deployed site, e.g. https://lapuschkin.com. */
  site: z.url({ protocol: /^https?$/, error: 'expected SITE_URL to be an absolute http(s) URL such as https://example.org' }),
  /** Path the site lives under: "/" for a user site, "/repo/" for a GitHub project page. */
  base: z
    .string()
    .regex(/^\/([\w.-]+\/)*$/, { error: 'expected BASE_PATH to start and end with "/", e.g. / or /vita/' }),
  /** Language of the site's own text. */
  language: z.string().default('en'),
});
export type SiteSettings = z.infer<typeof settingsSchema>;

/** Resolves the settings from defaults and the environment; throws a readable error when invalid. */
export function loadSiteSettings(env: Record<string, string | undefined> = process.env): SiteSettings {
  const base = env['BASE_PATH'] ?? '/';
  const result = settingsSchema.safeParse({
    site: env['SITE_URL'] ?? 'https://lapuschkin.com',
    base: base.endsWith('/') ? base : `${base}/`,
  });
  if (!result.success) {
    throw new Error(`Invalid site settings:\n${result.error.issues.map((issue) => `  ${String(issue.path[0])}: ${issue.message}`).join('\n')}`);
  }
  return result.data;
}
