import { type SlugRouteProps } from "@/components/records/page-metadata";
import { OrganizationPage, organizationMetadata } from "@/components/records/organization-page";

export const generateMetadata = (props: SlugRouteProps) => organizationMetadata("zh", props);
export default function Page(props: SlugRouteProps) {
  return <OrganizationPage locale="zh" params={props.params} />;
}
