import { ResultsPage, resultsMetadata } from "@/components/search/results-page";
import type { RawSearchParams } from "@/lib/search/page";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props) {
  return resultsMetadata("zh", await searchParams);
}

export default async function Page({ searchParams }: Props) {
  return <ResultsPage locale="zh" raw={await searchParams} />;
}
