import type { Prisma } from "@/lib/generated/prisma/client";
import type { RecordKind } from "@/lib/admin/kinds";
import { loadSnapshot } from "@/lib/admin/snapshot";
import { modes } from "./data/modes";
import { needs } from "./data/needs";
import { policies } from "./data/policies";

/**
 * Corrections to demo content seeded by earlier versions, where it said more
 * than the report summary does. Each one changes a field only while it still
 * holds the old seeded value, so a staff edit is never overwritten, and each
 * change is written to the record's audit history (by the system).
 */
type Correction = {
  kind: Extract<RecordKind, "policy" | "need" | "mode">;
  slug: string;
  /** Field values as earlier seeds wrote them, and what they become. */
  from: Record<string, string | number | null>;
  to: Record<string, string | number | null>;
};

export const corrections: Correction[] = [
  {
    kind: "policy",
    slug: "2006-migrant-workers-opinions",
    from: { documentNumber: "国发〔2006〕5号" },
    to: { documentNumber: "〔2006〕5号" },
  },
  {
    kind: "policy",
    slug: "2012-social-work-talent-plan",
    from: { level: "DEPARTMENTAL" },
    to: { level: "SPECIAL" },
  },
  {
    kind: "policy",
    slug: "2013-deepening-reform-decision",
    from: { issuerZh: "中共中央", issuerEn: "CPC Central Committee" },
    to: {
      issuerZh: "中央（报告摘要称“中央《决定》”，未注明发文机关）",
      issuerEn: "The central government (the summary speaks of the central government's Decision and names no issuer)",
    },
  },
  {
    kind: "policy",
    slug: "2014-school-management-standards",
    from: { level: "DEPARTMENTAL" },
    to: { level: "SPECIAL" },
  },
  {
    kind: "policy",
    slug: "2016-care-protection-opinions",
    from: { documentNumber: "国发〔2016〕13号" },
    to: { documentNumber: null },
  },
  {
    kind: "policy",
    slug: "2016-poverty-alleviation-plan",
    from: { level: "CENTRAL" },
    to: { level: "SPECIAL" },
  },
  {
    kind: "policy",
    slug: "education-boarding-two-exemptions-one-subsidy",
    from: { year: 2006 },
    to: { year: null },
  },
  {
    kind: "policy",
    slug: "nutrition-free-lunch",
    from: { year: 2011 },
    to: { year: null },
  },
];

/** Text corrections: an old seeded sentence replaced inside a field, wherever it still stands. */
type TextCorrection = { kind: Correction["kind"]; slug: string; field: string; from: string; to: string };

