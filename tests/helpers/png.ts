/** Reading a PNG: its size from its header, its pixels through resvg. */
import { Resvg } from '@resvg/resvg-js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which a valid PNG has first; throws for anything else. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const png = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!png.subarray(0, 8).equals(SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: no signature and IHDR chunk');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * The RGBA pixels of a PNG as an independent decoder reads them (resvg's, drawing
 * the image 1:1): a check that the file decodes, and what it shows.
 */
export function pngPixels(bytes: Uint8Array): { width: number; height: number; at: (x: number, y: number) => string } {
  const { width, height } = pngSize(bytes);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${Buffer.from(bytes).toString('base64')}"/></svg>`;
  const pixels = new Resvg(svg).render().pixels;
  const hex = (value: number) => value.toString(16).padStart(2, '0');
  return { width, height, at: (x, y) => `#${[0, 1, 2].map((channel) => hex(pixels[(y * width + x) * 4 + channel]!)).join('')}` };
}
