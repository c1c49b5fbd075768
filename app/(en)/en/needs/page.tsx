import { NeedsPage, needsMetadata } from "@/components/records/needs-page";

export const generateMetadata = () => needsMetadata("en");
export default function Page() {
  return <NeedsPage locale="en" />;
}
