-- CreateEnum
CREATE TYPE "ReviewMethod" AS ENUM ('PHONE_CALL', 'SITE_VISIT', 'DOCUMENTS', 'PUBLIC_RECORD');

-- AlterTable
ALTER TABLE "intervention_mode" ADD COLUMN     "evidence_en" TEXT,
ADD COLUMN     "evidence_zh" TEXT,
ADD COLUMN     "review_method" "ReviewMethod";

-- AlterTable
ALTER TABLE "need" ADD COLUMN     "review_method" "ReviewMethod";

-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "review_method" "ReviewMethod";

-- AlterTable
ALTER TABLE "policy" ADD COLUMN     "review_method" "ReviewMethod";

-- CreateTable
CREATE TABLE "record_source" (
    "id" SERIAL NOT NULL,
    "need_id" INTEGER,
    "policy_id" INTEGER,
    "mode_id" INTEGER,
    "organization_id" INTEGER,
    "position" INTEGER NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "publisher" VARCHAR(200),
    "url" VARCHAR(500),
    "accessed_on" DATE,
    "supports_zh" VARCHAR(500) NOT NULL,
    "supports_en" VARCHAR(800),

    CONSTRAINT "record_source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_report" (
    "organization_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "url" VARCHAR(500),

    CONSTRAINT "annual_report_pkey" PRIMARY KEY ("organization_id","year")
);

-- CreateIndex
CREATE INDEX "record_source_need_id_idx" ON "record_source"("need_id");

-- CreateIndex
CREATE INDEX "record_source_policy_id_idx" ON "record_source"("policy_id");

-- CreateIndex
CREATE INDEX "record_source_mode_id_idx" ON "record_source"("mode_id");

-- CreateIndex
CREATE INDEX "record_source_organization_id_idx" ON "record_source"("organization_id");

-- AddForeignKey
ALTER TABLE "record_source" ADD CONSTRAINT "record_source_need_id_fkey" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_source" ADD CONSTRAINT "record_source_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_source" ADD CONSTRAINT "record_source_mode_id_fkey" FOREIGN KEY ("mode_id") REFERENCES "intervention_mode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_source" ADD CONSTRAINT "record_source_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The latest annual report becomes the first row of the list; the latest year disclosed is derived from the list.
INSERT INTO "annual_report" ("organization_id", "year", "url")
  SELECT "id", "latest_report_year", "latest_report_url" FROM "organization" WHERE "latest_report_year" IS NOT NULL;
ALTER TABLE "organization" DROP COLUMN "latest_report_url", DROP COLUMN "latest_report_year";

-- A source belongs to exactly one record; its text is never blank; its link is a web address.
ALTER TABLE "record_source" ADD CONSTRAINT "record_source_one_owner"
  CHECK (num_nonnulls("need_id", "policy_id", "mode_id", "organization_id") = 1);
ALTER TABLE "record_source" ADD CONSTRAINT "record_source_text_present"
  CHECK (btrim("title") <> '' AND btrim("supports_zh") <> '');
ALTER TABLE "record_source" ADD CONSTRAINT "record_source_url_web"
  CHECK ("url" IS NULL OR "url" ~ '^https?://');
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_year_range" CHECK ("year" BETWEEN 1949 AND 2100);
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_url_web" CHECK ("url" IS NULL OR "url" ~ '^https?://');

-- Evidence on a mode is shown only with its cited sources (the record schema refuses it without one); never blank.
ALTER TABLE "intervention_mode" ADD CONSTRAINT "intervention_mode_evidence_not_blank"
  CHECK ("evidence_zh" IS NULL OR btrim("evidence_zh") <> '');
