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
 * modes, in a few set-based statements.
 */
export async function generateOrganizations(client: pg.Client, count: number): Promise<void> {
  await client.query("BEGIN");
  // Triggers are replaced by one set-based refresh at the end.
  await client.query("SET LOCAL session_replication_role = replica");
  await client.query(
    `INSERT INTO organization (slug, name_zh, name_en, type, description_zh, description_en, founded_year,
        children_served, staff_count, accepts_donations, status, is_sample, reviewed_at, updated_at)
     SELECT 'bench-org-' || i,
            '示例·基准机构' || i || (ARRAY['儿童服务中心','社工站','关爱协会','成长基金','志愿者团队'])[1 + i % 5],
            'Sample: benchmark organization ' || i,
            (ARRAY['GRASSROOTS_NGO','SOCIAL_WORK_AGENCY','FOUNDATION','SCHOOL_PROGRAMME','VOLUNTEER_GROUP','OTHER'])[1 + i % 6]::"OrganizationType",
            (SELECT p FROM unnest($2::text[]) WITH ORDINALITY AS x(p, k) WHERE k = 1 + i % cardinality($2::text[]))
              || '，服务村庄' || (i % 97) || '个。',
            (SELECT p FROM unnest($3::text[]) WITH ORDINALITY AS x(p, k) WHERE k = 1 + i % cardinality($3::text[]))
              || ' in ' || (i % 97) || ' villages.',
            2000 + i % 22, 50 + (i * 37) % 5000, 3 + i % 60, i % 10 < 7, 'PUBLISHED', true,
            now() - ((i * 13) % 700) * interval '1 day', now()
       FROM generate_series(1, $1::int) AS i`,
    [count, phrasesZh, phrasesEn],
  );
  await client.query(
    `WITH counties AS (SELECT code, row_number() OVER (ORDER BY code) AS n, count(*) OVER () AS total FROM region WHERE level = 'COUNTY'),
          orgs AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM organization WHERE slug LIKE 'bench-org-%')
     INSERT INTO organization_region (organization_id, region_code)
     SELECT DISTINCT o.id, c.code FROM orgs o
       CROSS JOIN generate_series(0, 1) AS k
       JOIN counties c ON c.n = 1 + ((o.n * 7919 + k * 104729) % c.total)
      WHERE k = 0 OR o.n % 3 = 0`,
  );
  await client.query(
    `WITH modes AS (SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM intervention_mode),
          orgs AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM organization WHERE slug LIKE 'bench-org-%')
     INSERT INTO organization_mode (organization_id, mode_id, sites, children_served, since_year)
     SELECT DISTINCT ON (o.id, m.id) o.id, m.id, 1 + o.n % 9, 30 + o.n % 400, 2010 + o.n % 14 FROM orgs o
       CROSS JOIN generate_series(0, 2) AS k
       JOIN modes m ON m.n = 1 + ((o.n * 31 + k * 17) % m.total)
      WHERE k <= o.n % 3`,
  );
  await client.query("SELECT rebuild_filter_index()");
  await client.query(
    `UPDATE organization SET search_vector = array_to_tsvector(search_lexemes(concat_ws(' ', name_zh, name_en, description_zh, description_en)))
      WHERE slug LIKE 'bench-org-%'`,
  );
  await client.query("COMMIT");
  await client.query("ANALYZE");
}
