-- The verification-month and city profiles of decision 042, kept by the per-statement filter index triggers.
-- Replaces filter_profile_changed() of 20261129071500_trust_and_region_profiles_per_statement (the net change of
-- a statement, now applied to every profile through apply_profile_changes()) and rebuild_filter_index() (the
-- same, then rebuild_filter_profiles()); drops the covering index of 20261129070321_stale_profile_index, which
-- review_profile replaces.

-- DropIndex
DROP INDEX "organization_filter_stale_profile_idx";

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

SELECT "rebuild_filter_profiles"();
