import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminDocument } from "@/components/admin/admin-document";
import { adminLocale } from "@/lib/admin/locale";
import { getMessages } from "@/lib/i18n";

// Staff pages read live data and the session on every request.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getMessages(await adminLocale()).admin.title, robots: { index: false, follow: false } };
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  return <AdminDocument locale={await adminLocale()}>{children}</AdminDocument>;
}
