import { type SlugRouteProps } from "@/components/records/page-metadata";
import { ModePage, modeMetadata } from "@/components/records/mode-page";

export const generateMetadata = (props: SlugRouteProps) => modeMetadata("zh", props);
export default function Page(props: SlugRouteProps) {
  return <ModePage locale="zh" params={props.params} />;
}
