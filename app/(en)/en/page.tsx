import { HomePage } from "@/components/home/home-page";
import { homeMetadata } from "@/components/home/home-metadata";
import { homePreview } from "@/components/share/home-preview";

export async function generateMetadata() {
  const [page, preview] = await Promise.all([homeMetadata("en"), homePreview("en")]);
  return { ...page, ...preview };
}

export default function Page() {
  return <HomePage locale="en" />;
}
