/**
 * The few OpenType operations the PDF's fonts need: unpacking a WOFF file (the
 * form font packages ship) into the TrueType/OpenType file Typst reads, under a
 * family name of its own, and reading which characters a font maps.
 */
import { inflateSync } from 'node:zlib';

const TAG = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
const pad4 = (length: number) => (length + 3) & ~3;

interface Table {
  readonly tag: string;
  readonly data: Uint8Array;
}

/** The tables of a WOFF 1.0 file, each inflated (zlib) when stored compressed. */
function woffTables(woff: Uint8Array): { flavor: number; tables: Table[] } {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (TAG(woff, 0) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const tables: Table[] = [];
  for (let i = 0; i < view.getUint16(12); i++) {
    const at = 44 + 20 * i;
    const [offset, compressed, length] = [view.getUint32(at + 4), view.getUint32(at + 8), view.getUint32(at + 12)];
    const stored = woff.subarray(offset, offset + compressed);
    tables.push({ tag: TAG(woff, at), data: compressed < length ? new Uint8Array(inflateSync(stored)) : stored });
  }
  return { flavor: view.getUint32(4), tables };
}

/** A font's name records (Windows platform, Unicode) by name id. */
function names(name: Uint8Array): Map<number, string> {
  const view = new DataView(name.buffer, name.byteOffset, name.byteLength);
  const storage = view.getUint16(4);
  const found = new Map<number, string>();
  for (let i = 0; i < view.getUint16(2); i++) {
    const at = 6 + 12 * i;
    if (view.getUint16(at) !== 3) continue;
    const [id, length, offset] = [view.getUint16(at + 6), view.getUint16(at + 8), view.getUint16(at + 10)];
    const units = name.subarray(storage + offset, storage + offset + length);
    if (!found.has(id)) found.set(id, String.fromCharCode(...Array.from({ length: length / 2 }, (_, k) => (units[2 * k]! << 8) | units[2 * k + 1]!)));
  }
  return found;
}

/** A `name` table holding `records` (id → text), for Windows in US English. */
function nameTable(records: ReadonlyMap<number, string>): Uint8Array {
  const entries = [...records].sort(([a], [b]) => a - b);
  const storage = 6 + 12 * entries.length;
  const size = storage + entries.reduce((sum, [, text]) => sum + 2 * text.length, 0);
  const table = new Uint8Array(size);
  const view = new DataView(table.buffer);
  view.setUint16(2, entries.length);
  view.setUint16(4, storage);
  let offset = 0;
  entries.forEach(([id, text], i) => {
    const at = 6 + 12 * i;
    for (const [k, value] of [3, 1, 0x409, id, 2 * text.length, offset].entries()) view.setUint16(at + 2 * k, value);
    for (let k = 0; k < text.length; k++) view.setUint16(storage + offset + 2 * k, text.charCodeAt(k));
    offset += 2 * text.length;
  });
  return table;
}

/** An sfnt file (TrueType or OpenType) of `tables`. */
function sfnt(flavor: number, tables: readonly Table[]): Uint8Array {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const header = 12 + 16 * sorted.length;
  const font = new Uint8Array(header + sorted.reduce((sum, table) => sum + pad4(table.data.length), 0));
  const view = new DataView(font.buffer);
  const power = 2 ** Math.floor(Math.log2(sorted.length));
  for (const [k, value] of [flavor >>> 16, flavor & 0xffff, sorted.length, power * 16, Math.log2(power), (sorted.length - power) * 16].entries()) view.setUint16(2 * k, value);
  let offset = header;
  sorted.forEach((table, i) => {
    const at = 12 + 16 * i;
    for (let k = 0; k < 4; k++) font[at + k] = table.tag.charCodeAt(k);
    // Checksums are left at zero: Typst does not verify them, and the PDF embeds a subset of its own.
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, table.data.length);
    font.set(table.data, offset);
    offset += pad4(table.data.length);
  });
  return font;
}

/**
 * The font of a WOFF 1.0 file as Typst reads it, renamed to `family`: the files of one font
 * split by script all carry the font's name, and Typst uses one font per name.
 */
export function woffToSfnt(woff: Uint8Array, family: string): Uint8Array {
  const { flavor, tables } = woffTables(woff);
  const original = names(tables.find((table) => table.tag === 'name')!.data);
  const style = original.get(2) ?? 'Regular';
  const renamed = nameTable(
    new Map([
      [1, family],
      [2, style],
      [4, `${family} ${style}`],
      [6, original.get(6) ?? `${family.replace(/[^A-Za-z0-9]/g, '')}-${style}`],
    ]),
  );
  return sfnt(flavor, [...tables.filter((table) => table.tag !== 'name'), { tag: 'name', data: renamed }]);
}

/** The code points an sfnt font maps to glyphs (its `cmap`, format 4 or 12), starting at byte `start` of `bytes`. */
export function cmapCoverage(bytes: Uint8Array, start = 0): Set<number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let cmap = -1;
  for (let i = 0; i < view.getUint16(start + 4); i++) {
    const at = start + 12 + 16 * i;
    if (TAG(bytes, at) === 'cmap') cmap = start + view.getUint32(at + 8);
  }
  if (cmap < 0) throw new Error('the font has no cmap table');
  let best: { offset: number; format: number } | undefined;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const offset = cmap + view.getUint32(cmap + 4 + 8 * i + 4);
    const format = view.getUint16(offset);
    if (format === 12 || (format === 4 && best === undefined)) best = { offset, format };
  }
  const points = new Set<number>();
  if (best === undefined) return points;
  const { offset } = best;
  if (best.format === 12) {
    for (let g = 0; g < view.getUint32(offset + 12); g++) {
      const at = offset + 16 + 12 * g;
      for (let point = view.getUint32(at); point <= view.getUint32(at + 4); point++) points.add(point);
    }
    return points;
  }
  const segments = view.getUint16(offset + 6) / 2;
  for (let s = 0; s < segments; s++) {
    const [last, first] = [view.getUint16(offset + 14 + 2 * s), view.getUint16(offset + 16 + 2 * segments + 2 * s)];
    if (first !== 0xffff) for (let point = first; point <= last; point++) points.add(point);
  }
  return points;
}

/** The family and style of the sfnt font at byte `start` of `bytes` ("Libertinus Serif", "Semibold Italic"). */
export function fontName(bytes: Uint8Array, start = 0): { family: string; style: string } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < view.getUint16(start + 4); i++) {
    const at = start + 12 + 16 * i;
    if (TAG(bytes, at) !== 'name') continue;
    const table = start + view.getUint32(at + 8);
    const found = names(bytes.subarray(table, table + view.getUint32(at + 12)));
    const family = found.get(16) ?? found.get(1);
    return family === undefined ? undefined : { family, style: found.get(17) ?? found.get(2) ?? 'Regular' };
  }
  return undefined;
}
