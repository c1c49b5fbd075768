import { notFound } from "next/navigation";
import { RecordListPage } from "@/components/admin/record-list-page";
import { isRecordKind } from "@/lib/admin/kinds";

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ kind: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { kind } = await params;
  if (!isRecordKind(kind)) notFound();
  return <RecordListPage kind={kind} searchParams={await searchParams} />;
}