export const textCorrections: TextCorrection[] = [
  {
    kind: "policy",
    slug: "education-boarding-two-exemptions-one-subsidy",
    field: "summaryZh",
    from: "报告摘要未注明年份，此处年份取摘要所列最早的留守儿童受教育权政策（2006年）。",
    to: "报告摘要未注明年份和具体文件。",
  },
  {
    kind: "policy",
    slug: "education-boarding-two-exemptions-one-subsidy",
    field: "summaryEn",
    from: "Year not stated in the report summary; the year shown is that of the earliest policy on left-behind children's educational rights named in the summary (2006).",
    to: "The report summary gives no year and names no specific document.",
  },
  {
    kind: "policy",
    slug: "nutrition-free-lunch",
    field: "summaryZh",
    from: "报告摘要未注明年份，此处取农村义务教育学生营养改善计划启动的2011年。",
    to: "报告摘要未注明年份和具体文件。",
  },
  {
    kind: "policy",
    slug: "nutrition-free-lunch",
    field: "summaryEn",
    from: "Year not stated in the report summary; 2011 is the year the national nutrition improvement programme for rural compulsory-education students began.",
    to: "The report summary gives no year and names no specific document.",
  },
  {
    kind: "policy",
    slug: "2011-childrens-development-programme",
    field: "summaryZh",
    from: "强调建立健全农村留守儿童服务机制",
    to: "报告摘要在“留守儿童纳入儿童发展纲要、人口规划和人权行动计划”的标题下介绍本纲要：强调建立健全农村留守儿童服务机制",
  },
  {
    kind: "policy",
    slug: "2011-childrens-development-programme",
    field: "summaryEn",
    from: "Emphasizes establishing",
    to: 'Presented in the summary under the heading "Left-behind children are included in the children\'s development program, population planning and the human rights action plan": it emphasizes establishing',
  },
  {
    kind: "need",
    slug: "education-schooling",
    field: "evidenceZh",
    from: "（国发〔2006〕5号）",
    to: "（〔2006〕5号）",
  },
  // Claims about left-behind children or about programmes that the summary does not make and no source backs: the
  // descriptions now say what a need or a mode is, and what the summary says where it says something.
  {
    kind: "need",
    slug: "safety-protection",
    field: "descriptionZh",
    from: "父母长期不在身边，留守儿童更容易遭受性侵、欺凌、暴力和忽视，也更难及时求助。",
    to: "报告摘要的编者按指出，许多留守儿童容易受到性剥削。",
  },
  {
    kind: "need",
    slug: "safety-protection",
    field: "descriptionEn",
    from: "With their parents far away, left-behind children are more exposed to sexual abuse, bullying, violence and neglect, and less able to get help quickly.",
    to: "The editor's note of the report summary points out that many left-behind children are vulnerable to sexual exploitation.",
  },
  {
    kind: "need",
    slug: "guardianship-family-care",
    field: "descriptionZh",
    from: "许多留守儿童由祖辈或亲戚照看，有的甚至无人有效监护。监护人往往年老体弱、文化程度有限，难以兼顾生活照料、学习和安全。",
    to: "这一需求指父母外出期间，孩子的日常生活、学习和安全有负责任的监护人照料。",
  },
  {
    kind: "need",
    slug: "guardianship-family-care",
    field: "descriptionEn",
    from: "Many left-behind children are looked after by grandparents or relatives, and some have no effective guardian at all. Guardians are often elderly and have little schooling, and struggle to cover daily care, study and safety together.",
    to: "This need is for a responsible guardian who looks after the child's daily life, study and safety while the parents are away.",
  },
  {
    kind: "need",
    slug: "education-schooling",
    field: "descriptionZh",
    from: "留守儿童有平等接受义务教育的权利，但不少孩子在寄宿制学校就读，课后缺少家长督促和辅导。",
    to: "留守儿童有平等接受义务教育的权利（报告摘要所列2006年政策明确予以保障）。",
  },
  {
    kind: "need",
    slug: "education-schooling",
    field: "descriptionEn",
    from: "Left-behind children have an equal right to compulsory education, yet many attend boarding schools and have no parent at home to encourage or help them after class.",
    to: "Left-behind children have an equal right to compulsory education (guaranteed, the report summary notes, by the 2006 policy it lists).",
  },
  {
    kind: "need",
    slug: "psychological-emotional",
    field: "descriptionZh",
    from: "与父母长期分离，可能让孩子感到孤独、缺乏安全感，出现情绪和行为上的困扰。",
    to: "这一需求关注孩子在与父母分离期间的心理、情感和行为（报告摘要所列2011年儿童发展纲要强调对此加强指导）。",
  },
  {
    kind: "need",
    slug: "psychological-emotional",
    field: "descriptionEn",
    from: "Long separation from parents can leave children lonely and insecure, with emotional and behavioural difficulties.",
    to: "This need concerns children's psychology, emotions and behaviour while they are separated from their parents (the 2011 Development Program listed in the report summary calls for stronger guidance on them).",
  },
  {
    kind: "need",
    slug: "nutrition-health",
    field: "descriptionZh",
    from: "在特困地区和留守儿童集中的地方，孩子的饮食结构往往不合理，营养不良时有发生。",
    to: "报告摘要所列营养健康政策面向特困地区和留守儿童集中地区，目标是合理安排膳食结构、改善营养状况、减少营养不良。",
  },
  {
    kind: "need",
    slug: "nutrition-health",
    field: "descriptionEn",
    from: "In especially impoverished areas and where left-behind children concentrate, children's diets are often unbalanced and malnutrition occurs.",
    to: "The nutrition and health policy listed in the report summary targets especially impoverished areas and areas where left-behind children concentrate, aiming at a reasonable meal structure, better nutritional status and less malnutrition.",
  },
  {
    kind: "need",
    slug: "parent-child-contact",
    field: "descriptionZh",
    from: "父母外出务工，一年可能只回家一两次，亲子关系容易疏远。",
    to: "这一需求指孩子与外出务工的父母保持联系。",
  },
  {
    kind: "need",
    slug: "parent-child-contact",
    field: "descriptionEn",
    from: "Parents working away may come home only once or twice a year, and the bond with their children can wear thin.",
    to: "This need is for children to stay in touch with parents who work away from home.",
  },
  {
    kind: "need",
    slug: "social-recreational",
    field: "descriptionZh",
    from: "放学后和假期里，不少留守儿童缺少看护和活动场所，只能独自在家或在外游荡。",
    to: "这一需求指孩子在放学后和假期里有人看护、有安全的活动场所。",
  },
  {
    kind: "need",
    slug: "social-recreational",
    field: "descriptionEn",
    from: "After school and in the holidays, many left-behind children have neither supervision nor a place to go, and stay home alone or roam.",
    to: "This need is for supervision and a safe place to go after school and in the holidays.",
  },
  {
    kind: "mode",
    slug: "free-school-lunch",
    field: "descriptionZh",
    from: "并按营养标准安排菜谱。项目通常公开每日菜单和账目，接受家长和捐赠人监督。",
    to: "并按营养标准安排菜谱。",
  },
  {
    kind: "mode",
    slug: "free-school-lunch",
    field: "descriptionEn",
    from: " with menus planned to nutritional standards. Programmes usually publish daily menus and accounts for parents and donors to check.",
    to: " with menus planned to nutritional standards.",
  },
  {
    kind: "mode",
    slug: "boarding-life-teachers",
    field: "descriptionZh",
    from: "寄宿制学校的任课老师往往无暇照顾住校生的生活。项目资助并培训生活老师",
    to: "项目为寄宿制学校资助并培训生活老师",
  },
  {
    kind: "mode",
    slug: "boarding-life-teachers",
    field: "descriptionEn",
    from: "Teachers at boarding schools rarely have time for boarders' daily lives. The programme funds and trains life teachers who run",
    to: "The programme funds and trains life teachers for boarding schools, who run",
  },
  {
    kind: "mode",
    slug: "guardian-training",
    field: "descriptionZh",
    from: "针对以祖辈为主的监护人，",
    to: "面向祖辈等监护人，",
  },
  {
    kind: "mode",
    slug: "guardian-training",
    field: "descriptionEn",
    from: "For guardians who are mostly grandparents, runs",
    to: "For grandparents and other guardians, runs",
  },
  {
    kind: "mode",
    slug: "holiday-camps",
    field: "descriptionZh",
    from: "寒暑假是留守儿童无人看护、溺水等事故高发的时段。项目在村里或学校组织",
    to: "项目在寒暑假期间于村里或学校组织",
  },
  {
    kind: "mode",
    slug: "holiday-camps",
    field: "descriptionEn",
    from: "School holidays are when left-behind children are least supervised and accidents such as drowning are most common. The programme runs camps",
    to: "The programme runs school-holiday camps",
  },
];

