import { type SlugRouteProps } from "@/components/records/page-metadata";
import { OrganizationPage, organizationMetadata } from "@/components/records/organization-page";

export const generateMetadata = (props: SlugRouteProps) => organizationMetadata("zh", props);
export default function Page(
  props: SlugRouteProps & { searchParams: Promise<Record<string, string | string[] | undefined>> },
) {
  return <OrganizationPage locale="zh" params={props.params} searchParams={props.searchParams} />;
}
