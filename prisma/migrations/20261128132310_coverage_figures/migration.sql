-- CreateEnum
CREATE TYPE "FigureIndicator" AS ENUM ('LEFT_BEHIND_CHILDREN');

-- CreateTable
CREATE TABLE "region_figure" (
    "id" SERIAL NOT NULL,
    "region_code" CHAR(6) NOT NULL,
    "indicator" "FigureIndicator" NOT NULL,
    "value" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "source_zh" VARCHAR(300) NOT NULL,
    "source_en" VARCHAR(400),
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "region_figure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "region_figure_indicator_year_idx" ON "region_figure"("indicator", "year");

-- CreateIndex
CREATE UNIQUE INDEX "region_figure_region_code_indicator_year_key" ON "region_figure"("region_code", "indicator", "year");

-- AddForeignKey
ALTER TABLE "region_figure" ADD CONSTRAINT "region_figure_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Checks (hand-written: Prisma does not model them).
ALTER TABLE "region_figure" ADD CONSTRAINT "region_figure_value_check" CHECK ("value" >= 0);
ALTER TABLE "region_figure" ADD CONSTRAINT "region_figure_year_check" CHECK ("year" BETWEEN 1949 AND 2100);
