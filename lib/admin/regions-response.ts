import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { regionCodeSchema } from "@/lib/domain/identifiers";
import { regionChildren } from "./queries";
import { requestSession, withStaffErrors } from "./request-session";

/** `/admin/regions/<code>`: the regions directly inside one region, as JSON, for the staff region picker. */
export async function regionsResponse(
  request: Request,
  parent: string,
  prisma: PrismaClient = db(),
): Promise<Response> {
  const code = regionCodeSchema.safeParse(parent);
  if (!code.success) return new Response("A region code is six digits.", { status: 400 });
  const session = await requestSession(request, prisma);
  return withStaffErrors(async () =>
    Response.json(await regionChildren(prisma, session, code.data), {
      // The division tree changes only with a data release; a staff browser may reuse it for an hour.
      headers: { "cache-control": "private, max-age=3600" },
    }),
  );
}
