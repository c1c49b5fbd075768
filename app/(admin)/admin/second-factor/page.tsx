import { SecondFactorPage } from "@/components/admin/second-factor-page";

export default function Page() {
  return <SecondFactorPage />;
}
