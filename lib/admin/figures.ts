import { type StaffSession, requireStaff } from "@/lib/auth/roles";
import { type FiguresImportReport, applyFiguresImport, checkFiguresImport } from "@/lib/coverage/figures";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Staff import of need-intensity figures: a dry run, or an all-or-nothing apply. Editors may do it. */
export async function importFigures(
  prisma: PrismaClient,
  session: StaffSession | null,
  bytes: Uint8Array,
  apply: boolean,
): Promise<FiguresImportReport> {
  requireStaff(session);
  return apply ? applyFiguresImport(prisma, bytes) : checkFiguresImport(prisma, bytes);
}
