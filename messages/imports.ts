import { defineMessages } from "@/lib/i18n/define";

/** Staff CSV imports: file-level problems and the update-by-slug dry run. */
export const importsMessages = defineMessages({
  zh: {
    imports: {
      counts: "新建 {created} 条，更新 {updated} 条，{unchanged} 条没有变化。",
      changesHeading: "将要修改的字段（按网址标识匹配已有记录；文件中没有的列保持不变）",
      before: "现在",
      after: "导入后",
      errors: {
        emptyFile: "文件是空的：第一行应是列名。",
        unclosedQuote: "从这一行开始的引号没有闭合，整个文件没有读入。请检查这一行的双引号。",
        malformedQuote: "这一行的引号位置不正确，整个文件没有读入。",
        columnCount: "这一行的列数与第一行（列名）不一致。",
        stale: "这条记录在导出后已被修改（版本 {limit}），请重新导出后再改。",
        tooManyRows: "文件有 {limit} 行以上，超过一次导入的上限。请拆成几个文件。",
        refusedByDatabase: "数据库拒绝了这一行（例如与其他记录冲突），没有写入任何内容。",
        timedOut: "导入超时，没有写入任何内容。请稍后再试，或把文件拆成几个较小的文件。",
      },
    },
  },
  en: {
    imports: {
      counts: "{created} new, {updated} updated, {unchanged} unchanged.",
      changesHeading:
        "Fields that will change (rows are matched to existing records by slug; columns the file lacks stay as they are)",
      before: "Now",
      after: "After import",
      errors: {
        emptyFile: "The file is empty: its first row should hold the column names.",
        unclosedQuote:
          "A quote opened on this row is never closed, so the file was not read. Check this row's double quotes.",
        malformedQuote: "A quote on this row is misplaced, so the file was not read.",
        columnCount: "This row has a different number of columns than the first row (the column names).",
        stale: "This record was changed after it was exported (version {limit}); export again and redo the change.",
        tooManyRows: "The file has more than {limit} rows, over the limit of one import. Split it into several files.",
        refusedByDatabase:
          "The database refused this row (for example a clash with another record); nothing was written.",
        timedOut:
          "The import took too long and nothing was written. Try again later, or split the file into smaller ones.",
      },
    },
  },
});
