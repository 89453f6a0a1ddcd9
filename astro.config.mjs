/**
 * Astro imports a JavaScript config with Node itself; a TypeScript one it loads through a
 * Vite server that transforms every module the config imports (0.2 s and 20 MB of a 3 s
 * build of the shipped CV). So this file is JavaScript and the configuration,
 * src/astroConfig.ts, is TypeScript that Node runs by stripping its types. A call, not a
 * value: when content/settings.yaml changes, the dev server imports this file again, while
 * Node keeps its imports cached.
 */
import { astroConfig } from './src/astroConfig.ts';

export default astroConfig();
