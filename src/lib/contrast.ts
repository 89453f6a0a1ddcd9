/** WCAG 2.2 colour contrast, for checking a chosen accent colour against the site's backgrounds. */

/** The page and raised-panel backgrounds of each colour scheme, as in src/styles/global.css (a test keeps them equal). */
export const BACKGROUNDS = {
  light: { paper: '#fbfaf7', raised: '#f1efe9' },
  dark: { paper: '#14171c', raised: '#1d2128' },
} as const;

/** vita's accent colour in each scheme when the settings name none: links, headings of the PDF, the cards' bar (global.css has the same; a test keeps them equal). */
export const DEFAULT_ACCENT = { light: '#0a5a9c', dark: '#8cc4ff' } as const;

/** WCAG AA for normal text. */
export const MIN_TEXT_CONTRAST = 4.5;

/** `#rgb` or `#rrggbb` (any case). */
export const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** "#0a5a9c" or "#08f" → [r, g, b] in 0–255. */
function channels(hex: string): [number, number, number] {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  return [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2.2, 1.4.3). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The lowest contrast of `colour` against the backgrounds of one scheme, rounded down to two decimals. */
export function worstContrast(colour: string, scheme: keyof typeof BACKGROUNDS): number {
  const ratios = Object.values(BACKGROUNDS[scheme]).map((background) => contrastRatio(colour, background));
  return Math.floor(Math.min(...ratios) * 100) / 100;
}

/** Text on an accent-coloured background: white or near-black, whichever contrasts more. */
export function inkOn(colour: string): string {
  return contrastRatio(colour, '#ffffff') >= contrastRatio(colour, '#0b1220') ? '#ffffff' : '#0b1220';
}
