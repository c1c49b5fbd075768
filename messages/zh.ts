/** Simplified Chinese, the site's first language. Every other locale has the same shape. */
export const zh = {
  meta: {
    siteName: "公益导航",
    title: "公益导航：让公益资源流向农村留守儿童",
    description: "按需求查找服务农村留守儿童的在地公益机构、干预模式与相关政策，看清哪里的需求还没有人回应。",
  },
  nav: {
    skipToContent: "跳到正文",
    home: "首页",
    switchLanguage: "English",
    switchLanguageLabel: "切换到英文版",
  },
  home: {
    eyebrow: "沃启基金会 · 公益导航",
    heading: "让公益资源流向最需要的留守儿童",
    lead: "我们把《留守儿童》研究报告中的需求、政策、在地机构与干预模式整理成一个可检索、可分享、持续更新的数据库。选择你想支持的需求，看看哪些机构在回应，哪里还没有人回应。",
    figuresHeading: "数据库概览",
    figures: {
      needs: "类需求",
      policies: "项政策",
      modes: "种干预模式",
      organizations: "家在地机构",
      provinces: "个省份有机构覆盖",
    },
    sampleNotice: "当前机构均为示例数据，名称为虚构，仅用于演示；基金会工作人员将以真实机构记录替换。",
    sourceNote: "需求与政策依据沃启基金会留守儿童研究报告摘要整理。",
  },
  footer: {
    about: "公益导航 Resource Navigator：一个帮助捐赠人与基金会把资源投向农村留守儿童需求的开放工具。",
  },
  errors: {
    databaseUnavailableTitle: "暂时无法读取数据",
    databaseUnavailableBody: "数据库暂时无法连接，请稍后刷新页面。你的链接和筛选条件都保存在地址栏中，不会丢失。",
    retry: "重试",
    notFoundTitle: "没有找到这个页面",
    notFoundBody: "链接可能有误，或记录已被移除。",
    backHome: "返回首页",
  },
};

export type Messages = typeof zh;
