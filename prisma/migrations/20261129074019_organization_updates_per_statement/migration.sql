-- Hand-written: updates of organizations refresh the filter index once per statement, as inserts and link changes
-- already do (20261129071000_filter_index_statement_triggers). An import that updates thousands of organizations
-- in one UPDATE ... FROM statement refreshed their filter rows one by one through the row trigger.
-- A statement trigger that reads transition tables cannot name columns (UPDATE OF ...), so it compares the old and
-- new rows on the columns the index copies (those of 20261129071500's row trigger) itself.
-- Replaces the trigger organization_filter_refresh (20261129071500_trust_and_region_profiles_per_statement) and
-- drops its function organization_changed(), which nothing else uses.

DROP TRIGGER "organization_filter_refresh" ON "organization";
DROP FUNCTION "organization_changed"();

CREATE FUNCTION "organizations_updated"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_organization_filter"(ARRAY(
    SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
     WHERE (o."status", o."deleted_at", o."type", o."accepts_donations", o."name_zh", o."name_en", o."reviewed_at",
            o."children_served", o."charity_recognised_on", o."fundraising_qualified_on")
           IS DISTINCT FROM
           (n."status", n."deleted_at", n."type", n."accepts_donations", n."name_zh", n."name_en", n."reviewed_at",
            n."children_served", n."charity_recognised_on", n."fundraising_qualified_on")));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "organization_filter_update" AFTER UPDATE ON "organization"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "organizations_updated"();
