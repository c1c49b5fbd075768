import { type CoveragePageProps, CoveragePage, coverageMetadata } from "@/components/coverage/coverage-page";

export const generateMetadata = ({ searchParams }: CoveragePageProps) => coverageMetadata("zh", searchParams);
export default function Page({ searchParams }: CoveragePageProps) {
  return <CoveragePage locale="zh" searchParams={searchParams} />;
}
