import { DataPage, dataMetadata } from "@/components/opendata/data-page";

export const metadata = dataMetadata("zh");
export default function Page() {
  return <DataPage locale="zh" />;
}
