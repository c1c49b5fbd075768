import { toCsv } from "@/lib/csv/write";
import { type Locale, getMessages } from "@/lib/i18n";
import { nameIn } from "@/lib/records/localize";
import { organizationsHref } from "@/lib/records/results-link";
import type { CoverageMatrix } from "./matrix";
import { day } from "./names";

/** The matrix as CSV, one line per need × region cell, UTF-8 with a BOM so that spreadsheet programs read the Chinese right. */
export function coverageCsv(matrix: CoverageMatrix, locale: Locale, origin: string): string {
  const t = getMessages(locale).coverage;
  const header =
    locale === "zh"
      ? [
          "需求代码",
          "需求",
          "政策数",
          "地区代码",
          "地区",
          "机构数",
          "类别",
          "经由的干预模式",
          "最近审核",
          "最早审核",
          "留守儿童数",
          "数据年份",
          "示例数字",
          "每万名儿童机构数",
          "机构链接",
        ]
      : [
          "need_slug",
          "need",
          "policies",
          "region_code",
          "region",
          "organizations",
          "class",
          "modes",
          "newest_review",
          "oldest_review",
          "children",
          "figure_year",
          "sample_figure",
          "organizations_per_10k_children",
          "organizations_link",
        ];
  const rows: (string | number | null)[][] = [header];
  matrix.needs.forEach((need, i) => {
    matrix.columns.forEach((column, j) => {
      const cell = matrix.cells[i]![j]!;
      rows.push([
        need.slug,
        nameIn(locale, need),
        need.policies.length,
        column.code,
        nameIn(locale, column),
        cell.organizations,
        t.classes.label[cell.coverageClass],
        cell.modes.map((m) => `${nameIn(locale, m)} (${m.organizations})`).join("; "),
        cell.newestReview && day(cell.newestReview),
        cell.oldestReview && day(cell.oldestReview),
        column.figure?.value ?? null,
        column.figure?.year ?? null,
        column.figure ? String(column.figure.isSample) : null,
        cell.per10k === null ? null : cell.per10k.toFixed(2),
        `${origin}${organizationsHref(locale, { need: need.slug, region: column.code })}`,
      ]);
    });
  });
  return toCsv(rows);
}
