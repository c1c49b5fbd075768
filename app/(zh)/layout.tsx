import type { ReactNode } from "react";
import { SiteDocument, siteMetadata } from "@/components/layout/site-document";

// Every page reads live data: edits show as soon as they are saved.
export const dynamic = "force-dynamic";
export const metadata = siteMetadata("zh");

export default function ChineseLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="zh">{children}</SiteDocument>;
}
