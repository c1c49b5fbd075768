import type { MetadataRoute } from "next";
import { getMessages } from "@/lib/i18n";

/** Web app manifest: name, colours and icon for a home-screen shortcut. */
export default function manifest(): MetadataRoute.Manifest {
  const t = getMessages("zh");
  return {
    name: t.meta.siteName,
    short_name: t.meta.siteName,
    description: t.meta.description,
    lang: "zh-CN",
    start_url: "/",
    display: "standalone",
    background_color: "#fafaf9",
    theme_color: "#1f7a55",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
  };
}
