import { SuggestPage, suggestMetadata } from "@/components/reports/report-pages";

export const metadata = suggestMetadata("zh");
export default function Page() {
  return <SuggestPage locale="zh" />;
}
