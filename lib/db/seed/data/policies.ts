import type { PolicySeed } from "../types";

/**
 * The central and special policies named in the report summary
 * (shared/seed/000_5ffc5f829791069b.txt), stated as the summary states them and
 * nothing more: a year, month, issuer or document number appears only where the
 * summary gives it (a policy without a year is "year unknown"), and the level
 * follows the summary's own split into "central" and "special" policies.
 * Official Chinese titles are given only where certain; otherwise the Chinese
 * title is a faithful translation of the summary's English title.
 */
export const policies: PolicySeed[] = [
  {
    slug: "2006-migrant-workers-opinions",
    titleZh: "国务院关于解决农民工问题的若干意见",
    titleEn: "A Number of Opinions on Solving the Problems of Migrant Workers",
    issuerZh: "国务院",
    issuerEn: "State Council",
    year: 2006,
    documentNumber: "〔2006〕5号",
    level: "CENTRAL",
    domain: "EDUCATION",
    summaryZh:
      "第二十一条规定，农民工输出地的地方政府应解决农民工留在农村的子女的教育问题，这是最早涉及留守儿童受教育权利的政策。文件充分肯定农民工的社会贡献，明确保障其子女平等接受义务教育的权利。",
    summaryEn:
      "Article 21 is the earliest policy on the educational rights of left-behind children: \"the local governments of the places of origin of the migrants should solve the educational problems of the children left behind in the countryside by the migrant workers.\" The opinions fully affirm migrant workers' social contribution and clearly guarantee their children's equal right to compulsory education.",
    needs: ["education-schooling"],
  },
  {
    slug: "2011-childrens-development-programme",
    titleZh: "中国儿童发展纲要（2011—2020年）",
    titleEn: "Development Program for China's Children (2011-2020)",
    issuerZh: "国务院",
    issuerEn: "State Council",
    year: 2011,
    level: "CENTRAL",
    domain: "CHILD_WELFARE",
    summaryZh:
      "报告摘要在“留守儿童纳入儿童发展纲要、人口规划和人权行动计划”的标题下介绍本纲要：强调建立健全农村留守儿童服务机制，加强对留守儿童心理、情感和行为的指导，提高父母的监护意识和责任。",
    summaryEn:
      "Presented in the summary under the heading \"Left-behind children are included in the children's development program, population planning and the human rights action plan\": it emphasizes establishing and improving a service mechanism for rural left-behind children, strengthening guidance on their psychology, emotion and behaviour, and improving parents' awareness and responsibility of guardianship.",
    needs: ["psychological-emotional", "guardianship-family-care"],
  },
  {
    slug: "2012-social-work-talent-plan",
    titleZh: "社会工作专业人才专项计划及“三区”人才支持计划实施方案",
    titleEn:
      'Implementation plan of the special plan for social work professionals and the "three areas" talent support plan',
    issuerZh: "中央组织部、民政部及其他六个部门",
    issuerEn: "Organization Department, Ministry of Civil Affairs and six other departments",
    year: 2012,
    month: 9,
    level: "SPECIAL",
    domain: "SOCIAL_ORGANIZATIONS",
    summaryZh:
      "规定2012年至2020年，每年通过引进外部社会工作专业人才和培养本土专业人才提供服务，重点服务对象包括农村留守儿童。（中文标题为英文标题的翻译。）",
    summaryEn:
      "Stipulates that from 2012 to 2020 services are provided every year by bringing in outside social work professionals and cultivating local professionals; the key groups served include rural left-behind children.",
    needs: ["psychological-emotional", "guardianship-family-care"],
  },
  {
    slug: "2013-deepening-reform-decision",
    titleZh: "中共中央关于全面深化改革若干重大问题的决定",
    titleEn: "Decision on Comprehensively Deepening Reform",
    issuerZh: "中央（报告摘要称“中央《决定》”，未注明发文机关）",
    issuerEn: "The central government (the summary speaks of the central government's Decision and names no issuer)",
    year: 2013,
    month: 11,
    level: "CENTRAL",
    domain: "CHILD_WELFARE",
    summaryZh:
      "“健全农村留守儿童关爱服务体系”首次写入中央《决定》。留守儿童及随迁子女的权利通过法律和政策得到保障，留守儿童问题受到国家高度重视。",
    summaryEn:
      '"Improving the care and service system for left-behind children in rural areas" was written into the Decision for the first time. The rights of left-behind children and children who migrate with their parents were guaranteed through laws and policies, and the problem received serious attention from the state.',
    needs: ["guardianship-family-care", "safety-protection"],
  },
  {
    slug: "2014-school-management-standards",
    titleZh: "义务教育学校管理标准（试行）",
    titleEn: "Compulsory education school management standards (Trial)",
    issuerZh: "教育部",
    issuerEn: "Ministry of Education",
    year: 2014,
    level: "SPECIAL",
    domain: "SAFETY",
    summaryZh: "对学校安全作出系统规定。",
    summaryEn: "Makes systematic provisions on school safety.",
    needs: ["safety-protection", "education-schooling"],
  },
  {
    slug: "2016-care-protection-opinions",
    titleZh: "国务院关于加强农村留守儿童关爱保护工作的意见",
    titleEn: "Opinions on Strengthening the Care and Protection of Left-behind Children in Rural Areas",
    issuerZh: "国务院",
    issuerEn: "State Council",
    year: 2016,
    month: 2,
    level: "CENTRAL",
    domain: "CHILD_WELFARE",
    summaryZh:
      "中央第一份专门针对留守儿童关爱保护的系统性政策文件，明确了保护工作的政策措施和工作机制，从完善关爱服务体系和健全救助保护机制两方面作出针对性的制度设计。",
    summaryEn:
      "The first systematic central government policy document aimed specifically at the care and protection of left-behind children. It sets out policy measures and working mechanisms, with targeted system design in two respects: improving their care service system and their rescue and protection mechanism.",
    needs: ["guardianship-family-care", "safety-protection"],
  },
  {
    slug: "2016-poverty-alleviation-plan",
    titleZh: "“十三五”脱贫攻坚规划",
    titleEn: "13th Five-Year Plan for Poverty Alleviation",
    issuerZh: "国务院",
    issuerEn: "State Council",
    year: 2016,
    month: 11,
    level: "SPECIAL",
    domain: "POVERTY_ALLEVIATION",
    summaryZh:
      "要求各地通过政府购买服务、政府购买基层公共管理和社会服务岗位、引入社会工作专业人才和志愿者等方式，为“三留守”人员提供关爱服务。",
    summaryEn:
      'Requires all localities to provide care services for the "three left behind" groups through government purchase of services, government purchase of grassroots public management and social service posts, and the introduction of social work professionals and volunteers.',
    needs: ["guardianship-family-care", "psychological-emotional", "safety-protection"],
  },
  {
    slug: "education-boarding-two-exemptions-one-subsidy",
    titleZh: "教育部门政策：改善学校寄宿条件与“两免一补”",
    titleEn: 'Education department policies: improved school boarding conditions and "two exemptions and one subsidy"',
    issuerZh: "教育部门（报告摘要未注明具体文件）",
    issuerEn: "Education department (no specific document named in the report summary)",
    year: null,
    level: "SPECIAL",
    domain: "EDUCATION",
    summaryZh: "教育部门的政策主要体现在改善学校寄宿条件和支持“两免一补”。报告摘要未注明年份和具体文件。",
    summaryEn:
      'Education department policies are mainly reflected in improving school boarding conditions and supporting the "two exemptions and one subsidy". The report summary gives no year and names no specific document.',
    needs: ["education-schooling"],
  },
  {
    slug: "nutrition-free-lunch",
    titleZh: "营养健康：为特困地区和留守儿童集中地区的困难儿童提供免费午餐",
    titleEn:
      "Nutrition and health: free lunch for vulnerable children in especially impoverished areas and areas where left-behind children concentrate",
    issuerZh: "报告摘要未注明发文机关",
    issuerEn: "Issuer not stated in the report summary",
    year: null,
    level: "SPECIAL",
    domain: "NUTRITION_HEALTH",
    summaryZh:
      "营养健康方面最重要的政策措施：为特困地区和留守儿童集中地区的困难儿童提供免费午餐，合理安排膳食结构，改善营养状况，减少留守儿童营养不良。报告摘要未注明年份和具体文件。",
    summaryEn:
      "The most important nutrition and health measure: free lunch for vulnerable children in especially impoverished areas and where left-behind children concentrate, a reasonable meal structure, better nutritional status and less malnutrition among left-behind children. The report summary gives no year and names no specific document.",
    needs: ["nutrition-health"],
  },
];
