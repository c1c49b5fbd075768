import { SecurityPage } from "@/components/admin/security-page";
import { eventQuerySchema } from "@/lib/security/admin";

type Query = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function Page({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  return (
    <SecurityPage
      query={eventQuerySchema.parse({
        kind: first(query.kind),
        account: first(query.account),
        page: first(query.page),
      })}
      done={first(query.done)}
      refused={first(query.refused)}
    />
  );
}
