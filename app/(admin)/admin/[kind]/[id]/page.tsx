import { notFound } from "next/navigation";
import { RecordEditPage } from "@/components/admin/record-edit-page";
import { isRecordKind } from "@/lib/admin/kinds";

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ kind: string; id: string }>;
  searchParams: Promise<{ done?: string; refused?: string; report?: string }>;
}) {
  const { kind, id } = await params;
  if (!isRecordKind(kind) || !/^\d{1,9}$/.test(id)) notFound();
  return <RecordEditPage kind={kind} id={Number(id)} searchParams={await searchParams} />;
}
