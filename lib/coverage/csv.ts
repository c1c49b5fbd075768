import { type Locale, getMessages, localePath } from "@/lib/i18n";
import type { CoverageMatrix } from "./matrix";
import { day, localName, organizationsHref } from "./names";

const quote = (value: string | number | null) => {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The matrix as CSV, one line per need × region cell, UTF-8 with a BOM so that spreadsheet programs read the Chinese right. */
export function coverageCsv(matrix: CoverageMatrix, locale: Locale, origin: string): string {
  const t = getMessages(locale).coverage;
  const header = locale === "zh"
    ? ["需求代码", "需求", "政策数", "地区代码", "地区", "机构数", "类别", "经由的干预模式", "最近审核", "最早审核", "留守儿童数", "数据年份", "示例数字", "每万名儿童机构数", "机构链接"]
    : ["need_slug", "need", "policies", "region_code", "region", "organizations", "class", "modes", "newest_review", "oldest_review", "children", "figure_year", "sample_figure", "organizations_per_10k_children", "organizations_link"];
  const lines = [header.map(quote).join(",")];
  matrix.needs.forEach((need, i) => {
    matrix.columns.forEach((column, j) => {
      const cell = matrix.cells[i]![j]!;
      lines.push(
        [
          need.slug,
          localName(locale, need),
          need.policies.length,
          column.code,
          localName(locale, column),
          cell.organizations,
          t.classes.label[cell.coverageClass],
          cell.modes.map((m) => `${localName(locale, m)} (${m.organizations})`).join("; "),
          cell.newestReview && day(cell.newestReview),
          cell.oldestReview && day(cell.oldestReview),
          column.figure?.value ?? null,
          column.figure?.year ?? null,
          column.figure ? String(column.figure.isSample) : null,
          cell.per10k === null ? null : cell.per10k.toFixed(2),
          `${origin}${localePath(locale, organizationsHref(need.slug, column.code))}`,
        ]
          .map(quote)
          .join(","),
      );
    });
  });
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
