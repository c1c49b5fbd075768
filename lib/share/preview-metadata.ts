import type { Metadata } from "next";

type Preview = { title: string; description: string; image: string; type?: "website" | "article" };

/** Open Graph and Twitter card fields of a page: its title, description and link-preview image (1200 × 630). */
export function previewMetadata({ title, description, image, type = "website" }: Preview): Metadata {
  return {
    openGraph: { title, description, type, images: [{ url: image, width: 1200, height: 630, alt: title }] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}
