import "server-only";
import { readFile } from "node:fs/promises";
import { inflateSync } from "node:zlib";
import { type Weight, fontFile, slicesFor } from "./font";

/**
 * Advance widths read from the same Noto Sans SC slices the preview renderer
 * draws with, so that text is fitted to the card before it is drawn: the
 * renderer itself only wraps, it never shrinks or shortens text.
 */

type Glyphs = { unitsPerEm: number; advance: (codePoint: number) => number | null };

const parsed = new Map<string, Promise<Glyphs>>();

/** The tables of a WOFF 1.0 file (zlib-compressed when smaller so). */
function woffTables(file: Buffer): Map<string, Buffer> {
  if (file.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF font");
  const tables = new Map<string, Buffer>();
  for (let i = 0, count = file.readUInt16BE(12); i < count; i++) {
    const entry = 44 + i * 20;
    const tag = file.toString("latin1", entry, entry + 4);
    const offset = file.readUInt32BE(entry + 4);
    const compressed = file.readUInt32BE(entry + 8);
    const length = file.readUInt32BE(entry + 12);
    const data = file.subarray(offset, offset + compressed);
    tables.set(tag, compressed < length ? inflateSync(data) : data);
  }
  return tables;
}

/** The glyph of a code point through the Unicode cmap subtable (format 12, else format 4). */
function glyphLookup(cmap: Buffer): (codePoint: number) => number {
  const records = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + i * 8),
    encoding: cmap.readUInt16BE(6 + i * 8),
    offset: cmap.readUInt32BE(8 + i * 8),
  }));
  const unicode = records.filter(
    (r) => r.platform === 0 || (r.platform === 3 && (r.encoding === 1 || r.encoding === 10)),
  );
  const long = unicode.find((r) => cmap.readUInt16BE(r.offset) === 12);
  if (long) {
    const groups = cmap.readUInt32BE(long.offset + 12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const at = long.offset + 16 + g * 12;
        const start = cmap.readUInt32BE(at);
        if (cp >= start && cp <= cmap.readUInt32BE(at + 4)) return cmap.readUInt32BE(at + 8) + cp - start;
      }
      return 0;
    };
  }
  const short = unicode.find((r) => cmap.readUInt16BE(r.offset) === 4);
  if (!short) return () => 0;
  const base = short.offset;
  const segments = cmap.readUInt16BE(base + 6) / 2;
  const ends = base + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (cp) => {
    for (let s = 0; s < segments; s++) {
      if (cp > cmap.readUInt16BE(ends + s * 2)) continue;
      const start = cmap.readUInt16BE(starts + s * 2);
      if (cp < start) return 0;
      const delta = cmap.readInt16BE(deltas + s * 2);
      const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const glyph = cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

function glyphsOf(file: string): Promise<Glyphs> {
  let pending = parsed.get(file);
  if (!pending) {
    pending = readFile(fontFile(file)).then((bytes) => {
      const tables = woffTables(bytes);
      const head = tables.get("head")!;
      const hhea = tables.get("hhea")!;
      const hmtx = tables.get("hmtx")!;
      const metrics = hhea.readUInt16BE(34);
      const glyphOf = glyphLookup(tables.get("cmap")!);
      return {
        unitsPerEm: head.readUInt16BE(18),
        advance: (cp) => {
          const glyph = glyphOf(cp);
          if (glyph === 0) return null;
          return hmtx.readUInt16BE(Math.min(glyph, metrics - 1) * 4);
        },
      };
    });
    parsed.set(file, pending);
  }
  return pending;
}

/** Measures text at a size in pixels; every character is first looked up in the slices, as the renderer does. */
export type Measure = (text: string, fontSize: number, weight: Weight) => number;

/**
 * A measuring function for every character of `text`, from the slices that
 * hold them: the width of a character is that of the first slice (in the
 * renderer's fallback order) that has a glyph for it.
 */
export async function measurerFor(text: string, weights: Weight[]): Promise<Measure> {
  const widths = new Map<string, number>();
  for (const weight of weights) {
    const slices = await Promise.all((await slicesFor(text, weight)).map((s) => glyphsOf(s.file)));
    for (const ch of new Set(text)) {
      const cp = ch.codePointAt(0)!;
      const found = slices.map((g) => ({ g, advance: g.advance(cp) })).find((x) => x.advance !== null);
      // A character no slice draws is blank in the image; counting it as a full em errs on the safe side.
      widths.set(`${weight}:${ch}`, found ? found.advance! / found.g.unitsPerEm : 1);
    }
  }
  return (line, fontSize, weight) =>
    [...line].reduce((sum, ch) => sum + (widths.get(`${weight}:${ch}`) ?? 1), 0) * fontSize;
}
