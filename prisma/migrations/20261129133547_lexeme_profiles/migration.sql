-- AlterTable
ALTER TABLE "organization_filter" ADD COLUMN     "name_vector" tsvector,
ADD COLUMN     "search_vector" tsvector;

-- CreateTable
CREATE TABLE "profiled_lexeme" (
    "lexeme" TEXT NOT NULL,
    "organizations" INTEGER NOT NULL,

    CONSTRAINT "profiled_lexeme_pkey" PRIMARY KEY ("lexeme")
);

-- CreateTable
CREATE TABLE "lexeme_profile" (
    "lexeme" TEXT NOT NULL,
    "need_mask" BIGINT NOT NULL,
    "mode_mask" BIGINT NOT NULL,
    "type" "OrganizationType" NOT NULL,
    "accepts_donations" BOOLEAN NOT NULL,
    "province_mask" BIGINT NOT NULL,
    "recognised" BOOLEAN NOT NULL,
    "fundraising" BOOLEAN NOT NULL,
    "organizations" INTEGER NOT NULL,

    CONSTRAINT "lexeme_profile_pkey" PRIMARY KEY ("lexeme","need_mask","mode_mask","type","accepts_donations","province_mask","recognised","fundraising")
);

-- CreateTable
CREATE TABLE "lexeme_review_profile" (
    "lexeme" TEXT NOT NULL,
    "review_month" TIMESTAMPTZ(3) NOT NULL,
    "need_mask" BIGINT NOT NULL,
    "mode_mask" BIGINT NOT NULL,
    "type" "OrganizationType" NOT NULL,
    "accepts_donations" BOOLEAN NOT NULL,
    "province_mask" BIGINT NOT NULL,
    "recognised" BOOLEAN NOT NULL,
    "fundraising" BOOLEAN NOT NULL,
    "organizations" INTEGER NOT NULL,

    CONSTRAINT "lexeme_review_profile_pkey" PRIMARY KEY ("lexeme","review_month","need_mask","mode_mask","type","accepts_donations","province_mask","recognised","fundraising")
);

-- CreateIndex
CREATE INDEX "organization_filter_search_vector_idx" ON "organization_filter" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "organization_filter_name_vector_idx" ON "organization_filter" USING GIN ("name_vector");

-- Hand-written below (decision 052): profiles per common lexeme, so that a one-term text query on a common word
-- reads a few hundred profile rows instead of grouping every matching organization. organization_filter carries a
-- copy of the search vector, so the per-statement trigger sees the lexemes of the rows a statement removed and
-- added, whatever changed (a description, a publication, a region). Replaces refresh_organization_filter() of
-- 20261129071500_trust_and_region_profiles_per_statement, organizations_updated() of
-- 20261129074019_organization_updates_per_statement and apply_profile_changes() / rebuild_filter_profiles() of
-- 20261129074200_review_and_city_profiles.

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
      "province_mask", "region_codes", "name_zh", "name_en_sort", "reviewed_at", "children_served", "recognised", "fundraising", "search_vector", "name_vector")
  SELECT o."id",
         o."status" = 'PUBLISHED' AND o."deleted_at" IS NULL,
         o."type", o."accepts_donations",
         coalesce(nm.mask, 0), coalesce(mm.mask, 0), coalesce(pm.mask, 0), coalesce(c.codes, '{}'),
         o."name_zh", lower(coalesce(o."name_en", o."name_zh")), coalesce(o."reviewed_at", '-infinity'), coalesce(o."children_served", -1),
         o."charity_recognised_on" IS NOT NULL, o."fundraising_qualified_on" IS NOT NULL, o."search_vector",
         array_to_tsvector("search_lexemes"(concat_ws(' ', o."name_zh", o."name_en")))
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
    "recognised" = excluded."recognised", "fundraising" = excluded."fundraising",
    "search_vector" = excluded."search_vector", "name_vector" = excluded."name_vector"
  WHERE (f."visible", f."type", f."accepts_donations", f."need_mask", f."mode_mask", f."province_mask", f."region_codes",
         f."name_zh", f."name_en_sort", f."reviewed_at", f."children_served", f."recognised", f."fundraising", f."search_vector", f."name_vector")
        IS DISTINCT FROM
        (excluded."visible", excluded."type", excluded."accepts_donations", excluded."need_mask", excluded."mode_mask",
         excluded."province_mask", excluded."region_codes", excluded."name_zh", excluded."name_en_sort", excluded."reviewed_at",
         excluded."children_served", excluded."recognised", excluded."fundraising", excluded."search_vector", excluded."name_vector");
