import { NotFoundView } from "@/components/layout/not-found-view";

export default function NotFound() {
  return <NotFoundView locale="zh" kind="organization" />;
}