/**
 * How a mode meets a need, as earlier seeds wrote it: claims of an effect (cuts risks, eases loneliness, improves
 * nutrition) that no cited source backs; a mode's evidence comes only from its sources. Now: what the mode does.
 */
type HowCorrection = { mode: string; need: string; field: "howZh" | "howEn"; from: string; to: string };

export const howCorrections: HowCorrection[] = [
  {
    mode: "village-childrens-centre",
    need: "safety-protection",
    field: "howZh",
    from: "有成年人看护，减少独处和游荡带来的安全风险，并能及时发现和报告问题。",
    to: "有成年人看护孩子，发现问题及时报告。",
  },
  {
    mode: "village-childrens-centre",
    need: "safety-protection",
    field: "howEn",
    from: "Adult supervision cuts the risks of being alone or roaming, and problems are noticed and reported early.",
    to: "Adults supervise the children, and notice and report problems.",
  },
  {
    mode: "anti-sexual-abuse-education",
    need: "safety-protection",
    field: "howZh",
    from: "提高儿童自我保护能力，并让身边成年人能及早发现和报告性侵。",
    to: "教孩子自我保护，并培训身边的成年人发现和报告性侵。",
  },
  {
    mode: "anti-sexual-abuse-education",
    need: "safety-protection",
    field: "howEn",
    from: "Strengthens children's self-protection and helps the adults around them detect and report sexual abuse early.",
    to: "Teaches children self-protection and trains the adults around them to detect and report sexual abuse.",
  },
  {
    mode: "free-school-lunch",
    need: "nutrition-health",
    field: "howZh",
    from: "每天一顿营养均衡的午餐，改善营养状况、减少营养不良。",
    to: "每个上学日提供一顿营养均衡的午餐，以改善营养状况、减少营养不良为目标。",
  },
  {
    mode: "free-school-lunch",
    need: "nutrition-health",
    field: "howEn",
    from: "A balanced lunch every day improves nutrition and reduces malnutrition.",
    to: "Serves a balanced lunch every school day, aiming at better nutrition and less malnutrition.",
  },
  {
    mode: "boarding-life-teachers",
    need: "education-schooling",
    field: "howZh",
    from: "陪伴晚自习，帮助住校生养成学习习惯、安心就学。",
    to: "陪伴住校生上晚自习。",
  },
  {
    mode: "boarding-life-teachers",
    need: "education-schooling",
    field: "howEn",
    from: "They supervise evening study, helping boarders build study habits and stay in school.",
    to: "They supervise boarders' evening study.",
  },
  {
    mode: "psychological-counselling-companionship",
    need: "psychological-emotional",
    field: "howZh",
    from: "通过心理课、个别辅导和持续陪伴缓解孤独与焦虑。",
    to: "为感到孤独、焦虑的孩子提供心理课、个别辅导和持续陪伴。",
  },
  {
    mode: "psychological-counselling-companionship",
    need: "psychological-emotional",
    field: "howEn",
    from: "Classes, individual counselling and steady companionship ease loneliness and anxiety.",
    to: "Offers mental-health classes, individual counselling and steady companionship to children who feel lonely or anxious.",
  },
  {
    mode: "psychological-counselling-companionship",
    need: "social-recreational",
    field: "howZh",
    from: "团体活动帮助孩子学会表达、结交朋友。",
    to: "团体活动让孩子有机会表达自己、结交朋友。",
  },
  {
    mode: "psychological-counselling-companionship",
    need: "social-recreational",
    field: "howEn",
    from: "Group activities help children express themselves and make friends.",
    to: "Group activities give children chances to express themselves and make friends.",
  },
  {
    mode: "parent-child-connection",
    need: "psychological-emotional",
    field: "howZh",
    from: "稳定的亲子联系增强孩子的安全感，减少思念带来的情绪困扰。",
    to: "以稳定的亲子联系作为孩子的情感支持。",
  },
  {
    mode: "parent-child-connection",
    need: "psychological-emotional",
    field: "howEn",
    from: "Steady contact with parents makes children feel more secure and eases the distress of missing them.",
    to: "Offers steady contact with parents as emotional support for the children.",
  },
  {
    mode: "volunteer-tutoring-reading",
    need: "education-schooling",
    field: "howZh",
    from: "弥补家中无人辅导的缺口，提升学习兴趣和成绩。",
    to: "志愿者在课后辅导作业、陪伴阅读。",
  },
  {
    mode: "volunteer-tutoring-reading",
    need: "education-schooling",
    field: "howEn",
    from: "Fills the gap left by having no one at home to help with study, and builds interest in learning.",
    to: "Volunteers help with homework and reading after school.",
  },
  {
    mode: "holiday-camps",
    need: "social-recreational",
    field: "howZh",
    from: "丰富的集体活动帮助孩子交友、培养兴趣和自信。",
    to: "集体活动让孩子有机会结交朋友、尝试新的兴趣。",
  },
  {
    mode: "holiday-camps",
    need: "social-recreational",
    field: "howEn",
    from: "Group activities help children make friends and build interests and confidence.",
    to: "Group activities give children chances to make friends and try new interests.",
  },
];

