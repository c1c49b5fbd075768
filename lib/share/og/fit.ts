import type { Weight } from "./font";
import type { Measure } from "./metrics";

/** Text fitted to a box: the size chosen and the lines as drawn, each no wider than the box. */
export type Fitted = { fontSize: number; lineHeight: number; lines: string[] };

export type FitRule = {
  maxWidth: number;
  /** The most lines the text may take at the largest size; fewer when the height below allows less. */
  maxLines: number;
  maxHeight: number;
  sizes: number[];
  weight: Weight;
  lineHeight: number;
};

const ELLIPSIS = "…";
// Closing punctuation never starts a line and opening punctuation never ends one (禁则).
const CLOSING = /^[、，。．：；！？）」』”’》〉·…,.;:!?)\]]/u;
const OPENING = /[（「『“‘《〈([]$/u;

const words = new Intl.Segmenter("zh", { granularity: "word" });
const graphemes = new Intl.Segmenter("zh", { granularity: "grapheme" });

/** Units a line may break between: Chinese words and English words kept whole, punctuation kept with its word. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  for (const { segment } of words.segment(text)) {
    const last = units.length - 1;
    if (last >= 0 && (CLOSING.test(segment) || OPENING.test(units[last]!))) units[last] += segment;
    else units.push(segment);
  }
  return units;
}

/** Cuts `text` to the longest start that fits with an ellipsis. */
export function ellipsize(text: string, fits: (line: string) => boolean): string {
  if (fits(text)) return text;
  const chars = [...graphemes.segment(text)].map((s) => s.segment);
  while (chars.length && !fits(`${chars.join("").trimEnd()}${ELLIPSIS}`)) chars.pop();
  return `${chars.join("").trimEnd()}${ELLIPSIS}`;
}

const HAN = /\p{Script=Han}/u;

/** Two lines back into one run of text: Chinese joins with nothing, other words with a space. */
const joinLines = (a: string, b: string) => (HAN.test(a.slice(-1)) || HAN.test(b.charAt(0)) ? a + b : `${a} ${b}`);

/** Greedy lines at one size; a unit wider than a whole line is broken between characters. */
function wrap(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const unit of breakUnits(text)) {
    if (fits(line + unit)) {
      line += unit;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = unit.trimStart();
    while (!fits(line)) {
      const chars = [...graphemes.segment(line)].map((s) => s.segment);
      let head = "";
      while (chars.length && fits(head + chars[0])) head += chars.shift();
      if (!head) head = chars.shift() ?? "";
      lines.push(head);
      line = chars.join("");
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * The largest size at which `text` fits the box whole; at the smallest size,
 * the lines that fit with the last one shortened by an ellipsis.
 */
export function fitText(text: string, rule: FitRule, measure: Measure): Fitted {
  const sizes = [...rule.sizes].sort((a, b) => b - a);
  for (const [index, fontSize] of sizes.entries()) {
    const fits = (line: string) => measure(line, fontSize, rule.weight) <= rule.maxWidth;
    const maxLines = Math.max(1, Math.min(rule.maxLines, Math.floor(rule.maxHeight / (fontSize * rule.lineHeight))));
    const lines = wrap(text, fits);
    if (lines.length <= maxLines) return { fontSize, lineHeight: rule.lineHeight, lines };
    if (index === sizes.length - 1) {
      const kept = lines.slice(0, maxLines);
      kept[maxLines - 1] = ellipsize(lines.slice(maxLines - 1).reduce(joinLines), fits);
      return { fontSize, lineHeight: rule.lineHeight, lines: kept };
    }
  }
  return { fontSize: sizes.at(-1) ?? 16, lineHeight: rule.lineHeight, lines: [] };
}
