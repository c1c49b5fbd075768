import { notFound } from "next/navigation";
import { RecordPreviewPage } from "@/components/admin/record-preview-page";
import { isRecordKind } from "@/lib/admin/kinds";

export default async function Page({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind, id } = await params;
  if (!isRecordKind(kind) || !/^\d{1,9}$/.test(id)) notFound();
  return <RecordPreviewPage kind={kind} id={Number(id)} />;
}
