import { describe, expect, it } from "vitest";
import { previewMetadata } from "./preview-metadata";

describe("link previews", () => {
  it("give Open Graph and a large Twitter card the same title, description and 1200 × 630 image", () => {
    expect(previewMetadata({ title: "T", description: "D", image: "/og/x.png" })).toEqual({
      openGraph: {
        title: "T",
        description: "D",
        type: "website",
        images: [{ url: "/og/x.png", width: 1200, height: 630, alt: "T" }],
      },
      twitter: { card: "summary_large_image", title: "T", description: "D", images: ["/og/x.png"] },
    });
  });

  it("keep an article's type", () => {
    expect(previewMetadata({ title: "T", description: "D", image: "/i.png", type: "article" }).openGraph).toMatchObject(
      {
        type: "article",
      },
    );
  });
});
