import { exportResponse } from "@/lib/search/export-response";

export function GET(request: Request) {
  return exportResponse(request, "en");
}
