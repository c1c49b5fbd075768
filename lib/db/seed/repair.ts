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
  kind: Extract<RecordKind, "policy" | "need">;
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
];

/** The heading of the 2011 paragraph, once seeded as a policy of its own: the same policy counted twice. */
export const retiredPolicySlugs = ["development-population-human-rights-plans"];

export type RepairReport = { corrected: number; retired: number; samplesUnverified: number; seededUnverified: number };

function delegate(tx: Prisma.TransactionClient, kind: Correction["kind"]) {
  return (kind === "policy" ? tx.policy : tx.need) as unknown as {
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
    if (!row || typeof text !== "string" || !text.includes(c.from) || text.includes(c.to)) continue;
    await audited(tx, c.kind, row.id, () =>
      delegate(tx, c.kind).update({
        where: { id: row.id },
        data: { [c.field]: text.replace(c.from, c.to), version: { increment: 1 } },
      }),
    );
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
