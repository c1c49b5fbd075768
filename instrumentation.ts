import type { Instrumentation } from "next";
import { isUnavailable } from "@/lib/db/errors";
import { markDatabaseUnavailable } from "@/lib/http/outage";

// Render errors of pages reach here before the error page is sent; one caused by a database outage turns
// the page's 500 into 503 with Retry-After (lib/http/outage.ts).
export const onRequestError: Instrumentation.onRequestError = (error) => {
  if (isUnavailable(error)) markDatabaseUnavailable();
};
