import { resultsImage } from "@/lib/share/og/results-image";

export function GET(request: Request) {
  return resultsImage(request, "zh");
}
