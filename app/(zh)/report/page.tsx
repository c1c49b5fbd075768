import { ReportProblemPage, type ReportSearchParams, reportProblemMetadata } from "@/components/reports/report-pages";

export const metadata = reportProblemMetadata("zh");
export default function Page({ searchParams }: { searchParams: ReportSearchParams }) {
  return <ReportProblemPage locale="zh" searchParams={searchParams} />;
}
