import { type SlugRouteProps } from "@/components/records/page-metadata";
import { PolicyPage, policyMetadata } from "@/components/records/policy-page";

export const generateMetadata = (props: SlugRouteProps) => policyMetadata("zh", props);
export default function Page(props: SlugRouteProps) {
  return <PolicyPage locale="zh" params={props.params} />;
}
