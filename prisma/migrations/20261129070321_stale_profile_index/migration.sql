-- CreateIndex
CREATE INDEX "organization_filter_stale_profile_idx" ON "organization_filter"("visible", "reviewed_at", "need_mask", "mode_mask", "type", "accepts_donations", "province_mask", "recognised", "fundraising");