$$;

-- An edit of a name or description changes the search vector (the row trigger organization_search_vector runs
-- before this one), and with it the organization's filter row.
CREATE OR REPLACE FUNCTION "organizations_updated"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_organization_filter"(ARRAY(
    SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
     WHERE (o."status", o."deleted_at", o."type", o."accepts_donations", o."name_zh", o."name_en", o."reviewed_at",
            o."children_served", o."charity_recognised_on", o."fundraising_qualified_on", o."search_vector")
           IS DISTINCT FROM
           (n."status", n."deleted_at", n."type", n."accepts_donations", n."name_zh", n."name_en", n."reviewed_at",
            n."children_served", n."charity_recognised_on", n."fundraising_qualified_on", n."search_vector")));
  RETURN NULL;
END;
$$;

-- The net change of a statement per profiled lexeme, verification month and filter combination.
CREATE FUNCTION "lexeme_changes"(old_rows "organization_filter"[], new_rows "organization_filter"[])
RETURNS TABLE ("lexeme" text, "review_month" timestamptz, "need_mask" bigint, "mode_mask" bigint, "type" "OrganizationType",
               "accepts_donations" boolean, "province_mask" bigint, "recognised" boolean, "fundraising" boolean,
               "delta" int)
LANGUAGE sql STABLE AS $$
  SELECT l, "review_month"(c."reviewed_at"), c."need_mask", c."mode_mask", c."type", c."accepts_donations",
         c."province_mask", c."recognised", c."fundraising", sum(c."delta")::int
    FROM (SELECT o."reviewed_at", o."need_mask", o."mode_mask", o."type", o."accepts_donations", o."province_mask",
                 o."recognised", o."fundraising", o."search_vector", -1 AS "delta"
            FROM unnest(old_rows) AS o WHERE o."visible"
          UNION ALL
          SELECT n."reviewed_at", n."need_mask", n."mode_mask", n."type", n."accepts_donations", n."province_mask",
                 n."recognised", n."fundraising", n."search_vector", 1
            FROM unnest(new_rows) AS n WHERE n."visible") c,
         unnest(tsvector_to_array(c."search_vector")) AS l
   WHERE l IN (SELECT p."lexeme" FROM "profiled_lexeme" p)
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  HAVING sum(c."delta") <> 0
$$;

