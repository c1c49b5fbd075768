-- AlterTable
ALTER TABLE "staff_session" ADD COLUMN     "code_failures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "stage" VARCHAR(16) NOT NULL DEFAULT 'full';

-- AlterTable
ALTER TABLE "staff_user" ADD COLUMN     "totp_enabled_at" TIMESTAMPTZ(3),
ADD COLUMN     "totp_last_step" INTEGER,
ADD COLUMN     "totp_pending_secret" VARCHAR(300),
ADD COLUMN     "totp_secret" VARCHAR(300);

-- CreateTable
CREATE TABLE "staff_recovery_code" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "code_hash" CHAR(64) NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "staff_recovery_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "security_setting" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "require_second_factor_for_all" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" INTEGER,

    CONSTRAINT "security_setting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "security_event" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" VARCHAR(40) NOT NULL,
    "email" VARCHAR(200),
    "actor_id" INTEGER,
    "address" VARCHAR(64),
    "request_id" VARCHAR(64),
    "detail" JSONB,

    CONSTRAINT "security_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "staff_recovery_code_user_id_code_hash_key" ON "staff_recovery_code"("user_id", "code_hash");

-- CreateIndex
CREATE INDEX "security_event_at_idx" ON "security_event"("at");

-- CreateIndex
CREATE INDEX "security_event_kind_at_idx" ON "security_event"("kind", "at");

-- CreateIndex
CREATE INDEX "security_event_email_at_idx" ON "security_event"("email", "at");

-- AddForeignKey
ALTER TABLE "staff_recovery_code" ADD CONSTRAINT "staff_recovery_code_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by hand: the session stages the app knows, and one settings row.
ALTER TABLE "staff_session" ADD CONSTRAINT "staff_session_stage_check" CHECK ("stage" IN ('full', 'second-factor', 'enrol'));
ALTER TABLE "security_setting" ADD CONSTRAINT "security_setting_one_row" CHECK ("id" = 1);
