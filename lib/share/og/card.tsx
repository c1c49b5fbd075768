import "server-only";
import { ImageResponse } from "next/og";
import { fontsFor, renderableText } from "./font";

const OG_SIZE = { width: 1200, height: 630 };

type Card = { site: string; eyebrow: string; headline: string; lines: string[]; note?: string };

/**
 * A link-preview image: site name, what the page is, its one-line summary, a
 * few items. Rendered offline: every text is first reduced to what the local
 * font slices draw (see `renderableText`), so nothing is ever fetched.
 */
export async function previewCard(card: Card): Promise<ImageResponse> {
  const [site = "", eyebrow = "", headline = "", note = "", ...lines] = await Promise.all(
    [card.site, card.eyebrow, card.headline, card.note ?? "", ...card.lines].map(renderableText),
  );
  const { fonts, fontFamily } = await fontsFor([site, eyebrow, headline, ...lines, note].join(""));
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#f0f7f4",
        fontFamily,
        color: "#1c1917",
      }}
    >
      <div style={{ display: "flex", fontSize: 32, color: "#186245", fontWeight: 700 }}>{site}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
        <div style={{ display: "flex", fontSize: 30, color: "#44403c" }}>{eyebrow}</div>
        <div style={{ display: "flex", fontSize: 60, fontWeight: 700, lineHeight: 1.2 }}>{headline}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 8, fontSize: 28, color: "#134e37" }}>
        {lines.map((line, index) => (
          <div key={index} style={{ display: "flex" }}>
            · {line}
          </div>
        ))}
        {note && <div style={{ display: "flex", fontSize: 22, color: "#92400e" }}>{note}</div>}
      </div>
    </div>,
    { ...OG_SIZE, fonts, headers: { "cache-control": "public, max-age=300" } },
  );
}
