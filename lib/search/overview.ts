import "server-only";
import { db } from "@/lib/db/client";
import { buildConditions } from "./conditions";
import { countFacets } from "./facets";
import { defaultSearch } from "./params";
import { type Option, type RegionOption, resolveSearch } from "./resolve";

export type NeedChoice = Option & { summaryZh: string; summaryEn: string | null; organizations: number };

/** The home page's choices: every published need with how many organizations meet it, and provinces with counts. */
export async function loadChoices(): Promise<{
  needs: NeedChoice[];
  provinces: (RegionOption & { organizations: number })[];
}> {
  const search = await resolveSearch(db(), defaultSearch, []);
  const [facets, summaries] = await Promise.all([
    // The home page shows no verification count: the stale organizations need not be read.
    countFacets(db(), search, buildConditions(search), false),
    db().need.findMany({
      where: { id: { in: search.needs.map((n) => n.id) } },
      select: { id: true, summaryZh: true, summaryEn: true },
    }),
  ]);
  const summaryById = new Map(summaries.map((s) => [s.id, s]));
  return {
    needs: search.needs.map((need) => ({
      ...need,
      summaryZh: summaryById.get(need.id)?.summaryZh ?? "",
      summaryEn: summaryById.get(need.id)?.summaryEn ?? null,
      organizations: facets.needs.get(need.id) ?? 0,
    })),
    provinces: search.provinces.map((p) => ({ ...p, organizations: facets.provinces.get(p.code) ?? 0 })),
  };
}
