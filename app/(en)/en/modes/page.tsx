import { ModesPage, modesMetadata } from "@/components/records/modes-page";

export const generateMetadata = () => modesMetadata("en");
export default function Page() {
  return <ModesPage locale="en" />;
}
