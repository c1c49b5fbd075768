import { PasswordPage } from "@/components/admin/password-page";

export default function Page() {
  return <PasswordPage />;
}
