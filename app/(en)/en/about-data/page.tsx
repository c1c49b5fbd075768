import { AboutDataPage, aboutDataMetadata } from "@/components/about/about-data-page";

export const metadata = aboutDataMetadata("en");
export default function Page() {
  return <AboutDataPage locale="en" />;
}
