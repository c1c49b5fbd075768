-- Hand-written: the filter index's triggers work per statement instead of per row.
-- An import inserts and updates thousands of organizations and links in a few statements; the row triggers
-- (search_and_sharing, trust_filters, region_profiles) refreshed an organization's filter row once for the
-- organization and once for each of its links, and rewrote the three profile tables (with scans for empty
-- profiles) for every filter row. These statement triggers read the statement's transition tables and do the
-- same work once per statement. A statement trigger that reads transition tables cannot name columns
-- (UPDATE OF ...), so the organization update trigger compares the old and new rows of the columns the index
-- copies itself.
-- Replaces refresh_organization_filter() (same rows, computed set-wise) and rebuild_filter_index() (same
-- behaviour, the new trigger names) of the region_profiles and trust_filters migrations, and drops the functions
-- organization_changed(), organization_link_changed(), organization_filter_changed() and filter_profile_add(),
-- which nothing else uses.

-- The filter rows of the given organizations, computed set-wise: one aggregate per mask over all of them, instead
-- of four correlated subqueries per organization (whose region join the planner ran as a scan of the whole
-- region table once per organization: about 1 ms each).
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

-- Organizations: inserts, and updates of the columns the index copies, refreshed once per statement.
DROP TRIGGER "organization_filter_refresh" ON "organization";
DROP FUNCTION "organization_changed"();

CREATE FUNCTION "organizations_inserted"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_organization_filter"(ARRAY(SELECT "id" FROM new_rows));
  RETURN NULL;
END;
$$;
CREATE TRIGGER "organization_filter_insert" AFTER INSERT ON "organization"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "organizations_inserted"();

CREATE FUNCTION "organizations_updated"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_organization_filter"(ARRAY(
    SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
     WHERE (o."status", o."deleted_at", o."type", o."accepts_donations", o."name_zh", o."name_en", o."reviewed_at",
            o."children_served", o."charity_recognised_on", o."fundraising_qualified_on")
           IS DISTINCT FROM
           (n."status", n."deleted_at", n."type", n."accepts_donations", n."name_zh", n."name_en", n."reviewed_at",
            n."children_served", n."charity_recognised_on", n."fundraising_qualified_on")));
  RETURN NULL;
END;
$$;
CREATE TRIGGER "organization_filter_update" AFTER UPDATE ON "organization"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "organizations_updated"();

-- Links (organization_mode, organization_region): the organizations a statement touched, refreshed once.
DROP TRIGGER "organization_mode_filter_refresh" ON "organization_mode";
DROP TRIGGER "organization_region_filter_refresh" ON "organization_region";
DROP FUNCTION "organization_link_changed"();

CREATE FUNCTION "organization_links_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_organization_filter"(ARRAY(SELECT DISTINCT "organization_id" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "refresh_organization_filter"(ARRAY(SELECT DISTINCT "organization_id" FROM old_rows));
  ELSE
    PERFORM "refresh_organization_filter"(ARRAY(
      SELECT "organization_id" FROM old_rows UNION SELECT "organization_id" FROM new_rows));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "organization_mode_filter_insert" AFTER INSERT ON "organization_mode"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "organization_links_changed"();
CREATE TRIGGER "organization_mode_filter_update" AFTER UPDATE ON "organization_mode"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "organization_links_changed"();
CREATE TRIGGER "organization_mode_filter_delete" AFTER DELETE ON "organization_mode"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "organization_links_changed"();
CREATE TRIGGER "organization_region_filter_insert" AFTER INSERT ON "organization_region"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "organization_links_changed"();
CREATE TRIGGER "organization_region_filter_update" AFTER UPDATE ON "organization_region"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "organization_links_changed"();
CREATE TRIGGER "organization_region_filter_delete" AFTER DELETE ON "organization_region"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "organization_links_changed"();

-- The profiles (filter_profile, national_profile, province_profile): the net change in visible organizations per
-- combination over the statement's rows, applied once to each table.
DROP TRIGGER "filter_profile_refresh" ON "organization_filter";
DROP FUNCTION "organization_filter_changed"();
DROP FUNCTION "filter_profile_add"("organization_filter", int);

CREATE FUNCTION "filter_profiles_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  delta jsonb;
BEGIN
  -- Each branch reads only the transition tables its event has.
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(to_jsonb(c)) INTO delta FROM (
      SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", 1 AS n
        FROM new_rows WHERE "visible") c;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(to_jsonb(c)) INTO delta FROM (
      SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", -1 AS n
        FROM old_rows WHERE "visible") c;
  ELSE
    SELECT jsonb_agg(to_jsonb(c)) INTO delta FROM (
      SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", -1 AS n
        FROM old_rows WHERE "visible"
      UNION ALL
      SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", 1
        FROM new_rows WHERE "visible") c;
  END IF;
  IF delta IS NULL THEN
    RETURN NULL;
  END IF;
  WITH d AS (
    SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", sum(n) AS n
      FROM jsonb_to_recordset(delta) AS x("need_mask" bigint, "mode_mask" bigint, "type" "OrganizationType",
           "accepts_donations" boolean, "province_mask" bigint, "recognised" boolean, "fundraising" boolean, n int)
     GROUP BY 1, 2, 3, 4, 5, 6, 7
  ), filter_rows AS (
    INSERT INTO "filter_profile" AS p ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", "organizations")
    SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", n FROM d WHERE n <> 0
    ON CONFLICT ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising")
    DO UPDATE SET "organizations" = p."organizations" + excluded."organizations"
  ), national_rows AS (
    INSERT INTO "national_profile" AS p ("need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", "organizations")
    SELECT "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", sum(n) FROM d
     GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0
    ON CONFLICT ("need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising")
    DO UPDATE SET "organizations" = p."organizations" + excluded."organizations"
  )
  INSERT INTO "province_profile" AS p ("province", "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", "organizations")
  SELECT b, "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", sum(n)
    FROM d, generate_series(0, 62) AS b WHERE "province_mask" & (1::bigint << b) <> 0
   GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(n) <> 0
  ON CONFLICT ("province", "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising")
  DO UPDATE SET "organizations" = p."organizations" + excluded."organizations";
  DELETE FROM "filter_profile" WHERE "organizations" = 0;
  DELETE FROM "national_profile" WHERE "organizations" = 0;
  DELETE FROM "province_profile" WHERE "organizations" = 0;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "filter_profile_insert" AFTER INSERT ON "organization_filter"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "filter_profiles_changed"();
CREATE TRIGGER "filter_profile_update" AFTER UPDATE ON "organization_filter"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "filter_profiles_changed"();
CREATE TRIGGER "filter_profile_delete" AFTER DELETE ON "organization_filter"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "filter_profiles_changed"();

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
