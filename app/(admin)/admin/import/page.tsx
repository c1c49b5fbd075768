import { ImportPage } from "@/components/admin/import-page";

export default function Page() {
  return <ImportPage />;
}
