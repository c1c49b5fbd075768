-- The charity-law trust filters and the narrower facet profiles of decision 042, on the per-statement filter
-- index triggers of 20261129063850_filter_index_statement_triggers.
-- Replaces refresh_organization_filter() (the same set-wise rows plus the recognised / fundraising flags),
-- filter_profile_changed() (the net change of a statement, now applied to every profile through
-- apply_profile_changes()) and rebuild_filter_index() (then rebuild_filter_profiles()); the organization
-- trigger also fires when a recognition or fundraising date changes.

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

-- CreateTable
CREATE TABLE "national_profile" (
    "need_mask" BIGINT NOT NULL,
    "mode_mask" BIGINT NOT NULL,
    "type" "OrganizationType" NOT NULL,
    "accepts_donations" BOOLEAN NOT NULL,
    "recognised" BOOLEAN NOT NULL,
    "fundraising" BOOLEAN NOT NULL,
    "organizations" INTEGER NOT NULL,

    CONSTRAINT "national_profile_pkey" PRIMARY KEY ("need_mask","mode_mask","type","accepts_donations","recognised","fundraising")
);

-- CreateTable
CREATE TABLE "province_profile" (
    "province" SMALLINT NOT NULL,
    "need_mask" BIGINT NOT NULL,
    "mode_mask" BIGINT NOT NULL,
    "type" "OrganizationType" NOT NULL,
    "accepts_donations" BOOLEAN NOT NULL,
    "recognised" BOOLEAN NOT NULL,
    "fundraising" BOOLEAN NOT NULL,
    "organizations" INTEGER NOT NULL,

    CONSTRAINT "province_profile_pkey" PRIMARY KEY ("province","need_mask","mode_mask","type","accepts_donations","recognised","fundraising")
);

-- CreateTable
CREATE TABLE "review_profile" (
    "review_month" TIMESTAMPTZ(3) NOT NULL,
    "need_mask" BIGINT NOT NULL,
    "mode_mask" BIGINT NOT NULL,
    "type" "OrganizationType" NOT NULL,
    "accepts_donations" BOOLEAN NOT NULL,
    "province_mask" BIGINT NOT NULL,
    "recognised" BOOLEAN NOT NULL,
    "fundraising" BOOLEAN NOT NULL,
    "organizations" INTEGER NOT NULL,

    CONSTRAINT "review_profile_pkey" PRIMARY KEY ("review_month","need_mask","mode_mask","type","accepts_donations","province_mask","recognised","fundraising")
);

-- CreateTable
CREATE TABLE "city_profile" (
    "city" CHAR(6) NOT NULL,
    "need_mask" BIGINT NOT NULL,
    "mode_mask" BIGINT NOT NULL,
    "type" "OrganizationType" NOT NULL,
    "accepts_donations" BOOLEAN NOT NULL,
    "recognised" BOOLEAN NOT NULL,
    "fundraising" BOOLEAN NOT NULL,
    "organizations" INTEGER NOT NULL,

    CONSTRAINT "city_profile_pkey" PRIMARY KEY ("city","need_mask","mode_mask","type","accepts_donations","recognised","fundraising")
);

-- Hand-written below.

