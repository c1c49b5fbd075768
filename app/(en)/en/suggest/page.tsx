import { SuggestPage, suggestMetadata } from "@/components/reports/report-pages";

export const metadata = suggestMetadata("en");
export default function Page() {
  return <SuggestPage locale="en" />;
}
