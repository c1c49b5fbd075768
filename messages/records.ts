import { defineMessages } from "@/lib/i18n/define";

/** Labels of the records' enumerations, shared by the pages that show them. */
export const recordsMessages = defineMessages({
  zh: {
    records: {
      organizationType: {
        GRASSROOTS_NGO: "草根公益组织",
        SOCIAL_WORK_AGENCY: "社会工作服务机构",
        FOUNDATION: "基金会",
        SCHOOL_PROGRAMME: "学校项目",
        VOLUNTEER_GROUP: "志愿者团队",
        OTHER: "其他",
      },
    },
  },
  en: {
    records: {
      organizationType: {
        GRASSROOTS_NGO: "Grassroots NGO",
        SOCIAL_WORK_AGENCY: "Social-work agency",
        FOUNDATION: "Foundation",
        SCHOOL_PROGRAMME: "School programme",
        VOLUNTEER_GROUP: "Volunteer group",
        OTHER: "Other",
      },
    },
  },
});
