import { defineMessages } from "@/lib/i18n/define";
import { plural } from "@/lib/i18n/plural-message";

/** Frozen ("saved exact") lists. */
export const shareMessages = defineMessages({
  zh: {
    share: {
      title: "保存的机构名单",
      frozenOn: "这份名单保存于 {date}，下面是当时的筛选结果。",
      openLive: "查看最新结果",
      changesHeading: "保存之后的变化",
      noChanges: "保存以来没有变化。",
      added: plural({ other: "新增 {count} 家" }),
      removed: plural({ other: "不再符合或已下线 {count} 家" }),
      reReviewed: plural({ other: "重新审核 {count} 家" }),
      listHeading: plural({ other: "保存时的 {count} 家机构" }),
      removedNote: "（已不在最新结果中）",
      notFound: "没有找到这份保存的名单。链接可能有误。",
      filtersHeading: "保存时的筛选条件",
      otherFilters: "其他条件",
      noFilters: "全部机构，未加筛选",
      sampleNotice: "名单中含有示例数据：这些机构的名称为虚构，仅用于演示。",
      previewEyebrow: "保存的名单 · {date}",
      qrShow: "微信扫码分享",
      qrHint: "用微信扫一扫这个二维码，即可在手机上打开本页。",
      qrLabel: "本页链接的二维码",
      tools: "分享",
    },
  },
  en: {
    share: {
      title: "Saved list of organizations",
      frozenOn: "This list was saved on {date}; below are the results as they were then.",
      openLive: "See the current results",
      changesHeading: "What changed since",
      noChanges: "Nothing has changed since.",
      added: plural({ one: "{count} added", other: "{count} added" }),
      removed: plural({
        one: "{count} no longer matches or was taken down",
        other: "{count} no longer match or were taken down",
      }),
      reReviewed: plural({ one: "{count} re-reviewed", other: "{count} re-reviewed" }),
      listHeading: plural({
        one: "The {count} organization when saved",
        other: "The {count} organizations when saved",
      }),
      removedNote: "(no longer in the current results)",
      notFound: "This saved list does not exist. The link may be wrong.",
      filtersHeading: "Filters when saved",
      otherFilters: "Other conditions",
      noFilters: "Every organization, no filters",
      sampleNotice: "This list holds sample data: these organizations' names are invented, for demonstration only.",
      previewEyebrow: "Saved list · {date}",
      qrShow: "QR code for WeChat",
      qrHint: "Scan this code with WeChat to open this page on a phone.",
      qrLabel: "QR code of this page's link",
      tools: "Share",
    },
  },
});
