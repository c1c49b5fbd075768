import { FiguresPage } from "@/components/admin/figures-page";

export default function Page() {
  return <FiguresPage />;
}