CREATE OR REPLACE FUNCTION "apply_profile_changes"(old_rows "organization_filter"[], new_rows "organization_filter"[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  lexeme_delta "lexeme_review_profile"[];
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
  -- The profiled lexemes of the rows removed and added, by month (decision 052). Only the combinations whose
  -- count changed are touched, and only those are checked for zero (the tables hold a row per combination per
  -- lexeme, too many to scan on every statement).
  lexeme_delta := ARRAY(SELECT ROW(c.*)::"lexeme_review_profile" FROM "lexeme_changes"(old_rows, new_rows) c);
  IF cardinality(lexeme_delta) > 0 THEN
    INSERT INTO "lexeme_review_profile" AS p
    SELECT * FROM unnest(lexeme_delta)
    ON CONFLICT ("lexeme", "review_month", "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising")
    DO UPDATE SET "organizations" = p."organizations" + excluded."organizations";
    DELETE FROM "lexeme_review_profile" p USING unnest(lexeme_delta) c
     WHERE (p."lexeme", p."review_month", p."need_mask", p."mode_mask", p."type", p."accepts_donations", p."province_mask", p."recognised", p."fundraising")
         = (c."lexeme", c."review_month", c."need_mask", c."mode_mask", c."type", c."accepts_donations", c."province_mask", c."recognised", c."fundraising")
       AND p."organizations" = 0;

    INSERT INTO "lexeme_profile" AS p ("lexeme", "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", "organizations")
    SELECT c."lexeme", c."need_mask", c."mode_mask", c."type", c."accepts_donations", c."province_mask", c."recognised", c."fundraising", sum(c."organizations")
      FROM unnest(lexeme_delta) c GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(c."organizations") <> 0
    ON CONFLICT ("lexeme", "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising")
    DO UPDATE SET "organizations" = p."organizations" + excluded."organizations";
    DELETE FROM "lexeme_profile" p USING unnest(lexeme_delta) c
     WHERE (p."lexeme", p."need_mask", p."mode_mask", p."type", p."accepts_donations", p."province_mask", p."recognised", p."fundraising")
         = (c."lexeme", c."need_mask", c."mode_mask", c."type", c."accepts_donations", c."province_mask", c."recognised", c."fundraising")
       AND p."organizations" = 0;
  END IF;
END;
$$;

-- Chooses the profiled lexemes (those of at least min_organizations visible organizations) and rebuilds their
-- profiles from organization_filter, written in lexeme order so that a lexeme's rows share a few pages.
CREATE FUNCTION "rebuild_lexeme_profiles"(min_organizations int) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "profiled_lexeme";
  INSERT INTO "profiled_lexeme" ("lexeme", "organizations")
  SELECT "word", "ndoc" FROM ts_stat('SELECT "search_vector" FROM "organization_filter" WHERE "visible"')
   WHERE "ndoc" >= greatest(min_organizations, 1);
  DELETE FROM "lexeme_review_profile";
  INSERT INTO "lexeme_review_profile" ("lexeme", "review_month", "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", "organizations")
  SELECT l, "review_month"(f."reviewed_at"), f."need_mask", f."mode_mask", f."type", f."accepts_donations", f."province_mask", f."recognised", f."fundraising", count(*)
    FROM "organization_filter" f, unnest(tsvector_to_array(f."search_vector")) AS l
   WHERE f."visible" AND l IN (SELECT "lexeme" FROM "profiled_lexeme")
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
   ORDER BY 1, 2;
  DELETE FROM "lexeme_profile";
  INSERT INTO "lexeme_profile" ("lexeme", "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", "organizations")
  SELECT "lexeme", "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", sum("organizations")
    FROM "lexeme_review_profile" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
   ORDER BY 1;
END;
$$;

-- A lexeme is profiled when at least 0.2 % of the visible organizations (and at least 50) hold it.
CREATE FUNCTION "profiled_lexeme_threshold"() RETURNS int
LANGUAGE sql STABLE AS $$
  SELECT greatest(50, ceil(count(*) * 0.002)::int) FROM "organization_filter" WHERE "visible"
$$;

CREATE OR REPLACE FUNCTION "rebuild_filter_profiles"() RETURNS void
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
  PERFORM "rebuild_lexeme_profiles"("profiled_lexeme_threshold"());
END;
$$;

-- The copies of the existing search vectors and the names' lexemes (the profiles are rebuilt after, so the triggers are off meanwhile).
ALTER TABLE "organization_filter" DISABLE TRIGGER "filter_profile_update";
UPDATE "organization_filter" f
   SET "search_vector" = o."search_vector",
       "name_vector" = array_to_tsvector("search_lexemes"(concat_ws(' ', o."name_zh", o."name_en")))
  FROM "organization" o WHERE o."id" = f."organization_id";
ALTER TABLE "organization_filter" ENABLE TRIGGER "filter_profile_update";
SELECT "rebuild_filter_profiles"();
