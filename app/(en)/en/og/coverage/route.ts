import { coverageImage } from "@/lib/share/og/coverage-image";

export function GET(request: Request) {
  return coverageImage(request, "en");
}
