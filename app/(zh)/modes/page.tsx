import { ModesPage, modesMetadata } from "@/components/records/modes-page";

export const generateMetadata = () => modesMetadata("zh");
export default function Page() {
  return <ModesPage locale="zh" />;
}
