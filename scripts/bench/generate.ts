import type pg from "pg";

// Programme descriptions in the words organizations use, so that a search
// word matches a few percent of them, as in a real directory.
const phrasesZh = [
  "为留守儿童提供心理辅导与陪伴",
  "开展防性侵安全教育进校园",
  "组织志愿者课业辅导",
  "建设乡村儿童阅读角",
  "为寄宿学校配备生活老师",
  "开展监护人培训与家访",
  "提供免费午餐改善营养",
  "举办暑期夏令营",
  "开展亲子视频通话活动",
  "设立村级儿童之家",
  "派驻社工开展个案服务",
  "开展防溺水与交通安全培训",
  "组织儿童艺术与体育活动",
  "开展情绪管理小组活动",
  "为困境儿童链接救助资源",
  "培训乡村教师识别欺凌",
  "开展儿童权利与自我保护课程",
  "建立留守儿童成长档案",
  "组织大学生支教",
  "开展健康体检与卫生教育",
];
const phrasesEn = [
  "Provides counselling and companionship",
  "Runs safety education against sexual abuse in schools",
  "Organises volunteer tutoring",
  "Builds village reading corners",
  "Places life teachers in boarding schools",
  "Trains guardians and visits families",
  "Provides free school lunches",
  "Runs summer camps",
  "Arranges parent-child video calls",
  "Runs a village children's centre",
  "Stations social workers for casework",
  "Teaches water and road safety",
  "Organises arts and sports for children",
  "Runs emotion management groups",
  "Links children in hardship to relief",
  "Trains rural teachers to recognise bullying",
  "Teaches children's rights and self-protection",
  "Keeps growth records for left-behind children",
  "Organises student volunteer teachers",
  "Runs health checks and hygiene education",
];

/**
 * Fills a migrated, seeded database with `count` synthetic published
 * organizations (flagged as samples), spread over the seeded counties and
 * modes, in a few set-based statements (generate_series, no round trips per
 * row). Triggers are off during the load (session_replication_role) and the
 * filter index is rebuilt once at the end, with its profiles and the common
 * lexemes' profiles (decision 052); the tables are analysed before the
 * rebuild (its plan needs row counts) and vacuumed after it (the GIN indexes'
 * pending lists and the visibility map matter for index-only scans).
 */
export async function generateOrganizations(
  client: pg.Client,
  count: number,
  log: (step: string) => void = () => {},
): Promise<void> {
  const started = Date.now();
  const step = (name: string) => log(`  ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  await client.query("SET maintenance_work_mem = '256MB'");
  await client.query("SET work_mem = '64MB'");
  await client.query("BEGIN");
  await client.query("SET LOCAL session_replication_role = replica");
  const first = Number((await client.query("SELECT coalesce(max(id), 0) AS id FROM organization")).rows[0].id);
  // Ids are given explicitly so the link tables can be filled from the same series without a lookup.
  await client.query(
    `INSERT INTO organization (id, slug, name_zh, name_en, type, description_zh, description_en, founded_year,
        children_served, staff_count, accepts_donations, status, is_sample, reviewed_at, updated_at,
        charity_recognised_on, fundraising_qualified_on, search_vector)
     SELECT $4::int + i, x.slug, x.name_zh, x.name_en, x.type, x.description_zh, x.description_en, x.founded_year,
            x.children_served, x.staff_count, x.accepts_donations, 'PUBLISHED', true, x.reviewed_at, now(),
            x.recognised_on, x.fundraising_on,
            array_to_tsvector(search_lexemes(concat_ws(' ', x.name_zh, x.name_en, x.description_zh, x.description_en)))
       FROM generate_series(1, $1::int) AS i,
            LATERAL (SELECT 'bench-org-' || i AS slug,
                '示例·基准机构' || i || (ARRAY['儿童服务中心','社工站','关爱协会','成长基金','志愿者团队'])[1 + i % 5] AS name_zh,
                'Sample: benchmark organization ' || i AS name_en,
                (ARRAY['GRASSROOTS_NGO','SOCIAL_WORK_AGENCY','FOUNDATION','SCHOOL_PROGRAMME','VOLUNTEER_GROUP','OTHER'])[1 + i % 6]::"OrganizationType" AS type,
                ($2::text[])[1 + i % cardinality($2::text[])] || '，服务村庄' || (i % 97) || '个。' AS description_zh,
                ($3::text[])[1 + i % cardinality($3::text[])] || ' in ' || (i % 97) || ' villages.' AS description_en,
                2000 + i % 22 AS founded_year, 50 + (i * 37) % 5000 AS children_served, 3 + i % 60 AS staff_count,
                i % 10 < 7 AS accepts_donations,
                -- About 4 % past the 24-month verification window, as a review routine leaves it.
                now() - ((i * 13) % 760) * interval '1 day' AS reviewed_at,
                CASE WHEN i % 7 = 0 THEN DATE '2019-01-01' + (i % 1500) END AS recognised_on,
                CASE WHEN i % 21 = 0 THEN DATE '2020-01-01' + (i % 1200) END AS fundraising_on) AS x`,
    [count, phrasesZh, phrasesEn, first],
  );
  await client.query(`SELECT setval(pg_get_serial_sequence('organization', 'id'), (SELECT max(id) FROM organization))`);
  step("organizations");
  await client.query(
    `WITH counties AS (SELECT array_agg(code ORDER BY code) AS codes FROM region WHERE level = 'COUNTY')
     INSERT INTO organization_region (organization_id, region_code)
     SELECT DISTINCT $2::int + i, c.codes[1 + ((i::bigint * 7919 + k * 104729) % cardinality(c.codes))]
       FROM counties c, generate_series(1, $1::int) AS i, generate_series(0, 1) AS k
      WHERE k = 0 OR i % 3 = 0`,
    [count, first],
  );
  step("regions");
  await client.query(
    `WITH modes AS (SELECT array_agg(id ORDER BY id) AS ids FROM intervention_mode)
     INSERT INTO organization_mode (organization_id, mode_id, sites, children_served, since_year)
     SELECT DISTINCT ON (1, 2) $2::int + i, m.ids[1 + ((i * 31 + k * 17) % cardinality(m.ids))], 1 + i % 9, 30 + i % 400, 2010 + i % 14
       FROM modes m, generate_series(1, $1::int) AS i, generate_series(0, 2) AS k
      WHERE k <= i % 3`,
    [count, first],
  );
  step("modes");
  await client.query("COMMIT");
  await client.query("ANALYZE");
  step("analyse");
  // The filter rows' text indexes are built once after the rebuild rather than entry by entry during it.
  const { rows: textIndexes } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
      WHERE tablename = 'organization_filter' AND indexdef LIKE '%USING gin%'`,
  );
  for (const index of textIndexes) await client.query(`DROP INDEX "${index.name}"`);
  await client.query("SELECT rebuild_filter_index()");
  step("filter index and profiles (lexeme profiles included)");
  for (const index of textIndexes) await client.query(index.definition);
  step("filter index GIN indexes");
  await client.query("VACUUM ANALYZE");
  step("vacuum");
}
