-- AlterTable
ALTER TABLE "intervention_mode" ADD COLUMN     "uuid" UUID NOT NULL DEFAULT gen_random_uuid();

-- AlterTable
ALTER TABLE "need" ADD COLUMN     "uuid" UUID NOT NULL DEFAULT gen_random_uuid();

-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "uuid" UUID NOT NULL DEFAULT gen_random_uuid();

-- AlterTable
ALTER TABLE "policy" ADD COLUMN     "uuid" UUID NOT NULL DEFAULT gen_random_uuid();


-- Existing rows get the same name-based id the seed gives (lib/opendata/ids.ts):
-- an RFC 4122 version-3 UUID of "<kind>:<slug>" in the project's namespace
-- 0904ccc9-8f02-45d1-ae9f-fb71e4a35e9e. MD5 needs no extension, so this SQL and the
-- seed agree. Rows created later keep the random default; edits never change an id.
UPDATE "need" SET "uuid" = (
  SELECT (substr(h, 1, 12) || '3' || substr(h, 14, 3) || to_hex((('x' || substr(h, 17, 1))::bit(4)::int & 3) | 8) || substr(h, 18, 15))::uuid
  FROM (SELECT md5(decode('0904ccc98f0245d1ae9ffb71e4a35e9e', 'hex') || convert_to('need:' || "need".slug, 'UTF8')) AS h) AS d
);
UPDATE "policy" SET "uuid" = (
  SELECT (substr(h, 1, 12) || '3' || substr(h, 14, 3) || to_hex((('x' || substr(h, 17, 1))::bit(4)::int & 3) | 8) || substr(h, 18, 15))::uuid
  FROM (SELECT md5(decode('0904ccc98f0245d1ae9ffb71e4a35e9e', 'hex') || convert_to('policy:' || "policy".slug, 'UTF8')) AS h) AS d
);
UPDATE "intervention_mode" SET "uuid" = (
  SELECT (substr(h, 1, 12) || '3' || substr(h, 14, 3) || to_hex((('x' || substr(h, 17, 1))::bit(4)::int & 3) | 8) || substr(h, 18, 15))::uuid
  FROM (SELECT md5(decode('0904ccc98f0245d1ae9ffb71e4a35e9e', 'hex') || convert_to('mode:' || "intervention_mode".slug, 'UTF8')) AS h) AS d
);
UPDATE "organization" SET "uuid" = (
  SELECT (substr(h, 1, 12) || '3' || substr(h, 14, 3) || to_hex((('x' || substr(h, 17, 1))::bit(4)::int & 3) | 8) || substr(h, 18, 15))::uuid
  FROM (SELECT md5(decode('0904ccc98f0245d1ae9ffb71e4a35e9e', 'hex') || convert_to('organization:' || "organization".slug, 'UTF8')) AS h) AS d
);

-- CreateIndex
CREATE UNIQUE INDEX "intervention_mode_uuid_key" ON "intervention_mode"("uuid");

-- CreateIndex
CREATE UNIQUE INDEX "need_uuid_key" ON "need"("uuid");

-- CreateIndex
CREATE UNIQUE INDEX "organization_uuid_key" ON "organization"("uuid");

-- CreateIndex
CREATE UNIQUE INDEX "policy_uuid_key" ON "policy"("uuid");
