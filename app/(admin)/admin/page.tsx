import { DashboardPage } from "@/components/admin/dashboard-page";

export default async function Page({ searchParams }: { searchParams: Promise<{ forbidden?: string }> }) {
  return <DashboardPage forbidden={(await searchParams).forbidden === "1"} />;
}
