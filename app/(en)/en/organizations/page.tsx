import { ResultsPage, resultsMetadata } from "@/components/search/results-page";
import type { RawSearchParams } from "@/lib/search/page";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props) {
  return resultsMetadata("en", await searchParams);
}

export default async function Page({ searchParams }: Props) {
  return <ResultsPage locale="en" raw={await searchParams} />;
}
