import { exportResponse } from "@/lib/admin/export-response";

export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  return exportResponse(request, (await params).kind);
}
