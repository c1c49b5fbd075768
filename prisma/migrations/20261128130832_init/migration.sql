-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('PROVINCE', 'CITY', 'COUNTY');

-- CreateEnum
CREATE TYPE "PolicyLevel" AS ENUM ('CENTRAL', 'SPECIAL', 'DEPARTMENTAL');

-- CreateEnum
CREATE TYPE "PolicyDomain" AS ENUM ('CHILD_WELFARE', 'EDUCATION', 'NUTRITION_HEALTH', 'SAFETY', 'POVERTY_ALLEVIATION', 'SOCIAL_ORGANIZATIONS');

-- CreateEnum
CREATE TYPE "OrganizationType" AS ENUM ('GRASSROOTS_NGO', 'SOCIAL_WORK_AGENCY', 'FOUNDATION', 'SCHOOL_PROGRAMME', 'VOLUNTEER_GROUP', 'OTHER');

-- CreateTable
CREATE TABLE "region" (
    "code" CHAR(6) NOT NULL,
    "name_zh" VARCHAR(64) NOT NULL,
    "name_en" VARCHAR(128),
    "level" "RegionLevel" NOT NULL,
    "parent_code" CHAR(6),
    "province_code" CHAR(6) NOT NULL,
    "city_code" CHAR(6),

    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "need" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(80) NOT NULL,
    "name_zh" VARCHAR(120) NOT NULL,
    "name_en" VARCHAR(200),
    "summary_zh" VARCHAR(300) NOT NULL,
    "summary_en" VARCHAR(500),
    "description_zh" TEXT NOT NULL,
    "description_en" TEXT,
    "evidence_zh" TEXT,
    "evidence_en" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "reviewed_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "need_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(80) NOT NULL,
    "title_zh" VARCHAR(300) NOT NULL,
    "title_en" VARCHAR(400),
    "issuer_zh" VARCHAR(300) NOT NULL,
    "issuer_en" VARCHAR(400),
    "year" INTEGER NOT NULL,
    "month" INTEGER,
    "document_number" VARCHAR(120),
    "level" "PolicyLevel" NOT NULL,
    "domain" "PolicyDomain" NOT NULL,
    "summary_zh" TEXT NOT NULL,
    "summary_en" TEXT,
    "source_name" VARCHAR(300) NOT NULL,
    "source_url" VARCHAR(500),
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "reviewed_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "intervention_mode" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(80) NOT NULL,
    "name_zh" VARCHAR(120) NOT NULL,
    "name_en" VARCHAR(200),
    "summary_zh" VARCHAR(300) NOT NULL,
    "summary_en" VARCHAR(500),
    "description_zh" TEXT NOT NULL,
    "description_en" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "reviewed_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "intervention_mode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(80) NOT NULL,
    "name_zh" VARCHAR(200) NOT NULL,
    "name_en" VARCHAR(300),
    "type" "OrganizationType" NOT NULL,
    "description_zh" TEXT NOT NULL,
    "description_en" TEXT,
    "founded_year" INTEGER,
    "registration_zh" VARCHAR(300),
    "registration_en" VARCHAR(400),
    "children_served" INTEGER,
    "staff_count" INTEGER,
    "website" VARCHAR(500),
    "email" VARCHAR(200),
    "phone" VARCHAR(60),
    "address_zh" VARCHAR(300),
    "accepts_donations" BOOLEAN NOT NULL DEFAULT false,
    "donation_info_zh" TEXT,
    "donation_info_en" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "reviewed_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "search_vector" tsvector,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy_need" (
    "policy_id" INTEGER NOT NULL,
    "need_id" INTEGER NOT NULL,

    CONSTRAINT "policy_need_pkey" PRIMARY KEY ("policy_id","need_id")
);

-- CreateTable
CREATE TABLE "mode_need" (
    "mode_id" INTEGER NOT NULL,
    "need_id" INTEGER NOT NULL,
    "how_zh" VARCHAR(500) NOT NULL,
    "how_en" VARCHAR(800),

    CONSTRAINT "mode_need_pkey" PRIMARY KEY ("mode_id","need_id")
);

-- CreateTable
CREATE TABLE "organization_mode" (
    "organization_id" INTEGER NOT NULL,
    "mode_id" INTEGER NOT NULL,
    "sites" INTEGER,
    "children_served" INTEGER,
    "since_year" INTEGER,
    "note_zh" VARCHAR(500),
    "note_en" VARCHAR(800),

    CONSTRAINT "organization_mode_pkey" PRIMARY KEY ("organization_id","mode_id")
);

-- CreateTable
CREATE TABLE "organization_region" (
    "organization_id" INTEGER NOT NULL,
    "region_code" CHAR(6) NOT NULL,

    CONSTRAINT "organization_region_pkey" PRIMARY KEY ("organization_id","region_code")
);

-- CreateIndex
CREATE INDEX "region_parent_code_idx" ON "region"("parent_code");

-- CreateIndex
CREATE INDEX "region_province_code_idx" ON "region"("province_code");

-- CreateIndex
CREATE INDEX "region_city_code_idx" ON "region"("city_code");

-- CreateIndex
CREATE UNIQUE INDEX "need_slug_key" ON "need"("slug");

-- CreateIndex
CREATE INDEX "need_status_sort_order_idx" ON "need"("status", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "policy_slug_key" ON "policy"("slug");

-- CreateIndex
CREATE INDEX "policy_status_year_idx" ON "policy"("status", "year");

-- CreateIndex
CREATE UNIQUE INDEX "intervention_mode_slug_key" ON "intervention_mode"("slug");

-- CreateIndex
CREATE INDEX "intervention_mode_status_sort_order_idx" ON "intervention_mode"("status", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "organization_slug_key" ON "organization"("slug");

-- CreateIndex
CREATE INDEX "organization_status_type_idx" ON "organization"("status", "type");

-- CreateIndex
CREATE INDEX "organization_status_reviewed_at_idx" ON "organization"("status", "reviewed_at");

-- CreateIndex
CREATE INDEX "organization_status_children_served_idx" ON "organization"("status", "children_served");

-- CreateIndex
CREATE INDEX "organization_search_vector_idx" ON "organization" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "policy_need_need_id_idx" ON "policy_need"("need_id");

-- CreateIndex
CREATE INDEX "mode_need_need_id_idx" ON "mode_need"("need_id");

-- CreateIndex
CREATE INDEX "organization_mode_mode_id_organization_id_idx" ON "organization_mode"("mode_id", "organization_id");

-- CreateIndex
CREATE INDEX "organization_region_region_code_organization_id_idx" ON "organization_region"("region_code", "organization_id");

-- AddForeignKey
ALTER TABLE "region" ADD CONSTRAINT "region_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_need" ADD CONSTRAINT "policy_need_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_need" ADD CONSTRAINT "policy_need_need_id_fkey" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mode_need" ADD CONSTRAINT "mode_need_mode_id_fkey" FOREIGN KEY ("mode_id") REFERENCES "intervention_mode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mode_need" ADD CONSTRAINT "mode_need_need_id_fkey" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_mode" ADD CONSTRAINT "organization_mode_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_mode" ADD CONSTRAINT "organization_mode_mode_id_fkey" FOREIGN KEY ("mode_id") REFERENCES "intervention_mode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_region" ADD CONSTRAINT "organization_region_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_region" ADD CONSTRAINT "organization_region_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written below: what Prisma does not model. The migration drift test
-- proves that Prisma's diff leaves these alone.

-- Integrity checks the donor pages rely on.
ALTER TABLE "need" ADD CONSTRAINT "need_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "need_text_present" CHECK (btrim("name_zh") <> '' AND btrim("summary_zh") <> '' AND btrim("description_zh") <> ''),
  ADD CONSTRAINT "need_version_positive" CHECK ("version" >= 1);
ALTER TABLE "policy" ADD CONSTRAINT "policy_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "policy_text_present" CHECK (btrim("title_zh") <> '' AND btrim("issuer_zh") <> '' AND btrim("summary_zh") <> '' AND btrim("source_name") <> ''),
  ADD CONSTRAINT "policy_year_range" CHECK ("year" BETWEEN 1949 AND 2100),
  ADD CONSTRAINT "policy_month_range" CHECK ("month" IS NULL OR "month" BETWEEN 1 AND 12),
  ADD CONSTRAINT "policy_version_positive" CHECK ("version" >= 1);
ALTER TABLE "intervention_mode" ADD CONSTRAINT "intervention_mode_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "intervention_mode_text_present" CHECK (btrim("name_zh") <> '' AND btrim("summary_zh") <> '' AND btrim("description_zh") <> ''),
  ADD CONSTRAINT "intervention_mode_version_positive" CHECK ("version" >= 1);
ALTER TABLE "organization" ADD CONSTRAINT "organization_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "organization_text_present" CHECK (btrim("name_zh") <> '' AND btrim("description_zh") <> ''),
  ADD CONSTRAINT "organization_founded_year_range" CHECK ("founded_year" IS NULL OR "founded_year" BETWEEN 1900 AND 2100),
  ADD CONSTRAINT "organization_counts_non_negative" CHECK (coalesce("children_served", 0) >= 0 AND coalesce("staff_count", 0) >= 0),
  ADD CONSTRAINT "organization_version_positive" CHECK ("version" >= 1);
ALTER TABLE "mode_need" ADD CONSTRAINT "mode_need_how_present" CHECK (btrim("how_zh") <> '');
ALTER TABLE "organization_mode" ADD CONSTRAINT "organization_mode_scale_non_negative" CHECK (coalesce("sites", 0) >= 0 AND coalesce("children_served", 0) >= 0),
  ADD CONSTRAINT "organization_mode_since_year_range" CHECK ("since_year" IS NULL OR "since_year" BETWEEN 1900 AND 2100);
ALTER TABLE "region" ADD CONSTRAINT "region_code_format" CHECK ("code" ~ '^[0-9]{6}$'),
  ADD CONSTRAINT "region_parent_by_level" CHECK (("level" = 'PROVINCE') = ("parent_code" IS NULL));

-- Search lexemes for Chinese and English without a dictionary: every CJK
-- character and every pair of adjacent CJK characters (so a two-character
-- word such as 心理 is one lexeme), and every Latin word or number, lowercased.
-- The query side builds its tsquery with the same function.
CREATE FUNCTION "search_lexemes"(input text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  lowered text := lower(coalesce(input, ''));
  lexemes text[] := ARRAY(SELECT m[1] FROM regexp_matches(lowered, '([a-z0-9]+)', 'g') AS m);
  run text;
  i int;
BEGIN
  FOR run IN SELECT m[1] FROM regexp_matches(lowered, '([一-鿿㐀-䶿]+)', 'g') AS m LOOP
    FOR i IN 1..char_length(run) LOOP
      lexemes := lexemes || substr(run, i, 1);
      IF i < char_length(run) THEN
        lexemes := lexemes || substr(run, i, 2);
      END IF;
    END LOOP;
  END LOOP;
  RETURN lexemes;
END;
$$;

CREATE FUNCTION "organization_search_vector_refresh"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_vector" := array_to_tsvector("search_lexemes"(concat_ws(' ', NEW."name_zh", NEW."name_en", NEW."description_zh", NEW."description_en")));
  RETURN NEW;
END;
$$;

CREATE TRIGGER "organization_search_vector"
BEFORE INSERT OR UPDATE OF "name_zh", "name_en", "description_zh", "description_en" ON "organization"
FOR EACH ROW EXECUTE FUNCTION "organization_search_vector_refresh"();
