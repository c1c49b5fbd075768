import { describe, expect, it } from "vitest";
import { coverageMessages } from "@/messages/coverage";
import { homeMessages } from "@/messages/home";
import { recordsMessages } from "@/messages/records";
import { setupTestDatabase } from "../setup-test-database";
import { seedDemoData } from ".";
import { staffSession } from "@/lib/admin/testing/staff";
import { modes } from "./data/modes";
import { needs } from "./data/needs";
import { policies } from "./data/policies";
import { corrections, howCorrections, textCorrections } from "./repair";

/**
 * What the report summary (shared/seed/000_5ffc5f829791069b.txt) states about
 * each policy, transcribed by hand: the year, month, issuer and document number
 * it gives (null: not given), and the section it lists the policy under
 * ("Central policies and regulations" or "Special policies and regulations").
 */
const summary: Record<
  string,
  { year: number | null; month: number | null; documentNumber: string | null; section: "CENTRAL" | "SPECIAL" }
> = {
  "2006-migrant-workers-opinions": { year: 2006, month: null, documentNumber: "[2006] No. 5", section: "CENTRAL" },
  "2016-care-protection-opinions": { year: 2016, month: 2, documentNumber: null, section: "CENTRAL" },
  "2011-childrens-development-programme": { year: 2011, month: null, documentNumber: null, section: "CENTRAL" },
  "2013-deepening-reform-decision": { year: 2013, month: 11, documentNumber: null, section: "CENTRAL" },
  "education-boarding-two-exemptions-one-subsidy": {
    year: null,
    month: null,
    documentNumber: null,
    section: "SPECIAL",
  },
  "nutrition-free-lunch": { year: null, month: null, documentNumber: null, section: "SPECIAL" },
  "2014-school-management-standards": { year: 2014, month: null, documentNumber: null, section: "SPECIAL" },
  "2016-poverty-alleviation-plan": { year: 2016, month: 11, documentNumber: null, section: "SPECIAL" },
  "2012-social-work-talent-plan": { year: 2012, month: 9, documentNumber: null, section: "SPECIAL" },
};

/** "〔2006〕5号" and "[2006] No. 5" name the same number: compare the digits. */
const digits = (text: string | null) => text?.match(/\d+/g)?.join("-") ?? null;

