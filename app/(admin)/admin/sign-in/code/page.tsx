import { CodeSignInPage } from "@/components/admin/code-sign-in-page";

export default function Page() {
  return <CodeSignInPage />;
}
