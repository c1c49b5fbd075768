import { AboutDataPage, aboutDataMetadata } from "@/components/about/about-data-page";

export const metadata = aboutDataMetadata("zh");
export default function Page() {
  return <AboutDataPage locale="zh" />;
}
