import { AccountsPage } from "@/components/admin/accounts-page";

export default function Page() {
  return <AccountsPage />;
}
