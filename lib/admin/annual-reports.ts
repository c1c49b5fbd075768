import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { optionalUrl, requiredInt } from "@/lib/forms/field-errors";

// An organization's annual reports (year and link): one row per year. The latest year disclosed is derived from
// them, never entered on its own.

const MAX_REPORTS = 60;
/** Blank rows the staff form offers below the reports already entered. */
export const BLANK_REPORT_ROWS = 1;

const reportSchema = z.object({ year: requiredInt(1949, 2100), url: optionalUrl(500) });
type AnnualReportValues = z.output<typeof reportSchema>;

export const annualReportsSchema = z
  .array(reportSchema)
  .max(MAX_REPORTS)
  .default([])
  .superRefine((reports, ctx) => {
    const seen = new Set<number>();
    reports.forEach((report, index) => {
      if (seen.has(report.year)) ctx.addIssue({ code: "custom", path: [index, "year"], message: "duplicate" });
      seen.add(report.year);
    });
  });

/** The report rows of a form (`report.<n>.year`, `report.<n>.url`); a row left blank is not a report. */
export function annualReportsFromForm(form: FormData): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (let index = 0; form.has(`report.${index}.year`); index++) {
    const year = String(form.get(`report.${index}.year`) ?? "");
    const url = String(form.get(`report.${index}.url`) ?? "");
    if (year.trim() || url.trim()) rows.push({ year, url });
  }
  return rows;
}

export async function replaceAnnualReports(
  tx: Prisma.TransactionClient,
  records: { id: number; links: Record<string, unknown> }[],
): Promise<void> {
  await tx.annualReport.deleteMany({ where: { organizationId: { in: records.map((r) => r.id) } } });
  await tx.annualReport.createMany({
    data: records.flatMap(({ id, links }) =>
      ((links.annualReports ?? []) as AnnualReportValues[]).map((r) => ({ organizationId: id, ...r })),
    ),
  });
}