/** The heading of the 2011 paragraph, once seeded as a policy of its own: the same policy counted twice. */
export const retiredPolicySlugs = ["development-population-human-rights-plans"];

export type RepairReport = { corrected: number; retired: number; samplesUnverified: number; seededUnverified: number };

function delegate(tx: Prisma.TransactionClient, kind: Correction["kind"]) {
  return (kind === "policy" ? tx.policy : kind === "mode" ? tx.interventionMode : tx.need) as unknown as {
    findUnique(args: object): Promise<(Record<string, unknown> & { id: number }) | null>;
    update(args: object): Promise<unknown>;
  };
}

async function audited(
  tx: Prisma.TransactionClient,
  kind: RecordKind,
  id: number,
  change: () => Promise<unknown>,
): Promise<void> {
  const before = await loadSnapshot(tx, kind, id);
  await change();
  const after = await loadSnapshot(tx, kind, id);
  await tx.auditEntry.create({
    data: {
      recordType: kind,
      recordId: id,
      action: before?.deletedAt === after?.deletedAt ? "update" : "delete",
      staffId: null,
      before: before ? (JSON.parse(JSON.stringify(before)) as Prisma.InputJsonObject) : undefined,
      after: after ? (JSON.parse(JSON.stringify(after)) as Prisma.InputJsonObject) : undefined,
    },
  });
}

