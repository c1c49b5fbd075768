import { HomePage } from "@/components/home/home-page";
import { homeMetadata } from "@/components/share/home-metadata";

export const generateMetadata = () => homeMetadata("zh");

export default function Page() {
  return <HomePage locale="zh" />;
}
