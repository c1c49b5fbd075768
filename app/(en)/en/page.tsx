import { HomePage } from "@/components/home/home-page";
import { homeMetadata } from "@/components/home/home-metadata";

export function generateMetadata() {
  return homeMetadata("en");
}

export default function Page() {
  return <HomePage locale="en" />;
}
