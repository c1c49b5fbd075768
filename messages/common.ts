import { defineMessages } from "@/lib/i18n/define";

/** Site-wide strings: metadata, navigation, footer, errors. */
export const commonMessages = defineMessages({
  zh: {
    meta: {
      siteName: "公益导航",
      title: "公益导航：让公益资源流向农村留守儿童",
      description: "按需求查找服务农村留守儿童的在地公益机构、干预模式与相关政策，看清哪里的需求还没有人回应。",
    },
    nav: {
      skipToContent: "跳到正文",
      home: "首页",
      main: "主导航",
      organizations: "查找机构",
      needs: "需求",
      policies: "政策",
      modes: "干预模式",
      coverage: "缺口地图",
      switchLanguage: "English",
    },
    footer: {
      about: "公益导航 Resource Navigator：一个帮助捐赠人与基金会把资源投向农村留守儿童需求的开放工具。",
      staff: "工作人员登录",
      openData: "开放数据",
    },
    errors: {
      databaseUnavailableTitle: "暂时无法读取数据",
      databaseUnavailableBody: "数据库暂时无法连接，请稍后刷新页面。你的链接和筛选条件都保存在地址栏中，不会丢失。",
      retry: "重试",
      notFoundTitle: "没有找到这个页面",
      notFoundBody: "链接可能有误，或记录已被移除。",
      notFoundOrganization: {
        title: "没有找到这家机构",
        body: "链接可能有误，或这条机构记录已下线。可以在机构列表中重新查找。",
        link: "查看全部机构",
      },
      notFoundSharedList: {
        title: "没有找到这份保存的名单",
        body: "链接可能不完整或有误。保存的名单不会过期；请向分享者确认链接，或查看当前的机构列表。",
        link: "查看当前的机构列表",
      },
      backHome: "返回首页",
    },
  },
  en: {
    meta: {
      siteName: "Resource Navigator",
      title: "Resource Navigator: steering charity to rural left-behind children",
      description:
        "Find the local organizations, programme models and policies that meet the needs of China's rural left-behind children, and see where needs are still unmet.",
    },
    nav: {
      skipToContent: "Skip to content",
      home: "Home",
      main: "Main",
      organizations: "Find organizations",
      needs: "Needs",
      policies: "Policies",
      modes: "Intervention modes",
      coverage: "Coverage map",
      switchLanguage: "中文",
    },
    footer: {
      about:
        "公益导航 Resource Navigator: an open tool that helps donors and foundations steer resources to the needs of rural left-behind children.",
      staff: "Staff sign-in",
      openData: "Open data",
    },
    errors: {
      databaseUnavailableTitle: "The data cannot be read right now",
      databaseUnavailableBody:
        "The database cannot be reached at the moment. Please reload in a little while; your link and filters are kept in the address bar.",
      retry: "Try again",
      notFoundTitle: "Page not found",
      notFoundBody: "The link may be wrong, or the record was removed.",
      notFoundOrganization: {
        title: "Organization not found",
        body: "The link may be wrong, or this organization's record was taken down. You can look for it in the list of organizations.",
        link: "See all organizations",
      },
      notFoundSharedList: {
        title: "Saved list not found",
        body: "The link may be incomplete or mistyped. Saved lists do not expire; check the link with whoever shared it, or see the current list of organizations.",
        link: "See the current list of organizations",
      },
      backHome: "Back to home",
    },
  },
});
