import { type FitRule, type Fitted, fitText } from "./fit";
import type { Measure } from "./metrics";

export const OG_SIZE = { width: 1200, height: 630 };
const PADDING = 64;
const INNER_WIDTH = OG_SIZE.width - 2 * PADDING;
// Text is fitted a little narrower than it is drawn: the renderer kerns and may round differently.
const FIT_WIDTH = INNER_WIDTH - 32;
const GAP = 24;

export type CardText = { site: string; eyebrow: string; headline: string; lines: string[]; note: string };
export type BlockName = "site" | "eyebrow" | "headline" | `line${number}` | "note";
export type Block = Fitted & { name: BlockName; top: number; left: number; width: number; height: number };

const rule = (r: Partial<FitRule> & Pick<FitRule, "sizes">): FitRule => ({
  maxWidth: FIT_WIDTH,
  maxLines: 1,
  maxHeight: Infinity,
  weight: 400,
  lineHeight: 1.25,
  ...r,
});

function block(name: BlockName, fitted: Fitted, top: number, measure: Measure, weight: 400 | 700): Block {
  const width = Math.max(0, ...fitted.lines.map((line) => measure(line, fitted.fontSize, weight)));
  const height = fitted.lines.length * fitted.fontSize * fitted.lineHeight;
  return { ...fitted, name, top, left: PADDING, width, height };
}

/**
 * Where each text of a preview card goes and at what size: the site name on
 * top, the list of items and the note from the bottom up, the eyebrow and the
 * headline in the space between, each shrunk and then shortened to fit.
 * Boxes never overlap and never leave the card; a test checks it on the
 * longest real texts.
 */
export function layoutCard(text: CardText, measure: Measure): Block[] {
  const site = fitText(text.site, rule({ sizes: [32, 28, 24], weight: 700 }), measure);
  const siteBlock = block("site", site, PADDING, measure, 700);

  // From the bottom edge up: the note, then the items.
  const bottom: Block[] = [];
  let floor = OG_SIZE.height - PADDING;
  if (text.note) {
    const note = fitText(text.note, rule({ sizes: [22, 20, 18], maxLines: 2 }), measure);
    const b = block("note", note, 0, measure, 400);
    floor -= b.height;
    bottom.unshift({ ...b, top: floor });
    floor -= 12;
  }
  const items = text.lines.slice(0, 3).reverse();
  for (const [i, item] of items.entries()) {
    const fitted = fitText(`· ${item}`, rule({ sizes: [28, 24, 22] }), measure);
    const b = block(`line${items.length - 1 - i}`, fitted, 0, measure, 400);
    floor -= b.height;
    bottom.unshift({ ...b, top: floor });
    floor -= 8;
  }

  let top = siteBlock.top + siteBlock.height + GAP * 2;
  const middle: Block[] = [];
  if (text.eyebrow) {
    const eyebrow = fitText(text.eyebrow, rule({ sizes: [30, 26, 22] }), measure);
    middle.push(block("eyebrow", eyebrow, top, measure, 400));
    top += middle[0]!.height + 12;
  }
  const headline = fitText(
    text.headline,
    rule({
      sizes: [60, 54, 48, 42, 36, 32],
      maxLines: 3,
      maxHeight: floor - GAP - top,
      weight: 700,
      lineHeight: 1.2,
    }),
    measure,
  );
  middle.push(block("headline", headline, top, measure, 700));
  return [siteBlock, ...middle, ...bottom];
}

export const INNER = { left: PADDING, top: PADDING, width: INNER_WIDTH, height: OG_SIZE.height - 2 * PADDING };
