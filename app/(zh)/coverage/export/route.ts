import { coverageCsvResponse } from "@/lib/coverage/export";

export const GET = (request: Request) => coverageCsvResponse("zh", request);
