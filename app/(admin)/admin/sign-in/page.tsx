import { SignInPage } from "@/components/admin/sign-in-page";

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<{ signedOut?: string; expired?: string }>;
}) {
  const query = await searchParams;
  return <SignInPage signedOut={query.signedOut === "1"} codeExpired={query.expired === "1"} />;
}
