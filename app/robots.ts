import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site/origin";

// At request time: the sitemap link is absolute on SITE_URL as the server runs, not as it was built.
export const dynamic = "force-dynamic";

/** Crawlers index the public pages; not the staff area, frozen lists (private snapshots) or preview images. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/s/", "/en/s/", "/og/", "/en/og/"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