describe("demo content says what the report summary says, and no more", () => {
  const database = setupTestDatabase();

  it("seeds exactly the summary's policies, with no year, month or number it does not give", async () => {
    const rows = await database.prisma.policy.findMany({ where: { deletedAt: null }, orderBy: { slug: "asc" } });
    expect(rows.map((p) => p.slug)).toEqual(Object.keys(summary).sort());
    for (const policy of rows) {
      const stated = summary[policy.slug]!;
      expect({ slug: policy.slug, year: policy.year, month: policy.month }).toEqual({
        slug: policy.slug,
        year: stated.year,
        month: stated.month,
      });
      expect(digits(policy.documentNumber)).toBe(digits(stated.documentNumber));
      expect(policy.level, policy.slug).toBe(stated.section);
    }
  });

  it("counts the 2011 Development Program once (its paragraph's heading is not a policy of its own)", () => {
    const mentions = policies.filter((p) => /儿童发展纲要|development program/i.test(p.titleZh + p.titleEn));
    expect(mentions.map((p) => p.slug)).toEqual(["2011-childrens-development-programme"]);
  });

  it("never explains a missing year with a guessed one", () => {
    for (const policy of policies.filter((p) => p.year === null)) {
      expect(policy.summaryZh + policy.summaryEn).not.toMatch(/(19|20)\d\d/);
    }
  });

  it("grounds each need's evidence in the report summary, and marks the others as the directory's own", () => {
    const withoutEvidence = needs.filter((n) => !n.evidenceZh).map((n) => n.slug);
    expect(withoutEvidence.sort()).toEqual(["parent-child-contact", "social-recreational"]);
    for (const need of needs.filter((n) => n.evidenceZh)) {
      expect(need.evidenceZh).toMatch(/报告摘要/);
      expect(need.evidenceEn).toMatch(/report summary/);
      expect(need.evidenceZh).not.toMatch(/国发/);
    }
    expect(recordsMessages.zh.records.needs.lead).toMatch(/本目录自己的框架/);
    expect(recordsMessages.en.records.needs.lead).toMatch(/this directory's own framing/);
  });

  it("describes needs and modes without claims the summary does not make and no source backs", () => {
    const seeded = JSON.stringify({ needs, modes });
    for (const c of [...textCorrections, ...howCorrections].filter((c) => !c.to.includes(c.from)))
      expect(seeded).not.toContain(c.from);
    // The kind of sentence that was there: how often or how much something happens to left-behind children.
    expect(seeded).not.toMatch(/往往|许多留守儿童由|不少留守儿童|高发|usually|often|most common|many attend/);
  });

  it("says on the home page that the needs and modes are the directory's own framing, and only the policies follow the summary", () => {
    const zh = homeMessages.zh.home;
    const en = homeMessages.en.home;
    for (const text of [zh.lead, zh.sourceNote]) expect(text).not.toMatch(/报告中的需求|需求与政策依据|《留守儿童》/);
    for (const text of [en.lead, en.sourceNote])
      expect(text).not.toMatch(/needs, policies[^.]*of the Woqi|Needs and policies follow/);
    expect(zh.sourceNote).toMatch(/政策依据.*报告摘要.*需求分类与干预模式是本目录自己的框架/);
    expect(en.sourceNote).toMatch(
      /Policies follow the summary.*needs and intervention modes are this directory's own framing/,
    );
  });

  it("gives sample organizations no review date", async () => {
    expect(await database.prisma.organization.count({ where: { isSample: true, reviewedAt: { not: null } } })).toBe(0);
  });

  it("claims no verification nobody made: seeded needs, policies and modes carry no review date", async () => {
    const unreviewed = { reviewedAt: { not: null } };
    const p = database.prisma;
    expect(await p.need.count({ where: unreviewed })).toBe(0);
    expect(await p.policy.count({ where: unreviewed })).toBe(0);
    expect(await p.interventionMode.count({ where: unreviewed })).toBe(0);
  });

  it("words the gap classes as facts about this directory, with no advice the report does not give", () => {
    for (const locale of ["zh", "en"] as const) {
      const classes = coverageMessages[locale].coverage.classes;
      const text = JSON.stringify(coverageMessages[locale].coverage);
      expect(text).not.toMatch(/双重空白|政策覆盖|政策兜底|替代|policy cover|substitut|state duty|public budgets/i);
      expect(classes).not.toHaveProperty("donor");
      for (const label of [classes.label["organizations-no-policy"], classes.label.neither])
        expect(label).toMatch(locale === "zh" ? /本目录没有为这一需求关联政策/ : /No policy linked in this directory/);
    }
  });
});

describe("a database seeded by an earlier version", () => {
  const database = setupTestDatabase();

  it("is corrected once, with each change in the audit history, and staff edits are kept", async () => {
    const prisma = database.prisma;
    // What earlier seeds wrote.
    for (const c of corrections)
      await prisma.policy.update({ where: { slug: c.slug }, data: c.from as Record<string, never> });
    await prisma.policy.update({
      where: { slug: "nutrition-free-lunch" },
      data: {
        summaryZh: "营养健康方面最重要的政策措施。报告摘要未注明年份，此处取农村义务教育学生营养改善计划启动的2011年。",
      },
    });
    const duplicate = await prisma.policy.create({
      data: {
        slug: "development-population-human-rights-plans",
        titleZh: "留守儿童纳入儿童发展纲要、人口规划和人权行动计划",
        issuerZh: "国家层面",
        year: 2011,
        level: "CENTRAL",
        domain: "CHILD_WELFARE",
        summaryZh: "留守儿童被纳入儿童发展纲要、人口规划和人权行动计划。",
        sourceName: "报告摘要",
        status: "PUBLISHED",
      },
    });
    await prisma.organization.updateMany({ where: { isSample: true }, data: { reviewedAt: new Date() } });
    // Earlier seeds' unsourced claims in need and mode descriptions and in how a mode meets a need.
    const claims = textCorrections.filter((c) => c.kind !== "policy" && !c.to.includes(c.from));
    for (const c of claims) {
      const table = c.kind === "need" ? prisma.need : prisma.interventionMode;
      const row = (await (table as typeof prisma.need).findUniqueOrThrow({ where: { slug: c.slug } })) as Record<
        string,
        unknown
      >;
      await (table as typeof prisma.need).update({
        where: { slug: c.slug },
        data: { [c.field]: String(row[c.field]).replace(c.to, c.from) },
      });
    }
    for (const c of howCorrections)
      await prisma.modeNeed.updateMany({
        where: { mode: { slug: c.mode }, need: { slug: c.need } },
        data: { [c.field]: c.from },
      });
    // Earlier seeds dated a review of every need, policy and mode that nobody made; a staff review is kept.
    await prisma.need.updateMany({ data: { reviewedAt: new Date() } });
    await prisma.interventionMode.updateMany({ data: { reviewedAt: new Date() } });
    await prisma.policy.updateMany({ data: { reviewedAt: new Date() } });
    const reviewer = await staffSession(prisma, "EDITOR");
    const reviewedByStaff = await prisma.policy.update({
      where: { slug: "2016-care-protection-opinions" },
      data: { reviewedById: reviewer.userId, reviewMethod: "DOCUMENTS" },
    });
    // A staff member had already corrected this one by hand: the repair leaves it alone.
    await prisma.policy.update({ where: { slug: "2014-school-management-standards" }, data: { level: "CENTRAL" } });

    const first = await seedDemoData(prisma);
    expect(first.repaired.corrected).toBe(
      corrections.filter((c) => c.slug !== "2014-school-management-standards").flatMap((c) => Object.keys(c.to))
        .length +
        1 +
        claims.length +
        howCorrections.length,
    );
    for (const need of needs) {
      const row = await prisma.need.findUniqueOrThrow({ where: { slug: need.slug } });
      expect({ zh: row.descriptionZh, en: row.descriptionEn }).toEqual({
        zh: need.descriptionZh,
        en: need.descriptionEn,
      });
    }
    for (const mode of modes) {
      const row = await prisma.interventionMode.findUniqueOrThrow({
        where: { slug: mode.slug },
        include: { needs: { include: { need: { select: { slug: true } } } } },
      });
      expect(row.descriptionZh + row.descriptionEn).toBe(mode.descriptionZh + mode.descriptionEn);
      for (const link of mode.needs) {
        const stored = row.needs.find((n) => n.need.slug === link.need)!;
        expect({ zh: stored.howZh, en: stored.howEn }).toEqual({ zh: link.howZh, en: link.howEn });
      }
    }
    expect(first.repaired.retired).toBe(1);
    expect(first.repaired.samplesUnverified).toBeGreaterThanOrEqual(60);
    expect(first.repaired.seededUnverified).toBe(needs.length + policies.length + modes.length - 1);
    expect(await prisma.need.count({ where: { reviewedAt: { not: null } } })).toBe(0);
    expect(await prisma.interventionMode.count({ where: { reviewedAt: { not: null } } })).toBe(0);
    expect((await prisma.policy.findUniqueOrThrow({ where: { id: reviewedByStaff.id } })).reviewedAt).not.toBeNull();

    const byslug = async (slug: string) => prisma.policy.findUniqueOrThrow({ where: { slug } });
    expect((await byslug("nutrition-free-lunch")).year).toBeNull();
    expect((await byslug("nutrition-free-lunch")).summaryZh).not.toMatch(/2011/);
    expect((await byslug("education-boarding-two-exemptions-one-subsidy")).year).toBeNull();
    expect((await byslug("2016-care-protection-opinions")).documentNumber).toBeNull();
    expect((await byslug("2016-poverty-alleviation-plan")).level).toBe("SPECIAL");
    expect((await byslug("2014-school-management-standards")).level).toBe("CENTRAL");
    expect((await byslug(duplicate.slug)).deletedAt).not.toBeNull();

    const audit = await prisma.auditEntry.findMany({ where: { recordType: "policy", staffId: null } });
    expect(audit.some((a) => a.recordId === duplicate.id && a.action === "delete")).toBe(true);
    expect(audit.length).toBeGreaterThanOrEqual(corrections.length);

    const entries = await prisma.auditEntry.count();
    const second = await seedDemoData(prisma);
    expect(second.repaired).toEqual({ corrected: 0, retired: 0, samplesUnverified: 0, seededUnverified: 0 });
    expect(await prisma.auditEntry.count()).toBe(entries);
  }, 180_000);
});
