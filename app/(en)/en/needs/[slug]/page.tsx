import { type SlugRouteProps } from "@/components/records/page-metadata";
import { NeedPage, needMetadata } from "@/components/records/need-page";

export const generateMetadata = (props: SlugRouteProps) => needMetadata("en", props);
export default function Page(props: SlugRouteProps) {
  return <NeedPage locale="en" params={props.params} />;
}
