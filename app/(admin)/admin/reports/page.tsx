import { ReportsQueuePage } from "@/components/admin/reports-queue-page";

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  return <ReportsQueuePage searchParams={await searchParams} />;
}
