import { FrozenListPage, frozenListMetadata } from "@/components/share/frozen-list-page";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  return frozenListMetadata("zh", (await params).id);
}

export default async function Page({ params }: Props) {
  return <FrozenListPage locale="zh" id={(await params).id} />;
}
