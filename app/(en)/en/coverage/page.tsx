import { type CoveragePageProps, CoveragePage, coverageMetadata } from "@/components/coverage/coverage-page";

export const generateMetadata = ({ searchParams }: CoveragePageProps) => coverageMetadata("en", searchParams);
export default function Page({ searchParams }: CoveragePageProps) {
  return <CoveragePage locale="en" searchParams={searchParams} />;
}