-- The month of a verification in China time (the site's calendar); -infinity (never verified) stays.
CREATE FUNCTION "review_month"(reviewed_at timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT date_trunc('month', reviewed_at, 'Asia/Shanghai')
$$;

-- The city-level codes among an organization's region codes (second level: ends in 00, not in 0000).
CREATE FUNCTION "city_codes"(region_codes text[]) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT c FROM unnest(region_codes) AS c WHERE c LIKE '____00' AND c NOT LIKE '__0000'
$$;

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

-- The visible rows a statement removed (old, -1) and added (new, +1), with what the profiles group by.
CREATE FUNCTION "profile_changes"(old_rows "organization_filter"[], new_rows "organization_filter"[])
RETURNS TABLE ("need_mask" bigint, "mode_mask" bigint, "type" "OrganizationType", "accepts_donations" boolean,
               "province_mask" bigint, "region_codes" text[], "reviewed_at" timestamptz, "recognised" boolean,
               "fundraising" boolean, "delta" int)
LANGUAGE sql STABLE AS $$
  SELECT (o)."need_mask", (o)."mode_mask", (o)."type", (o)."accepts_donations", (o)."province_mask", (o)."region_codes",
         (o)."reviewed_at", (o)."recognised", (o)."fundraising", -1
    FROM unnest(old_rows) AS o WHERE (o)."visible"
  UNION ALL
  SELECT (n)."need_mask", (n)."mode_mask", (n)."type", (n)."accepts_donations", (n)."province_mask", (n)."region_codes",
         (n)."reviewed_at", (n)."recognised", (n)."fundraising", 1
    FROM unnest(new_rows) AS n WHERE (n)."visible"
$$;

-- The net change of a statement applied to every profile; combinations left at zero are removed.
CREATE FUNCTION "apply_profile_changes"(old_rows "organization_filter"[], new_rows "organization_filter"[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "filter_profile" AS p ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", "organizations")
  SELECT c."need_mask", c."mode_mask", c."type", c."accepts_donations", c."province_mask", c."recognised", c."fundraising", sum(c."delta")
    FROM "profile_changes"(old_rows, new_rows) c GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(c."delta") <> 0
  ON CONFLICT ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising")
  DO UPDATE SET "organizations" = p."organizations" + excluded."organizations";

  INSERT INTO "national_profile" AS p ("need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", "organizations")
  SELECT c."need_mask", c."mode_mask", c."type", c."accepts_donations", c."recognised", c."fundraising", sum(c."delta")
    FROM "profile_changes"(old_rows, new_rows) c GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(c."delta") <> 0
  ON CONFLICT ("need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising")
  DO UPDATE SET "organizations" = p."organizations" + excluded."organizations";

  INSERT INTO "province_profile" AS p ("province", "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", "organizations")
  SELECT b, c."need_mask", c."mode_mask", c."type", c."accepts_donations", c."recognised", c."fundraising", sum(c."delta")
    FROM "profile_changes"(old_rows, new_rows) c, generate_series(0, 62) AS b WHERE c."province_mask" & (1::bigint << b) <> 0
   GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(c."delta") <> 0
  ON CONFLICT ("province", "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising")
  DO UPDATE SET "organizations" = p."organizations" + excluded."organizations";

  INSERT INTO "city_profile" AS p ("city", "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", "organizations")
  SELECT city, c."need_mask", c."mode_mask", c."type", c."accepts_donations", c."recognised", c."fundraising", sum(c."delta")
    FROM "profile_changes"(old_rows, new_rows) c, "city_codes"(c."region_codes") AS city
   GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(c."delta") <> 0
  ON CONFLICT ("city", "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising")
  DO UPDATE SET "organizations" = p."organizations" + excluded."organizations";

  INSERT INTO "review_profile" AS p ("review_month", "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", "organizations")
  SELECT "review_month"(c."reviewed_at"), c."need_mask", c."mode_mask", c."type", c."accepts_donations", c."province_mask", c."recognised", c."fundraising", sum(c."delta")
    FROM "profile_changes"(old_rows, new_rows) c GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(c."delta") <> 0
  ON CONFLICT ("review_month", "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising")
  DO UPDATE SET "organizations" = p."organizations" + excluded."organizations";

  DELETE FROM "filter_profile" WHERE "organizations" = 0;
  DELETE FROM "national_profile" WHERE "organizations" = 0;
  DELETE FROM "province_profile" WHERE "organizations" = 0;
  DELETE FROM "city_profile" WHERE "organizations" = 0;
  DELETE FROM "review_profile" WHERE "organizations" = 0;
END;
$$;

CREATE OR REPLACE FUNCTION "filter_profile_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "apply_profile_changes"('{}', ARRAY(SELECT ROW(n.*)::"organization_filter" FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "apply_profile_changes"(ARRAY(SELECT ROW(o.*)::"organization_filter" FROM old_rows o), '{}');
  ELSE
    PERFORM "apply_profile_changes"(ARRAY(SELECT ROW(o.*)::"organization_filter" FROM old_rows o), ARRAY(SELECT ROW(n.*)::"organization_filter" FROM new_rows n));
  END IF;
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
  PERFORM "rebuild_filter_profiles"();
END;
$$;

-- The profiles alone, from organization_filter.
CREATE FUNCTION "rebuild_filter_profiles"() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "review_profile";
  INSERT INTO "review_profile" ("review_month", "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", "organizations")
  SELECT "review_month"("reviewed_at"), "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", count(*)
    FROM "organization_filter" WHERE "visible"
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
  DELETE FROM "filter_profile";
  INSERT INTO "filter_profile" ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", "organizations")
  SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", sum("organizations")
    FROM "review_profile" GROUP BY 1, 2, 3, 4, 5, 6, 7;
  DELETE FROM "national_profile";
  INSERT INTO "national_profile" ("need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", "organizations")
  SELECT "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", sum("organizations")
    FROM "filter_profile" GROUP BY 1, 2, 3, 4, 5, 6;
  DELETE FROM "province_profile";
  INSERT INTO "province_profile" ("province", "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", "organizations")
  SELECT b, "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", sum("organizations")
    FROM "filter_profile", generate_series(0, 62) AS b WHERE "province_mask" & (1::bigint << b) <> 0
   GROUP BY 1, 2, 3, 4, 5, 6, 7;
  DELETE FROM "city_profile";
  INSERT INTO "city_profile" ("city", "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", "organizations")
  SELECT c, f."need_mask", f."mode_mask", f."type", f."accepts_donations", f."recognised", f."fundraising", count(*)
    FROM "organization_filter" f, "city_codes"(f."region_codes") AS c WHERE f."visible"
   GROUP BY 1, 2, 3, 4, 5, 6, 7;
END;
$$;

SELECT "rebuild_filter_index"();
