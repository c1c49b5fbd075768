import { NeedsPage, needsMetadata } from "@/components/records/needs-page";

export const generateMetadata = () => needsMetadata("zh");
export default function Page() {
  return <NeedsPage locale="zh" />;
}
