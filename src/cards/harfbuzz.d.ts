/** The part of harfbuzzjs (HarfBuzz compiled to WebAssembly, MIT) the cards use; the package has no types of its own. */
declare module 'harfbuzzjs' {
  export interface HbBlob {
    destroy(): void;
  }
  export interface HbFace {
    readonly upem: number;
    collectUnicodes(): Uint32Array;
    destroy(): void;
  }
  export interface HbFont {
    /** The glyph's outline as SVG path data in font units, y up. */
    glyphToPath(glyph: number): string;
    hExtents(): { ascender: number; descender: number; lineGap: number };
    destroy(): void;
  }
  export interface HbBuffer {
    addText(text: string): void;
    guessSegmentProperties(): void;
    getGlyphInfos(): { codepoint: number; cluster: number }[];
    getGlyphPositions(): { x_advance: number; y_advance: number; x_offset: number; y_offset: number }[];
    destroy(): void;
  }
  export interface HarfBuzz {
    createBlob(data: Uint8Array): HbBlob;
    createFace(blob: HbBlob, index: number): HbFace;
    createFont(face: HbFace): HbFont;
    createBuffer(): HbBuffer;
    shape(font: HbFont, buffer: HbBuffer, features?: string): void;
  }
}
