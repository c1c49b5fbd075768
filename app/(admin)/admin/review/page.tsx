import { ReviewQueuePage } from "@/components/admin/review-queue-page";

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  return <ReviewQueuePage searchParams={await searchParams} />;
}
