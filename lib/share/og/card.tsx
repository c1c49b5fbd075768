import "server-only";
import { ImageResponse } from "next/og";
import { fontsFor, renderableText } from "./font";
import { type Block, type CardText, INNER, OG_SIZE, layoutCard } from "./layout";
import { measurerFor } from "./metrics";

export type Card = { site: string; eyebrow: string; headline: string; lines: string[]; note?: string };

const look: Record<string, { color: string; fontWeight: 400 | 700 }> = {
  site: { color: "#186245", fontWeight: 700 },
  eyebrow: { color: "#44403c", fontWeight: 400 },
  headline: { color: "#1c1917", fontWeight: 700 },
  note: { color: "#92400e", fontWeight: 400 },
  line: { color: "#134e37", fontWeight: 400 },
};

/** The texts of a card as the renderer will draw them (see `renderableText`), and where each goes. */
export async function cardLayout(card: Card): Promise<{ text: CardText; blocks: Block[] }> {
  const [site = "", eyebrow = "", headline = "", note = "", ...lines] = await Promise.all(
    [card.site, card.eyebrow, card.headline, card.note ?? "", ...card.lines].map(renderableText),
  );
  const text = { site, eyebrow, headline, note, lines: lines.filter(Boolean) };
  const all = [site, eyebrow, headline, note, ...lines, "·…"].join("");
  return { text, blocks: layoutCard(text, await measurerFor(all, [400, 700])) };
}

/**
 * A link-preview image: site name, what the page is, its one-line summary, a
 * few items. Rendered offline: every text is first reduced to what the local
 * font slices draw (see `renderableText`), so nothing is ever fetched; each
 * text is fitted to its own box (see `layoutCard`), so nothing overlaps or is cut.
 */
export async function previewCard(card: Card): Promise<ImageResponse> {
  const { text, blocks } = await cardLayout(card);
  const { fonts, fontFamily } = await fontsFor(
    [text.site, text.eyebrow, text.headline, text.note, ...text.lines, "·…"].join(""),
  );
  return new ImageResponse(
    <div style={{ width: "100%", height: "100%", display: "flex", background: "#f0f7f4", fontFamily }}>
      {blocks.map((b) => (
        <div
          key={b.name}
          style={{
            position: "absolute",
            top: b.top,
            left: b.left,
            width: INNER.width,
            display: "flex",
            flexDirection: "column",
            fontSize: b.fontSize,
            lineHeight: b.lineHeight,
            ...look[b.name.startsWith("line") ? "line" : b.name],
          }}
        >
          {b.lines.map((line, index) => (
            <div key={index} style={{ display: "flex", whiteSpace: "nowrap", height: b.fontSize * b.lineHeight }}>
              {line}
            </div>
          ))}
        </div>
      ))}
    </div>,
    { ...OG_SIZE, fonts, headers: { "cache-control": "public, max-age=300" } },
  );
}
