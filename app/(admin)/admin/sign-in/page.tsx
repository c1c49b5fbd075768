import { SignInPage } from "@/components/admin/sign-in-page";

export default async function Page({ searchParams }: { searchParams: Promise<{ signedOut?: string }> }) {
  return <SignInPage signedOut={(await searchParams).signedOut === "1"} />;
}