/**
 * Brings a database seeded by an earlier version in line with the report
 * summary. Idempotent: a second run finds nothing to change.
 */
export async function repairDemoData(tx: Prisma.TransactionClient): Promise<RepairReport> {
  let corrected = 0;
  for (const c of corrections) {
    const row = await delegate(tx, c.kind).findUnique({ where: { slug: c.slug } });
    if (!row) continue;
    const stillSeeded = Object.entries(c.from).every(([field, value]) => row[field] === value);
    if (!stillSeeded) continue;
    await audited(tx, c.kind, row.id, () =>
      delegate(tx, c.kind).update({ where: { id: row.id }, data: { ...c.to, version: { increment: 1 } } }),
    );
    corrected += Object.keys(c.to).length;
  }
  for (const c of textCorrections) {
    const row = await delegate(tx, c.kind).findUnique({ where: { slug: c.slug } });
    const text = row?.[c.field];
    // Done already: the old text is gone, or (where the new text extends the old) the new text is there.
    if (!row || typeof text !== "string" || !text.includes(c.from) || (c.to.includes(c.from) && text.includes(c.to)))
      continue;
    await audited(tx, c.kind, row.id, () =>
      delegate(tx, c.kind).update({
        where: { id: row.id },
        data: { [c.field]: text.replace(c.from, c.to), version: { increment: 1 } },
      }),
    );
    corrected += 1;
  }

  for (const c of howCorrections) {
    const link = await tx.modeNeed.findFirst({
      where: { mode: { slug: c.mode }, need: { slug: c.need }, [c.field]: c.from },
      select: { modeId: true, needId: true },
    });
    if (!link) continue;
    await audited(tx, "mode", link.modeId, async () => {
      await tx.modeNeed.update({ where: { modeId_needId: link }, data: { [c.field]: c.to } });
      await tx.interventionMode.update({ where: { id: link.modeId }, data: { version: { increment: 1 } } });
    });
    corrected += 1;
  }

  let retired = 0;
  for (const slug of retiredPolicySlugs) {
    const row = await tx.policy.findUnique({ where: { slug } });
    if (!row || row.deletedAt) continue;
    await audited(tx, "policy", row.id, () =>
      tx.policy.update({ where: { id: row.id }, data: { deletedAt: new Date(), version: { increment: 1 } } }),
    );
    retired += 1;
  }

  // Sample records were never verified: a review date on them (written by
  // earlier seeds, never by staff) implied a check that did not happen.
  const samplesUnverified = (
    await tx.organization.updateMany({
      where: { isSample: true, reviewedAt: { not: null }, reviewedById: null },
      data: { reviewedAt: null },
    })
  ).count;

  // Earlier seeds also dated a review of every seeded need, policy and mode, shown to the public as "last verified"
  // on the day the seed ran: a review no staff member made (one made by staff names its reviewer and is kept).
  const seeded = { reviewedAt: { not: null }, reviewedById: null, reviewMethod: null } as const;
  const unverify = { data: { reviewedAt: null } };
  const seededUnverified =
    (await tx.need.updateMany({ where: { ...seeded, slug: { in: needs.map((n) => n.slug) } }, ...unverify })).count +
    (await tx.policy.updateMany({ where: { ...seeded, slug: { in: policies.map((p) => p.slug) } }, ...unverify }))
      .count +
    (
      await tx.interventionMode.updateMany({
        where: { ...seeded, slug: { in: modes.map((m) => m.slug) } },
        ...unverify,
      })
    ).count;

  return { corrected, retired, samplesUnverified, seededUnverified };
}
