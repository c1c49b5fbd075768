import { type StaffSession, requireStaff } from "@/lib/auth/roles";
import { type FiguresImportReport, applyFiguresImport, checkFiguresImport } from "@/lib/coverage/figures";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { changesCommitted } from "./write";

/** Staff import of need-intensity figures: a dry run, or an all-or-nothing apply. Editors may do it. */
export async function importFigures(
  prisma: PrismaClient,
  session: StaffSession | null,
  bytes: Uint8Array,
  apply: boolean,
): Promise<FiguresImportReport> {
  const staff = requireStaff(session);
  if (!apply) return checkFiguresImport(prisma, bytes);
  const report = await applyFiguresImport(prisma, bytes, { staffId: staff.userId });
  if (report.applied) changesCommitted();
  return report;
}
