import "server-only";
import { cachedPublicData } from "@/lib/cache/public-data";
import { loadChoices } from "@/lib/search/overview";
import { getHeadlineFigures } from "./headline-figures";

/** What the home page shows from the database (the same in both languages), through the public data cache. */
export const getHomeData = cachedPublicData("home", async () => {
  const [figures, choices] = await Promise.all([getHeadlineFigures(), loadChoices()]);
  return { figures, choices };
});
