import type { ModeSeed } from "../types";

/** Intervention modes (program models) that meet the needs in needs.ts. */
export const modes: ModeSeed[] = [
  {
    slug: "village-childrens-centre",
    nameZh: "村级儿童之家",
    nameEn: "Village children's centre",
    summaryZh: "在村里设立固定的儿童活动场所，放学后和假期有人看护、有活动。",
    summaryEn:
      "A fixed place in the village where children are supervised and have activities after school and in the holidays.",
    descriptionZh:
      "在村委会或闲置校舍中设立儿童之家，由专职或兼职儿童主任和志愿者值守。孩子放学后和假期可以来这里写作业、读书、游戏，工作人员同时了解每个孩子的家庭和监护情况，发现问题及时跟进。",
    descriptionEn:
      "A children's centre in the village committee building or an unused school, staffed by a full- or part-time children's director and volunteers. Children come after school and in the holidays to do homework, read and play, while staff get to know each child's family and guardianship situation and follow up on problems.",
    needs: [
      {
        need: "social-recreational",
        howZh: "为孩子提供安全的游戏、阅读和文体活动场所。",
        howEn: "Gives children a safe place to play, read and take part in sport and arts.",
      },
      {
        need: "guardianship-family-care",
        howZh: "儿童主任定期走访，补充监护人照看不到的时间和方面。",
        howEn: "The children's director visits homes regularly and fills the gaps guardians cannot cover.",
      },
      {
        need: "safety-protection",
        howZh: "有成年人看护孩子，发现问题及时报告。",
        howEn: "Adults supervise the children, and notice and report problems.",
      },
    ],
  },
  {
    slug: "social-workers-stationed",
    nameZh: "驻校驻村社工",
    nameEn: "Social workers stationed in schools and villages",
    summaryZh: "专业社工常驻学校或村庄，开展个案、小组和社区服务。",
    summaryEn:
      "Professional social workers based in a school or village providing casework, group work and community work.",
    descriptionZh:
      "社会工作机构派驻或培养本土社工，常驻学校或村庄。社工建立留守儿童档案，对困境儿童开展个案管理，组织情绪、人际等主题小组，并链接政府、学校和家庭资源，必要时协助转介和救助。",
    descriptionEn:
      "A social work agency posts or trains local social workers who are based in a school or village. They keep records of left-behind children, manage cases for children in difficulty, run groups on emotions and relationships, and link government, school and family resources, assisting with referral and rescue when needed.",
    needs: [
      {
        need: "psychological-emotional",
        howZh: "通过个案辅导和小组活动回应孩子的心理情绪困扰。",
        howEn: "Casework and group activities respond to children's emotional difficulties.",
      },
      {
        need: "safety-protection",
        howZh: "社工识别受侵害或高风险儿童，协助报告、转介和救助保护。",
        howEn:
          "Social workers identify children who are harmed or at risk and help with reporting, referral and protection.",
      },
      {
        need: "guardianship-family-care",
        howZh: "家访并支持监护人，链接社区资源改善家庭照料。",
        howEn: "Home visits support guardians and bring in community resources to improve family care.",
      },
    ],
  },
  {
    slug: "anti-sexual-abuse-education",
    nameZh: "防性侵安全教育",
    nameEn: "Anti-sexual-abuse safety education",
    summaryZh: "在学校和村庄开展儿童防性侵安全教育，同时培训老师和家长。",
    summaryEn:
      "Sexual-abuse prevention and safety education for children in schools and villages, with training for teachers and parents.",
    descriptionZh:
      "由经过培训的讲师或志愿者进校进村，用适合年龄的课程教孩子认识身体、识别危险、学会拒绝和求助。项目同时培训教师、监护人和村干部，让身边的成年人懂得发现迹象、正确回应和报告。",
    descriptionEn:
      "Trained instructors or volunteers go into schools and villages with age-appropriate lessons that teach children about their bodies, how to recognize danger, say no and ask for help. Teachers, guardians and village officials are trained alongside, so that the adults around children can spot signs, respond properly and report.",
    needs: [
      {
        need: "safety-protection",
        howZh: "教孩子自我保护，并培训身边的成年人发现和报告性侵。",
        howEn: "Teaches children self-protection and trains the adults around them to detect and report sexual abuse.",
      },
    ],
  },
  {
    slug: "free-school-lunch",
    nameZh: "免费午餐",
    nameEn: "Free school lunch",
    summaryZh: "为贫困地区学校的孩子提供营养均衡的免费午餐。",
    summaryEn: "A free, balanced lunch for children at schools in poor areas.",
    descriptionZh: "与学校合作建设或改造食堂，为在校学生提供免费午餐，并按营养标准安排菜谱。",
    descriptionEn:
      "Works with schools to build or refit kitchens and serves free lunches to pupils, with menus planned to nutritional standards.",
    needs: [
      {
        need: "nutrition-health",
        howZh: "每个上学日提供一顿营养均衡的午餐，以改善营养状况、减少营养不良为目标。",
        howEn: "Serves a balanced lunch every school day, aiming at better nutrition and less malnutrition.",
      },
    ],
  },
  {
    slug: "boarding-life-teachers",
    nameZh: "寄宿制学校生活老师",
    nameEn: "Boarding-school life teachers",
    summaryZh: "为寄宿制学校配备生活老师，负责住校孩子的起居、安全和晚间陪伴。",
    summaryEn: "Life teachers at boarding schools who look after boarders' daily routine, safety and evenings.",
    descriptionZh:
      "项目为寄宿制学校资助并培训生活老师，负责宿舍管理、作息和卫生、夜间安全和晚自习陪伴，让住校的留守儿童在学校也有人照顾。",
    descriptionEn:
      "The programme funds and trains life teachers for boarding schools, who run the dormitories, routines and hygiene, night-time safety and evening study, so that left-behind children who board have someone caring for them at school.",
    needs: [
      {
        need: "guardianship-family-care",
        howZh: "生活老师在校内承担部分日常照料，弥补家庭照料的缺位。",
        howEn: "Life teachers take on part of the daily care at school that families cannot give.",
      },
      {
        need: "safety-protection",
        howZh: "负责宿舍和夜间安全管理，及时发现欺凌等问题。",
        howEn: "They keep dormitories safe at night and notice bullying and other problems early.",
      },
      {
        need: "education-schooling",
        howZh: "陪伴住校生上晚自习。",
        howEn: "They supervise boarders' evening study.",
      },
    ],
  },
  {
    slug: "psychological-counselling-companionship",
    nameZh: "心理辅导与陪伴",
    nameEn: "Psychological counselling and companionship",
    summaryZh: "为留守儿童提供心理健康课程、个别心理辅导和长期陪伴。",
    summaryEn: "Mental-health lessons, individual counselling and long-term companionship for left-behind children.",
    descriptionZh:
      "由心理老师、社工或经过培训的志愿者开设心理健康课和团体辅导，为有需要的孩子提供个别心理辅导，并通过结对陪伴、书信交流等方式长期关注孩子的情绪变化。严重个案转介专业机构。",
    descriptionEn:
      "Counsellors, social workers or trained volunteers run mental-health classes and group sessions, give individual counselling to children who need it, and follow children's moods over time through mentoring pairs and letters. Serious cases are referred to professional services.",
    needs: [
      {
        need: "psychological-emotional",
        howZh: "为感到孤独、焦虑的孩子提供心理课、个别辅导和持续陪伴。",
        howEn:
          "Offers mental-health classes, individual counselling and steady companionship to children who feel lonely or anxious.",
      },
      {
        need: "social-recreational",
        howZh: "团体活动让孩子有机会表达自己、结交朋友。",
        howEn: "Group activities give children chances to express themselves and make friends.",
      },
    ],
  },
  {
    slug: "guardian-training",
    nameZh: "监护人培训",
    nameEn: "Guardian training",
    summaryZh: "为祖辈等监护人开设育儿、安全和营养知识课程。",
    summaryEn: "Courses on parenting, safety and nutrition for grandparents and other guardians.",
    descriptionZh:
      "面向祖辈等监护人，在村里开办家长学校或上门指导，讲解儿童成长规律、沟通方法、安全防护和营养卫生知识，提高监护人的监护意识和能力。",
    descriptionEn:
      "For grandparents and other guardians, runs parents' schools in the village or visits homes to explain how children develop, how to talk with them, how to keep them safe and the basics of nutrition and hygiene, raising guardians' awareness and skills.",
    needs: [
      {
        need: "guardianship-family-care",
        howZh: "提高监护人的监护意识和照料能力。",
        howEn: "Raises guardians' awareness of their responsibility and their caring skills.",
      },
      {
        need: "safety-protection",
        howZh: "教监护人识别防溺水、防性侵等安全风险。",
        howEn: "Teaches guardians to recognize risks such as drowning and sexual abuse.",
      },
      {
        need: "nutrition-health",
        howZh: "传授合理膳食和卫生常识，改善家中饮食。",
        howEn: "Passes on basic knowledge of balanced meals and hygiene to improve food at home.",
      },
    ],
  },
  {
    slug: "parent-child-connection",
    nameZh: "亲子联结项目",
    nameEn: "Parent-child connection programme",
    summaryZh: "帮助留守儿童与外出务工父母定期通话、视频和假期团聚。",
    summaryEn:
      "Helps left-behind children keep in regular touch with parents who work away, by call, video and holiday reunions.",
    descriptionZh:
      "在学校或儿童之家设置亲情电话和视频设备，安排固定的通话时间；组织寒暑假孩子到父母务工城市探亲，或协助父母返乡团聚；同时为父母提供远程沟通的指导。",
    descriptionEn:
      "Sets up family phones and video equipment in schools or children's centres with regular call times; organizes holiday trips for children to visit parents in the cities where they work, or helps parents come home; and coaches parents in keeping in touch from afar.",
    needs: [
      {
        need: "parent-child-contact",
        howZh: "让孩子与父母保持经常联系，并创造团聚机会。",
        howEn: "Keeps children in regular contact with their parents and creates chances to meet.",
      },
      {
        need: "psychological-emotional",
        howZh: "以稳定的亲子联系作为孩子的情感支持。",
        howEn: "Offers steady contact with parents as emotional support for the children.",
      },
    ],
  },
  {
    slug: "volunteer-tutoring-reading",
    nameZh: "志愿者课业辅导与阅读",
    nameEn: "Volunteer tutoring and reading",
    summaryZh: "志愿者为留守儿童提供课后作业辅导和阅读推广活动。",
    summaryEn: "Volunteers provide after-school homework help and reading activities for left-behind children.",
    descriptionZh:
      "招募大学生和本地志愿者，在学校、儿童之家或线上为孩子辅导作业；建设乡村图书角，组织共读和讲故事活动，培养阅读习惯。",
    descriptionEn:
      "Recruits university students and local volunteers to help children with homework at school, in children's centres or online; sets up village reading corners and runs shared-reading and storytelling sessions to build a reading habit.",
    needs: [
      {
        need: "education-schooling",
        howZh: "志愿者在课后辅导作业、陪伴阅读。",
        howEn: "Volunteers help with homework and reading after school.",
      },
      {
        need: "social-recreational",
        howZh: "共读和故事活动让孩子与同伴、志愿者交流互动。",
        howEn: "Shared reading and storytelling bring children together with peers and volunteers.",
      },
    ],
  },
  {
    slug: "holiday-camps",
    nameZh: "假期成长营",
    nameEn: "Holiday growth camps",
    summaryZh: "寒暑假组织有人看护的夏令营和成长活动，兼顾安全教育。",
    summaryEn: "Supervised summer and winter camps with growth activities and safety lessons.",
    descriptionZh: "项目在寒暑假期间于村里或学校组织为期一至数周的成长营，安排体育、艺术、自然探索和安全教育课程。",
    descriptionEn:
      "The programme runs school-holiday camps of one to several weeks in villages or schools with sport, arts, nature and safety lessons.",
    needs: [
      {
        need: "social-recreational",
        howZh: "集体活动让孩子有机会结交朋友、尝试新的兴趣。",
        howEn: "Group activities give children chances to make friends and try new interests.",
      },
      {
        need: "safety-protection",
        howZh: "假期有人看护，并开展防溺水等安全教育。",
        howEn: "Children are supervised during the holidays and learn about drowning and other risks.",
      },
    ],
  },
];
