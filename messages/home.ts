import { defineMessages } from "@/lib/i18n/define";
import { plural } from "@/lib/i18n/plural-message";

/** The home page. */
export const homeMessages = defineMessages({
  zh: {
    home: {
      eyebrow: "沃启基金会 · 公益导航",
      heading: "让公益资源流向最需要的留守儿童",
      lead: "我们参考沃启基金会关于农村留守儿童的研究报告，把需求、政策、在地机构与干预模式整理成一个可检索、可分享、持续更新的数据库。选择你想支持的需求，看看哪些机构在回应，哪里还没有人回应。",
      figuresHeading: "数据库概览",
      figures: {
        needs: "类需求",
        policies: "项政策",
        modes: "种干预模式",
        organizations: "家在地机构",
        provinces: "个省份有机构覆盖",
      },
      sampleNotice: "当前机构均为示例数据，名称为虚构，仅用于演示；基金会工作人员将以真实机构记录替换。",
      titleWithSamples: "{title}（含示例数据）",
      sourceNote: "政策依据沃启基金会留守儿童研究报告摘要整理；需求分类与干预模式是本目录自己的框架，参考了该报告。",
      pickerHeading: "你想支持留守儿童的哪些需求？",
      pickerNeeds: "需求",
      organizationsMeeting: plural({ other: "{count} 家机构回应" }),
      pickerRegion: "地区（可选）",
      pickerAllRegions: "全国",
      pickerSubmit: "查看回应这些需求的机构",
      browseAll: "浏览全部机构",
    },
  },
  en: {
    home: {
      eyebrow: "Woqi Foundation · Resource Navigator",
      heading: "Steer charity to the left-behind children who need it most",
      lead: "Informed by the Woqi Foundation's report on left-behind children, we gathered needs, policies, local organizations and intervention modes into a searchable, shareable database that stays current. Pick the needs you want to support and see who meets them, and where no one does yet.",
      figuresHeading: "The database at a glance",
      figures: {
        needs: "needs",
        policies: "policies",
        modes: "intervention modes",
        organizations: "local organizations",
        provinces: "provinces with organizations",
      },
      sampleNotice:
        "All organizations shown are sample data with invented names, for demonstration only; foundation staff will replace them with real records.",
      titleWithSamples: "{title} (with sample data)",
      sourceNote:
        "Policies follow the summary of the Woqi Foundation's report on left-behind children; the needs and intervention modes are this directory's own framing, informed by the report.",
      pickerHeading: "Which needs of left-behind children do you want to support?",
      pickerNeeds: "Needs",
      organizationsMeeting: plural({ one: "{count} organization meets it", other: "{count} organizations meet it" }),
      pickerRegion: "Region (optional)",
      pickerAllRegions: "All of China",
      pickerSubmit: "See the organizations meeting them",
      browseAll: "Browse all organizations",
    },
  },
});
