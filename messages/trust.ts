import { defineMessages } from "@/lib/i18n/define";

/** Charity-law trust signals of an organization (China's Charity Law, 2016). */
export const trustMessages = defineMessages({
  zh: {
    trust: {
      badges: {
        label: "慈善法资质",
        recognised: "已认定为慈善组织 · {date}",
        fundraising: "有公开募捐资格 · {date}取得",
        verified: "核实于 {date}",
      },
      facts: {
        heading: "登记与资质",
        lead: "以下信息由基金会工作人员对照登记证书和慈善中国等公开记录录入。只有具备公开募捐资格的组织才能面向公众募捐，其他组织须通过有资格的组织募集资金。",
        creditCode: "统一社会信用代码",
        legalForm: "法律形式",
        registrationAuthority: "登记管理机关",
        registeredOn: "登记日期",
        recognised: "慈善组织认定",
        fundraising: "公开募捐资格",
        charityChina: "慈善中国上的记录",
        charityChinaLink: "在慈善中国查看",
        latestReport: "年度报告（最近公开的在前）",
        notEntered: "未录入",
        none: "工作人员尚未录入登记与资质信息。",
        sample: "示例记录没有登记信息，也不会带有资质标记。",
      },
      legalForm: {
        SOCIAL_ORGANIZATION: "社会团体",
        SOCIAL_SERVICE_AGENCY: "社会服务机构（民办非企业单位）",
        FOUNDATION: "基金会",
        OTHER_OR_UNREGISTERED: "其他或未登记的团体",
      },
    },
  },
  en: {
    trust: {
      badges: {
        label: "Charity Law standing",
        recognised: "Recognised charitable organization · {date}",
        fundraising: "Public-fundraising qualification · since {date}",
        verified: "verified {date}",
      },
      facts: {
        heading: "Registration and standing",
        lead: "Foundation staff enter these details from the registration certificate and public records such as 慈善中国 (China Charity Information). Only organizations with a public-fundraising qualification may solicit donations from the public; others raise funds through one that is qualified.",
        creditCode: "Unified social credit code",
        legalForm: "Legal form",
        registrationAuthority: "Registration authority",
        registeredOn: "Registered on",
        recognised: "Recognised as a charitable organization",
        fundraising: "Public-fundraising qualification",
        charityChina: "Record on 慈善中国",
        charityChinaLink: "View on 慈善中国",
        latestReport: "Annual reports (latest disclosed first)",
        notEntered: "Not entered",
        none: "Staff have not entered registration details yet.",
        sample: "Sample records carry no registration details and never a badge.",
      },
      legalForm: {
        SOCIAL_ORGANIZATION: "Social organization (社会团体)",
        SOCIAL_SERVICE_AGENCY: "Social service agency (社会服务机构, formerly 民办非企业单位)",
        FOUNDATION: "Foundation",
        OTHER_OR_UNREGISTERED: "Other or unregistered group",
      },
    },
  },
});
