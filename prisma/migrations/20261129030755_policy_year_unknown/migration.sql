-- AlterTable
ALTER TABLE "policy" ALTER COLUMN "year" DROP NOT NULL;
