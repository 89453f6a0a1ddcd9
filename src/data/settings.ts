/** The validated site settings, resolved once per build from src/site.config.ts and the environment. */
import { loadSiteSettings } from '../site.config.ts';

export const settings = loadSiteSettings();
