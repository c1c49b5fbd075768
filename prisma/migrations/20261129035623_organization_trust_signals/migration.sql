-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('SOCIAL_ORGANIZATION', 'SOCIAL_SERVICE_AGENCY', 'FOUNDATION', 'OTHER_OR_UNREGISTERED');

-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "charity_china_url" VARCHAR(500),
ADD COLUMN     "charity_recognised_on" DATE,
ADD COLUMN     "credit_code" CHAR(18),
ADD COLUMN     "fundraising_qualified_on" DATE,
ADD COLUMN     "latest_report_url" VARCHAR(500),
ADD COLUMN     "latest_report_year" INTEGER,
ADD COLUMN     "legal_form" "LegalForm",
ADD COLUMN     "registered_on" DATE,
ADD COLUMN     "registration_authority_en" VARCHAR(300),
ADD COLUMN     "registration_authority_zh" VARCHAR(200);

-- CreateIndex
CREATE UNIQUE INDEX "organization_credit_code_key" ON "organization"("credit_code");

-- The GB 32100-2015 check character of a unified social credit code, the same
-- rule as lib/domain/credit-code.ts: characters valued 0..30 in the order of
-- the alphabet below, weights 3^(i-1) mod 31, check = (31 - sum mod 31) mod 31.
CREATE FUNCTION "uscc_is_valid"(code text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  alphabet constant text := '0123456789ABCDEFGHJKLMNPQRTUWXY';
  total int := 0;
  weight int := 1;
  v int;
BEGIN
  IF length(code) <> 18 THEN RETURN false; END IF;
  FOR i IN 1..17 LOOP
    v := strpos(alphabet, substr(code, i, 1)) - 1;
    IF v < 0 THEN RETURN false; END IF;
    total := total + v * weight;
    weight := (weight * 3) % 31;
  END LOOP;
  RETURN substr(alphabet, ((31 - total % 31) % 31) + 1, 1) = substr(code, 18, 1);
END;
$$;

ALTER TABLE "organization" ADD CONSTRAINT "organization_credit_code_valid"
  CHECK ("credit_code" IS NULL OR "uscc_is_valid"("credit_code"));
ALTER TABLE "organization" ADD CONSTRAINT "organization_latest_report_year_range"
  CHECK ("latest_report_year" IS NULL OR "latest_report_year" BETWEEN 1949 AND 2100);
