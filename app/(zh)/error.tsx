"use client";

import { ErrorView } from "@/components/layout/error-view";

export default function PageError({ reset }: { reset: () => void }) {
  return <ErrorView locale="zh" reset={reset} />;
}
