-- filter_profile is derived data: emptied here (its new key columns have no value for old rows) and rebuilt below.
DELETE FROM "filter_profile";

-- AlterTable
ALTER TABLE "filter_profile" DROP CONSTRAINT "filter_profile_pkey",
ADD COLUMN     "fundraising" BOOLEAN NOT NULL,
ADD COLUMN     "recognised" BOOLEAN NOT NULL,
ADD CONSTRAINT "filter_profile_pkey" PRIMARY KEY ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising");

-- AlterTable
ALTER TABLE "organization_filter" ADD COLUMN     "fundraising" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "recognised" BOOLEAN NOT NULL DEFAULT false;

-- Hand-written below: the charity-law trust filters (recognised=1, fundraising=1) in the filter index.
-- Replaces refresh_organization_filter, filter_profile_add, organization_filter_changed and
-- rebuild_filter_index of the search_and_sharing migration (same behaviour plus the two flags), and
-- recreates the organization trigger so that entering or clearing either date refreshes the index.

CREATE OR REPLACE FUNCTION "refresh_organization_filter"(org_ids int[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "organization_filter" AS f ("organization_id", "visible", "type", "accepts_donations", "need_mask", "mode_mask",
      "province_mask", "region_codes", "name_zh", "name_en_sort", "reviewed_at", "children_served", "recognised", "fundraising")
  SELECT o."id",
         o."status" = 'PUBLISHED' AND o."deleted_at" IS NULL,
         o."type", o."accepts_donations",
         coalesce((SELECT bit_or(1::bigint << n."facet_bit")
                     FROM "organization_mode" om
                     JOIN "intervention_mode" m ON m."id" = om."mode_id" AND m."status" = 'PUBLISHED' AND m."deleted_at" IS NULL
                     JOIN "mode_need" mn ON mn."mode_id" = m."id"
                     JOIN "need" n ON n."id" = mn."need_id"
                    WHERE om."organization_id" = o."id"), 0),
         coalesce((SELECT bit_or(1::bigint << m."facet_bit")
                     FROM "organization_mode" om JOIN "intervention_mode" m ON m."id" = om."mode_id"
                    WHERE om."organization_id" = o."id"), 0),
         coalesce((SELECT bit_or(1::bigint << "province_bit"(r."province_code"))
                     FROM "organization_region" orr JOIN "region" r ON r."code" = orr."region_code"
                    WHERE orr."organization_id" = o."id"), 0),
         coalesce((SELECT array_agg(DISTINCT c ORDER BY c)
                     FROM "organization_region" orr JOIN "region" r ON r."code" = orr."region_code",
                          LATERAL unnest(ARRAY[r."code", r."city_code", r."province_code"]) AS c
                    WHERE orr."organization_id" = o."id" AND c IS NOT NULL), '{}'),
         o."name_zh", lower(coalesce(o."name_en", o."name_zh")), coalesce(o."reviewed_at", '-infinity'), coalesce(o."children_served", -1),
         o."charity_recognised_on" IS NOT NULL, o."fundraising_qualified_on" IS NOT NULL
    FROM "organization" o
   WHERE o."id" = ANY(org_ids)
  ON CONFLICT ("organization_id") DO UPDATE SET
    "visible" = excluded."visible", "type" = excluded."type", "accepts_donations" = excluded."accepts_donations",
    "need_mask" = excluded."need_mask", "mode_mask" = excluded."mode_mask", "province_mask" = excluded."province_mask",
    "region_codes" = excluded."region_codes", "name_zh" = excluded."name_zh", "name_en_sort" = excluded."name_en_sort",
    "reviewed_at" = excluded."reviewed_at", "children_served" = excluded."children_served",
    "recognised" = excluded."recognised", "fundraising" = excluded."fundraising"
  WHERE (f."visible", f."type", f."accepts_donations", f."need_mask", f."mode_mask", f."province_mask", f."region_codes",
         f."name_zh", f."name_en_sort", f."reviewed_at", f."children_served", f."recognised", f."fundraising")
        IS DISTINCT FROM
        (excluded."visible", excluded."type", excluded."accepts_donations", excluded."need_mask", excluded."mode_mask",
         excluded."province_mask", excluded."region_codes", excluded."name_zh", excluded."name_en_sort", excluded."reviewed_at",
         excluded."children_served", excluded."recognised", excluded."fundraising");
$$;

DROP TRIGGER "organization_filter_refresh" ON "organization";
CREATE TRIGGER "organization_filter_refresh" AFTER INSERT OR UPDATE OF "status", "deleted_at", "type", "accepts_donations",
  "name_zh", "name_en", "reviewed_at", "children_served", "charity_recognised_on", "fundraising_qualified_on" ON "organization"
FOR EACH ROW EXECUTE FUNCTION "organization_changed"();

CREATE OR REPLACE FUNCTION "filter_profile_add"(f "organization_filter", delta int) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "filter_profile" ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", "organizations")
  VALUES (f."need_mask", f."mode_mask", f."type", f."accepts_donations", f."province_mask", f."recognised", f."fundraising", delta)
  ON CONFLICT ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising")
  DO UPDATE SET "organizations" = "filter_profile"."organizations" + delta;
$$;

CREATE OR REPLACE FUNCTION "organization_filter_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD."visible", OLD."need_mask", OLD."mode_mask", OLD."type", OLD."accepts_donations", OLD."province_mask",
                           OLD."recognised", OLD."fundraising")
                      IS NOT DISTINCT FROM (NEW."visible", NEW."need_mask", NEW."mode_mask", NEW."type", NEW."accepts_donations",
                           NEW."province_mask", NEW."recognised", NEW."fundraising") THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."visible" THEN PERFORM "filter_profile_add"(OLD, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."visible" THEN PERFORM "filter_profile_add"(NEW, 1); END IF;
  DELETE FROM "filter_profile" WHERE "organizations" = 0;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "rebuild_filter_index"() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  ALTER TABLE "organization_filter" DISABLE TRIGGER "filter_profile_refresh";
  PERFORM "refresh_organization_filter"(ARRAY(SELECT "id" FROM "organization"));
  ALTER TABLE "organization_filter" ENABLE TRIGGER "filter_profile_refresh";
  DELETE FROM "filter_profile";
  INSERT INTO "filter_profile" ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", "organizations")
  SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", count(*)
    FROM "organization_filter" WHERE "visible"
   GROUP BY 1, 2, 3, 4, 5, 6, 7;
END;
$$;

SELECT "rebuild_filter_index"();
