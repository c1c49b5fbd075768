import { DataPage, dataMetadata } from "@/components/opendata/data-page";

export const metadata = dataMetadata("en");
export default function Page() {
  return <DataPage locale="en" />;
}
