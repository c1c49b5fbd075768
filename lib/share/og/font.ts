import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

export type Slice = { file: string; ranges: [number, number][] };
export type Weight = 400 | 700;
export type OgFont = { name: string; data: ArrayBuffer; weight: Weight; style: "normal" };

// Read from disk at request time (not bundled): the app runs from the project folder.
const packageDir = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-sc");
const slicesByWeight = new Map<Weight, Promise<Slice[]>>();

/** The path of one slice's font file. */
export const fontFile = (file: string) => path.join(packageDir, "files", file);

/** The package splits Noto Sans SC into ~100 small woff files by unicode range; its CSS says which holds what. */
function slices(weight: Weight): Promise<Slice[]> {
  let pending = slicesByWeight.get(weight);
  if (!pending) {
    pending = readFile(path.join(packageDir, `${weight}.css`), "utf8").then((css) =>
      [...css.matchAll(/url\(\.\/files\/([^)]+?\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g)].map(
        ([, file, ranges]) => ({
          file: file!,
          ranges: ranges!.split(",").map((range) => {
            const [from, to] = range.trim().replace(/^U\+/i, "").split("-");
            return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as [number, number];
          }),
        }),
      ),
    );
    slicesByWeight.set(weight, pending);
  }
  return pending;
}

const covered = (slices: Slice[], cp: number) =>
  slices.some((s) => s.ranges.some(([from, to]) => cp >= from && cp <= to));

// What a preview may draw: the scripts and punctuation of Chinese and English text. The
// slices' unicode-range lists more than the font holds (Arabic, symbols, U+FFFD), and for
// any character without a glyph the renderer downloads emoji images or fonts from the internet.
const DRAWABLE =
  /[\u0020-\u007e\u00a0-\u00ff\u0100-\u017f\u01cd-\u01dc\u2010-\u2027\u2030-\u203a\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e\uff61-\uff9f\uffe0-\uffe6]/u;

/**
 * `text` reduced to what the local font slices draw: emoji, control and
 * format characters, U+FFFD from a malformed query and scripts the font
 * lacks become spaces, so that rendering never downloads anything.
 */
export async function renderableText(text: string): Promise<string> {
  const all = await slices(400);
  const kept = [...text.normalize("NFC")]
    .map((ch) => (DRAWABLE.test(ch) && !/\s/.test(ch) && covered(all, ch.codePointAt(0)!) ? ch : " "))
    .join("");
  return kept.replace(/ {2,}/g, " ").trim();
}

/** The slices of a weight that hold at least one character of `text`. */
export async function slicesFor(text: string, weight: Weight): Promise<Slice[]> {
  const codePoints = [...new Set([...text].map((ch) => ch.codePointAt(0)!))];
  return (await slices(weight)).filter((slice) =>
    codePoints.some((cp) => slice.ranges.some(([from, to]) => cp >= from && cp <= to)),
  );
}

/**
 * Only the font files that hold the characters of `text`: a link preview
 * needs a few dozen glyphs, not the 10 MB of a whole CJK font. The renderer
 * uses one file per family, so each slice is its own family and `fontFamily`
 * lists them all as fallbacks.
 */
export async function fontsFor(
  text: string,
  weights: Weight[] = [400, 700],
): Promise<{ fonts: OgFont[]; fontFamily: string }> {
  const fonts: OgFont[] = [];
  const families = new Set<string>();
  for (const weight of weights) {
    for (const slice of await slicesFor(text, weight)) {
      const buffer = await readFile(fontFile(slice.file));
      const name = slice.file.replace(/-\d+-normal\.woff$/, "");
      families.add(name);
      fonts.push({
        name,
        data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
        weight,
        style: "normal",
      });
    }
  }
  return { fonts, fontFamily: [...families].map((f) => `"${f}"`).join(", ") };
}
