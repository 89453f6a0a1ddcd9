/**
 * The configuration `npm run build` hands to Astro: astro.config.ts itself, imported by Node.
 * Astro imports a JavaScript config with Node, but loads a TypeScript one through a Vite
 * server that transforms every module the config imports (about 0.2 s of a seed build);
 * Node strips the types at once. `astro dev` and `astro build` read astro.config.ts directly.
 */
export { default } from '../../astro.config.ts';
