import { notFound } from "next/navigation";
import { RecordEditPage } from "@/components/admin/record-edit-page";
import { isRecordKind } from "@/lib/admin/kinds";

export default async function Page({ params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  if (!isRecordKind(kind)) notFound();
  return <RecordEditPage kind={kind} searchParams={{}} />;
}
