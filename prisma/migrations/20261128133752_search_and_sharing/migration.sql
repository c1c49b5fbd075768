-- AlterTable
ALTER TABLE "intervention_mode" ADD COLUMN     "facet_bit" SMALLINT;

-- AlterTable
ALTER TABLE "need" ADD COLUMN     "facet_bit" SMALLINT;

-- CreateTable
CREATE TABLE "shared_list" (
    "id" VARCHAR(16) NOT NULL,
    "query" VARCHAR(2000) NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "total" INTEGER NOT NULL,
    "items" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "shared_list_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_bucket" (
    "key" VARCHAR(200) NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "rate_limit_bucket_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateTable
CREATE TABLE "organization_filter" (
    "organization_id" INTEGER NOT NULL,
    "visible" BOOLEAN NOT NULL,
    "type" "OrganizationType" NOT NULL,
    "accepts_donations" BOOLEAN NOT NULL,
    "need_mask" BIGINT NOT NULL DEFAULT 0,
    "mode_mask" BIGINT NOT NULL DEFAULT 0,
    "province_mask" BIGINT NOT NULL DEFAULT 0,
    "region_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "name_zh" VARCHAR(200) NOT NULL,
    "name_en_sort" VARCHAR(300) NOT NULL,
    "reviewed_at" TIMESTAMPTZ(3) NOT NULL,
    "children_served" INTEGER NOT NULL,

    CONSTRAINT "organization_filter_pkey" PRIMARY KEY ("organization_id")
);

-- CreateTable
CREATE TABLE "filter_profile" (
    "need_mask" BIGINT NOT NULL,
    "mode_mask" BIGINT NOT NULL,
    "type" "OrganizationType" NOT NULL,
    "accepts_donations" BOOLEAN NOT NULL,
    "province_mask" BIGINT NOT NULL,
    "organizations" INTEGER NOT NULL,

    CONSTRAINT "filter_profile_pkey" PRIMARY KEY ("need_mask","mode_mask","type","accepts_donations","province_mask")
);

-- CreateIndex
CREATE INDEX "shared_list_created_at_idx" ON "shared_list"("created_at");

-- CreateIndex
CREATE INDEX "rate_limit_bucket_window_start_idx" ON "rate_limit_bucket"("window_start");

-- CreateIndex
CREATE INDEX "organization_filter_region_codes_idx" ON "organization_filter" USING GIN ("region_codes");

-- CreateIndex
CREATE INDEX "organization_filter_visible_reviewed_at_organization_id_idx" ON "organization_filter"("visible", "reviewed_at" DESC, "organization_id");

-- CreateIndex
CREATE INDEX "organization_filter_visible_name_zh_organization_id_idx" ON "organization_filter"("visible", "name_zh", "organization_id");

-- CreateIndex
CREATE INDEX "organization_filter_visible_name_en_sort_organization_id_idx" ON "organization_filter"("visible", "name_en_sort", "organization_id");

-- CreateIndex
CREATE INDEX "organization_filter_visible_children_served_organization_id_idx" ON "organization_filter"("visible", "children_served" DESC, "organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "intervention_mode_facet_bit_key" ON "intervention_mode"("facet_bit");

-- CreateIndex
CREATE UNIQUE INDEX "need_facet_bit_key" ON "need"("facet_bit");

-- AddForeignKey
ALTER TABLE "organization_filter" ADD CONSTRAINT "organization_filter_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below: the filter index. "organization_filter" and
-- "filter_profile" are derived data, kept by triggers so that every write
-- path (app, import, plain SQL) keeps them right; the records and link
-- tables stay the source of truth. rebuild_filter_index() recomputes all.

ALTER TABLE "need" ADD CONSTRAINT "need_facet_bit_range" CHECK ("facet_bit" BETWEEN 0 AND 62);
ALTER TABLE "intervention_mode" ADD CONSTRAINT "intervention_mode_facet_bit_range" CHECK ("facet_bit" BETWEEN 0 AND 62);

-- Each need and mode takes the lowest free bit of a 63-bit mask.
CREATE FUNCTION "assign_facet_bit"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  free_bit int;
BEGIN
  IF NEW."facet_bit" IS NULL THEN
    EXECUTE format('SELECT min(b) FROM generate_series(0, 62) AS b WHERE b NOT IN (SELECT "facet_bit" FROM %I WHERE "facet_bit" IS NOT NULL)', TG_TABLE_NAME)
      INTO free_bit;
    IF free_bit IS NULL THEN
      RAISE EXCEPTION 'at most 63 records of % can be filtered on', TG_TABLE_NAME USING ERRCODE = '23514';
    END IF;
    NEW."facet_bit" := free_bit;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "need_facet_bit" BEFORE INSERT ON "need" FOR EACH ROW EXECUTE FUNCTION "assign_facet_bit"();
CREATE TRIGGER "intervention_mode_facet_bit" BEFORE INSERT ON "intervention_mode" FOR EACH ROW EXECUTE FUNCTION "assign_facet_bit"();

-- The bit of a province in province_mask: its place among the 34 provincial-level codes.
CREATE FUNCTION "province_bit"(code text) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_position(ARRAY['11','12','13','14','15','21','22','23','31','32','33','34','35','36','37','41','42',
    '43','44','45','46','50','51','52','53','54','61','62','63','64','65','71','81','82'], substr(code, 1, 2)) - 1
$$;

-- Recomputes the filter rows of the given organizations from the records and links.
CREATE FUNCTION "refresh_organization_filter"(org_ids int[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "organization_filter" AS f ("organization_id", "visible", "type", "accepts_donations", "need_mask", "mode_mask",
      "province_mask", "region_codes", "name_zh", "name_en_sort", "reviewed_at", "children_served")
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
         o."name_zh", lower(coalesce(o."name_en", o."name_zh")), coalesce(o."reviewed_at", '-infinity'), coalesce(o."children_served", -1)
    FROM "organization" o
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

CREATE FUNCTION "organization_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_organization_filter"(ARRAY[NEW."id"]);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "organization_filter_refresh" AFTER INSERT OR UPDATE OF "status", "deleted_at", "type", "accepts_donations",
  "name_zh", "name_en", "reviewed_at", "children_served" ON "organization"
FOR EACH ROW EXECUTE FUNCTION "organization_changed"();

CREATE FUNCTION "organization_link_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "refresh_organization_filter"(ARRAY[OLD."organization_id"]);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM "refresh_organization_filter"(ARRAY[NEW."organization_id"]);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "organization_mode_filter_refresh" AFTER INSERT OR UPDATE OR DELETE ON "organization_mode"
FOR EACH ROW EXECUTE FUNCTION "organization_link_changed"();
CREATE TRIGGER "organization_region_filter_refresh" AFTER INSERT OR UPDATE OR DELETE ON "organization_region"
FOR EACH ROW EXECUTE FUNCTION "organization_link_changed"();

-- A mode's needs and its visibility decide which needs its organizations meet.
CREATE FUNCTION "mode_needs_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  changed_modes int[];
BEGIN
  IF TG_TABLE_NAME = 'mode_need' THEN
    changed_modes := ARRAY[]::int[];
    IF TG_OP IN ('UPDATE', 'DELETE') THEN changed_modes := changed_modes || OLD."mode_id"; END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN changed_modes := changed_modes || NEW."mode_id"; END IF;
  ELSE
    changed_modes := ARRAY[NEW."id"];
  END IF;
  PERFORM "refresh_organization_filter"(ARRAY(
    SELECT DISTINCT "organization_id" FROM "organization_mode" WHERE "mode_id" = ANY(changed_modes)));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "mode_need_filter_refresh" AFTER INSERT OR UPDATE OR DELETE ON "mode_need"
FOR EACH ROW EXECUTE FUNCTION "mode_needs_changed"();
CREATE TRIGGER "intervention_mode_filter_refresh" AFTER UPDATE OF "status", "deleted_at" ON "intervention_mode"
FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."deleted_at" IS DISTINCT FROM NEW."deleted_at")
EXECUTE FUNCTION "mode_needs_changed"();

-- filter_profile counts the visible organizations of each combination.
CREATE FUNCTION "filter_profile_add"(f "organization_filter", delta int) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "filter_profile" ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "organizations")
  VALUES (f."need_mask", f."mode_mask", f."type", f."accepts_donations", f."province_mask", delta)
  ON CONFLICT ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask")
  DO UPDATE SET "organizations" = "filter_profile"."organizations" + delta;
$$;

CREATE FUNCTION "organization_filter_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD."visible", OLD."need_mask", OLD."mode_mask", OLD."type", OLD."accepts_donations", OLD."province_mask")
                      IS NOT DISTINCT FROM (NEW."visible", NEW."need_mask", NEW."mode_mask", NEW."type", NEW."accepts_donations", NEW."province_mask") THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."visible" THEN PERFORM "filter_profile_add"(OLD, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."visible" THEN PERFORM "filter_profile_add"(NEW, 1); END IF;
  DELETE FROM "filter_profile" WHERE "organizations" = 0;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "filter_profile_refresh" AFTER INSERT OR UPDATE OR DELETE ON "organization_filter"
FOR EACH ROW EXECUTE FUNCTION "organization_filter_changed"();

-- Recomputes the whole filter index (after a bulk load with triggers off, or to repair it).
CREATE FUNCTION "rebuild_filter_index"() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  ALTER TABLE "organization_filter" DISABLE TRIGGER "filter_profile_refresh";
  PERFORM "refresh_organization_filter"(ARRAY(SELECT "id" FROM "organization"));
  ALTER TABLE "organization_filter" ENABLE TRIGGER "filter_profile_refresh";
  DELETE FROM "filter_profile";
  INSERT INTO "filter_profile" ("need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "organizations")
  SELECT "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", count(*)
    FROM "organization_filter" WHERE "visible"
   GROUP BY 1, 2, 3, 4, 5;
END;
$$;

-- Records that existed before this migration.
UPDATE "need" SET "facet_bit" = b.bit FROM (SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS bit FROM "need") b WHERE "need"."id" = b."id";
UPDATE "intervention_mode" SET "facet_bit" = b.bit FROM (SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS bit FROM "intervention_mode") b WHERE "intervention_mode"."id" = b."id";
SELECT "rebuild_filter_index"();
