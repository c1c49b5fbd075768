import "server-only";
import { cachedPublicData } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { publicWhere } from "@/lib/records/visibility";

/** How many published organizations are sample records: while any are, previews of the site say so. */
export const publishedSampleCount = cachedPublicData("published-sample-count", () =>
  db().organization.count({ where: { ...publicWhere, isSample: true } }),
);
