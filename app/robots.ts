import type { MetadataRoute } from "next";

/** Crawlers index the public pages; not the staff area, frozen lists (private snapshots) or preview images. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/s/", "/en/s/", "/og/", "/en/og/"] }],
  };
}
