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

-- Hand-written below: national_profile and province_profile are kept with filter_profile (decision 042).
-- Replaces filter_profile_add, organization_filter_changed and rebuild_filter_index of the trust_filters
-- migration: the same, plus the two narrower profiles.

CREATE OR REPLACE FUNCTION "filter_profile_add"(f "organization_filter", delta int) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "filter_profile" ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising", "organizations")
  VALUES (f."need_mask", f."mode_mask", f."type", f."accepts_donations", f."province_mask", f."recognised", f."fundraising", delta)
  ON CONFLICT ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising")
  DO UPDATE SET "organizations" = "filter_profile"."organizations" + delta;
  INSERT INTO "national_profile" ("need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", "organizations")
  VALUES (f."need_mask", f."mode_mask", f."type", f."accepts_donations", f."recognised", f."fundraising", delta)
  ON CONFLICT ("need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising")
  DO UPDATE SET "organizations" = "national_profile"."organizations" + delta;
  INSERT INTO "province_profile" ("province", "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising", "organizations")
  SELECT b, f."need_mask", f."mode_mask", f."type", f."accepts_donations", f."recognised", f."fundraising", delta
    FROM generate_series(0, 62) AS b WHERE f."province_mask" & (1::bigint << b) <> 0
  ON CONFLICT ("province", "need_mask", "mode_mask", "type", "accepts_donations", "recognised", "fundraising")
  DO UPDATE SET "organizations" = "province_profile"."organizations" + delta;
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
  DELETE FROM "national_profile" WHERE "organizations" = 0;
  DELETE FROM "province_profile" WHERE "organizations" = 0;
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
