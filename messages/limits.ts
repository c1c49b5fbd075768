import { defineMessages } from "@/lib/i18n/define";

/** What the staff UI says when a request is refused before it reaches a page: too large, or the database is down. */
export const limitsMessages = defineMessages({
  zh: {
    limits: {
      fileTooLarge: "文件太大：最多 {limit} MB。请拆分成几个文件后再上传。",
      staffErrorTitle: "出错了",
      staffErrorBody: "这个页面暂时无法显示。如果是数据库暂时无法访问，请稍后再试；之前保存的内容不会丢失。",
      retry: "重试",
    },
  },
  en: {
    limits: {
      fileTooLarge:
        "The file is too large: at most {limit} MB. Split it into several files and upload them one by one.",
      staffErrorTitle: "Something went wrong",
      staffErrorBody:
        "This page cannot be shown right now. If the database is briefly unavailable, please try again shortly; what was saved before is not lost.",
      retry: "Try again",
    },
  },
});
