/**
 * The site's favicon when the owner brings none: their initials in the site's
 * accent colour, drawn as outlines of Source Sans 3 Semibold, so the icon needs
 * no font and looks the same in every browser. An SVG file, no script.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inkOn } from '../lib/contrast.ts';
import type { FontSet } from './fonts.ts';

/** Icons an owner may bring, in the order they are looked for, with their media types. */
const OWN_ICONS = [
  ['favicon.svg', 'image/svg+xml'],
  ['favicon.ico', 'image/x-icon'],
  ['favicon.png', 'image/png'],
] as const;

/** The owner's own icon in `publicFolder` (its site path and media type), if there is one. */
export function ownIcon(publicFolder: string): { readonly path: string; readonly type: string } | undefined {
  const own = OWN_ICONS.find(([file]) => existsSync(join(publicFolder, file)));
  return own && { path: `/${own[0]}`, type: own[1] };
}

/** The icon's square, its corner radius, and the height of the initials' capitals. */
const SIZE = 64;
const RADIUS = 12;
/** Em size of one initial and of two (narrower, so that two fit). */
const EM = { one: 44, two: 36 } as const;
/** Capital height of Source Sans 3, in ems: the initials are centred on it. */
const CAP_HEIGHT = 0.66;

/** Two decimals at most: the outlines need no more at 64 units. */
const short = (value: number) => String(Math.round(value * 100) / 100);

/** The favicon's SVG: a rounded square in `accent` with `initials` (one or two letters) in white or near-black, whichever reads better. */
export function faviconSvg(initials: string, accent: string, fonts: FontSet): string {
  const size = [...initials].length > 1 ? EM.two : EM.one;
  const glyphs = fonts.shape(initials, 'sans-600', size);
  const width = glyphs.reduce((sum, glyph) => sum + glyph.advance, 0);
  let x = (SIZE - width) / 2;
  const baseline = (SIZE + CAP_HEIGHT * size) / 2;
  const paths = glyphs.map((glyph) => {
    const scale = glyph.size / glyph.file.upem;
    const path = `<path transform="matrix(${short(scale)} 0 0 ${short(-scale)} ${short(x + glyph.dx)} ${short(baseline + glyph.dy)})" d="${glyph.file.font.glyphToPath(glyph.glyph)}"/>`;
    x += glyph.advance;
    return path;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}"><rect width="${SIZE}" height="${SIZE}" rx="${RADIUS}" fill="${accent}"/><g fill="${inkOn(accent)}">${paths.join('')}</g></svg>\n`;
}
