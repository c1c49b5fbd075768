import type { NeedSeed } from "../types";

/**
 * Needs of rural left-behind children (留守儿童).
 * Evidence is given only where the report summary (shared/seed/000_5ffc5f829791069b.txt)
 * supports it; no statistics are invented.
 */
export const needs: NeedSeed[] = [
  {
    slug: "safety-protection",
    nameZh: "安全保护",
    nameEn: "Safety and protection",
    summaryZh: "保护儿童免受性侵、暴力、忽视和意外伤害，出事时能及时救助。",
    summaryEn: "Protection from sexual abuse, violence, neglect and accidents, and prompt rescue when harm occurs.",
    descriptionZh:
      "报告摘要的编者按指出，许多留守儿童容易受到性剥削。安全保护既包括防性侵、防溺水等安全教育，也包括学校、村庄和家庭中的看护与发现报告机制，以及出事后的救助保护。",
    descriptionEn:
      "The editor's note of the report summary points out that many left-behind children are vulnerable to sexual exploitation. Meeting this need means safety education (for example against sexual abuse and drowning), watchful adults and reporting channels in schools, villages and homes, and rescue and protection once harm has happened.",
    evidenceZh:
      "报告摘要的编者按提到一名11岁留守女童遭受性侵的案例，指出许多留守儿童容易受到性剥削；2014年教育部《义务教育学校管理标准（试行）》对学校安全作出系统规定；2016年2月国务院关于加强农村留守儿童关爱保护工作的意见提出健全救助保护机制。",
    evidenceEn:
      "The editor's note of the report summary cites the case of an 11-year-old left-behind girl subjected to sexual assault, which exposed the vulnerability of many left-behind children to sexual exploitation; the Ministry of Education's 2014 compulsory education school management standards (Trial) make systematic provisions on school safety; the State Council's February 2016 Opinions set out a rescue and protection mechanism.",
  },
  {
    slug: "guardianship-family-care",
    nameZh: "监护照料",
    nameEn: "Guardianship and family care",
    summaryZh: "有负责任的监护人照料日常生活，家庭和社区形成稳定的关爱。",
    summaryEn: "A responsible guardian for daily life, and steady care from family and community.",
    descriptionZh:
      "这一需求指父母外出期间，孩子的日常生活、学习和安全有负责任的监护人照料。这一需求要靠提升监护人的意识和能力，并由村居、学校和社会组织提供补充性的关爱服务。",
    descriptionEn:
      "This need is for a responsible guardian who looks after the child's daily life, study and safety while the parents are away. The need is met by raising guardians' awareness and skills and by supplementary care services from villages, schools and social organizations.",
    evidenceZh:
      "报告摘要指出：2011年《中国儿童发展纲要（2011—2020年）》强调建立健全农村留守儿童服务机制、提高父母的监护意识和责任；2013年11月“健全农村留守儿童关爱服务体系”写入《中共中央关于全面深化改革若干重大问题的决定》；2016年2月国务院意见着力完善关爱服务体系。",
    evidenceEn:
      "The report summary notes that the 2011 Development Program for China's Children (2011-2020) calls for a service mechanism for rural left-behind children and for improving parents' awareness and responsibility of guardianship; in November 2013 \"improving the care and service system for left-behind children in rural areas\" was written into the Decision on Comprehensively Deepening Reform; the State Council's February 2016 Opinions address the care service system.",
  },
  {
    slug: "education-schooling",
    nameZh: "教育就学",
    nameEn: "Education and schooling",
    summaryZh: "平等接受义务教育，住校有保障，课业和阅读有人辅导。",
    summaryEn: "Equal access to compulsory education, decent boarding, and help with homework and reading.",
    descriptionZh:
      "留守儿童有平等接受义务教育的权利（报告摘要所列2006年政策明确予以保障）。这一需求包括改善寄宿条件、减轻就学负担，以及课业辅导、阅读推广等课外学习支持。",
    descriptionEn:
      "Left-behind children have an equal right to compulsory education (guaranteed, the report summary notes, by the 2006 policy it lists). Meeting this need covers better boarding conditions, lower costs of schooling, and after-school learning support such as tutoring and reading.",
    evidenceZh:
      "报告摘要指出：2006年国务院《关于解决农民工问题的若干意见》（〔2006〕5号）第二十一条要求输出地政府解决农民工留守子女的教育问题，是最早涉及留守儿童受教育权的政策；教育部门的政策主要体现在改善学校寄宿条件和“两免一补”。",
    evidenceEn:
      "The report summary notes that Article 21 of the State Council's 2006 Opinions on Solving the Problems of Migrant Workers ([2006] No. 5) asks local governments in the migrants' places of origin to solve the educational problems of the children left behind, the earliest policy on their educational rights; education department policies mainly improve school boarding conditions and support the \"two exemptions and one subsidy\".",
  },
  {
    slug: "psychological-emotional",
    nameZh: "心理情感",
    nameEn: "Psychological and emotional support",
    summaryZh: "关注孤独、焦虑等心理情感问题，有人倾听、陪伴和引导。",
    summaryEn:
      "Attention to loneliness, anxiety and other emotional difficulties; someone to listen, accompany and guide.",
    descriptionZh:
      "这一需求关注孩子在与父母分离期间的心理、情感和行为（报告摘要所列2011年儿童发展纲要强调对此加强指导）。这一需求需要有人长期陪伴、倾听，提供心理健康教育，并在必要时提供专业的心理辅导和转介。",
    descriptionEn:
      "This need concerns children's psychology, emotions and behaviour while they are separated from their parents (the 2011 Development Program listed in the report summary calls for stronger guidance on them). Meeting this need takes adults who stay, listen and accompany, mental-health education, and professional counselling and referral where needed.",
    evidenceZh: "报告摘要指出：2011年《中国儿童发展纲要（2011—2020年）》强调加强对留守儿童心理、情感和行为的指导。",
    evidenceEn:
      "The report summary notes that the 2011 Development Program for China's Children (2011-2020) emphasizes strengthening guidance on left-behind children's psychology, emotion and behaviour.",
  },
  {
    slug: "nutrition-health",
    nameZh: "营养健康",
    nameEn: "Nutrition and health",
    summaryZh: "吃得饱、吃得好，减少营养不良，基本健康有人照看。",
    summaryEn: "Enough good food, less malnutrition, and basic health care that someone keeps an eye on.",
    descriptionZh:
      "报告摘要所列营养健康政策面向特困地区和留守儿童集中地区，目标是合理安排膳食结构、改善营养状况、减少营养不良。这一需求包括在校免费午餐、合理膳食，以及监护人掌握基本的营养与卫生知识。",
    descriptionEn:
      "The nutrition and health policy listed in the report summary targets especially impoverished areas and areas where left-behind children concentrate, aiming at a reasonable meal structure, better nutritional status and less malnutrition. Meeting this need covers free school lunches, a reasonable meal structure, and guardians who know the basics of nutrition and hygiene.",
    evidenceZh:
      "报告摘要指出：营养健康方面最重要的政策措施，是为特困地区和留守儿童集中地区的困难儿童提供免费午餐，合理安排膳食结构，改善营养状况，减少留守儿童营养不良。",
    evidenceEn:
      "The report summary notes that the most important nutrition and health measure is free lunch for vulnerable children in especially impoverished areas and areas where left-behind children concentrate, arranging a reasonable meal structure, improving their nutritional status and reducing malnutrition among left-behind children.",
  },
  {
    slug: "parent-child-contact",
    nameZh: "亲子联系",
    nameEn: "Parent-child contact",
    summaryZh: "与外出务工的父母保持经常、有质量的联系和团聚。",
    summaryEn: "Regular, meaningful contact and reunions with parents who work away from home.",
    descriptionZh:
      "这一需求指孩子与外出务工的父母保持联系。这一需求包括定期通话或视频、寒暑假探亲团聚，以及帮助父母学会远程关心孩子的学习、情绪和安全。",
    descriptionEn:
      "This need is for children to stay in touch with parents who work away from home. Meeting this need covers regular calls or video chats, holiday visits and reunions, and helping parents learn to follow their children's studies, feelings and safety from afar.",
  },
  {
    slug: "social-recreational",
    nameZh: "社交成长",
    nameEn: "Social and recreational development",
    summaryZh: "有安全的地方游戏、交友、参加文体活动，健康成长。",
    summaryEn: "Safe places to play, make friends and take part in sport, arts and reading.",
    descriptionZh:
      "这一需求指孩子在放学后和假期里有人看护、有安全的活动场所。这一需求包括有人组织的游戏、文体和阅读活动，以及和同伴、志愿者交往的机会，帮助孩子建立自信和社交能力。",
    descriptionEn:
      "This need is for supervision and a safe place to go after school and in the holidays. Meeting this need means organized play, sport, arts and reading, and time with peers and volunteers that builds confidence and social skills.",
  },
];
