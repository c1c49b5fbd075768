import { notFound } from "next/navigation";
import { RecordHistoryPage } from "@/components/admin/record-history-page";
import { isRecordKind } from "@/lib/admin/kinds";

export default async function Page({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind, id } = await params;
  if (!isRecordKind(kind) || !/^\d{1,9}$/.test(id)) notFound();
  return <RecordHistoryPage kind={kind} id={Number(id)} />;
}
