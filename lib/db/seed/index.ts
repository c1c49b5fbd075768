import type { PrismaClient } from "@/lib/generated/prisma/client";
import { modes } from "./data/modes";
import { needs } from "./data/needs";
import { organizations } from "./data/organizations";
import { policies } from "./data/policies";
import { seedUuid } from "@/lib/opendata/ids";
import { loadRegions } from "./regions";
import { type RepairReport, repairDemoData } from "./repair";

export const policySource =
  "沃启基金会留守儿童研究报告摘要（英文节译）/ Woqi Foundation report on left-behind children, abridged summary";

export type SeedReport = Record<"regions" | "needs" | "policies" | "modes" | "organizations", number> & {
  repaired: RepairReport;
};

/** Inserts the rows whose slug is not there yet; returns the created slugs and every slug's id. */
async function insertMissing<T extends { slug: string }>(
  existing: { id: number; slug: string }[],
  rows: T[],
  create: (missing: T[]) => Promise<unknown>,
  reload: () => Promise<{ id: number; slug: string }[]>,
): Promise<{ created: Set<string>; ids: Map<string, number> }> {
  const have = new Set(existing.map((r) => r.slug));
  const missing = rows.filter((r) => !have.has(r.slug));
  if (missing.length) await create(missing);
  const all = missing.length ? await reload() : existing;
  return { created: new Set(missing.map((r) => r.slug)), ids: new Map(all.map((r) => [r.slug, r.id])) };
}

function idOf(ids: Map<string, number>, slug: string, kind: string): number {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`demo data refers to an unknown ${kind} "${slug}"`);
  return id;
}

/**
 * Loads the regions and the report's demo data. Idempotent: records are
 * matched by slug and only missing ones (with their links) are created, so a
 * second run changes nothing and staff edits to seeded records are kept.
 * Content seeded by earlier versions that said more than the report summary
 * is corrected first (see repair.ts). Sample organizations are never given a
 * review date, and neither are the seeded needs, policies and modes: nobody verified them.
 * Seeded records get name-based ids (seedUuid), so seeding a fresh database gives every record the id it had before.
 */
export async function seedDemoData(prisma: PrismaClient): Promise<SeedReport> {
  const regions = loadRegions();
  const regionResult = await prisma.region.createMany({ data: regions, skipDuplicates: true });
  // Regions loaded before cities and counties had English names get them now; a name already there is kept.
  const named = regions.filter((r) => r.level !== "PROVINCE" && r.nameEn);
  await prisma.$executeRaw`
    UPDATE region AS r SET name_en = d.en
    FROM unnest(${named.map((r) => r.code)}::text[], ${named.map((r) => r.nameEn)}::text[]) AS d(code, en)
    WHERE r.code = d.code AND r.name_en IS NULL`;
  // Published, but not reviewed: a review date is what a staff member records when they check a record.
  const published = { status: "PUBLISHED" as const };
  const select = { id: true, slug: true } as const;

  return prisma.$transaction(
    async (tx) => {
      const repaired = await repairDemoData(tx);
      const need = await insertMissing(
        await tx.need.findMany({ select }),
        needs,
        (missing) =>
          tx.need.createMany({
            data: missing.map((n) => ({
              ...n,
              ...published,
              uuid: seedUuid("need", n.slug),
              sortOrder: needs.indexOf(n),
            })),
          }),
        () => tx.need.findMany({ select }),
      );

      const policy = await insertMissing(
        await tx.policy.findMany({ select }),
        policies,
        (missing) =>
          tx.policy.createMany({
            data: missing.map(({ needs: _needs, ...p }) => ({
              ...p,
              ...published,
              uuid: seedUuid("policy", p.slug),
              sourceName: policySource,
            })),
          }),
        () => tx.policy.findMany({ select }),
      );
      await tx.policyNeed.createMany({
        data: policies
          .filter((p) => policy.created.has(p.slug))
          .flatMap((p) =>
            p.needs.map((n) => ({ policyId: idOf(policy.ids, p.slug, "policy"), needId: idOf(need.ids, n, "need") })),
          ),
      });

      const mode = await insertMissing(
        await tx.interventionMode.findMany({ select }),
        modes,
        (missing) =>
          tx.interventionMode.createMany({
            data: missing.map((m) => {
              const { needs: _needs, ...fields } = m;
              return { ...fields, ...published, uuid: seedUuid("mode", m.slug), sortOrder: modes.indexOf(m) };
            }),
          }),
        () => tx.interventionMode.findMany({ select }),
      );
      await tx.modeNeed.createMany({
        data: modes
          .filter((m) => mode.created.has(m.slug))
          .flatMap((m) =>
            m.needs.map((n) => ({
              modeId: idOf(mode.ids, m.slug, "mode"),
              needId: idOf(need.ids, n.need, "need"),
              howZh: n.howZh,
              howEn: n.howEn,
            })),
          ),
      });

      const organization = await insertMissing(
        await tx.organization.findMany({ select }),
        organizations,
        (missing) =>
          tx.organization.createMany({
            data: missing.map(({ regions: _regions, modes: _modes, ...o }) => ({
              ...o,
              uuid: seedUuid("organization", o.slug),
              status: "PUBLISHED" as const,
              isSample: true,
            })),
          }),
        () => tx.organization.findMany({ select }),
      );
      const createdOrganizations = organizations.filter((o) => organization.created.has(o.slug));
      await tx.organizationRegion.createMany({
        data: createdOrganizations.flatMap((o) =>
          o.regions.map((regionCode) => ({
            organizationId: idOf(organization.ids, o.slug, "organization"),
            regionCode,
          })),
        ),
      });
      await tx.organizationMode.createMany({
        data: createdOrganizations.flatMap((o) =>
          o.modes.map(({ mode: slug, ...scale }) => ({
            organizationId: idOf(organization.ids, o.slug, "organization"),
            modeId: idOf(mode.ids, slug, "mode"),
            ...scale,
          })),
        ),
      });

      return {
        regions: regionResult.count,
        needs: need.created.size,
        policies: policy.created.size,
        modes: mode.created.size,
        organizations: organization.created.size,
        repaired,
      };
    },
    { timeout: 60_000 },
  );
}
