import { PoliciesPage, policiesMetadata } from "@/components/records/policies-page";

export const generateMetadata = () => policiesMetadata("en");
export default function Page() {
  return <PoliciesPage locale="en" />;
}
