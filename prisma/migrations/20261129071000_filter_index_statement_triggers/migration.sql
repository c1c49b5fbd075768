-- Hand-written: the filter index's triggers work per statement instead of per row.
-- An import inserts thousands of organizations and links in a few statements; the row triggers of
-- 20261128133752_search_and_sharing refreshed an organization's filter row once for the organization and once
-- for each of its links, and rewrote filter_profile (with a scan for empty profiles) for every filter row.
-- These statement triggers read the statement's transition tables and do the same work once per statement.
-- An update of an organization's own columns stays a row trigger: a column list cannot be combined with
-- transition tables, and edits change one organization per statement.
-- Replaces refresh_organization_filter() (same rows, computed set-wise: see the end) and rebuild_filter_index()
-- (same behaviour, the new trigger names), and drops the functions
-- organization_link_changed(), organization_filter_changed() and filter_profile_add(), used by nothing else.

-- Organizations: inserts per statement, updates of the indexed columns per row as before.
DROP TRIGGER "organization_filter_refresh" ON "organization";
CREATE TRIGGER "organization_filter_refresh" AFTER UPDATE OF "status", "deleted_at", "type", "accepts_donations",
  "name_zh", "name_en", "reviewed_at", "children_served" ON "organization"
FOR EACH ROW EXECUTE FUNCTION "organization_changed"();

CREATE FUNCTION "organizations_inserted"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_organization_filter"(ARRAY(SELECT "id" FROM new_rows));
  RETURN NULL;
END;
$$;
CREATE TRIGGER "organization_filter_insert" AFTER INSERT ON "organization"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "organizations_inserted"();

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

-- filter_profile: the net change in visible organizations per combination, summed over the statement's rows.
DROP TRIGGER "filter_profile_refresh" ON "organization_filter";
DROP FUNCTION "organization_filter_changed"();
DROP FUNCTION "filter_profile_add"("organization_filter", int);

CREATE FUNCTION "filter_profile_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "filter_profile" AS p ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "organizations")
    SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", count(*)
      FROM new_rows WHERE "visible" GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask")
    DO UPDATE SET "organizations" = p."organizations" + excluded."organizations";
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "filter_profile" AS p SET "organizations" = p."organizations" - d.n
      FROM (SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", count(*) AS n
              FROM old_rows WHERE "visible" GROUP BY 1, 2, 3, 4, 5) d
     WHERE (p."need_mask", p."mode_mask", p."type", p."accepts_donations", p."province_mask")
         = (d."need_mask", d."mode_mask", d."type", d."accepts_donations", d."province_mask");
  ELSE
    INSERT INTO "filter_profile" AS p ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "organizations")
    SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", sum(delta)
      FROM (SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", -1 AS delta
              FROM old_rows WHERE "visible"
            UNION ALL
            SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", 1
              FROM new_rows WHERE "visible") c
     GROUP BY 1, 2, 3, 4, 5
    HAVING sum(delta) <> 0
    ON CONFLICT ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask")
    DO UPDATE SET "organizations" = p."organizations" + excluded."organizations";
  END IF;
  DELETE FROM "filter_profile" WHERE "organizations" = 0;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "filter_profile_insert" AFTER INSERT ON "organization_filter"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "filter_profile_changed"();
CREATE TRIGGER "filter_profile_update" AFTER UPDATE ON "organization_filter"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "filter_profile_changed"();
CREATE TRIGGER "filter_profile_delete" AFTER DELETE ON "organization_filter"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "filter_profile_changed"();

CREATE OR REPLACE FUNCTION "rebuild_filter_index"() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  ALTER TABLE "organization_filter" DISABLE TRIGGER "filter_profile_insert";
  ALTER TABLE "organization_filter" DISABLE TRIGGER "filter_profile_update";
  PERFORM "refresh_organization_filter"(ARRAY(SELECT "id" FROM "organization"));
  ALTER TABLE "organization_filter" ENABLE TRIGGER "filter_profile_insert";
  ALTER TABLE "organization_filter" ENABLE TRIGGER "filter_profile_update";
  DELETE FROM "filter_profile";
  INSERT INTO "filter_profile" ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "organizations")
  SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", count(*)
    FROM "organization_filter" WHERE "visible"
   GROUP BY 1, 2, 3, 4, 5;
END;
$$;

-- The same rows as before, computed set-wise: one aggregate per mask over all the given organizations, instead of
-- four correlated subqueries per organization (whose region join the planner ran as a scan of the whole region
-- table once per organization: about 1 ms each, so a 10,000-row import spent most of its time here).
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
      "province_mask", "region_codes", "name_zh", "name_en_sort", "reviewed_at", "children_served")
  SELECT o."id",
         o."status" = 'PUBLISHED' AND o."deleted_at" IS NULL,
         o."type", o."accepts_donations",
         coalesce(nm.mask, 0), coalesce(mm.mask, 0), coalesce(pm.mask, 0), coalesce(c.codes, '{}'),
         o."name_zh", lower(coalesce(o."name_en", o."name_zh")), coalesce(o."reviewed_at", '-infinity'), coalesce(o."children_served", -1)
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
    "reviewed_at" = excluded."reviewed_at", "children_served" = excluded."children_served"
  WHERE (f."visible", f."type", f."accepts_donations", f."need_mask", f."mode_mask", f."province_mask", f."region_codes",
         f."name_zh", f."name_en_sort", f."reviewed_at", f."children_served")
        IS DISTINCT FROM
        (excluded."visible", excluded."type", excluded."accepts_donations", excluded."need_mask", excluded."mode_mask",
         excluded."province_mask", excluded."region_codes", excluded."name_zh", excluded."name_en_sort", excluded."reviewed_at",
         excluded."children_served");
$$;
