import { PoliciesPage, policiesMetadata } from "@/components/records/policies-page";

export const generateMetadata = () => policiesMetadata("zh");
export default function Page() {
  return <PoliciesPage locale="zh" />;
}
