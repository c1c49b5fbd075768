-- CreateEnum
CREATE TYPE "PublicReportKind" AS ENUM ('PROBLEM', 'SUGGESTION');

-- CreateEnum
CREATE TYPE "PublicReportStatus" AS ENUM ('NEW', 'ACCEPTED', 'REJECTED', 'DUPLICATE');

-- CreateTable
CREATE TABLE "public_report" (
    "id" SERIAL NOT NULL,
    "kind" "PublicReportKind" NOT NULL,
    "target_kind" VARCHAR(20),
    "target_id" INTEGER,
    "locale" VARCHAR(2) NOT NULL,
    "message" VARCHAR(4000) NOT NULL,
    "proposed_name" VARCHAR(200),
    "proposed_website" VARCHAR(500),
    "proposed_region" VARCHAR(200),
    "proposed_contact" VARCHAR(200),
    "contact_email" VARCHAR(200),
    "status" "PublicReportStatus" NOT NULL DEFAULT 'NEW',
    "reason" VARCHAR(1000),
    "duplicate_of_id" INTEGER,
    "created_organization_id" INTEGER,
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "public_report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "public_report_status_created_at_idx" ON "public_report"("status", "created_at");

-- CreateIndex
CREATE INDEX "public_report_target_kind_target_id_idx" ON "public_report"("target_kind", "target_id");

-- AddForeignKey
ALTER TABLE "public_report" ADD CONSTRAINT "public_report_duplicate_of_id_fkey" FOREIGN KEY ("duplicate_of_id") REFERENCES "public_report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public_report" ADD CONSTRAINT "public_report_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: the rules of a report that the schema language cannot say.
ALTER TABLE "public_report" ADD CONSTRAINT "public_report_shape_check" CHECK (
  ("kind" = 'PROBLEM' AND "target_kind" IN ('need', 'policy', 'mode', 'organization') AND "target_id" IS NOT NULL
     AND "proposed_name" IS NULL)
  OR ("kind" = 'SUGGESTION' AND "target_kind" IS NULL AND "target_id" IS NULL AND "proposed_name" IS NOT NULL)
);
ALTER TABLE "public_report" ADD CONSTRAINT "public_report_locale_check" CHECK ("locale" IN ('zh', 'en'));
ALTER TABLE "public_report" ADD CONSTRAINT "public_report_decision_check" CHECK (
  ("status" = 'NEW' AND "decided_at" IS NULL)
  OR ("status" <> 'NEW' AND "decided_at" IS NOT NULL)
);
ALTER TABLE "public_report" ADD CONSTRAINT "public_report_rejected_reason_check" CHECK (
  "status" <> 'REJECTED' OR length(btrim(coalesce("reason", ''))) > 0
);
ALTER TABLE "public_report" ADD CONSTRAINT "public_report_duplicate_check" CHECK (
  ("status" = 'DUPLICATE' OR "duplicate_of_id" IS NULL) AND "duplicate_of_id" IS DISTINCT FROM "id"
);
