-- Hand-written: joins two changes to the filter index that were made side by side.
-- 20261129063541_trust_filters and 20261129064636_region_profiles added the recognised / fundraising flags and the
-- national and per-province profiles to the row triggers; 20261129071000_filter_index_statement_triggers moved the
-- triggers to one run per statement (without those additions). This migration gives the statement triggers
-- everything: replaces refresh_organization_filter(), filter_profile_changed() and rebuild_filter_index(), and
-- recreates the organization row trigger with the two charity-law date columns.

-- Entering or clearing a recognition or fundraising date refreshes the organization's filter row.
DROP TRIGGER "organization_filter_refresh" ON "organization";
CREATE TRIGGER "organization_filter_refresh" AFTER UPDATE OF "status", "deleted_at", "type", "accepts_donations",
  "name_zh", "name_en", "reviewed_at", "children_served", "charity_recognised_on", "fundraising_qualified_on" ON "organization"
FOR EACH ROW EXECUTE FUNCTION "organization_changed"();

CREATE OR REPLACE FUNCTION "refresh_organization_filter"(org_ids int[]) RETURNS void
LANGUAGE sql AS $$
  WITH need_masks AS (
    SELECT om."organization_id", bit_or(1::bigint << n."facet_bit") AS mask
      FROM "organization_mode" om
      JOIN "intervention_mode" m ON m."id" = om."mode_id" AND m."status" = 'PUBLISHED' AND m."deleted_at" IS NULL
      JOIN "mode_need" mn ON mn."mode_id" = m."id"
      JOIN "need" n ON n."id" = mn."need_id"
     WHERE om."organization_id" = ANY(org_ids)
     GROUP BY om."organization_id"
  ), mode_masks AS (
    SELECT om."organization_id", bit_or(1::bigint << m."facet_bit") AS mask
      FROM "organization_mode" om JOIN "intervention_mode" m ON m."id" = om."mode_id"
     WHERE om."organization_id" = ANY(org_ids)
     GROUP BY om."organization_id"
  ), places AS (
    SELECT orr."organization_id", r."code", r."city_code", r."province_code"
      FROM "organization_region" orr JOIN "region" r ON r."code" = orr."region_code"
     WHERE orr."organization_id" = ANY(org_ids)
  ), province_masks AS (
    SELECT "organization_id", bit_or(1::bigint << "province_bit"("province_code")) AS mask
      FROM places GROUP BY "organization_id"
  ), codes AS (
    SELECT p."organization_id", array_agg(DISTINCT c ORDER BY c) AS codes
      FROM places p, LATERAL unnest(ARRAY[p."code", p."city_code", p."province_code"]) AS c
     WHERE c IS NOT NULL
     GROUP BY p."organization_id"
  )
  INSERT INTO "organization_filter" AS f ("organization_id", "visible", "type", "accepts_donations", "need_mask", "mode_mask",
      "province_mask", "region_codes", "name_zh", "name_en_sort", "reviewed_at", "children_served", "recognised", "fundraising")
  SELECT o."id",
         o."status" = 'PUBLISHED' AND o."deleted_at" IS NULL,
         o."type", o."accepts_donations",
         coalesce(nm.mask, 0), coalesce(mm.mask, 0), coalesce(pm.mask, 0), coalesce(c.codes, '{}'),
         o."name_zh", lower(coalesce(o."name_en", o."name_zh")), coalesce(o."reviewed_at", '-infinity'), coalesce(o."children_served", -1),
         o."charity_recognised_on" IS NOT NULL, o."fundraising_qualified_on" IS NOT NULL
    FROM "organization" o
    LEFT JOIN need_masks nm ON nm."organization_id" = o."id"
    LEFT JOIN mode_masks mm ON mm."organization_id" = o."id"
    LEFT JOIN province_masks pm ON pm."organization_id" = o."id"
    LEFT JOIN codes c ON c."organization_id" = o."id"
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

-- The net change per filter combination over the statement's rows, applied to all three profiles.
CREATE OR REPLACE FUNCTION "filter_profile_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS "filter_profile_delta" (
    "need_mask" bigint, "mode_mask" bigint, "type" "OrganizationType", "accepts_donations" boolean,
    "province_mask" bigint, "recognised" boolean, "fundraising" boolean, "delta" bigint
  ) ON COMMIT DROP;
  DELETE FROM "filter_profile_delta";
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "filter_profile_delta"
    SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", -count(*)
      FROM old_rows WHERE "visible" GROUP BY 1, 2, 3, 4, 5, 6, 7;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "filter_profile_delta"
    SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", count(*)
      FROM new_rows WHERE "visible" GROUP BY 1, 2, 3, 4, 5, 6, 7;
  END IF;

  INSERT INTO "filter_profile" AS p ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", "organizations")
  SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", sum("delta")
    FROM "filter_profile_delta" GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum("delta") <> 0
  ON CONFLICT ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising")
  DO UPDATE SET "organizations" = p."organizations" + excluded."organizations";

  INSERT INTO "national_profile" AS p ("need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", "organizations")
  SELECT "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", sum("delta")
    FROM "filter_profile_delta" GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum("delta") <> 0
  ON CONFLICT ("need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising")
  DO UPDATE SET "organizations" = p."organizations" + excluded."organizations";

  INSERT INTO "province_profile" AS p ("province", "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", "organizations")
  SELECT b, "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", sum("delta")
    FROM "filter_profile_delta", generate_series(0, 62) AS b WHERE "province_mask" & (1::bigint << b) <> 0
   GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum("delta") <> 0
  ON CONFLICT ("province", "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising")
  DO UPDATE SET "organizations" = p."organizations" + excluded."organizations";

  DELETE FROM "filter_profile" WHERE "organizations" = 0;
  DELETE FROM "national_profile" WHERE "organizations" = 0;
  DELETE FROM "province_profile" WHERE "organizations" = 0;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "rebuild_filter_index"() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  ALTER TABLE "organization_filter" DISABLE TRIGGER "filter_profile_insert";
  ALTER TABLE "organization_filter" DISABLE TRIGGER "filter_profile_update";
  PERFORM "refresh_organization_filter"(ARRAY(SELECT "id" FROM "organization"));
  ALTER TABLE "organization_filter" ENABLE TRIGGER "filter_profile_insert";
  ALTER TABLE "organization_filter" ENABLE TRIGGER "filter_profile_update";
  DELETE FROM "filter_profile";
  INSERT INTO "filter_profile" ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", "organizations")
  SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", count(*)
    FROM "organization_filter" WHERE "visible"
   GROUP BY 1, 2, 3, 4, 5, 6, 7;
  DELETE FROM "national_profile";
  INSERT INTO "national_profile" ("need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", "organizations")
  SELECT "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", sum("organizations")
    FROM "filter_profile" GROUP BY 1, 2, 3, 4, 5, 6;
  DELETE FROM "province_profile";
  INSERT INTO "province_profile" ("province", "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", "organizations")
  SELECT b, "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", sum("organizations")
    FROM "filter_profile", generate_series(0, 62) AS b WHERE "province_mask" & (1::bigint << b) <> 0
   GROUP BY 1, 2, 3, 4, 5, 6, 7;
END;
$$;

SELECT "rebuild_filter_index"();
