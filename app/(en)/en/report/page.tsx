import { ReportProblemPage, type ReportSearchParams, reportProblemMetadata } from "@/components/reports/report-pages";

export const metadata = reportProblemMetadata("en");
export default function Page({ searchParams }: { searchParams: ReportSearchParams }) {
  return <ReportProblemPage locale="en" searchParams={searchParams} />;
}
